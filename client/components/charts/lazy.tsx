// Recharts is large: charts load in their own chunk so the first paint of a page does not wait.
import { lazy, Suspense, type ComponentProps } from 'react';

const TrendChartLazy = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));
const SparklineLazy = lazy(() => import('./Sparkline').then((m) => ({ default: m.Sparkline })));

export function LazyTrendChart(props: ComponentProps<typeof TrendChartLazy>) {
  return (
    <Suspense fallback={<div className="chart-placeholder" style={{ height: props.height ?? 280 }} />}>
      <TrendChartLazy {...props} />
    </Suspense>
  );
}

export function LazySparkline(props: ComponentProps<typeof SparklineLazy>) {
  return (
    <Suspense fallback={<div className="sparkline" />}>
      <SparklineLazy {...props} />
    </Suspense>
  );
}
