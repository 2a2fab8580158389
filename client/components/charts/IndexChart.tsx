// Thin Recharts wrapper: one index over its editions with the national targets as dashed
// reference lines. The page shapes the rows; the table next to it has the numbers.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS } from './tokens';

export type IndexChartRow = { label: string; value: number | null };
export type IndexReference = { value: number; label: string };

type Props = {
  rows: IndexChartRow[];
  references: IndexReference[];
  name: string;
  /** Ranks read best at the top. */
  reversed?: boolean;
  format: (value: number) => string;
  ariaLabel: string;
  height?: number;
};

export function IndexChart({ rows, references, name, reversed, format, ariaLabel, height = 260 }: Props) {
  return (
    <figure className="chart" aria-label={ariaLabel} role="img">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={10} />
          <YAxis
            reversed={reversed ?? false}
            domain={['auto', 'auto']}
            tick={{ fontSize: 12 }}
            width={52}
            tickFormatter={(v: number) => format(v)}
          />
          <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} />
          {references.map((r) => (
            <ReferenceLine
              key={`${r.label}-${r.value}`}
              y={r.value}
              stroke={CHART_COLORS.target}
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
              label={{ value: r.label, position: 'insideTopRight', fill: CHART_COLORS.targetInk, fontSize: 12 }}
            />
          ))}
          <Line type="linear" dataKey="value" name={name} stroke={CHART_COLORS.series} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
