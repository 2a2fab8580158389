import type { TrendRow } from '../../lib/chart-data';
import { LineChart } from './LineChart';
import { CHART_COLORS } from './tokens';

/** A small trend line; decorative — the value and status sit next to it as text. */
export function Sparkline({ rows, reversed }: { rows: TrendRow[]; reversed?: boolean }) {
  return (
    <div className="sparkline" aria-hidden="true">
      <LineChart
        bare
        rows={rows}
        series={[
          { key: 'actual', name: '', color: CHART_COLORS.series, width: 2 },
          { key: 'target', name: '', color: CHART_COLORS.target, dashed: true, dot: 'none', connectNulls: true, width: 1.5 },
        ]}
        format={String}
        reversed={reversed}
        height={40}
        ariaLabel=""
      />
    </div>
  );
}
