import { useMutation, useQuery } from '@tanstack/react-query';
import { SetPasswordInput } from '../../shared/schemas/auth';
import { AppLink } from '../components/ui/AppLink';
import { ErrorText } from '../components/ui/ErrorText';
import { Form } from '../components/ui/Form';
import { FormActions } from '../components/ui/FormActions';
import { TextField } from '../components/ui/TextField';
import { useForm } from '../hooks/use-form';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { trpc } from '../trpc';

/**
 * /welcome?t=… (an invitation) and /reset-password?t=… (a reset link): the person sets their own
 * password, checked by the server's password rule; the link works once.
 */
function SetPasswordPage({ mode }: { mode: 'invitation' | 'reset' }) {
  const { t } = useT();
  const [token] = useSearchParam('t');
  const form = useForm({ password: '' });
  const invitation = useQuery({ ...trpc.auth.invitation.queryOptions({ token: token ?? '' }), enabled: mode === 'invitation' && !!token, retry: false });
  const options = { onError: form.onError };
  const accept = useMutation(trpc.auth.acceptInvitation.mutationOptions(options));
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions(options));
  const save = mode === 'invitation' ? accept : reset;
  const linkError = invitation.error ?? form.errors.token ?? null;
  return (
    <div className="page narrow">
      <h1>{t(mode === 'invitation' ? 'setPassword.welcomeTitle' : 'setPassword.resetTitle')}</h1>
      {!token ? (
        <p role="alert">{t('setPassword.missing')}</p>
      ) : save.isSuccess ? (
        <>
          <p role="status">{t('setPassword.done', { username: save.data.username })}</p>
          <p>
            <AppLink to="/login" className="btn">
              {t('login.submit')}
            </AppLink>
          </p>
        </>
      ) : linkError ? (
        <>
          <ErrorText as="p" error={linkError} />
          <p>
            <AppLink to="/forgot-password">{t('setPassword.askNew')}</AppLink>
          </p>
        </>
      ) : (
        <>
          {mode === 'invitation' ? (
            invitation.data ? <p>{t('setPassword.welcome', { name: invitation.data.displayName, username: invitation.data.username, email: invitation.data.email ?? '' })}</p> : null
          ) : (
            <p>{t('setPassword.resetIntro')}</p>
          )}
          <Form className="card form-grid" onSubmit={() => form.submit(SetPasswordInput, { token, password: form.values.password }, (data) => save.mutate(data))}>
            {/* The username lets password managers file the new password under the right account. */}
            {invitation.data ? <input type="text" name="username" autoComplete="username" value={invitation.data.username} readOnly hidden /> : null}
            <TextField id="sp-password" label={t('setPassword.password')} type="password" autoComplete="new-password" {...form.text('password')} />
            <p className="muted small">{t('setPassword.rules')}</p>
            <FormActions pending={save.isPending} errors={form.errors} submit={t('setPassword.submit')} />
          </Form>
        </>
      )}
    </div>
  );
}

export const WelcomePage = () => <SetPasswordPage mode="invitation" />;
export const ResetPasswordPage = () => <SetPasswordPage mode="reset" />;
