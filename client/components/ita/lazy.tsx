// Recharts loads in its own chunk: the ITA pages paint their tables first.
import { lazy, Suspense, type ComponentProps } from 'react';

const LineLazy = lazy(() => import('./ItaCharts').then((m) => ({ default: m.ItaLineChart })));
const BarLazy = lazy(() => import('./ItaCharts').then((m) => ({ default: m.ItaBarChart })));

export function LazyItaLineChart(props: ComponentProps<typeof LineLazy>) {
  return (
    <Suspense fallback={<div className="chart-placeholder" style={{ height: props.height ?? 280 }} />}>
      <LineLazy {...props} />
    </Suspense>
  );
}

export function LazyItaBarChart(props: ComponentProps<typeof BarLazy>) {
  return (
    <Suspense fallback={<div className="chart-placeholder" style={{ height: props.height ?? 280 }} />}>
      <BarLazy {...props} />
    </Suspense>
  );
}
