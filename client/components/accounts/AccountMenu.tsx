import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../../shared/domain';
import { useT } from '../../hooks/use-prefs';
import { trpc } from '../../trpc';
import { NoticeMenu } from '../notifications/NoticeMenu';
import { AppLink } from '../ui/AppLink';
import { useMe } from './use-me';
import './accounts.css';

/** Sign-in link, or the signed-in user with a sign-out button (header). */
export function AccountMenu() {
  const { t, label, link } = useT();
  const { me, isPending } = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: async () => {
        // Drop everything fetched as this user (drafts, queues) before showing public pages.
        queryClient.clear();
        await navigate(link('/'));
      },
    }),
  );
  if (isPending) return null;
  if (!me) {
    return (
      <AppLink to="/login" className="btn btn-secondary account-link">
        {t('account.signIn')}
      </AppLink>
    );
  }
  return (
    <div className="account">
      <NoticeMenu />
      <AppLink to="/account" className="account-name" title={t('account.signedInAs', { name: me.displayName })}>
        {me.displayName} · {label(ROLE_LABELS[me.role])}
        {me.agency ? ` · ${me.agency.code}` : ''}
      </AppLink>
      <button type="button" className="btn btn-secondary" onClick={() => logout.mutate()} disabled={logout.isPending}>
        {t('account.signOut')}
      </button>
    </div>
  );
}
