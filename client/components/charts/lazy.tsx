// Recharts (the bar charts) and the map's shapes are large: they load in their own chunks so the
// first paint of a page (its tables, text and line charts) does not wait for them.
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

export const LazyItaBarChart = lazyChart(() => import('./ItaCharts').then((m) => m.ItaBarChart), 280);


/** The province map (its shapes are ~160 kB): only pages that show a map load it. */
export const LazyProvinceMap = lazyChart(() => import('./ProvinceMap').then((m) => m.ProvinceMap), 480, 'map-placeholder');
