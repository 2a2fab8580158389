import { useQuery } from '@tanstack/react-query';
import { IndicatorEditor } from '../components/plan/IndicatorEditor';
import { MeasureEditor } from '../components/plan/MeasureEditor';
import { QuickWinEditor } from '../components/plan/QuickWinEditor';
import { TargetsEditor } from '../components/plan/TargetsEditor';
import { AppLink } from '../components/ui/AppLink';
import { QueryState } from '../components/ui/QueryState';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { trpc } from '../trpc';

/** /admin/plan — the secretariat keeps measures, indicators, targets and Quick Wins. */
export function PlanAdminPage() {
  const { t, label } = useT();
  const [code, setCode] = useSearchParam('indicator');
  const [qwCode, setQwCode] = useSearchParam('qw');
  const indicators = useQuery(trpc.indicator.list.queryOptions({ level: 'all' }));
  const quickWins = useQuery(trpc.quickWin.list.queryOptions({}));
  // The targets query is admin-only: its error tells whether this user may edit.
  const access = useQuery(trpc.planAdmin.targets.queryOptions({ indicatorCode: 'CPI-SCORE' }));
  const accessCode = (access.error as { data?: { code?: string } } | null)?.data?.code;
  if (accessCode === 'UNAUTHORIZED' || accessCode === 'FORBIDDEN') {
    return (
      <div className="page">
        <h1>{t('planAdmin.title')}</h1>
        <p role="alert">{accessCode === 'UNAUTHORIZED' ? t('planAdmin.signIn') : t('planAdmin.forbidden')}</p>
        {accessCode === 'UNAUTHORIZED' ? <AppLink to="/login?next=/admin/plan">{t('planAdmin.signIn')}</AppLink> : null}
      </div>
    );
  }
  return (
    <div className="page plan-admin">
      <h1>{t('planAdmin.title')}</h1>
      <p className="muted">{t('planAdmin.intro')}</p>
      <QueryState query={indicators}>
        {(rows) => {
          const selected = rows.find((r) => r.code === code) ?? null;
          return (
            <>
              <section className="card" aria-labelledby="pa-targets">
                <h2 id="pa-targets">{t('planAdmin.targets')}</h2>
                <div className="field">
                  <label htmlFor="pa-indicator">{t('planAdmin.chooseIndicator')}</label>
                  <select id="pa-indicator" value={selected?.code ?? ''} onChange={(e) => setCode(e.target.value || null)}>
                    <option value="">{t('planAdmin.new')}</option>
                    {rows.map((r) => (
                      <option key={r.code} value={r.code}>
                        {r.code} — {label(r)}
                      </option>
                    ))}
                  </select>
                </div>
                {selected ? <TargetsEditor indicator={selected} /> : null}
              </section>
              <section className="card" aria-labelledby="pa-indicator-h">
                <h2 id="pa-indicator-h">{t('planAdmin.newIndicator')}</h2>
                <IndicatorEditor code={selected?.code ?? null} onSaved={(c) => setCode(c)} />
              </section>
            </>
          );
        }}
      </QueryState>
      <section className="card" aria-labelledby="pa-measure-h">
        <h2 id="pa-measure-h">{t('planAdmin.measure')}</h2>
        <MeasureEditor />
      </section>
      <section className="card" aria-labelledby="pa-qw-h">
        <h2 id="pa-qw-h">{t('planAdmin.quickWin')}</h2>
        <QueryState query={quickWins}>
          {(rows) => {
            const selected = rows.find((q) => q.code === qwCode) ?? null;
            return (
              <>
                <div className="field">
                  <label htmlFor="pa-qw">{t('planAdmin.chooseQuickWin')}</label>
                  <select id="pa-qw" value={selected?.code ?? ''} onChange={(e) => setQwCode(e.target.value || null)}>
                    <option value="">{t('planAdmin.new')}</option>
                    {rows.map((q) => (
                      <option key={q.code} value={q.code}>
                        {q.code} — {label(q)}
                      </option>
                    ))}
                  </select>
                </div>
                <QuickWinEditor quickWin={selected} />
              </>
            );
          }}
        </QueryState>
      </section>
    </div>
  );
}
