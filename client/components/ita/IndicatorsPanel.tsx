import { useQuery } from '@tanstack/react-query';
import { ITA_PUBLISHED_INDICATORS, ITA_TOOLS } from '../../../shared/ita';
import { useT } from '../../hooks/use-prefs';
import { formatNumber, formatYear } from '../../lib/format';
import { trpc } from '../../trpc';
import { LazyItaBarChart } from '../charts/lazy';
import { CHART_COLORS, YEAR_COLORS } from '../charts/tokens';
import { DataTable, type Column } from '../ui/DataTable';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { SourceLink } from '../ui/SourceLink';
import { DemoNote } from './DemoNote';
import { indicatorRows } from './ita-chart-data';

/** The three tools and the ten indicators, national means by year. */
export function IndicatorsPanel() {
  const { t, lang, cal, label } = useT();
  const query = useQuery(trpc.ita.indicators.queryOptions());
  return (
    <Section id="ita-ind-h" className="card ita-section" title={t('ita.indicators.title')}>
      <QueryState query={query} isEmpty={(d) => d.length === 0}>
        {(years) => {
          const rows = indicatorRows(years, lang);
          const shown = years.slice(-YEAR_COLORS.length);
          type Row = (typeof rows)[number];
          const yearColumns: Column<Row>[] = years.map((y) => ({
            key: `y${y.year}`,
            header: formatYear(y.year, cal),
            align: 'end',
            value: (r) => r[`y${y.year}`] as number | null,
            cell: (r) => formatNumber(r[`y${y.year}`] as number | null, lang, 2),
          }));
          const toolRows = ITA_TOOLS.map((tool) => {
            const row: Row = { key: tool.code, label: `${tool.abbr} — ${label(tool)}`, tool: tool.abbr };
            for (const y of years) row[`y${y.year}`] = y[tool.code];
            return row;
          });
          return (
            <>
              <DemoNote demoRows={years.reduce((s, y) => s + y.demoRows, 0)} />
              <LazyItaBarChart
                rows={rows.map((r) => ({ ...r, label: String(r.label) }))}
                series={shown.map((y, i) => ({ key: `y${y.year}`, name: formatYear(y.year, cal), color: YEAR_COLORS[i] ?? CHART_COLORS.series }))}
                format={(v) => formatNumber(v, lang, 1)}
                domain={[60, 100]}
                horizontal
                categoryWidth={200}
                height={10 * (shown.length * 9 + 14) + 60}
                ariaLabel={t('ita.indicators.title')}
              />
              <DataTable
                caption={t('ita.indicators.table')}
                download="ita-indicators"
                rows={[...toolRows, ...rows]}
                rowKey={(r) => String(r.key)}
                columns={[
                  { key: 'label', header: t('ita.indicator'), rowHeader: true, cell: (r) => String(r.label) },
                  { key: 'tool', header: t('ita.tool'), cell: (r) => String(r.tool) },
                  ...yearColumns,
                ]}
              />
              <p className="muted small">
                {t('ita.indicators.published', {
                  list: ITA_PUBLISHED_INDICATORS.map((p) => `${formatYear(p.year, cal)} ${p.key.toUpperCase()} ${formatNumber(p.mean, lang, 2)}`).join(' · '),
                })}{' '}
                <SourceLink url={ITA_PUBLISHED_INDICATORS[0]?.sourceUrl} />
              </p>
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
