import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { OUTBOX_STATES, type OutboxState } from '../../shared/domain';
import { OutboxMessage } from '../components/notifications/OutboxMessage';
import { AdminNav } from '../components/ui/AdminNav';
import { ErrorText } from '../components/ui/ErrorText';
import { PagedTable } from '../components/ui/PagedTable';
import { SelectField } from '../components/ui/SelectField';
import { usePaging } from '../hooks/use-paging';
import { useEnumParam, useT } from '../hooks/use-prefs';
import { formatDate } from '../lib/format';
import { trpc, type RouterOutputs } from '../trpc';
import '../components/notifications/notifications.css';

type Row = RouterOutputs['notification']['outbox']['rows'][number];

/** /admin/outbox — every e-mail the system sends: counts, failures with the server's error, resend, the rendered message. */
export function AdminOutboxPage() {
  const { t, lang, cal } = useT();
  const [state, setState] = useEnumParam('state', OUTBOX_STATES);
  const [open, setOpen] = useState<number | null>(null);
  const paging = usePaging([state]);
  const queryClient = useQueryClient();
  const summary = useQuery(trpc.notification.outboxSummary.queryOptions());
  const list = useQuery(trpc.notification.outbox.queryOptions({ limit: paging.limit, offset: paging.offset, ...(state ? { state } : {}) }));
  const resend = useMutation(
    trpc.notification.resend.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() }),
    }),
  );
  const when = (iso: string | null) => (iso ? `${formatDate(iso, lang, cal)} ${new Date(iso).toLocaleTimeString(lang === 'th' ? 'th-TH' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Bangkok' })}` : '–');
  return (
    <div className="page">
      <AdminNav />
      <h1>{t('outbox.title')}</h1>
      <p>{t('outbox.intro')}</p>
      {summary.data ? (
        <>
          <p className={summary.data.smtp ? 'muted' : 'notice card'} role={summary.data.smtp ? undefined : 'note'}>
            {summary.data.smtp ? t('outbox.smtp', { server: summary.data.smtp }) : t('outbox.noSmtp')}
          </p>
          <ul className="outbox-counts" aria-label={t('outbox.state')}>
            {OUTBOX_STATES.map((s) => (
              <li key={s} className={s === 'failed' && summary.data.counts.failed > 0 ? 'failed' : undefined}>
                {t('outbox.count', { state: t(`outbox.state.${s}`), n: summary.data.counts[s] })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="filters">
        <SelectField
          id="outbox-state"
          label={t('outbox.filter')}
          value={state ?? ''}
          empty={t('outbox.all')}
          options={OUTBOX_STATES.map((s) => ({ value: s, label: t(`outbox.state.${s}`) }))}
          onChange={(v) => setState((v as OutboxState | null) ?? null)}
        />
      </div>
      <ErrorText as="p" error={resend.error} />
      {resend.isSuccess ? <p className="ok-text" role="status">{t('outbox.resent')}</p> : null}
      <PagedTable<Row>
        query={list}
        paging={paging}
        caption={t('outbox.title')}
        rowKey={(r) => r.id}
        download={false}
        empty={t('outbox.empty')}
        columns={[
          { key: 'created', header: t('outbox.created'), cell: (r) => when(r.createdAt) },
          { key: 'to', header: t('outbox.to'), cell: (r) => r.toAddress },
          { key: 'subject', header: t('outbox.subject'), rowHeader: true, cell: (r) => r.subject },
          { key: 'kind', header: t('outbox.kind'), cell: (r) => t(`mailKind.${r.kind}`) },
          { key: 'state', header: t('outbox.state'), cell: (r) => t(`outbox.state.${r.state}`) },
          { key: 'attempts', header: t('outbox.attempts'), cell: (r) => r.attempts },
          {
            key: 'when',
            header: `${t('outbox.sentAt')} / ${t('outbox.nextAttempt')}`,
            cell: (r) => (r.state === 'sent' ? when(r.sentAt) : r.state === 'queued' ? when(r.nextAttemptAt) : '–'),
          },
          { key: 'error', header: t('outbox.lastError'), cell: (r) => (r.lastError ? <span className="outbox-error">{r.lastError}</span> : '–') },
          {
            key: 'actions',
            header: t('review.actions'),
            cell: (r) => (
              <span className="inline-actions">
                <button type="button" className="btn btn-secondary" aria-expanded={open === r.id} onClick={() => setOpen(open === r.id ? null : r.id)}>
                  {open === r.id ? t('outbox.hide') : t('outbox.view')}
                </button>
                {r.state === 'failed' || r.state === 'queued' ? (
                  <button type="button" className="btn btn-secondary" disabled={resend.isPending} onClick={() => resend.mutate({ id: r.id })}>
                    {t('outbox.resend')}
                  </button>
                ) : null}
              </span>
            ),
          },
        ]}
      />
      {open !== null ? <OutboxMessage id={open} /> : null}
    </div>
  );
}
