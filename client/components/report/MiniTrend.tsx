// A tiny inline-SVG trend line for the printed pack: no chart library, so it is drawn
// before the print dialog (or page.pdf) renders. Decorative: the numbers sit next to it.
import { CHART_COLORS } from '../charts/tokens';

type Point = { year: number; value: number };

export function MiniTrend({ points, reversed, target }: { points: Point[]; reversed?: boolean; target?: number | null }) {
  if (points.length < 2) return null;
  const width = 96;
  const height = 28;
  const values = points.map((p) => p.value).concat(target ?? []);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const years = points.map((p) => p.year);
  const x0 = Math.min(...years);
  const xs = Math.max(...years) - x0 || 1;
  const y = (v: number) => {
    const t = (v - min) / span;
    return 2 + (reversed ? t : 1 - t) * (height - 4);
  };
  const path = points.map((p) => `${(2 + ((p.year - x0) / xs) * (width - 4)).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const last = points[points.length - 1]!;
  return (
    <svg className="mini-trend" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {target !== null && target !== undefined ? (
        <line x1="0" x2={width} y1={y(target)} y2={y(target)} stroke={CHART_COLORS.target} strokeDasharray="3 2" strokeWidth="1" />
      ) : null}
      <polyline points={path} fill="none" stroke={CHART_COLORS.series} strokeWidth="1.8" />
      <circle cx={(2 + ((last.year - x0) / xs) * (width - 4)).toFixed(1)} cy={y(last.value).toFixed(1)} r="2.2" fill={CHART_COLORS.series} />
    </svg>
  );
}
