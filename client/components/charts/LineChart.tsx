// Every line chart of the app (trends against targets, the indices, the ITA over years) is this
// one plain-SVG component, not Recharts: a line over a dozen years needs scales, a path and some
// text, and a phone should not download and run 90 kB of chart library before the first figure
// of the overview appears (decision 0015). Bars and the map stay where they are. Geometry is in
// lib/line-chart.ts (pure, unit-tested); the table beside every chart has the numbers.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { linePaths, lineScales, shownLabelIndexes, type LineRow, type LineSeries } from '../../lib/line-chart';
import { CHART_COLORS } from './tokens';

export type { LineRow, LineSeries } from '../../lib/line-chart';
export type LineReference = { value: number; label: string };

type Props = {
  rows: LineRow[];
  series: LineSeries[];
  format: (value: number) => string;
  /** Describes the chart for screen readers; the table next to it has the numbers. */
  ariaLabel: string;
  references?: LineReference[];
  /** The y axis's ticks (else "nice" ticks over the data, the references and `bounds`). */
  ticks?: number[];
  /** Always show this range (e.g. 0–100 for a percentage). */
  bounds?: readonly [number, number];
  decimals?: number;
  /** Lower-is-better values (ranks) read best at the top. */
  reversed?: boolean;
  /** Shade the span between these two row labels (the plan period). */
  highlight?: { from: string; to: string };
  height?: number;
  /** A bare line (sparkline): no axes, legend, grid or hover. */
  bare?: boolean;
};

const MARGIN = { top: 20, right: 24, bottom: 26, left: 58 };
const BARE_MARGIN = { top: 4, right: 3, bottom: 4, left: 3 };
// Axis text: the page's muted ink (--muted), 6.4:1 on white.
const INK = '#56606b';

/** A year label centred under its point, unless that would run past the chart's edge (the last, "2027 (2570)"). */
function labelAnchor(x: number, label: string, width: number): 'start' | 'middle' | 'end' {
  const half = (label.length * 7) / 2;
  return x + half > width ? 'end' : x - half < 0 ? 'start' : 'middle';
}

/**
 * On a phone-width screen (the single-column layout, styles.css) a chart spans the page less its
 * paddings: drawn at that width in the same paint as the rest of the page, then corrected to the
 * measured width a frame later if it differs (the plot clips meanwhile). Wider screens wait for
 * the measurement: their columns vary, and their CPUs do not need the head start.
 */
function phoneWidthGuess(): number {
  const w = typeof window === 'undefined' ? 0 : window.innerWidth;
  return w > 0 && w <= 640 ? w - 64 : 0;
}

/**
 * The width the chart has (a phone is 390 px, a desktop column ~700), from a ResizeObserver: its
 * first report comes after the browser's own layout, so nothing forces an extra layout of the
 * whole page (reading clientWidth during React's commit cost a phone ~100 ms of Thai text layout
 * per chart), and the plot's fixed height keeps the page from moving when the chart arrives.
 */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(phoneWidthGuess);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

function Swatch({ s }: { s: LineSeries }) {
  return (
    <svg width="24" height="10" aria-hidden="true">
      {s.line !== false ? <line x1="1" x2="23" y1="5" y2="5" stroke={s.color} strokeWidth={2} strokeDasharray={s.dashed ? '5 3' : undefined} strokeOpacity={s.faint ? 0.45 : 1} /> : null}
      {s.dot === 'hollow' ? <circle cx="12" cy="5" r="3.5" fill="#fff" stroke={s.color} strokeWidth={1.8} /> : s.dot !== 'none' ? <circle cx="12" cy="5" r="3" fill={s.color} /> : null}
    </svg>
  );
}

export function LineChart({ rows, series, format, ariaLabel, references = [], ticks, bounds, decimals = 0, reversed, highlight, height = 280, bare }: Props) {
  const [ref, width] = useWidth();
  const [pointed, setActive] = useState<number | null>(null);
  // The year under the pointer, while it still exists (the rows change when a page moves on to
  // another agency under a resting pointer).
  const active = pointed !== null && pointed < rows.length ? pointed : null;
  const margin = bare ? BARE_MARGIN : MARGIN;
  const scales = width > 0 ? lineScales({ rows, series, references: references.map((r) => r.value), ticks, bounds, decimals, format, reversed, width, height, margin }) : null;
  const legend = bare ? [] : series.filter((s) => s.legend !== false && s.name);

  const onPointer = (e: PointerEvent<SVGSVGElement>) => {
    if (!scales || rows.length === 0) return;
    const box = e.currentTarget.getBoundingClientRect();
    setActive(scales.nearestIndex(e.clientX - box.left));
  };

  return (
    <figure className={bare ? 'line-chart bare' : 'chart line-chart'} aria-label={ariaLabel} role="img">
      <div ref={ref} className="line-chart-plot" style={{ height }}>
        {scales ? (
          <svg
            data-chart="line"
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            onPointerMove={bare ? undefined : onPointer}
            // A tap on a phone fires no pointermove: show the year's values on touch too.
            onPointerDown={bare ? undefined : onPointer}
            // A finger lifting also "leaves": a tapped year's values stay until the next tap.
            onPointerLeave={bare ? undefined : (e) => e.pointerType === 'mouse' && setActive(null)}
          >
            {highlight ? <Highlight scales={scales} rows={rows} highlight={highlight} /> : null}
            {!bare
              ? scales.yTicks.map((t) => (
                  <g key={t}>
                    <line x1={margin.left} x2={width - margin.right} y1={scales.y(t)} y2={scales.y(t)} stroke={CHART_COLORS.grid} />
                    <text x={margin.left - 6} y={scales.y(t)} dy="0.32em" textAnchor="end" fontSize={12} fill={INK}>
                      {format(t)}
                    </text>
                  </g>
                ))
              : null}
            {!bare
              ? shownLabelIndexes(rows.map((r) => r.label), scales.plotWidth).map((i) => (
                  <text key={i} x={scales.x(i)} y={height - 8} textAnchor={labelAnchor(scales.x(i), rows[i]!.label, width)} fontSize={12} fill={INK}>
                    {rows[i]!.label}
                  </text>
                ))
              : null}
            {references.map((r) => (
              <g key={`${r.label}-${r.value}`} className="line-chart-reference">
                <line x1={margin.left} x2={width - margin.right} y1={scales.y(r.value)} y2={scales.y(r.value)} stroke={CHART_COLORS.target} strokeDasharray="6 4" />
                <text x={width - margin.right} y={scales.y(r.value) - 5} textAnchor="end" fontSize={12} fill={CHART_COLORS.targetInk}>
                  {r.label}
                </text>
              </g>
            ))}
            {active !== null ? <line x1={scales.x(active)} x2={scales.x(active)} y1={margin.top} y2={height - margin.bottom} stroke="#9ca3af" /> : null}
            {series.map((s) => (
              <g key={s.key} className={`line-chart-series series-${s.key}`}>
                {s.line !== false
                  ? linePaths(rows, s, scales).map((d, i) => (
                      <path key={i} d={d} fill="none" stroke={s.color} strokeWidth={s.width ?? (s.dashed ? 2 : 2.5)} strokeDasharray={s.dashed ? '6 4' : undefined} strokeOpacity={s.faint ? 0.4 : 1} />
                    ))
                  : null}
                {s.dot === 'none'
                  ? null
                  : rows.map((row, i) => {
                      const v = row[s.key];
                      if (typeof v !== 'number' || !Number.isFinite(v)) return null;
                      const note = s.labelKey ? row[s.labelKey] : null;
                      return (
                        <g key={i}>
                          <circle
                            className="line-chart-dot"
                            cx={scales.x(i)}
                            cy={scales.y(v)}
                            r={s.dot === 'hollow' ? 5 : bare ? 1.5 : active === i ? 5 : 3.5}
                            fill={s.dot === 'hollow' ? '#ffffff' : s.color}
                            stroke={s.color}
                            strokeWidth={s.dot === 'hollow' ? 2 : 1}
                          >
                            {bare ? null : <title>{`${row.label} · ${s.name}: ${format(v)}`}</title>}
                          </circle>
                          {typeof note === 'string' && note ? (
                            <text x={scales.x(i)} y={scales.y(v) - 10} textAnchor={labelAnchor(scales.x(i), note, width)} fontSize={11} fill={s.color}>
                              {note}
                            </text>
                          ) : null}
                        </g>
                      );
                    })}
              </g>
            ))}
          </svg>
        ) : null}
        {active !== null && scales && !bare ? <HoverBox row={rows[active]!} series={series} format={format} left={scales.x(active)} width={width} /> : null}
      </div>
      {legend.length > 0 ? (
        <ul className="line-chart-legend">
          {legend.map((s) => (
            <li key={s.key}>
              <Swatch s={s} />
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}

function Highlight({ scales, rows, highlight }: { scales: NonNullable<ReturnType<typeof lineScales>>; rows: LineRow[]; highlight: { from: string; to: string } }) {
  const from = rows.findIndex((r) => r.label === highlight.from);
  const to = rows.findIndex((r) => r.label === highlight.to);
  if (from < 0 || to < 0) return null;
  const [x1, x2] = [scales.x(from), scales.x(to)];
  return <rect x={Math.min(x1, x2)} width={Math.abs(x2 - x1)} y={scales.top} height={scales.plotHeight} fill={CHART_COLORS.planSpan} />;
}

/** The values of the year under the pointer (a mouse's tooltip; the table is the accessible way). */
function HoverBox({ row, series, format, left, width }: { row: LineRow; series: LineSeries[]; format: (v: number) => string; left: number; width: number }) {
  const lines = series.filter((s) => s.name && typeof row[s.key] === 'number');
  if (lines.length === 0) return null;
  const onRight = left < width / 2;
  return (
    <div className="line-chart-hover" style={onRight ? { left: left + 12 } : { right: width - left + 12 }} aria-hidden="true">
      <strong>{row.label}</strong>
      {lines.map((s) => (
        <div key={s.key}>
          <span style={{ color: s.color }}>{s.name}</span>: {format(row[s.key] as number)}
        </div>
      ))}
    </div>
  );
}
