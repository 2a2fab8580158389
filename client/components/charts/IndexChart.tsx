// One index over its editions with the national targets as dashed reference lines. The page
// shapes the rows; the table next to it has the numbers.
import { LineChart } from './LineChart';
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
  /** Decimals of the values: ticks are never finer than the labels show. */
  decimals?: number;
  ariaLabel: string;
  height?: number;
};

export function IndexChart({ rows, references, name, reversed, format, decimals, ariaLabel, height = 260 }: Props) {
  return (
    <LineChart
      rows={rows}
      series={[{ key: 'value', name, color: CHART_COLORS.series, legend: false }]}
      references={references}
      reversed={reversed}
      format={format}
      decimals={decimals}
      ariaLabel={ariaLabel}
      height={height}
    />
  );
}
