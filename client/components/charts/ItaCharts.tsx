// Thin Recharts wrappers for the ITA pages: lines over years and bars over categories. Rows are
// shaped by ita-chart-data.ts; every chart sits next to a table with the same numbers.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_COLORS } from './tokens';

export type ChartSeries = { key: string; name: string; color: string; dashed?: boolean };
export type ChartReference = { value: number; label: string };
type Row = Record<string, string | number | boolean | null>;

type Common = {
  rows: Row[];
  series: ChartSeries[];
  format: (value: number) => string;
  /** Describes the chart for screen readers; the table beside it has the numbers. */
  ariaLabel: string;
  references?: ChartReference[];
  height?: number;
  domain?: [number | 'auto' | 'dataMin' | 'dataMax', number | 'auto' | 'dataMin' | 'dataMax'];
};

const tooltipFormat = (format: (v: number) => string) => (v: unknown) => (typeof v === 'number' ? format(v) : String(v));

function referenceLines(references: ChartReference[] | undefined, vertical = false) {
  return (references ?? []).map((r) => (
    <ReferenceLine
      key={`${r.label}-${r.value}`}
      {...(vertical ? { x: r.value } : { y: r.value })}
      stroke={CHART_COLORS.target}
      strokeDasharray="6 4"
      ifOverflow="extendDomain"
      label={{ value: r.label, position: vertical ? 'top' : 'insideTopRight', fill: CHART_COLORS.targetInk, fontSize: 12 }}
    />
  ));
}

export function ItaLineChart({ rows, series, format, ariaLabel, references, height = 280, domain = ['auto', 'auto'] }: Common) {
  return (
    <figure className="chart" aria-label={ariaLabel} role="img">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={domain} tick={{ fontSize: 12 }} width={60} tickFormatter={(v: number) => format(v)} />
          <Tooltip formatter={tooltipFormat(format)} />
          <Legend />
          {referenceLines(references)}
          {series.map((s) => (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.name}
              stroke={s.color}
              strokeWidth={s.dashed ? 2 : 2.5}
              strokeDasharray={s.dashed ? '5 4' : undefined}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

type BarProps = Common & {
  /** Horizontal bars for long category names (provinces, agency types). */
  horizontal?: boolean;
  /** Per-bar colour of the first series (e.g. passing bins, band of a province). */
  colorOf?: (row: Row) => string;
  categoryWidth?: number;
};

export function ItaBarChart({ rows, series, format, ariaLabel, references, height = 280, domain = [0, 'auto'], horizontal, colorOf, categoryWidth = 160 }: BarProps) {
  return (
    <figure className="chart" aria-label={ariaLabel} role="img">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 16, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} horizontal={!horizontal} vertical={Boolean(horizontal)} />
          {horizontal ? (
            <>
              <XAxis type="number" domain={domain} tick={{ fontSize: 12 }} tickFormatter={(v: number) => format(v)} />
              <YAxis type="category" dataKey="label" width={categoryWidth} tick={{ fontSize: 11 }} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
              <YAxis domain={domain} tick={{ fontSize: 12 }} width={60} tickFormatter={(v: number) => format(v)} />
            </>
          )}
          <Tooltip formatter={tooltipFormat(format)} />
          {series.length > 1 ? <Legend /> : null}
          {referenceLines(references, horizontal)}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false}>
              {i === 0 && colorOf ? rows.map((row, j) => <Cell key={j} fill={colorOf(row)} />) : null}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
