import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useMe } from '../components/accounts/use-me';
import { ValueHistory } from '../components/reporting/ValueHistory';
import { ExampleBadge } from '../components/ui/Badges';
import { PagedTable } from '../components/ui/PagedTable';
import { usePaging } from '../hooks/use-paging';
import { useT } from '../hooks/use-prefs';
import { errorsFromServer } from '../lib/form-errors';
import { formatChange, formatNumber, formatYear } from '../lib/format';
import { trpc, type RouterOutputs } from '../trpc';
import type { CodedError } from '../lib/api-errors';
import { ErrorText } from '../components/ui/ErrorText';

type Row = RouterOutputs['review']['queue']['rows'][number];

/** /review — the secretariat approves or returns submitted values; committee and analysts read. */
export function ReviewPage() {
  const { t, label, lang, cal } = useT();
  const { me } = useMe();
  const paging = usePaging([]);
  const queue = useQuery(trpc.review.queue.queryOptions({ limit: paging.limit, offset: paging.offset }));
  const isAdmin = me?.role === 'admin';
  return (
    <div className="page">
      <h1>{t('review.title')}</h1>
      {isAdmin ? null : <p className="muted">{t('review.readOnly')}</p>}
      <PagedTable<Row>
        query={queue}
        paging={paging}
        empty={t('review.empty')}
        caption={t('review.title')}
        rowKey={(r) => r.id}
        download={false}
        columns={[
          { key: 'agency', header: t('review.agency'), rowHeader: true, cell: (r) => `${r.agencyCode ?? ''} ${label(r.agencyNameTh ?? '', r.agencyNameEn)}` },
          {
            key: 'indicator',
            header: t('review.indicator'),
            cell: (r) => (
              <>
                {r.indicatorCode} {label(r.indicatorNameTh, r.indicatorNameEn)} {r.isExample ? <ExampleBadge /> : null}
              </>
            ),
          },
          { key: 'year', header: t('review.year'), cell: (r) => formatYear(r.year, cal) },
          { key: 'value', header: t('review.value'), align: 'end', cell: (r) => formatNumber(r.value, lang, r.decimals) },
          { key: 'previous', header: t('review.previous'), align: 'end', cell: (r) => formatNumber(r.previousValue, lang, r.decimals) },
          { key: 'change', header: t('review.change'), align: 'end', cell: (r) => formatChange(r.change, lang, r.decimals) },
          {
            key: 'note',
            header: t('review.note'),
            cell: (r) => (
              <>
                {r.note}
                {r.evidenceUrl ? (
                  <>
                    {' '}
                    <a href={r.evidenceUrl} target="_blank" rel="noreferrer noopener">
                      {t('review.evidence')}
                    </a>
                  </>
                ) : null}
                <details>
                  <summary>{t('reporting.history')}</summary>
                  {r.agencyId ? <ValueHistory indicatorId={r.indicatorId} year={r.year} agencyId={r.agencyId} /> : null}
                </details>
              </>
            ),
          },
          ...(isAdmin ? [{ key: 'actions', header: t('review.actions'), cell: (r: Row) => <ReviewActions row={r} /> }] : []),
        ]}
      />
    </div>
  );
}

function ReviewActions({ row }: { row: Row }) {
  const { t } = useT();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<CodedError | null>(null);
  const onError = (e: unknown) => {
    const errors = errorsFromServer(e);
    setError(errors.comment ?? errors._form ?? Object.values(errors)[0] ?? null);
  };
  const approve = useMutation(trpc.review.approve.mutationOptions({ onError }));
  const ret = useMutation(trpc.review.return.mutationOptions({ onError }));
  const busy = approve.isPending || ret.isPending;
  const id = `rc-${row.id}`;
  return (
    <div className="inline-actions">
      <button type="button" className="btn" disabled={busy} onClick={() => approve.mutate({ id: row.id, version: row.version })}>
        {t('review.approve')}
      </button>
      <label className="sr-only" htmlFor={id}>
        {t('review.comment')}
      </label>
      <textarea id={id} rows={1} placeholder={t('review.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
      <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => ret.mutate({ id: row.id, version: row.version, comment })}>
        {t('review.return')}
      </button>
      <ErrorText error={error} />
    </div>
  );
}
