// Thin Recharts wrapper: actual against target over the years. Shaping is in lib/chart-data.ts.
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendRow } from '../../lib/chart-data';
import { CHART_COLORS } from './tokens';

type Props = {
  rows: TrendRow[];
  actualLabel: string;
  targetLabel: string;
  /** Lower-is-better values (ranks) read best at the top. */
  reversed?: boolean;
  format: (value: number) => string;
  /** Shade the plan period. */
  highlight?: { from: number; to: number };
  height?: number;
  /** Describes the chart for screen readers; the table next to it has the numbers. */
  ariaLabel: string;
};

export function TrendChart({ rows, actualLabel, targetLabel, reversed, format, highlight, height = 280, ariaLabel }: Props) {
  const labelOf = (year: number) => rows.find((r) => r.year === year)?.label;
  return (
    <figure className="chart" aria-label={ariaLabel} role="img">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          {highlight && labelOf(highlight.from) && labelOf(highlight.to) ? (
            <ReferenceArea x1={labelOf(highlight.from)} x2={labelOf(highlight.to)} fill={CHART_COLORS.planSpan} fillOpacity={0.8} />
          ) : null}
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={12} />
          <YAxis
            reversed={reversed ?? false}
            tick={{ fontSize: 12 }}
            width={48}
            domain={['auto', 'auto']}
            tickFormatter={(v: number) => format(v)}
          />
          <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} />
          <Legend />
          <Line
            type="monotone"
            dataKey="actual"
            name={actualLabel}
            stroke={CHART_COLORS.series}
            strokeWidth={2.5}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
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
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
