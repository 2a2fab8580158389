import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import type { TrendRow } from '../../lib/chart-data';
import { CHART_COLORS } from './tokens';

/** A small trend line; decorative — the value and status sit next to it as text. */
export function Sparkline({ rows, reversed }: { rows: TrendRow[]; reversed?: boolean }) {
  return (
    <div className="sparkline" aria-hidden="true">
      <ResponsiveContainer width="100%" height={40}>
        <LineChart data={rows} margin={{ top: 4, right: 2, bottom: 4, left: 2 }} accessibilityLayer={false}>
          <YAxis hide reversed={reversed ?? false} domain={['auto', 'auto']} />
          <Line type="linear" dataKey="actual" stroke={CHART_COLORS.series} strokeWidth={2} dot={{ r: 1.5 }} isAnimationActive={false} />
          <Line type="linear" dataKey="target" stroke={CHART_COLORS.target} strokeDasharray="4 3" dot={false} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
