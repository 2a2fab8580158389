import type { ReactNode } from 'react';
import { figureMeta } from '../../../shared/figure';
import { useT } from '../../hooks/use-prefs';
import { buildTrendRows } from '../../lib/chart-data';
import { formatDate, formatNumber, formatValueYear } from '../../lib/format';
import { formatIndicatorValue } from '../../lib/indicator-format';
import type { RouterOutputs } from '../../trpc';
import { TrendChart } from '../charts/TrendChart';
import { DataTable } from '../ui/DataTable';
import { SourceLink } from '../ui/SourceLink';
import { CoverageNote } from './CoverageNote';
import { YesNoRow } from './YesNoRow';

type Indicator = RouterOutputs['indicator']['list'][number];
type Value = Indicator['values'][number];

type Props = {
  indicator: Indicator;
  title: string;
  planSpan: { from: number; to: number };
  /** 'details': the table folds under the chart (overview); 'visible': always shown. */
  tableMode?: 'details' | 'visible';
  height?: number;
  /** The latest target revision's date, for the superseded-target line's label. */
  revisedOn?: string | null;
};

/**
 * Actual-vs-target chart with its table alternative. A yes/no figure is a row of ✓/✗ with words,
 * never a line; a provisional figure (below its publication threshold) is marked with its n of N.
 */
export function IndicatorTrend({ indicator, title, planSpan, tableMode = 'visible', height, revisedOn }: Props) {
  const { t, lang, cal } = useT();
  const meta = figureMeta(indicator);
  const rows = buildTrendRows({ values: indicator.values, targets: indicator.targets, yearKind: indicator.yearKind, span: planSpan }, cal);
  const valueByYear = new Map<number, Value>(indicator.values.map((v) => [v.year, v]));
  const targetByYear = new Map(indicator.targets.map((tg) => [tg.year, tg]));
  const tableRows = rows.filter((r) => r.actual !== null || r.provisional !== null || r.target !== null);
  const derived = indicator.values.some((v) => v.coverage);
  const format = (v: number | null | undefined, rankOutOf?: number | null) => formatIndicatorValue(v, meta, lang, rankOutOf);
  const table = (
    <DataTable
      caption={`${title} — ${t('indicator.tableTitle')}`}
      rows={tableRows}
      rowKey={(r) => r.year}
      columns={[
        {
          key: 'year',
          header: indicator.yearKind === 'edition' ? t('indicator.edition') : t('indicator.year'),
          cell: (r) => formatValueYear(r.year, indicator.yearKind, cal),
          rowHeader: true,
        },
        {
          key: 'actual',
          header: t('indicator.actual'),
          align: 'end',
          cell: (r) => format(r.actual ?? r.provisional, valueByYear.get(r.year)?.rankOutOf),
        },
        ...(derived
          ? [
              {
                key: 'coverage',
                header: t('coverage.header'),
                cell: (r: (typeof rows)[number]): ReactNode => {
                  const v = valueByYear.get(r.year);
                  return v?.coverage ? <CoverageNote value={v} /> : '–';
                },
              },
            ]
          : []),
        {
          key: 'target',
          header: t('indicator.target'),
          align: 'end',
          cell: (r) => {
            const target = targetByYear.get(r.year);
            if (!target) return '–';
            const revised = target.originalValue !== target.value;
            return (
              <>
                {format(target.value)}
                {revised ? (
                  <span className="muted">
                    {' '}
                    ({t('indicator.originalTarget')} {format(target.originalValue)})
                  </span>
                ) : null}
              </>
            );
          },
        },
        {
          key: 'source',
          header: t('source.label'),
          cell: (r) => {
            const v = valueByYear.get(r.year);
            if (v?.derived) return t('coverage.derivedSource', { n: v.derived.agencies, method: t(`coverage.method.${v.derived.method}`) });
            if (v) return v.isExample ? t('badge.example') : <SourceLink url={v.sourceUrl} />;
            const target = targetByYear.get(r.year);
            return target ? <SourceLink url={target.sourceUrl} label={target.sourceUrl ? null : target.sourceTh} /> : '–';
          },
        },
        ...(indicator.values.some((v) => v.note)
          ? [{ key: 'note', header: t('indicator.note'), cell: (r: (typeof rows)[number]) => valueByYear.get(r.year)?.note ?? '' }]
          : []),
      ]}
    />
  );
  return (
    <div className="indicator-trend">
      {meta.unit === 'boolean' ? (
        <YesNoRow rows={rows.filter((r) => r.actual !== null || r.provisional !== null)} />
      ) : (
        <TrendChart
          rows={rows}
          actualLabel={t('indicator.actual')}
          targetLabel={t('indicator.target')}
          originalTargetLabel={revisedOn ? t('indicator.originalTargetRevised', { date: formatDate(revisedOn, lang, cal) }) : t('indicator.originalTarget')}
          provisionalLabel={t('coverage.provisional')}
          coverageLabel={(c) => t('coverage.provisionalShort', { n: formatNumber(c.n, lang), of: formatNumber(c.N, lang) })}
          reversed={indicator.unit === 'rank'}
          format={(v) => formatNumber(v, lang, meta.decimals)}
          decimals={meta.unit === 'count' || meta.unit === 'rank' ? 0 : meta.decimals}
          bounds={meta.unit === 'percent' ? [0, 100] : undefined}
          highlight={planSpan}
          height={height}
          ariaLabel={`${title}: ${t('indicator.chartTitle')}`}
        />
      )}
      {tableMode === 'visible' ? (
        table
      ) : (
        <details className="table-details">
          <summary>{t('chart.tableAlt')}</summary>
          {table}
        </details>
      )}
    </div>
  );
}
