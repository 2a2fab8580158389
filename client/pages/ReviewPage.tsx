import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { QUICK_WIN_STATUS_LABELS, REVIEW_FLAG_SHARE, SUBMISSION_STATUS_LABELS, type QuickWinStatus } from '../../shared/domain';
import { useMe } from '../components/accounts/use-me';
import { StateChip } from '../components/reporting/StateChip';
import { ValueHistory } from '../components/reporting/ValueHistory';
import { ExampleBadge } from '../components/ui/Badges';
import { Checkbox } from '../components/ui/Checkbox';
import { ErrorText } from '../components/ui/ErrorText';
import { PagedTable } from '../components/ui/PagedTable';
import { SelectField } from '../components/ui/SelectField';
import { TextField } from '../components/ui/TextField';
import { usePaging } from '../hooks/use-paging';
import { useSearchParam, useT } from '../hooks/use-prefs';
import type { CodedError } from '../lib/api-errors';
import { errorsFromServer } from '../lib/form-errors';
import { formatChange, formatDate, formatYear } from '../lib/format';
import { formatIndicatorValue } from '../lib/indicator-format';
import type { MessageKey } from '../i18n';
import { trpc, type RouterOutputs } from '../trpc';

type Row = RouterOutputs['review']['queue']['rows'][number];
type QwRow = RouterOutputs['review']['quickWins']['rows'][number];
type Batch = RouterOutputs['review']['batches']['rows'][number];
const STATES = ['submitted', 'returned', 'approved'] as const;
type State = (typeof STATES)[number];
const SHARE = Math.round(REVIEW_FLAG_SHARE * 100);

const asState = (v: string | null): State => ((STATES as readonly string[]).includes(v ?? '') ? (v as State) : 'submitted');

/** /review — the secretariat approves or returns values and Quick Win progress; committee and analysts read. */
export function ReviewPage() {
  const { t, label, cal } = useT();
  const { me } = useMe();
  const [kind, setKind] = useSearchParam('kind');
  const [year, setYear] = useSearchParam('year');
  const [agency, setAgency] = useSearchParam('agency');
  const [indicator, setIndicator] = useSearchParam('indicator');
  const [stateParam, setState] = useSearchParam('state');
  const [flag, setFlag] = useSearchParam('flag');
  const state = asState(stateParam);
  const facets = useQuery(trpc.review.facets.queryOptions());
  const isAdmin = me?.role === 'admin';
  const quickWin = kind === 'quick_win';
  return (
    <div className="page">
      <h1>{t('review.title')}</h1>
      {isAdmin ? null : <p className="muted">{t('review.readOnly')}</p>}
      <div className="filters">
        <SelectField
          id="rv-kind"
          label={t('review2.kind')}
          options={(['value', 'quick_win'] as const).map((k) => ({ value: k, label: t(`review2.kind.${k}`) }))}
          value={quickWin ? 'quick_win' : 'value'}
          onChange={(v) => setKind(v === 'quick_win' ? v : null)}
        />
        <SelectField
          id="rv-state"
          label={t('review2.state')}
          options={STATES.map((s) => ({ value: s, label: label(SUBMISSION_STATUS_LABELS[s]) }))}
          value={state}
          onChange={(v) => setState(v === 'submitted' ? null : v)}
        />
        <SelectField
          id="rv-agency"
          label={t('review2.agency')}
          empty={t('audit.any')}
          options={(facets.data?.agencies ?? []).map((a) => ({ value: a.id, label: `${a.code} ${label(a)}` }))}
          value={agency}
          onChange={setAgency}
        />
        {quickWin ? null : (
          <>
            <SelectField
              id="rv-year"
              label={t('review2.period')}
              empty={t('audit.any')}
              options={(facets.data?.years ?? []).map((y) => ({ value: y, label: formatYear(y, cal) }))}
              value={year}
              onChange={setYear}
            />
            <SelectField
              id="rv-indicator"
              label={t('review2.indicator')}
              empty={t('audit.any')}
              options={(facets.data?.indicators ?? []).map((i) => ({ value: i.id, label: `${i.code} ${label(i)}` }))}
              value={indicator}
              onChange={setIndicator}
            />
            <Checkbox label={t('review2.flag.only', { share: SHARE })} checked={flag === '1'} onChange={(e) => setFlag(e.target.checked ? '1' : null)} />
          </>
        )}
      </div>
      {quickWin ? (
        <QuickWinQueue agencyId={agency} state={state} isAdmin={isAdmin} />
      ) : (
        <ValueQueue filters={{ year, agency, indicator, flag }} state={state} isAdmin={isAdmin} />
      )}
      {!quickWin ? <Batches isAdmin={isAdmin} /> : null}
    </div>
  );
}

const num = (v: string | null) => (v ? Number(v) : undefined);

function ValueQueue({ filters, state, isAdmin }: { filters: Record<'year' | 'agency' | 'indicator' | 'flag', string | null>; state: State; isAdmin: boolean }) {
  const { t, label, lang, cal } = useT();
  const paging = usePaging([filters.year, filters.agency, filters.indicator, filters.flag, state]);
  const queue = useQuery(
    trpc.review.queue.queryOptions({
      year: num(filters.year),
      agencyId: num(filters.agency),
      indicatorId: num(filters.indicator),
      flagged: filters.flag === '1' ? true : undefined,
      state,
      limit: paging.limit,
      offset: paging.offset,
    }),
  );
  const [selected, setSelected] = useState<Map<number, { id: number; version: number }>>(new Map());
  const selectable = isAdmin && state === 'submitted';
  const rows = queue.data?.rows ?? [];
  const toggle = (r: Row, on: boolean) =>
    setSelected((m) => {
      const next = new Map(m);
      if (on) next.set(r.id, { id: r.id, version: r.version });
      else next.delete(r.id);
      return next;
    });
  const value = (r: Row, v: number | null) => formatIndicatorValue(v, { unit: r.unit, decimals: r.decimals }, lang);
  return (
    <>
      {selectable ? (
        <BulkApprove
          selected={[...selected.values()]}
          onDone={() => setSelected(new Map())}
          selectAll={
            <Checkbox
              label={t('review2.selectAll')}
              checked={rows.length > 0 && rows.every((r) => selected.has(r.id))}
              onChange={(e) => rows.forEach((r) => toggle(r, e.target.checked))}
            />
          }
        />
      ) : null}
      <PagedTable<Row>
        query={queue}
        paging={paging}
        empty={t('review.empty')}
        caption={t('review.title')}
        rowKey={(r) => r.id}
        download={false}
        columns={[
          ...(selectable
            ? [
                {
                  key: 'select',
                  header: <span className="sr-only">{t('review2.selectAll')}</span>,
                  label: '',
                  cell: (r: Row) => (
                    <input
                      type="checkbox"
                      aria-label={t('review2.select', { label: `${r.indicatorCode} ${r.agencyCode ?? ''}` })}
                      checked={selected.has(r.id)}
                      onChange={(e) => toggle(r, e.target.checked)}
                    />
                  ),
                },
              ]
            : []),
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
          { key: 'submitted', header: t('review2.submittedAt'), cell: (r) => formatDate(r.submittedAt, lang, cal) },
          { key: 'value', header: t('review.value'), align: 'end', cell: (r) => value(r, r.value) },
          { key: 'previous', header: t('review.previous'), align: 'end', cell: (r) => value(r, r.previousValue) },
          {
            key: 'change',
            header: t('review.change'),
            align: 'end',
            cell: (r) => (
              <>
                {r.unit === 'boolean' ? (r.change ? `${value(r, r.previousValue)} → ${value(r, r.value)}` : '–') : formatChange(r.change, lang, r.decimals)}
                {r.flagged ? (
                  <>
                    {' '}
                    <span className="state-chip s-returned">{t('review2.flagged', { share: SHARE })}</span>
                  </>
                ) : null}
              </>
            ),
            value: (r) => r.change,
          },
          {
            key: 'note',
            header: t('review.note'),
            cell: (r) => (
              <>
                <NoteWithEvidence note={r.note} evidenceUrl={r.evidenceUrl} />
                <details>
                  <summary>{t('reporting.history')}</summary>
                  {r.agencyId ? <ValueHistory indicatorId={r.indicatorId} year={r.year} agencyId={r.agencyId} rule={{ unit: r.unit, decimals: r.decimals }} /> : null}
                </details>
              </>
            ),
          },
          ...(state === 'submitted'
            ? isAdmin
              ? [{ key: 'actions', header: t('review.actions'), cell: (r: Row) => <ReviewActions kind="value" row={r} /> }]
              : []
            : [{ key: 'state', header: t('review2.state'), cell: (r: Row) => <StateChip state={r.status} /> }]),
        ]}
      />
    </>
  );
}

/** The reporter's note and, when given, a link to the evidence: the same in both queues. */
function NoteWithEvidence({ note, evidenceUrl }: { note: string | null; evidenceUrl: string | null }) {
  const { t } = useT();
  return (
    <>
      {note}
      {evidenceUrl ? (
        <>
          {' '}
          <a href={evidenceUrl} target="_blank" rel="noreferrer noopener">
            {t('review.evidence')}
          </a>
        </>
      ) : null}
    </>
  );
}

/** One confirmation for many: the count shown is the count the server checks. */
function BulkApprove({ selected, onDone, selectAll }: { selected: Array<{ id: number; version: number }>; onDone: () => void; selectAll: ReactNode }) {
  const { t } = useT();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<CodedError | null>(null);
  const approve = useMutation(
    trpc.review.approveMany.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        setError(null);
        onDone();
      },
      onError: (e) => {
        const errors = errorsFromServer(e);
        setError(errors._form ?? Object.values(errors)[0] ?? null);
      },
    }),
  );
  const n = selected.length;
  return (
    <div className="inline-actions bulk-approve">
      {selectAll}
      <button type="button" className="btn" disabled={n === 0 || approve.isPending} aria-expanded={confirming} onClick={() => setConfirming(true)}>
        {t('review2.approveSelected', { n })}
      </button>
      {confirming && n > 0 ? (
        <div role="alertdialog" aria-labelledby="bulk-confirm" className="card warning">
          <p id="bulk-confirm">{t('review2.confirmBulk', { n })}</p>
          <button type="button" className="btn" disabled={approve.isPending} onClick={() => approve.mutate({ items: selected, confirmCount: n })}>
            {t('review2.confirm', { n })}
          </button>{' '}
          <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : null}
      {approve.isSuccess ? <p role="status">{t('review2.bulkDone', { n: approve.data.batch.count, id: approve.data.batch.id })}</p> : null}
      <ErrorText error={error} />
    </div>
  );
}

function Batches({ isAdmin }: { isAdmin: boolean }) {
  const { t, lang, cal } = useT();
  const paging = usePaging([]);
  const batches = useQuery(trpc.review.batches.queryOptions({ limit: paging.limit, offset: paging.offset }));
  if (!batches.data || batches.data.total === 0) return null;
  return (
    <section aria-labelledby="batches-h">
      <h2 id="batches-h">{t('review2.batches')}</h2>
      <PagedTable<Batch>
        query={batches}
        paging={paging}
        caption={t('review2.batches')}
        hideCaption
        download={false}
        rowKey={(b) => b.id}
        columns={[
          { key: 'id', header: t('review2.batch'), rowHeader: true, cell: (b) => `#${b.id}` },
          { key: 'at', header: t('review2.batchAt'), cell: (b) => `${formatDate(b.createdAt, lang, cal)} ${b.createdAt.slice(11, 16)}` },
          { key: 'by', header: t('review2.batchBy'), cell: (b) => b.userDisplayName ?? '–' },
          { key: 'count', header: t('review2.batchCount'), align: 'end', cell: (b) => b.count },
          {
            key: 'state',
            header: t('review2.batchState'),
            cell: (b) => (b.undoneAt ? t('review2.undone', { date: formatDate(b.undoneAt, lang, cal) }) : isAdmin ? <UndoBatch batch={b} /> : t('review2.active')),
          },
        ]}
      />
    </section>
  );
}

function UndoBatch({ batch }: { batch: Batch }) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<CodedError | null>(null);
  const undo = useMutation(
    trpc.review.undoBatch.mutationOptions({
      onError: (e) => {
        const errors = errorsFromServer(e);
        setError(errors.reason ?? errors._form ?? Object.values(errors)[0] ?? null);
      },
    }),
  );
  const id = `undo-${batch.id}`;
  return (
    <div className="inline-actions">
      <TextField id={id} label={t('review2.undoReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="button" className="btn btn-secondary" disabled={undo.isPending} onClick={() => undo.mutate({ id: batch.id, version: batch.version, reason })}>
        {t('review2.undo')}
      </button>
      {undo.isSuccess ? <p role="status">{t('review2.undoDone', { n: undo.data.restored })}</p> : null}
      <ErrorText error={error} />
    </div>
  );
}

function QuickWinQueue({ agencyId, state, isAdmin }: { agencyId: string | null; state: State; isAdmin: boolean }) {
  const { t, label, lang, cal } = useT();
  const paging = usePaging([agencyId, state]);
  const queue = useQuery(trpc.review.quickWins.queryOptions({ agencyId: num(agencyId), state, limit: paging.limit, offset: paging.offset }));
  const status = (s: QuickWinStatus, p: number) => `${label(QUICK_WIN_STATUS_LABELS[s])} ${p}%`;
  return (
    <PagedTable<QwRow>
      query={queue}
      paging={paging}
      empty={t('review2.empty.quick_win')}
      caption={t('review2.kind.quick_win')}
      rowKey={(r) => r.id}
      download={false}
      columns={[
        {
          key: 'qw',
          header: t('review2.qw'),
          rowHeader: true,
          cell: (r) => (
            <>
              {r.code} {label(r.titleTh, r.titleEn)} {r.isExample ? <ExampleBadge /> : null}
            </>
          ),
        },
        { key: 'agency', header: t('review.agency'), cell: (r) => `${r.agencyCode ?? ''} ${label(r.agencyNameTh ?? '', r.agencyNameEn)}` },
        { key: 'submitted', header: t('review2.submittedAt'), cell: (r) => formatDate(r.createdAt, lang, cal) },
        { key: 'by', header: t('review2.by'), cell: (r) => r.userDisplayName ?? '–' },
        { key: 'proposed', header: t('review2.qwProposed'), cell: (r) => status(r.status, r.progress) },
        { key: 'published', header: t('review2.qwPublished'), cell: (r) => status(r.publishedStatus, r.publishedProgress) },
        {
          key: 'note',
          header: t('review.note'),
          cell: (r) => (
            <>
              <NoteWithEvidence note={r.note} evidenceUrl={r.evidenceUrl} />
              {r.reviewComment ? <p className="muted">{r.reviewComment}</p> : null}
            </>
          ),
        },
        ...(state === 'submitted'
          ? isAdmin
            ? [{ key: 'actions', header: t('review.actions'), cell: (r: QwRow) => <ReviewActions kind="quick_win" row={r} /> }]
            : []
          : [{ key: 'state', header: t('review2.state'), cell: (r: QwRow) => t(`review2.qwState.${r.reviewStatus}` as MessageKey) }]),
      ]}
    />
  );
}

function ReviewActions({ kind, row }: { kind: 'value' | 'quick_win'; row: { id: number; version: number } }) {
  const { t } = useT();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<CodedError | null>(null);
  const onError = (e: unknown) => {
    const errors = errorsFromServer(e);
    setError(errors.comment ?? errors._form ?? Object.values(errors)[0] ?? null);
  };
  const approve = useMutation(trpc.review.approve.mutationOptions({ onError }));
  const ret = useMutation(trpc.review.return.mutationOptions({ onError }));
  const approveQw = useMutation(trpc.review.approveQuickWin.mutationOptions({ onError }));
  const retQw = useMutation(trpc.review.returnQuickWin.mutationOptions({ onError }));
  const busy = approve.isPending || ret.isPending || approveQw.isPending || retQw.isPending;
  const key = { id: row.id, version: row.version };
  const id = `rc-${kind}-${row.id}`;
  return (
    <div className="inline-actions">
      <button type="button" className="btn" disabled={busy} onClick={() => (kind === 'value' ? approve.mutate(key) : approveQw.mutate(key))}>
        {t('review.approve')}
      </button>
      <label className="sr-only" htmlFor={id}>
        {t('review.comment')}
      </label>
      <textarea id={id} rows={1} placeholder={t('review.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
      <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => (kind === 'value' ? ret.mutate({ ...key, comment }) : retQw.mutate({ ...key, comment }))}>
        {t('review.return')}
      </button>
      <ErrorText error={error} />
    </div>
  );
}
