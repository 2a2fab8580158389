import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../shared/domain';
import { UserCreateInput } from '../../shared/schemas/users';
import { AdminNav } from '../components/ui/AdminNav';
import { Pager } from '../components/ui/Pager';
import { RoleGate } from '../components/accounts/RoleGate';
import { DemoBadge } from '../components/ui/Badges';
import { DataTable } from '../components/ui/DataTable';
import { Field } from '../components/ui/Field';
import { QueryState } from '../components/ui/QueryState';
import { useT } from '../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../lib/form-errors';
import { trpc, trpcClient, type RouterOutputs } from '../trpc';

type User = RouterOutputs['user']['list']['rows'][number];
const LIMIT = 50;

/** Agency code → id, looked up on the server (the registry is too large to list in a select). */
async function agencyIdFor(code: string): Promise<number | null> {
  if (!code.trim()) return null;
  const found = await trpcClient.agency.list.query({ q: code.trim(), limit: 50, offset: 0, active: true });
  return found.rows.find((a) => a.code === code.trim().toUpperCase())?.id ?? -1;
}

/** /admin/users — accounts and roles; reporters belong to one agency. */
export function AdminUsersPage() {
  const { t } = useT();
  return (
    <RoleGate allow="admin" title={t('user.title')}>
      <UsersContent />
    </RoleGate>
  );
}

function UsersContent() {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [offset, setOffset] = useState(0);
  const list = useQuery(trpc.user.list.queryOptions({ limit: LIMIT, offset }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
  const update = useMutation(trpc.user.update.mutationOptions({ onSuccess: refresh }));
  const [error, setError] = useState<string | null>(null);
  const toggle = (u: User) =>
    update.mutate(
      { id: u.id, updatedAt: u.updatedAt, displayName: u.displayName, role: u.role, agencyId: u.agencyId, active: !u.active },
      { onError: (e) => setError(e.message) },
    );
  return (
    <div className="page">
      <AdminNav />
      <h1>{t('user.title')}</h1>
      {error ? <p className="error-text" role="alert">{error}</p> : null}
      <QueryState query={list}>
        {(data) => (
          <>
            <DataTable<User>
              caption={t('user.title')}
              rows={data.rows}
              rowKey={(u) => u.id}
              download={false}
              columns={[
                { key: 'username', header: t('user.username'), rowHeader: true, cell: (u) => (<>{u.username} {u.isDemo ? <DemoBadge /> : null}</>) },
                { key: 'name', header: t('user.displayName'), cell: (u) => u.displayName },
                { key: 'role', header: t('user.role'), cell: (u) => t(`role.${u.role}`) },
                { key: 'agency', header: t('review.agency'), cell: (u) => u.agencyCode ?? '–' },
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
                    </span>
                  ),
                },
              ]}
            />
            <Pager offset={offset} limit={LIMIT} total={data.total} onChange={setOffset} />
          </>
        )}
      </QueryState>
      <section className="card" aria-labelledby="uf-h">
        <h2 id="uf-h">{t('user.new')}</h2>
        <UserForm onDone={refresh} />
      </section>
    </div>
  );
}

function ResetPassword({ id }: { id: number }) {
  const { t } = useT();
  const [password, setPassword] = useState('');
  const reset = useMutation(trpc.user.resetPassword.mutationOptions({ onSuccess: () => setPassword('') }));
  return (
    <>
      <label className="sr-only" htmlFor={`rp-${id}`}>
        {t('user.resetPassword')}
      </label>
      <input id={`rp-${id}`} type="password" autoComplete="new-password" placeholder={t('user.resetPassword')} value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="button" className="btn btn-secondary" disabled={password.length === 0} onClick={() => reset.mutate({ id, password })}>
        {t('common.save')}
      </button>
      {reset.isError ? <span className="error-text">{reset.error.message}</span> : reset.isSuccess ? <span className="ok-text">{t('common.saved')}</span> : null}
    </>
  );
}

function UserForm({ onDone }: { onDone: () => void }) {
  const { t } = useT();
  const [form, setForm] = useState({ username: '', displayName: '', role: 'reporter' as Role, agencyCode: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation(
    trpc.user.create.mutationOptions({
      onSuccess: () => (setForm({ username: '', displayName: '', role: 'reporter', agencyCode: '', password: '' }), onDone()),
      onError: (e) => setErrors(errorsFromServer(e)),
    }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const agencyId = form.role === 'reporter' ? await agencyIdFor(form.agencyCode) : null;
    if (agencyId === -1) return setErrors({ agencyId: `ไม่พบหน่วยงาน ${form.agencyCode} / no agency ${form.agencyCode}` });
    const checked = validate(UserCreateInput, { ...form, agencyId });
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    create.mutate(checked.data);
  };
  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
      <Field id="uf-username" label={t('user.username')} error={errors.username}>
        <input autoComplete="off" value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} />
      </Field>
      <Field id="uf-name" label={t('user.displayName')} error={errors.displayName}>
        <input value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
      </Field>
      <Field id="uf-role" label={t('user.role')} error={errors.role}>
        <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="uf-agency" label={t('user.agency')} error={errors.agencyId}>
        <input value={form.agencyCode} disabled={form.role !== 'reporter'} onChange={(e) => setForm({ ...form, agencyCode: e.target.value })} />
      </Field>
      <Field id="uf-password" label={t('user.password')} error={errors.password}>
        <input type="password" autoComplete="new-password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
      </Field>
      {errors._form ? <p className="error-text" role="alert">{errors._form}</p> : null}
      <div className="form-actions">
        <button type="submit" className="btn" disabled={create.isPending}>
          {t('common.create')}
        </button>
      </div>
    </form>
  );
}
