// Recharts is large: charts load in their own chunk so the first paint of a page (its tables
// and text) does not wait for them.
import { lazy, Suspense, type ComponentType } from 'react';

/** A chart component loaded on first use, holding its place (and height) until then. */
function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>, fallbackHeight: number, fallbackClass = 'chart-placeholder') {
  const Chart = lazy(() => load().then((component) => ({ default: component })));
  return function LazyChart(props: P) {
    return (
      <Suspense fallback={<div className={fallbackClass} style={{ height: (props as { height?: number }).height ?? fallbackHeight }} />}>
        <Chart {...props} />
      </Suspense>
    );
  };
}

export const LazyTrendChart = lazyChart(() => import('./TrendChart').then((m) => m.TrendChart), 280);
export const LazySparkline = lazyChart(() => import('./Sparkline').then((m) => m.Sparkline), 40, 'sparkline');
export const LazyItaLineChart = lazyChart(() => import('./ItaCharts').then((m) => m.ItaLineChart), 280);
export const LazyItaBarChart = lazyChart(() => import('./ItaCharts').then((m) => m.ItaBarChart), 280);
export const LazyIndexChart = lazyChart(() => import('./IndexChart').then((m) => m.IndexChart), 260);


/** The province map (its shapes are ~160 kB): only pages that show a map load it. */
export const LazyProvinceMap = lazyChart(() => import('./ProvinceMap').then((m) => m.ProvinceMap), 480, 'map-placeholder');
