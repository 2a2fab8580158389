import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { COMPARE_SORT_KEYS, sortCompareRows, type CompareSortKey } from '../../shared/compare';
import { STATUS_LABELS, STATUS_METHODS } from '../../shared/status';
import { MethodSelect } from '../components/plan/MethodSelect';
import { StatusBadge } from '../components/plan/StatusBadge';
import { AppLink } from '../components/ui/AppLink';
import { ExampleBadge } from '../components/ui/Badges';
import { DataTable, type Column } from '../components/ui/DataTable';
import { DownloadLinks } from '../components/ui/DownloadLinks';
import { Form } from '../components/ui/Form';
import { QueryState } from '../components/ui/QueryState';
import { StrategySelect } from '../components/ui/StrategySelect';
import { YearSelect } from '../components/ui/YearSelect';
import { useEnumParam, useSearchParam, useSearchParamsPatch, useT } from '../hooks/use-prefs';
import { formatChange, formatNumber, formatValueYear, formatYear } from '../lib/format';
import { formatIndicatorValue } from '../lib/indicator-format';
import { figureMeta } from '../../shared/figure';
import { trpc, type RouterOutputs } from '../trpc';
import './analysis.css';

type Row = RouterOutputs['compare']['years']['rows'][number];

const asYear = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : undefined);

/** /compare?from=2566&to=2568[&strategy=2|goal][&method=growth][&sort=change&dir=desc] */
export function ComparePage() {
  const { t, label, lang, cal } = useT();
  const [fromParam, setFrom] = useSearchParam('from');
  const [toParam, setTo] = useSearchParam('to');
  const [strategyParam, setStrategy] = useSearchParam('strategy');
  const [method, setMethod] = useEnumParam('method', STATUS_METHODS);
  const [params] = useSearchParams();
  const patchParams = useSearchParamsPatch();
  const sortParam = params.get('sort');
  const dirParam = params.get('dir');
  const strategy = strategyParam === 'goal' ? 'goal' : strategyParam && /^\d+$/.test(strategyParam) ? Number(strategyParam) : undefined;
  const sort: CompareSortKey = COMPARE_SORT_KEYS.includes(sortParam as CompareSortKey) ? (sortParam as CompareSortKey) : 'order';
  const dir = dirParam === 'desc' ? 'desc' : 'asc';
  const query = useQuery({
    ...trpc.compare.years.queryOptions({ from: asYear(fromParam), to: asYear(toParam), strategy, method }),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="page compare">
      <h1>{t('compare.title')}</h1>
      <p className="muted">{t('compare.intro')}</p>
      <QueryState query={query}>
        {(data) => {
          const yearLabel = (y: number) => formatYear(y, cal);
          const sortHeader = (key: CompareSortKey, label: string) => {
            const active = sort === key;
            return (
              <button
                type="button"
                className="sort-button"
                aria-label={t('compare.sort', { col: label })}
                aria-pressed={active}
                onClick={() => {
                  // One URL update for both parameters (two would race).
                  patchParams({ sort: key, dir: active && dir === 'asc' ? 'desc' : null });
                }}
              >
                {label} <span aria-hidden="true">{active ? (dir === 'asc' ? '▲' : '▼') : '↕'}</span>
              </button>
            );
          };
          const valueCell = (r: Row, side: 'a' | 'b') => {
            const c = r[side];
            return (
              <>
                {formatIndicatorValue(c.value, r, lang, c.rankOutOf)}
                {c.provisional ? (
                  <>
                    {' '}
                    <span className="chip chip-provisional">{t('coverage.provisional')}</span>
                  </>
                ) : null}
                {r.yearKind === 'edition' && c.value !== null ? (
                  <span className="muted small"> ({t('compare.edition', { year: formatValueYear(c.year, 'edition', 'ce') })})</span>
                ) : null}
              </>
            );
          };
          const gapCell = (r: Row, side: 'a' | 'b') => {
            const c = r[side];
            if (c.gap === null) return '–';
            // A yes/no figure meets its target or not; a numeric gap of "0" says nothing.
            if (figureMeta(r).unit === 'boolean') return <span className={c.meetsTarget ? 'gap-ok' : 'gap-short'}>{c.meetsTarget ? t('compare.meets') : t('compare.misses')}</span>;
            return (
              <span title={c.meetsTarget ? t('compare.meets') : t('compare.misses')} className={c.meetsTarget ? 'gap-ok' : 'gap-short'}>
                {formatChange(c.gap, lang, r.decimals)} <span aria-hidden="true">{c.meetsTarget ? '✓' : ''}</span>
                {c.targetYear !== null && c.targetYear !== c.year ? (
                  <span className="muted small block">{t('compare.targetOf', { year: formatValueYear(c.targetYear, r.yearKind, cal) })}</span>
                ) : null}
              </span>
            );
          };
          const statusCell = (r: Row, side: 'a' | 'b') => {
            const c = r[side];
            const basis = c.statusYear !== null && c.statusYear !== c.year ? t('status.basedOn', { year: formatValueYear(c.statusYear, r.yearKind, cal) }) : undefined;
            return <StatusBadge status={c.status} suffix={basis ? `· ${basis}` : undefined} />;
          };
          // Every column sorts; its header is a sort button, its plain label names it in downloads.
          const sortable = (key: CompareSortKey, text: string, column: Omit<Column<Row>, 'key' | 'header' | 'label'>): Column<Row> => ({
            key,
            header: sortHeader(key, text),
            label: text,
            ...column,
          });
          const sides = [
            { side: 'a', year: yearLabel(data.from), value: 'valueA', gap: 'gapA' },
            { side: 'b', year: yearLabel(data.to), value: 'valueB', gap: 'gapB' },
          ] as const;
          const columns: Column<Row>[] = [
            sortable('indicator', t('compare.indicator'), {
              rowHeader: true,
              value: (r) => `${r.code} ${label(r)}`,
              cell: (r) => (
                <>
                  <AppLink to={`/indicators/${r.code}`}>{label(r)}</AppLink>
                  {r.isExample ? <ExampleBadge /> : null}
                  <span className="muted small block">
                    {r.code}
                    {r.strategyNo ? ` · ${t('strategy.label', { no: r.strategyNo })}` : ` · ${t('compare.goal')}`}
                  </span>
                </>
              ),
            }),
            ...sides.map((s) =>
              sortable(s.value, t('compare.value', { year: s.year }), { align: 'end', value: (r) => r[s.side].value, cell: (r) => valueCell(r, s.side) }),
            ),
            sortable('change', t('compare.change'), {
              align: 'end',
              value: (r) => r.change,
              cell: (r) =>
                r.acrossBreak ? (
                  <span className="muted small">{t('compare.acrossBreak')}</span>
                ) : (
                  <span className={r.trend ? `trend-${r.trend}` : undefined} data-testid={`change-${r.code}`}>
                    {r.unit === 'rank' && r.change !== null ? (
                      // A rank going up is a decline: say it in words, not "+8 ↘".
                      t(r.change === 0 ? 'compare.rankSame' : r.trend === 'better' ? 'compare.rankBetter' : 'compare.rankWorse', { n: formatNumber(Math.abs(r.change), lang) })
                    ) : (
                      <>
                        {formatChange(r.change, lang, r.decimals)}
                        {r.trend ? <span className="sr-only"> ({t(`compare.${r.trend}`)})</span> : null}
                        <span aria-hidden="true">{r.trend === 'better' ? ' ↗' : r.trend === 'worse' ? ' ↘' : ''}</span>
                      </>
                    )}
                  </span>
                ),
            }),
            sortable('changePct', t('compare.changePct'), {
              align: 'end',
              value: (r) => (r.changePct === null ? null : Math.round(r.changePct * 100) / 100),
              cell: (r) => (r.changePct === null ? '–' : `${formatChange(r.changePct, lang, 1)} %`),
            }),
            ...sides.map((s) =>
              sortable(s.gap, t('compare.gap', { year: s.year }), { align: 'end', value: (r) => r[s.side].gap, cell: (r) => gapCell(r, s.side) }),
            ),
            sortable('status', t('compare.status', { a: yearLabel(data.from), b: yearLabel(data.to) }), {
              value: (r) => `${label(STATUS_LABELS[r.a.status])} → ${label(STATUS_LABELS[r.b.status])}`,
              cell: (r) => (
                <span className="status-change">
                  {statusCell(r, 'a')} <span aria-hidden="true">→</span>
                  <span className="sr-only">{t('compare.statusTo')}</span> {statusCell(r, 'b')}
                </span>
              ),
            }),
          ];
          const rows = sortCompareRows(data.rows, sort, dir, (r) => label(r), lang);
          return (
            <>
              <Form className="filters">
                <YearSelect id="compare-from" name="from" label={t('compare.from')} years={data.years} value={data.from} onChange={(y) => setFrom(String(y))} />
                <YearSelect id="compare-to" name="to" label={t('compare.to')} years={data.years} value={data.to} onChange={(y) => setTo(String(y))} />
                <StrategySelect
                  id="compare-strategy"
                  name="strategy"
                  label={t('compare.strategy')}
                  empty={t('common.all')}
                  goal={t('compare.goal')}
                  strategies={data.strategies}
                  value={strategyParam}
                  onChange={setStrategy}
                />
                <MethodSelect id="compare-method" value={method} onChange={setMethod} />
              </Form>
              <p className="muted" role="status" aria-live="polite">
                {t('compare.count', { n: rows.length })}
                {query.isFetching ? ` · ${t('state.loading')}` : ''}
              </p>
              <DataTable
                caption={t('compare.caption', { a: yearLabel(data.from), b: yearLabel(data.to) })}
                download={`compare-${data.from}-${data.to}`}
                rows={rows}
                rowKey={(r) => r.code}
                columns={columns}
                className="compare-table"
              />
              <p className="muted small">
                {t('download.all')}: <DownloadLinks file="indicators" />
              </p>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
