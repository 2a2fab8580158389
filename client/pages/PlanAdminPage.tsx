import { useQuery } from '@tanstack/react-query';
import { IndicatorEditor } from '../components/plan/IndicatorEditor';
import { MeasureEditor } from '../components/plan/MeasureEditor';
import { QuickWinEditor } from '../components/plan/QuickWinEditor';
import { TargetsEditor } from '../components/plan/TargetsEditor';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { SelectField } from '../components/ui/SelectField';
import { useItemLabel } from '../hooks/use-item-label';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { trpc } from '../trpc';

/** /admin/plan — the secretariat keeps measures, indicators, targets and Quick Wins. */
export function PlanAdminPage() {
  const { t } = useT();
  const itemLabel = useItemLabel();
  const [code, setCode] = useSearchParam('indicator');
  const [qwCode, setQwCode] = useSearchParam('qw');
  const indicators = useQuery(trpc.indicator.list.queryOptions({ level: 'all' }));
  const quickWins = useQuery(trpc.quickWin.list.queryOptions({}));
  return (
    <div className="page plan-admin">
      <h1>{t('planAdmin.title')}</h1>
      <p className="muted">{t('planAdmin.intro')}</p>
      <QueryState query={indicators}>
        {(rows) => {
          const selected = rows.find((r) => r.code === code) ?? null;
          return (
            <>
              <Section id="pa-targets" className="card" title={t('planAdmin.targets')}>
                <SelectField
                  id="pa-indicator"
                  label={t('planAdmin.chooseIndicator')}
                  empty={t('planAdmin.new')}
                  options={rows.map((r) => ({ value: r.code, label: itemLabel(r) }))}
                  value={selected?.code}
                  onChange={setCode}
                />
                {selected ? <TargetsEditor indicator={selected} /> : null}
              </Section>
              <Section id="pa-indicator-h" className="card" title={t('planAdmin.newIndicator')}>
                <IndicatorEditor code={selected?.code ?? null} onSaved={(c) => setCode(c)} />
              </Section>
            </>
          );
        }}
      </QueryState>
      <Section id="pa-measure-h" className="card" title={t('planAdmin.measure')}>
        <MeasureEditor />
      </Section>
      <Section id="pa-qw-h" className="card" title={t('planAdmin.quickWin')}>
        <QueryState query={quickWins}>
          {(rows) => {
            const selected = rows.find((q) => q.code === qwCode) ?? null;
            return (
              <>
                <SelectField
                  id="pa-qw"
                  label={t('planAdmin.chooseQuickWin')}
                  empty={t('planAdmin.new')}
                  options={rows.map((q) => ({ value: q.code, label: itemLabel(q) }))}
                  value={selected?.code}
                  onChange={setQwCode}
                />
                <QuickWinEditor quickWin={selected} />
              </>
            );
          }}
        </QueryState>
      </Section>
    </div>
  );
}
