import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ChangePasswordInput, LoginInput } from '../../shared/schemas/auth';
import { useMe } from '../components/accounts/use-me';
import { Field } from '../components/ui/Field';
import { useT } from '../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../lib/form-errors';
import { trpc } from '../trpc';

/** Where each role starts after signing in. */
const HOME = { reporter: '/reporting', admin: '/review', committee: '/completeness', analyst: '/completeness' } as const;

export function LoginPage() {
  const { t, link } = useT();
  const { me } = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ username: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async (user) => {
        // Everything cached so far was fetched as a visitor.
        queryClient.clear();
        const next = params.get('next');
        await navigate(link(next && next.startsWith('/') && !next.startsWith('//') ? next : HOME[user.role]));
      },
      onError: (e) => setErrors(errorsFromServer(e)),
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validate(LoginInput, form);
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    login.mutate(checked.data);
  };
  return (
    <div className="page narrow">
      <h1>{t('login.title')}</h1>
      {me ? (
        <>
          <p>{t('login.already', { name: me.displayName, role: t(`role.${me.role}`) })}</p>
          <ChangePassword />
        </>
      ) : (
        <>
          <p className="muted">{t('login.intro')}</p>
          <form className="card form-grid" onSubmit={submit} noValidate>
            <Field id="login-username" label={t('login.username')} error={errors.username}>
              <input name="username" autoComplete="username" value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} />
            </Field>
            <Field id="login-password" label={t('login.password')} error={errors.password}>
              <input
                name="password"
                type="password"
                autoComplete="current-password"
                value={form.password}
                onChange={(e) => setForm({ ...form, password: e.target.value })}
              />
            </Field>
            {errors._form ? (
              <p className="error-text" role="alert">
                {errors._form}
              </p>
            ) : null}
            <div className="form-actions">
              <button type="submit" className="btn" disabled={login.isPending}>
                {t('login.submit')}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}

function ChangePassword() {
  const { t } = useT();
  const [form, setForm] = useState({ currentPassword: '', newPassword: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => setForm({ currentPassword: '', newPassword: '' }),
      onError: (e) => setErrors(errorsFromServer(e)),
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validate(ChangePasswordInput, form);
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    change.mutate(checked.data);
  };
  return (
    <form className="card form-grid" onSubmit={submit} noValidate>
      <h2>{t('login.changePassword')}</h2>
      <Field id="cp-current" label={t('login.currentPassword')} error={errors.currentPassword}>
        <input type="password" autoComplete="current-password" value={form.currentPassword} onChange={(e) => setForm({ ...form, currentPassword: e.target.value })} />
      </Field>
      <Field id="cp-new" label={t('login.newPassword')} error={errors.newPassword}>
        <input type="password" autoComplete="new-password" value={form.newPassword} onChange={(e) => setForm({ ...form, newPassword: e.target.value })} />
      </Field>
      {errors._form ? <p className="error-text" role="alert">{errors._form}</p> : null}
      {change.isSuccess ? <p className="ok-text" role="status">{t('login.passwordChanged')}</p> : null}
      <div className="form-actions">
        <button type="submit" className="btn" disabled={change.isPending}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
