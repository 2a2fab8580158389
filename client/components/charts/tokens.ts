// Chart colours, the design tokens of the charts. Recharts and SVG attributes take colour
// strings rather than CSS custom properties, so the values live here; client/styles.css declares
// the same ones (--chart-*, --band-*, --year-*) for the style sheets, and
// test/unit/tokens.test.ts keeps the two equal.

export const CHART_COLORS = {
  /** The measured series: actual values, means, pass rates (the brand blue, --brand-2). */
  series: '#1f5fa8',
  /** Targets and reference lines (the accent, --accent). */
  target: '#c2410c',
  /** Text on a reference line: the accent, darker for contrast. */
  targetInk: '#9a3412',
  grid: '#e3e6ea',
  /** Background of the plan period (2565–2570) on a trend. */
  planSpan: '#eef4fb',
  /** At or above the ITA pass mark. */
  pass: '#15803d',
  /** Below the pass mark, or no emphasis. */
  muted: '#9ca3af',
  /** A figure to compare with: published figures, the national mean. */
  compare: '#6b7280',
  /** Peers: the mean of the agency's type. */
  peer: '#f59e0b',
} as const;

/** Targeting bands of a province or group (high, medium, low ITA). */
export const BAND_COLORS = { high: '#15803d', medium: '#b45309', low: '#b91c1c' } as const;

/** One colour per year, oldest lightest, for bars grouped by year. */
export const YEAR_COLORS = ['#9ca3af', '#60a5fa', '#1f5fa8', '#1e3a8a', '#0f172a', '#6d28d9'] as const;

