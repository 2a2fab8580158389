// Thin Recharts wrapper for the ITA pages' bars over categories (lines over years are the one
// LineChart). Rows are shaped by ita-chart-data.ts; every chart sits next to a table with the same numbers.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type LabelProps,
} from 'recharts';
import { NARROW_SCREEN, useMediaQuery } from '../../hooks/use-media-query';
import { fitText, measureInPageFont } from '../../lib/fit-text';
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

/** `startAtLine`: the label begins at the line (a phone's narrow plot would cut a centred one at its edge). */
function referenceLines(references: ChartReference[] | undefined, vertical = false, startAtLine = false) {
  return (references ?? []).map((r) => (
    <ReferenceLine
      key={`${r.label}-${r.value}`}
      {...(vertical ? { x: r.value } : { y: r.value })}
      stroke={CHART_COLORS.target}
      strokeDasharray="6 4"
      ifOverflow="extendDomain"
      label={{ value: r.label, position: vertical ? 'top' : 'insideTopRight', fill: CHART_COLORS.targetInk, fontSize: 12, ...(startAtLine ? { textAnchor: 'start' as const } : {}) }}
    />
  ));
}

type BarProps = Common & {
  /** Horizontal bars for long category names (provinces, agency types). */
  horizontal?: boolean;
  /** Per-bar colour of the first series (e.g. passing bins, band of a province). */
  colorOf?: (row: Row) => string;
  categoryWidth?: number;
  /** Keep vertical bars on a phone too (a histogram reads left to right). */
  keepVertical?: boolean;
};

/** Bar thickness and the room above each category for its name, in phone layout (px). */
const PHONE_BAR = 12;
const PHONE_GAP = 4;
const PHONE_LABEL = 30;

/** A category's name written above its bars, from the plot's left edge (phone layout). */
function NameAbove(props: LabelProps) {
  const x = Number(props.x ?? 0);
  const name = String(props.value ?? '');
  // A long name is cut at the chart's right edge (its full text is in the tooltip and the table).
  const box = props.parentViewBox as { x?: number; width?: number } | undefined;
  const room = box?.width ? (box.x ?? 0) + box.width - x : Infinity;
  const shown = fitText(name, room, (s) => measureInPageFont(s, 12));
  return (
    <text x={x} y={Number(props.y ?? 0) - 5} fontSize={12} fill="currentColor">
      {shown !== name ? <title>{name}</title> : null}
      {shown}
    </text>
  );
}

/**
 * Bars over categories. On a phone-width screen every chart but a histogram becomes horizontal bars
 * across the full width, each category's name written above its bars, and the chart as tall as its
 * categories need — instead of slivers beside a wide column of names.
 */
export function ItaBarChart({ rows, series, format, ariaLabel, references, height = 280, domain = [0, 'auto'], horizontal, colorOf, categoryWidth = 160, keepVertical }: BarProps) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const phone = narrow && !keepVertical;
  const across = Boolean(horizontal) || phone;
  const band = series.length * PHONE_BAR + (series.length - 1) * PHONE_GAP + PHONE_LABEL;
  const chartHeight = phone ? rows.length * band + 56 + (series.length > 1 ? 28 : 0) : height;
  return (
    <figure className="chart" aria-label={ariaLabel} role="img">
      <ResponsiveContainer width="100%" height={chartHeight}>
        <BarChart
          data={rows}
          layout={across ? 'vertical' : 'horizontal'}
          margin={{ top: phone ? 24 : 16, right: phone ? 16 : 24, bottom: 8, left: 0 }}
          {...(phone ? { barSize: PHONE_BAR, barGap: PHONE_GAP, barCategoryGap: PHONE_LABEL } : {})}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} horizontal={!across} vertical={across} />
          {across ? (
            <>
              <XAxis type="number" domain={domain} tick={{ fontSize: 12 }} tickFormatter={(v: number) => format(v)} />
              <YAxis type="category" dataKey="label" width={phone ? 8 : categoryWidth} tick={phone ? false : { fontSize: 11 }} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
              <YAxis domain={domain} tick={{ fontSize: 12 }} width={60} tickFormatter={(v: number) => format(v)} />
            </>
          )}
          <Tooltip formatter={tooltipFormat(format)} />
          {series.length > 1 ? <Legend /> : null}
          {referenceLines(references, across, phone)}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false}>
              {i === 0 && colorOf ? rows.map((row, j) => <Cell key={j} fill={colorOf(row)} />) : null}
              {i === 0 && phone ? <LabelList dataKey="label" content={NameAbove} /> : null}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
