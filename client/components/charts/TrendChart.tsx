// Actual against target over the years (shaping in lib/chart-data.ts). Straight segments; a
// missing year is a gap; a provisional value is a hollow point on a dashed segment with its
// "n of N" label; a revised target's original is a faint line.
import { niceTicks, type TrendRow } from '../../lib/chart-data';
import { LineChart, type LineSeries } from './LineChart';
import { CHART_COLORS } from './tokens';

type Props = {
  rows: TrendRow[];
  actualLabel: string;
  targetLabel: string;
  /** The legend entry of a revised target's original line (with the revision date); omitted when none was revised. */
  originalTargetLabel?: string;
  provisionalLabel: string;
  /** The label beside a provisional point ("ชั่วคราว · 1 จาก 77"). */
  coverageLabel: (coverage: { n: number; N: number }) => string;
  /** Lower-is-better values (ranks) read best at the top. */
  reversed?: boolean;
  format: (value: number) => string;
  /** Decimals of the values: ticks are never finer than what the labels can show. */
  decimals: number;
  /** Always show this range (e.g. 0–100 for a percentage), so a flat 100 % is not drawn on a 98–102 axis. */
  bounds?: readonly [number, number];
  /** Shade the plan period. */
  highlight?: { from: number; to: number };
  height?: number;
  /** Describes the chart for screen readers; the table next to it has the numbers. */
  ariaLabel: string;
};

export function TrendChart({ rows, actualLabel, targetLabel, originalTargetLabel, provisionalLabel, coverageLabel, reversed, format, decimals, bounds, highlight, height = 280, ariaLabel }: Props) {
  const labelOf = (year: number) => rows.find((r) => r.year === year)?.label;
  const numbers = [...rows.flatMap((r) => [r.actual, r.provisional, r.target, r.originalTarget]), ...(bounds ?? [])].filter((v): v is number => v !== null);
  const ticks = numbers.length ? niceTicks(Math.min(...numbers), Math.max(...numbers), decimals, 5, format) : undefined;
  const hasProvisional = rows.some((r) => r.provisional !== null);
  const data = rows.map((r) => ({ ...r, provisionalNote: r.provisional !== null && r.coverage ? coverageLabel(r.coverage) : null }));
  const series: LineSeries[] = [
    ...(rows.some((r) => r.originalTarget !== null)
      ? [{ key: 'originalTarget', name: originalTargetLabel ?? '', color: CHART_COLORS.target, dashed: true, faint: true, dot: 'none', connectNulls: true, width: 1.5 } as const]
      : []),
    { key: 'target', name: targetLabel, color: CHART_COLORS.target, dashed: true, connectNulls: true, width: 2 },
    { key: 'actual', name: actualLabel, color: CHART_COLORS.series },
    ...(hasProvisional
      ? [
          { key: 'bridge', name: '', color: CHART_COLORS.series, dashed: true, dot: 'none', connectNulls: true, legend: false, width: 1.5 } as const,
          { key: 'provisional', name: provisionalLabel, color: CHART_COLORS.series, line: false, dot: 'hollow', labelKey: 'provisionalNote' } as const,
        ]
      : []),
  ];
  const from = highlight && labelOf(highlight.from);
  const to = highlight && labelOf(highlight.to);
  return (
    <LineChart
      rows={data}
      series={series}
      format={format}
      ticks={ticks}
      decimals={decimals}
      reversed={reversed}
      highlight={from && to ? { from, to } : undefined}
      height={height}
      ariaLabel={ariaLabel}
    />
  );
}
