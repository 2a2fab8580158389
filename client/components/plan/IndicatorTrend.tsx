import { useT } from '../../hooks/use-prefs';
import { buildTrendRows } from '../../lib/chart-data';
import { formatNumber, formatValueYear } from '../../lib/format';
import { formatIndicatorValue } from '../../lib/indicator-format';
import type { RouterOutputs } from '../../trpc';
import { LazyTrendChart } from '../charts/lazy';
import { DataTable } from '../ui/DataTable';
import { SourceLink } from '../ui/SourceLink';

type Indicator = RouterOutputs['indicator']['list'][number];

type Props = {
  indicator: Indicator;
  title: string;
  planSpan: { from: number; to: number };
  /** 'details': the table folds under the chart (overview); 'visible': always shown. */
  tableMode?: 'details' | 'visible';
  height?: number;
};

/** Actual-vs-target chart with its table alternative. */
export function IndicatorTrend({ indicator, title, planSpan, tableMode = 'visible', height }: Props) {
  const { t, lang, cal } = useT();
  const rows = buildTrendRows(
    { values: indicator.values, targets: indicator.targets, yearKind: indicator.yearKind, span: planSpan },
    cal,
  );
  const valueByYear = new Map(indicator.values.map((v) => [v.year, v]));
  const targetByYear = new Map(indicator.targets.map((tg) => [tg.year, tg]));
  const tableRows = rows.filter((r) => r.actual !== null || r.target !== null);
  const isRank = indicator.unit === 'rank';
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
          cell: (r) => formatIndicatorValue(r.actual, indicator, lang, valueByYear.get(r.year)?.rankOutOf),
        },
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
                {formatIndicatorValue(target.value, indicator, lang)}
                {revised ? (
                  <span className="muted">
                    {' '}
                    ({t('indicator.originalTarget')} {formatIndicatorValue(target.originalValue, indicator, lang)})
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
      <LazyTrendChart
        rows={rows}
        actualLabel={t('indicator.actual')}
        targetLabel={t('indicator.target')}
        reversed={isRank}
        format={(v) => formatNumber(v, lang, indicator.decimals)}
        highlight={planSpan}
        height={height}
        ariaLabel={`${title}: ${t('indicator.chartTitle')}`}
      />
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
