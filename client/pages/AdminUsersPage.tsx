import { useMutation, useQuery } from '@tanstack/react-query';
import { ROLE_LABELS } from '../../shared/domain';
import { InviteForm, ReinviteButton } from '../components/accounts/InviteForm';
import { InviteImport, UnreachableAgencies } from '../components/accounts/InviteImport';
import { ResetPassword } from '../components/accounts/ResetPassword';
import { SetEmail } from '../components/accounts/SetEmail';
import { UserForm } from '../components/accounts/UserForm';
import { AdminNav } from '../components/ui/AdminNav';
import { DemoBadge } from '../components/ui/Badges';
import { PagedTable } from '../components/ui/PagedTable';
import { Section } from '../components/ui/Section';
import { usePaging } from '../hooks/use-paging';
import { useT } from '../hooks/use-prefs';
import { trpc, type RouterOutputs } from '../trpc';
import { ErrorText } from '../components/ui/ErrorText';

type User = RouterOutputs['user']['list']['rows'][number];

/** /admin/users — accounts and roles; reporters belong to one agency. */
export function AdminUsersPage() {
  const { t, label } = useT();
  const paging = usePaging([]);
  const list = useQuery(trpc.user.list.queryOptions({ limit: paging.limit, offset: paging.offset }));
  const update = useMutation(trpc.user.update.mutationOptions());
  const toggle = (u: User) =>
    update.mutate({ id: u.id, version: u.version, displayName: u.displayName, role: u.role, agencyId: u.agencyId, active: !u.active });
  return (
    <div className="page">
      <AdminNav />
      <h1>{t('user.title')}</h1>
      <ErrorText as="p" error={update.error} />
      <PagedTable<User>
        query={list}
        paging={paging}
        caption={t('user.title')}
        rowKey={(u) => u.id}
        download={false}
        columns={[
          { key: 'username', header: t('user.username'), rowHeader: true, cell: (u) => (<>{u.username} {u.isDemo ? <DemoBadge /> : null}</>) },
          { key: 'name', header: t('user.displayName'), cell: (u) => u.displayName },
          { key: 'role', header: t('user.role'), cell: (u) => label(ROLE_LABELS[u.role]) },
          { key: 'agency', header: t('review.agency'), cell: (u) => u.agencyCode ?? '–' },
          { key: 'email', header: t('user.email'), cell: (u) => <span className="inline-actions"><SetEmail key={`${u.id}-${u.version}`} user={u} /></span> },
          { key: 'active', header: t('agency.status'), cell: (u) => (u.active ? t('common.active') : t('common.inactive')) },
          {
            key: 'actions',
            header: t('review.actions'),
            cell: (u) => (
              <span className="inline-actions">
                <button type="button" className="btn btn-secondary" onClick={() => toggle(u)}>
                  {u.active ? t('agency.deactivate') : t('agency.activate')}
                </button>
                <ResetPassword id={u.id} />
                {u.email && u.active ? <ReinviteButton id={u.id} /> : null}
              </span>
            ),
          },
        ]}
      />
      <Section id="inv-h" className="card" title={t('invite.title')}>
        <InviteForm />
      </Section>
      <Section id="ii-h" className="card" title={t('inviteImport.title')}>
        <InviteImport />
      </Section>
      <Section id="ua-h" className="card" title={t('unreachable.title')}>
        <UnreachableAgencies />
      </Section>
      <Section id="uf-h" className="card" title={t('user.new')}>
        <UserForm />
      </Section>
    </div>
  );
}
