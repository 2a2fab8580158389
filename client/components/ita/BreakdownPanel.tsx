import { useQuery } from '@tanstack/react-query';
import { LEVELS, LEVEL_LABELS } from '../../../shared/domain';
import { ITA_PASS } from '../../../shared/ita';
import { ITA_MAP_BREAKS } from '../../../shared/map-scale';
import { ITA_BREAKDOWN_DIMENSIONS, type ItaBreakdownDimension } from '../../../shared/schemas/ita';
import { useEnumParam, useT } from '../../hooks/use-prefs';
import { useMapT } from '../../i18n/map-messages';
import { formatChange, formatNumber, formatYear } from '../../lib/format';
import { trpc } from '../../trpc';
import { LazyItaBarChart, LazyProvinceMap } from '../charts/lazy';
import { CHART_COLORS } from '../charts/tokens';
import { AppLink } from '../ui/AppLink';
import { DemoBadge } from '../ui/Badges';
import { DataTable } from '../ui/DataTable';
import { EnumSelect } from '../ui/EnumSelect';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { SelectField } from '../ui/SelectField';
import { DemoNote } from './DemoNote';
import { useItaColumns } from './use-ita-columns';

const DIMENSION_KEY = {
  level: 'ita.by.level',
  type: 'ita.by.type',
  region: 'ita.by.region',
  group: 'ita.by.group',
  province: 'ita.by.province',
} as const;

/** Map classes of a province's mean ITA: stated, with the pass mark among them. */

/** Mean and pass rate by level, type, region, province group or province (?by=, ?level=). */
export function BreakdownPanel({ year }: { year: number }) {
  const { t, lang, cal, label } = useT();
  const tm = useMapT();
  const [byParam, setBy] = useEnumParam('by', ITA_BREAKDOWN_DIMENSIONS);
  const [level, setLevel] = useEnumParam('blevel', LEVELS);
  const by = byParam ?? 'type';
  const columns = useItaColumns();
  const query = useQuery(trpc.ita.breakdown.queryOptions({ year, by, level }));
  const score = (v: number) => formatNumber(v, lang, 2);
  // Group and province figures built from demo agencies are demo figures: the heading says so.
  const demo = (query.data?.rows ?? []).some((r) => r.demoRows > 0);
  return (
    <Section
      id="ita-breakdown-h"
      className="card ita-section"
      title={
        <>
          {t('ita.breakdown.title', { year: formatYear(year, cal) })} {demo ? <DemoBadge /> : null}
        </>
      }
    >
      <div className="filters">
        <SelectField
          id="ita-by"
          label={t('ita.breakdown.by')}
          options={ITA_BREAKDOWN_DIMENSIONS.map((d) => ({ value: d, label: t(DIMENSION_KEY[d]) }))}
          value={by}
          onChange={(d) => setBy(d as ItaBreakdownDimension)}
        />
        <EnumSelect id="ita-blevel" label={t('ita.level')} values={LEVELS} labels={LEVEL_LABELS} empty={t('common.all')} value={level} onChange={setLevel} />
      </div>
      <QueryState query={query} isEmpty={(d) => d.rows.length === 0}>
        {(b) => {
          const rows = b.rows.map((r) => ({ ...r, name: label(r.label) }));
          return (
            <>
              <DemoNote demoRows={rows.reduce((s, r) => s + r.demoRows, 0)} />
              {by === 'province' ? (
                <>
                  <p className="small muted">{tm('map.ita.note', { level: level ? ` (${label(LEVEL_LABELS[level])})` : '', pass: ITA_PASS })}</p>
                  <LazyProvinceMap
                    data={rows.filter((r) => r.key).map((r) => ({ code: r.key!, value: r.mean }))}
                    breaks={ITA_MAP_BREAKS}
                    format={score}
                    nameOf={(code) => rows.find((r) => r.key === code)?.name ?? code}
                    ariaLabel={tm('map.ita.title', { year: formatYear(year, cal) })}
                    hrefOf={(code) => `/ita/provinces/${code}?year=${year}`}
                  />
                </>
              ) : null}
              <LazyItaBarChart
                rows={rows.map((r) => ({ label: r.name, mean: r.mean }))}
                series={[{ key: 'mean', name: t('ita.mean'), color: CHART_COLORS.series }]}
                references={[{ value: ITA_PASS, label: t('ita.passMark', { pass: ITA_PASS }) }]}
                format={score}
                domain={[Math.max(0, Math.floor(Math.min(...rows.map((r) => r.mean ?? 100)) / 5) * 5 - 5), 100]}
                horizontal
                categoryWidth={by === 'type' || by === 'group' ? 240 : 140}
                height={Math.max(200, rows.length * 22 + 60)}
                ariaLabel={t('ita.breakdown.title', { year: formatYear(year, cal) })}
              />
              <DataTable
                caption={t('ita.breakdown.table', { by: t(DIMENSION_KEY[by]), year: formatYear(year, cal) })}
                download={`ita-${by}-${year}`}
                rows={rows}
                rowKey={(r) => r.key ?? 'none'}
                columns={[
                  {
                    key: 'name',
                    header: t(DIMENSION_KEY[by]),
                    rowHeader: true,
                    value: (r) => r.name,
                    cell: (r) => (by === 'province' && r.key ? <AppLink to={`/ita/provinces/${r.key}?year=${year}`}>{label(r.label)}</AppLink> : r.name),
                  },
                  ...columns.stats<(typeof rows)[number]>(),
                  { key: 'min', header: t('ita.min'), align: 'end', value: (r) => r.min, cell: (r) => formatNumber(r.min, lang, 2) },
                  { key: 'max', header: t('ita.max'), align: 'end', value: (r) => r.max, cell: (r) => formatNumber(r.max, lang, 2) },
                  {
                    key: 'change',
                    header: t('ita.changeFrom', { year: formatYear(year - 1, cal) }),
                    align: 'end',
                    value: (r) => r.change,
                    cell: (r) => <span className={r.change === null ? '' : r.change >= 0 ? 'trend-better' : 'trend-worse'}>{formatChange(r.change, lang, 2)}</span>,
                  },
                ]}
              />
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
