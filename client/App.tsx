import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { firstViewOf, type FirstViewPage } from '../shared/first-view';
import { AccountMenu } from './components/accounts/AccountMenu';
import { RoleGate } from './components/accounts/RoleGate';
import { canUse, useMe } from './components/accounts/use-me';
import { Layout } from './components/ui/Layout';
import { PageErrorBoundary } from './components/ui/PageErrorBoundary';
import { usePrefs, useT } from './hooks/use-prefs';
import { loadPageMessages } from './i18n';
import { OverviewPage } from './pages/OverviewPage';

// Routes other than the overview load on demand (small first bundle), with the Thai messages of
// the pages beyond the first (i18n/thai-pages.ts). `preload` fetches a page's chunk and those
// messages before React asks for them (see preloadFirstViewChunk). A page whose chunk is in
// by the time it mounts renders at once: React.lazy would show the loading state for a frame
// even then (its promise settles a microtask later), and lay the page out twice on a phone.
// Which of the two a mount uses is fixed for that mount, so a page never remounts mid-use.
const page = <T extends Record<string, ComponentType>>(load: () => Promise<T>, name: keyof T) => {
  let loaded: ComponentType | undefined;
  const preload = () =>
    Promise.all([load(), loadPageMessages()]).then(([m]) => {
      loaded = m[name] as ComponentType;
      return m;
    });
  const Lazy = lazy(() => preload().then(() => ({ default: loaded! })));
  function Page() {
    const [Direct] = useState(() => loaded);
    return Direct ? <Direct /> : <Lazy />;
  }
  return Object.assign(Page, { preload });
};

const StrategyPage = page(() => import('./pages/StrategyPage'), 'StrategyPage');
const IndicatorPage = page(() => import('./pages/IndicatorPage'), 'IndicatorPage');
const QuickWinsPage = page(() => import('./pages/QuickWinsPage'), 'QuickWinsPage');
const ComparePage = page(() => import('./pages/ComparePage'), 'ComparePage');
const IndicesPage = page(() => import('./pages/IndicesPage'), 'IndicesPage');
const ReportPage = page(() => import('./pages/ReportPage'), 'ReportPage');
const MeetingsPage = page(() => import('./pages/MeetingsPage'), 'MeetingsPage');
const MeetingPage = page(() => import('./pages/MeetingPage'), 'MeetingPage');
const MeetingPackPage = page(() => import('./pages/MeetingPackPage'), 'MeetingPackPage');
const NotFoundPage = page(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const WelcomePage = page(() => import('./pages/SetPasswordPage'), 'WelcomePage');
const ResetPasswordPage = page(() => import('./pages/SetPasswordPage'), 'ResetPasswordPage');
const ForgotPasswordPage = page(() => import('./pages/ForgotPasswordPage'), 'ForgotPasswordPage');
const ConfirmEmailPage = page(() => import('./pages/ConfirmEmailPage'), 'ConfirmEmailPage');
const PlanAdminPage = page(() => import('./pages/PlanAdminPage'), 'PlanAdminPage');
const LoginPage = page(() => import('./pages/LoginPage'), 'LoginPage');
const ReportingPage = page(() => import('./pages/ReportingPage'), 'ReportingPage');
const ReviewPage = page(() => import('./pages/ReviewPage'), 'ReviewPage');
const CompletenessPage = page(() => import('./pages/CompletenessPage'), 'CompletenessPage');
const AuditPage = page(() => import('./pages/AuditPage'), 'AuditPage');
const AdminAgenciesPage = page(() => import('./pages/AdminAgenciesPage'), 'AdminAgenciesPage');
const AdminUsersPage = page(() => import('./pages/AdminUsersPage'), 'AdminUsersPage');
const AdminOutboxPage = page(() => import('./pages/AdminOutboxPage'), 'AdminOutboxPage');
const AccountPage = page(() => import('./pages/AccountPage'), 'AccountPage');
const UnsubscribePage = page(() => import('./pages/UnsubscribePage'), 'UnsubscribePage');
const AdminPeriodsPage = page(() => import('./pages/AdminPeriodsPage'), 'AdminPeriodsPage');
const ItaPage = page(() => import('./pages/ItaPage'), 'ItaPage');
const ItaAgencyPage = page(() => import('./pages/ItaAgencyPage'), 'ItaAgencyPage');
const ItaProvincePage = page(() => import('./pages/ItaProvincePage'), 'ItaProvincePage');
const ItaTargetingPage = page(() => import('./pages/ItaTargetingPage'), 'ItaTargetingPage');
const ItaImportPage = page(() => import('./pages/ItaImportPage'), 'ItaImportPage');
const ActivitiesPage = page(() => import('./pages/ActivitiesPage'), 'ActivitiesPage');
const ActivityRoundPage = page(() => import('./pages/ActivityRoundPage'), 'ActivityRoundPage');
const FormResultsPage = page(() => import('./pages/FormResultsPage'), 'FormResultsPage');
const PublicFormPage = page(() => import('./pages/PublicFormPage'), 'PublicFormPage');
const RoundReportPage = page(() => import('./pages/ActivityReportPages'), 'RoundReportPage');
const ProjectReportPage = page(() => import('./pages/ActivityReportPages'), 'ProjectReportPage');

/**
 * Pages people open first by a link (shared/first-view.ts): their chunk is imported as soon as
 * the entry script runs, alongside their data, instead of after React's first render.
 */
const FIRST_VIEW_PAGES: Record<FirstViewPage, { preload: () => Promise<unknown> }> = {
  'pages/IndicatorPage.tsx': IndicatorPage,
  'pages/ItaPage.tsx': ItaPage,
  'pages/IndicesPage.tsx': IndicesPage,
};

/** Starts loading the page's chunk for `pathname`; resolves when it is in (at once for other pages). */
export function preloadFirstViewChunk(pathname: string): Promise<unknown> {
  const page = firstViewOf(pathname)?.page;
  return page ? FIRST_VIEW_PAGES[page].preload() : Promise.resolve();
}

export function App() {
  const { lang } = usePrefs();
  const { t } = useT();
  const { me } = useMe();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  // A participant's form (from the QR code) stands alone: no menu, no account, phone width.
  const { pathname } = useLocation();
  if (pathname.startsWith('/f/')) {
    return (
      <Suspense fallback={<p className="state state-loading">{t('state.loading')}</p>}>
        <Routes>
          <Route path="/f/:publicId" element={<PublicFormPage />} />
        </Routes>
      </Suspense>
    );
  }
  return (
    <Layout account={<AccountMenu />} visibleNav={(item) => canUse(me, item.allow)}>
      <PageErrorBoundary resetKey={pathname}>
        <Suspense fallback={<p className="state state-loading">{t('state.loading')}</p>}>
          <Routes>
            <Route path="/" element={<OverviewPage />} />
            <Route path="/strategies/:no" element={<StrategyPage />} />
            <Route path="/indicators/:code" element={<IndicatorPage />} />
            <Route path="/quick-wins" element={<QuickWinsPage />} />
            <Route path="/compare" element={<ComparePage />} />
            <Route path="/indices" element={<IndicesPage />} />
            <Route path="/report" element={<ReportPage />} />
            <Route path="/meetings" element={<MeetingsPage />} />
            <Route path="/meetings/:id" element={<RoleGate allow="insiders" title="meeting.title"><MeetingPage /></RoleGate>} />
            <Route path="/meetings/:id/pack" element={<MeetingPackPage />} />
            <Route path="/login" element={<LoginPage />} />
            {/* Pages for some roles only: a sign-in or no-access message instead of what the server would refuse. */}
            <Route path="/admin/plan" element={<RoleGate allow="admin" title="planAdmin.title"><PlanAdminPage /></RoleGate>} />
            <Route path="/reporting" element={<RoleGate allow="reporters" title="reporting.title"><ReportingPage /></RoleGate>} />
            <Route path="/review" element={<RoleGate allow="insiders" title="review.title"><ReviewPage /></RoleGate>} />
            <Route path="/completeness" element={<RoleGate allow="insiders" title="completeness.title"><CompletenessPage /></RoleGate>} />
            <Route path="/audit" element={<RoleGate allow="auditReaders" title="audit.title"><AuditPage /></RoleGate>} />
            <Route path="/admin/agencies" element={<RoleGate allow="admin" title="agency.title"><AdminAgenciesPage /></RoleGate>} />
            <Route path="/admin/users" element={<RoleGate allow="admin" title="user.title"><AdminUsersPage /></RoleGate>} />
            <Route path="/admin/outbox" element={<RoleGate allow="admin" title="outbox.title"><AdminOutboxPage /></RoleGate>} />
            <Route path="/account" element={<RoleGate allow="signedIn" title="account.title"><AccountPage /></RoleGate>} />
            <Route path="/unsubscribe" element={<UnsubscribePage />} />
            <Route path="/admin/periods" element={<RoleGate allow="admin" title="admin.periods"><AdminPeriodsPage /></RoleGate>} />
            <Route path="/ita" element={<ItaPage />} />
            <Route path="/ita/agencies/:code" element={<ItaAgencyPage />} />
            <Route path="/ita/provinces/:code" element={<ItaProvincePage />} />
            <Route path="/ita/targeting" element={<ItaTargetingPage />} />
            <Route path="/ita/import" element={<RoleGate allow="admin" title="ita.import.title"><ItaImportPage /></RoleGate>} />
            <Route path="/activities" element={<ActivitiesPage />} />
            <Route path="/activities/rounds/:id" element={<ActivityRoundPage />} />
            <Route path="/activities/rounds/:id/report" element={<RoleGate allow="insiders" title="act.report"><RoundReportPage /></RoleGate>} />
            <Route path="/activities/projects/:id/report" element={<RoleGate allow="insiders" title="act.projectReport"><ProjectReportPage /></RoleGate>} />
            <Route path="/activities/forms/:id/results" element={<RoleGate allow="insiders" title="form.results"><FormResultsPage /></RoleGate>} />
            <Route path="/welcome" element={<WelcomePage />} />
            <Route path="/reset-password" element={<ResetPasswordPage />} />
            <Route path="/forgot-password" element={<ForgotPasswordPage />} />
            <Route path="/confirm-email" element={<ConfirmEmailPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </PageErrorBoundary>
    </Layout>
  );
}
