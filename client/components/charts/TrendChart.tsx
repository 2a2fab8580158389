// Thin Recharts wrapper: actual against target over the years. Shaping is in lib/chart-data.ts.
// Straight segments; a missing year is a gap; a provisional value is a hollow point on a dashed
// segment with its "n of N" label; a revised target's original is a faint line.
import { CartesianGrid, LabelList, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { niceTicks, type TrendRow } from '../../lib/chart-data';
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
  const hasOriginal = rows.some((r) => r.originalTarget !== null);
  const data = rows.map((r) => ({ ...r, provisionalNote: r.provisional !== null && r.coverage ? coverageLabel(r.coverage) : null }));
  return (
    <figure className="chart" aria-label={ariaLabel} role="img">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ top: 20, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          {highlight && labelOf(highlight.from) && labelOf(highlight.to) ? (
            <ReferenceArea x1={labelOf(highlight.from)} x2={labelOf(highlight.to)} fill={CHART_COLORS.planSpan} fillOpacity={0.8} />
          ) : null}
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={12} />
          <YAxis
            reversed={reversed ?? false}
            tick={{ fontSize: 12 }}
            width={56}
            ticks={ticks}
            domain={ticks ? [ticks[0]!, ticks[ticks.length - 1]!] : ['auto', 'auto']}
            interval={0}
            tickFormatter={(v: number) => format(v)}
          />
          <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} />
          <Legend />
          {hasOriginal ? (
            <Line
              type="linear"
              dataKey="originalTarget"
              name={originalTargetLabel}
              stroke={CHART_COLORS.target}
              strokeOpacity={0.35}
              strokeDasharray="2 4"
              strokeWidth={1.5}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ) : null}
          <Line
            type="linear"
            dataKey="target"
            name={targetLabel}
            stroke={CHART_COLORS.target}
            strokeDasharray="6 4"
            strokeWidth={2}
            dot={{ r: 4, fill: CHART_COLORS.target }}
            connectNulls
            isAnimationActive={false}
          />
          <Line type="linear" dataKey="actual" name={actualLabel} stroke={CHART_COLORS.series} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
          {hasProvisional ? (
            <Line type="linear" dataKey="bridge" legendType="none" stroke={CHART_COLORS.series} strokeDasharray="4 4" strokeWidth={1.5} dot={false} connectNulls isAnimationActive={false} />
          ) : null}
          {hasProvisional ? (
            <Line
              type="linear"
              dataKey="provisional"
              name={provisionalLabel}
              stroke="none"
              dot={{ r: 5, fill: '#ffffff', stroke: CHART_COLORS.series, strokeWidth: 2 }}
              isAnimationActive={false}
            >
              <LabelList dataKey="provisionalNote" position="top" fontSize={11} fill={CHART_COLORS.series} />
            </Line>
          ) : null}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
