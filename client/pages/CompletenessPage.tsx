import { useQuery } from '@tanstack/react-query';
import { AGENCY_TYPE_LABELS, LEVEL_LABELS, type AgencyType, type Level } from '../../shared/domain';
import { CompletenessGroupBySchema, CompletenessStateSchema, type CompletenessGroupBy } from '../../shared/schemas/reporting';
import { LazyProvinceMap } from '../components/charts/lazy';
import { StateChip } from '../components/reporting/StateChip';
import { DataTable } from '../components/ui/DataTable';
import { PagedTable } from '../components/ui/PagedTable';
import { QueryState } from '../components/ui/QueryState';
import { SelectField } from '../components/ui/SelectField';
import { usePaging } from '../hooks/use-paging';
import { useEnumParam, useSearchParam, useT } from '../hooks/use-prefs';
import { useMapT } from '../i18n/map-messages';
import { formatNumber, formatYear } from '../lib/format';
import { trpc, type RouterOutputs } from '../trpc';

type Group = NonNullable<RouterOutputs['completeness']['summary']>['groups'][number];
type Pair = RouterOutputs['completeness']['matrix']['rows'][number];
type PairState = (typeof STATES)[number];
const GROUP_BYS = CompletenessGroupBySchema.options;
const STATES = CompletenessStateSchema.options;

/** /completeness — agencies × assigned indicators: reported, approved, missing, overdue. */
export function CompletenessPage() {
  const { t, label, lang, cal } = useT();
  const tm = useMapT();
  const [yearParam, setYear] = useSearchParam('year');
  const [groupParam, setGroup] = useEnumParam('by', GROUP_BYS);
  const [state, setState] = useEnumParam('state', STATES);
  const groupBy = groupParam ?? 'level';
  const year = yearParam ? Number(yearParam) : undefined;
  const paging = usePaging([year, state]);
  const periods = useQuery(trpc.period.list.queryOptions());
  const summary = useQuery(trpc.completeness.summary.queryOptions({ year, groupBy }));
  const matrix = useQuery(trpc.completeness.matrix.queryOptions({ year, state, limit: paging.limit, offset: paging.offset }));
  const groupName = (g: Group) => {
    if (g.key === '') return t('completeness.noGroup');
    if (groupBy === 'level') return label(LEVEL_LABELS[g.key as Level] ?? g.key);
    if (groupBy === 'type') return label(AGENCY_TYPE_LABELS[g.key as AgencyType] ?? g.key);
    return `${g.key} ${label(g.nameTh ?? '', g.nameEn)}`;
  };
  const pct = (v: number | null) => (v === null ? '–' : formatNumber(v, lang, 1));
  return (
    <div className="page">
      <h1>{t('completeness.title')}</h1>
      <div className="filters">
        <SelectField
          id="cp-year"
          label={t('completeness.year')}
          empty="—"
          options={(periods.data ?? []).map((p) => ({ value: p.year, label: `${formatYear(p.year, cal)} (${t(`reporting.periodState.${p.state}`)})` }))}
          value={yearParam}
          onChange={setYear}
        />
        <SelectField
          id="cp-by"
          label={t('completeness.groupBy')}
          options={GROUP_BYS.map((g) => ({ value: g, label: t(`completeness.by.${g}`) }))}
          value={groupBy}
          onChange={(g) => setGroup(g as CompletenessGroupBy)}
        />
      </div>
      <QueryState query={summary} isEmpty={(d) => d === null} empty={t('reporting.noPeriod')}>
        {(d) => (
          <>
            <p className="card headline-completeness">
              <strong>{t('completeness.headline', { year: formatYear(d!.year, cal), reported: pct(d!.totals.reportedPct), approved: pct(d!.totals.approvedPct) })}</strong>{' '}
              · {t('completeness.expected')} {formatNumber(d!.totals.expected, lang)} · {t('completeness.missing')} {formatNumber(d!.totals.missing, lang)} ·{' '}
              {t('completeness.overdue')} {formatNumber(d!.totals.overdue, lang)}
            </p>
            {groupBy === 'province' ? (
              <>
                <p className="small muted">{tm('map.completeness.note')}</p>
                <LazyProvinceMap
                  data={d!.groups.filter((g) => g.key !== '').map((g) => ({ code: g.key, value: g.reportedPct }))}
                  breaks={[25, 50, 75, 100]}
                  format={(v) => `${formatNumber(v, lang, 0)}\u00a0%`}
                  nameOf={(code) => label(d!.groups.find((g) => g.key === code)?.nameTh ?? code, d!.groups.find((g) => g.key === code)?.nameEn)}
                  ariaLabel={tm('map.completeness.title', { year: formatYear(d!.year, cal) })}
                />
              </>
            ) : null}
            <DataTable<Group>
              caption={`${t('completeness.title')} — ${t(`completeness.by.${groupBy}`)}`}
              rows={d!.groups}
              rowKey={(g) => g.key}
              columns={[
                { key: 'group', header: t('completeness.group'), rowHeader: true, cell: groupName },
                { key: 'agencies', header: t('completeness.agencies'), align: 'end', cell: (g) => formatNumber(g.agencies, lang), value: (g) => g.agencies },
                { key: 'expected', header: t('completeness.expected'), align: 'end', cell: (g) => formatNumber(g.expected, lang), value: (g) => g.expected },
                { key: 'reported', header: t('completeness.reported'), align: 'end', cell: (g) => formatNumber(g.reported, lang), value: (g) => g.reported },
                { key: 'approved', header: t('completeness.approved'), align: 'end', cell: (g) => formatNumber(g.approved, lang), value: (g) => g.approved },
                { key: 'missing', header: t('completeness.missing'), align: 'end', cell: (g) => formatNumber(g.missing, lang), value: (g) => g.missing },
                { key: 'overdue', header: t('completeness.overdue'), align: 'end', cell: (g) => formatNumber(g.overdue, lang), value: (g) => g.overdue },
                { key: 'rp', header: t('completeness.reportedPct'), align: 'end', cell: (g) => pct(g.reportedPct), value: (g) => g.reportedPct },
                { key: 'ap', header: t('completeness.approvedPct'), align: 'end', cell: (g) => pct(g.approvedPct), value: (g) => g.approvedPct },
              ]}
            />
          </>
        )}
      </QueryState>
      <h2>{t('completeness.list')}</h2>
      <div className="filters">
        <SelectField
          id="cp-state"
          label={t('completeness.state')}
          empty={t('common.all')}
          options={STATES.map((s) => ({ value: s, label: t(`completeness.${s}`) }))}
          value={state}
          onChange={(s) => setState(s as PairState | null)}
        />
      </div>
      <PagedTable<Pair>
        query={matrix}
        paging={paging}
        caption={t('completeness.list')}
        rowKey={(r) => `${r.agencyId}-${r.indicatorId}`}
        columns={[
          { key: 'agency', header: t('review.agency'), rowHeader: true, cell: (r) => `${r.agencyCode} ${label(r.agencyNameTh, r.agencyNameEn)}` },
          { key: 'indicator', header: t('review.indicator'), cell: (r) => r.indicatorCode },
          {
            key: 'state',
            header: t('completeness.state'),
            cell: (r) => (
              <>
                <StateChip state={(r.lastStatus as 'draft' | 'submitted' | 'returned' | 'approved' | null) ?? 'not_started'} />
                {r.overdue ? <strong className="error-text"> {t('completeness.overdue')}</strong> : null}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
