import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { ROLE_LABELS } from '../../shared/domain';
import { ChangePasswordInput, LoginInput } from '../../shared/schemas/auth';
import { useMe } from '../components/accounts/use-me';
import { AppLink } from '../components/ui/AppLink';
import { Form } from '../components/ui/Form';
import { FormActions } from '../components/ui/FormActions';
import { TextField } from '../components/ui/TextField';
import { useForm } from '../hooks/use-form';
import { useT } from '../hooks/use-prefs';
import { trpc } from '../trpc';

/** Where each role starts after signing in. */
const HOME = { reporter: '/reporting', admin: '/review', committee: '/completeness', analyst: '/completeness' } as const;

export function LoginPage() {
  const { t, label, link } = useT();
  const { me } = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({ username: '', password: '' });
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async (user) => {
        // Everything cached so far was fetched as a visitor.
        queryClient.clear();
        const next = params.get('next');
        await navigate(link(next && next.startsWith('/') && !next.startsWith('//') ? next : HOME[user.role]));
      },
      onError: form.onError,
    }),
  );
  return (
    <div className="page narrow">
      <h1>{t('login.title')}</h1>
      {me ? (
        <>
          <p>{t('login.already', { name: me.displayName, role: label(ROLE_LABELS[me.role]) })}</p>
          <ChangePassword />
        </>
      ) : (
        <>
          <p className="muted">{t('login.intro')}</p>
          <Form className="card form-grid" onSubmit={() => form.submit(LoginInput, form.values, (data) => login.mutate(data))}>
            <TextField id="login-username" label={t('login.usernameOrEmail')} name="username" autoComplete="username" {...form.text('username')} />
            <TextField id="login-password" label={t('login.password')} name="password" type="password" autoComplete="current-password" {...form.text('password')} />
            <FormActions pending={login.isPending} errors={form.errors} submit={t('login.submit')} />
          </Form>
          <p>
            <AppLink to="/forgot-password">{t('login.forgot')}</AppLink>
          </p>
        </>
      )}
    </div>
  );
}

function ChangePassword() {
  const { t } = useT();
  const form = useForm({ currentPassword: '', newPassword: '' });
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => {
        form.setValues({ currentPassword: '', newPassword: '' });
        form.setSaved(true);
      },
      onError: form.onError,
    }),
  );
  return (
    <Form className="card form-grid" onSubmit={() => form.submit(ChangePasswordInput, form.values, (data) => change.mutate(data))}>
      <h2>{t('login.changePassword')}</h2>
      <TextField id="cp-current" label={t('login.currentPassword')} type="password" autoComplete="current-password" {...form.text('currentPassword')} />
      <TextField id="cp-new" label={t('login.newPassword')} type="password" autoComplete="new-password" {...form.text('newPassword')} />
      <FormActions pending={change.isPending} errors={form.errors} done={form.saved && t('login.passwordChanged')} />
    </Form>
  );
}
