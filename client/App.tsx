import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/ui/Layout';
import { usePrefs, useT } from './hooks/use-prefs';
import { OverviewPage } from './pages/OverviewPage';

// Routes other than the overview load on demand (small first bundle).
const page = <T extends Record<string, React.ComponentType>>(load: () => Promise<T>, name: keyof T) =>
  lazy(() => load().then((m) => ({ default: m[name] as React.ComponentType })));

const StrategyPage = page(() => import('./pages/StrategyPage'), 'StrategyPage');
const IndicatorPage = page(() => import('./pages/IndicatorPage'), 'IndicatorPage');
const QuickWinsPage = page(() => import('./pages/QuickWinsPage'), 'QuickWinsPage');
const NotFoundPage = page(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const PlanAdminPage = page(() => import('./pages/PlanAdminPage'), 'PlanAdminPage');

export function App() {
  const { lang } = usePrefs();
  const { t } = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  return (
    <Layout>
      <Suspense fallback={<p className="state state-loading">{t('state.loading')}</p>}>
        <Routes>
          <Route path="/" element={<OverviewPage />} />
          <Route path="/strategies/:no" element={<StrategyPage />} />
          <Route path="/indicators/:code" element={<IndicatorPage />} />
          <Route path="/quick-wins" element={<QuickWinsPage />} />
          <Route path="/admin/plan" element={<PlanAdminPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
