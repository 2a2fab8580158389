import { useMutation } from '@tanstack/react-query';
import { MAIL_KINDS, type MailKind } from '../../shared/domain';
import { AppLink } from '../components/ui/AppLink';
import { ErrorText } from '../components/ui/ErrorText';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { trpc } from '../trpc';

/** The kind a token names ("12.reminder.<signature>"), to word the question; the server checks the signature. */
function kindOf(token: string): MailKind | null {
  const kind = token.split('.')[1];
  return (MAIL_KINDS as readonly string[]).includes(kind ?? '') ? (kind as MailKind) : null;
}

/** /unsubscribe?t=… — the link in every e-mail. Asks first (mail scanners open links), then turns that kind off. */
export function UnsubscribePage() {
  const { t } = useT();
  const [token] = useSearchParam('t');
  const kind = token ? kindOf(token) : null;
  const stop = useMutation(trpc.notification.unsubscribe.mutationOptions());
  return (
    <div className="page narrow">
      <h1>{t('unsubscribe.title')}</h1>
      {!token || !kind ? (
        <p role="alert">{t('unsubscribe.missing')}</p>
      ) : stop.isSuccess ? (
        <>
          <p role="status">{t('unsubscribe.done', { kind: t(`mailKind.${kind}`) })}</p>
          <p>
            <AppLink to="/account">{t('nav.account')}</AppLink>
          </p>
        </>
      ) : (
        <>
          <p>{t('unsubscribe.ask', { kind: t(`mailKind.${kind}`) })}</p>
          {kind === 'reminder' ? <p className="muted small">{t('unsubscribe.lastReminder')}</p> : null}
          <p>
            <button type="button" className="btn" disabled={stop.isPending} onClick={() => stop.mutate({ token })}>
              {t('unsubscribe.confirm')}
            </button>
          </p>
          <ErrorText as="p" error={stop.error} />
        </>
      )}
    </div>
  );
}
