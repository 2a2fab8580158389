import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { RoleSet } from '../../../shared/domain';
import { useT } from '../../hooks/use-prefs';
import type { MessageKey } from '../../i18n';
import { AppLink } from '../ui/AppLink';
import { canUse, useMe } from './use-me';

/** A role set, or 'signedIn' for a page every signed-in person has (their own account). */
type Props = { allow: RoleSet | 'signedIn'; title: MessageKey; children: ReactNode };

/** Shows a sign-in or no-access message instead of a page the server would refuse anyway. */
export function RoleGate({ allow, title, children }: Props) {
  const { t } = useT();
  const { me, isPending } = useMe();
  const location = useLocation();
  if (isPending) return <p className="state state-loading">{t('state.loading')}</p>;
  if (allow === 'signedIn' ? !!me : canUse(me, allow)) return <>{children}</>;
  return (
    <div className="page">
      <h1>{t(title)}</h1>
      <p role="alert">{me ? t('gate.forbidden') : t('gate.signIn')}</p>
      {me ? null : <AppLink to={`/login?next=${encodeURIComponent(location.pathname)}`}>{t('account.signIn')}</AppLink>}
    </div>
  );
}
