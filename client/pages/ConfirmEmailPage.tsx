import { useMutation } from '@tanstack/react-query';
import { AppLink } from '../components/ui/AppLink';
import { ErrorText } from '../components/ui/ErrorText';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { trpc } from '../trpc';

/** /confirm-email?t=… — the link sent to a new address. Asks first: mail scanners open links. */
export function ConfirmEmailPage() {
  const { t } = useT();
  const [token] = useSearchParam('t');
  const confirm = useMutation(trpc.auth.confirmEmail.mutationOptions());
  return (
    <div className="page narrow">
      <h1>{t('confirmEmail.title')}</h1>
      {!token ? (
        <p role="alert">{t('setPassword.missing')}</p>
      ) : confirm.isSuccess ? (
        <>
          <p role="status">{t('confirmEmail.done', { email: confirm.data.email })}</p>
          <p>
            <AppLink to="/account">{t('nav.account')}</AppLink>
          </p>
        </>
      ) : (
        <>
          <p>{t('confirmEmail.ask')}</p>
          <p>
            <button type="button" className="btn" disabled={confirm.isPending} onClick={() => confirm.mutate({ token })}>
              {t('confirmEmail.confirm')}
            </button>
          </p>
          <ErrorText as="p" error={confirm.error} />
        </>
      )}
    </div>
  );
}
