import { useQuery } from '@tanstack/react-query';
import { useT } from '../../hooks/use-prefs';
import { trpc } from '../../trpc';
import { QueryState } from '../ui/QueryState';

/** One outbox message as it is delivered: headers and the plain-text part (the HTML part says the same). */
export function OutboxMessage({ id }: { id: number }) {
  const { t } = useT();
  const message = useQuery(trpc.notification.message.queryOptions({ id }));
  return (
    <QueryState query={message}>
      {(m) => (
        <section className="card outbox-message" aria-labelledby={`om-${id}`}>
          <h2 id={`om-${id}`}>{t('outbox.message', { id })}</h2>
          <dl className="outbox-headers">
            <dt>{t('outbox.to')}</dt>
            <dd>{m.toAddress}</dd>
            <dt>{t('outbox.subject')}</dt>
            <dd>{m.subject}</dd>
            <dt>{t('outbox.messageId')}</dt>
            <dd className="mono">{m.messageId}</dd>
          </dl>
          <pre className="outbox-text">{m.text}</pre>
          <p className="muted small">{t('outbox.redacted')}</p>
        </section>
      )}
    </QueryState>
  );
}
