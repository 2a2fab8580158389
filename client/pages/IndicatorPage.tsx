import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { UNIT_LABELS } from '../../shared/domain';
import { STATUS_METHODS } from '../../shared/status';
import { AgencyValuesTable } from '../components/plan/AgencyValuesTable';
import { canUse, useMe } from '../components/accounts/use-me';
import { IndicatorTrend } from '../components/plan/IndicatorTrend';
import { ProvisionalPanel } from '../components/plan/ProvisionalPanel';
import { OverdueFlag, StatusBadge } from '../components/plan/StatusBadge';
import { WhyThisStatus } from '../components/plan/WhyThisStatus';
import { AppLink } from '../components/ui/AppLink';
import { ExampleBadge } from '../components/ui/Badges';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { SourceLink } from '../components/ui/SourceLink';
import { useEnumParam, useT } from '../hooks/use-prefs';
import { formatDate, formatNumber, formatValueYear } from '../lib/format';
import { formatIndicatorValue } from '../lib/indicator-format';
import { firstViewQuery } from '../lib/first-view';

const PLAN_SPAN = { from: 2565, to: 2570 };

export function IndicatorPage() {
  const { code = '' } = useParams();
  const { t, label, lang, cal } = useT();
  const query = useQuery(firstViewQuery.indicator(code));
  const [methodParam, setMethod] = useEnumParam('method', STATUS_METHODS);
  const { me } = useMe();
  return (
    <QueryState query={query}>
      {(ind) => {
        const title = label(ind);
        // Both methods' explanations come with the indicator; the switch only chooses which to show.
        const method = methodParam ?? ind.status.method;
        return (
          <div className="page indicator">
            <p className="eyebrow">
              {ind.strategy ? (
                <AppLink to={`/strategies/${ind.strategy.no}`}>
                  {t('strategy.label', { no: ind.strategy.no })}: {label(ind.strategy)}
                </AppLink>
              ) : (
                t('indicator.goalLevel')
              )}
            </p>
            <h1>
              {title} {ind.isExample ? <ExampleBadge /> : null}
            </h1>
            <p className="muted">
              {ind.code} · {t('indicator.sourceOrg')}:{' '}
              <SourceLink url={ind.sourceUrl} label={label(ind.sourceOrgTh, ind.sourceOrgEn)} />
            </p>
            <p className="indicator-status">
              {t('status.label')}: <StatusBadge status={ind.statusByMethod[method].status} />{' '}
              <OverdueFlag staleness={ind.staleness} yearKind={ind.yearKind} />
            </p>

            <Section id="chart-h" className="card" title={t('indicator.chartTitle')}>
              {ind.yearKind === 'edition' ? <p className="muted small">{t('indicator.editionNote')}</p> : null}
              {ind.values.length === 0 ? <p className="muted">{t('indicator.noValues')}</p> : null}
              <IndicatorTrend indicator={ind} title={title} planSpan={PLAN_SPAN} revisedOn={ind.targetRevisions.at(-1)?.revisedOn ?? null} />
              {ind.scope === 'agency' ? <p className="small muted">{t('coverage.rule', { pct: formatNumber(ind.publicationThreshold * 100, lang) })}</p> : null}
              {ind.scope === 'agency' && canUse(me, 'admin') ? <ProvisionalPanel indicatorCode={ind.code} yearKind={ind.yearKind} values={ind.values} /> : null}
            </Section>

            {ind.scope === 'agency' ? <AgencyValuesTable indicator={ind} title={title} /> : null}

            <WhyThisStatus indicator={ind} method={method} onMethodChange={(m) => setMethod(m === ind.status.method ? null : m)} />

            <Section id="meta-h" className="card" title={t('indicator.metadata')}>
              <dl className="meta-dl">
                <div>
                  <dt>{t('indicator.definition')}</dt>
                  <dd>{label(ind.definitionTh, ind.definitionEn) || '–'}</dd>
                </div>
                <div>
                  <dt>{t('indicator.method')}</dt>
                  <dd>{label(ind.methodTh, ind.methodEn) || '–'}</dd>
                </div>
                <div>
                  <dt>{t('indicator.unit')}</dt>
                  <dd>{label(UNIT_LABELS[ind.unit])}</dd>
                </div>
                <div>
                  <dt>{t('indicator.direction')}</dt>
                  <dd>{ind.direction === 'higher' ? t('indicator.higher') : t('indicator.lower')}</dd>
                </div>
                <div>
                  <dt>{t('indicator.scope')}</dt>
                  <dd>{ind.scope === 'national' ? t('indicator.scopeNational') : t('indicator.scopeAgency')}</dd>
                </div>
                <div>
                  <dt>{t('indicator.baseline')}</dt>
                  <dd>
                    {ind.baselineYear !== null
                      ? `${formatIndicatorValue(ind.baselineValue, ind, lang)} (${formatValueYear(ind.baselineYear, ind.yearKind, cal)})`
                      : '–'}
                  </dd>
                </div>
                {ind.comparableFromYear !== null ? (
                  <div>
                    <dt>{t('indicator.comparableFrom')}</dt>
                    <dd>{formatValueYear(ind.comparableFromYear, ind.yearKind, cal)}</dd>
                  </div>
                ) : null}
                <div>
                  <dt>{t('indicator.sourceOrg')}</dt>
                  <dd>
                    <SourceLink url={ind.sourceUrl} label={label(ind.sourceOrgTh, ind.sourceOrgEn)} />
                  </dd>
                </div>
              </dl>
            </Section>

            {ind.targetRevisions.length > 0 ? (
              <Section id="rev-h" className="card" title={t('indicator.revisions')}>
                <ul>
                  {ind.targetRevisions.map((r) => (
                    <li key={`${r.year}-${r.revisedOn}`}>
                      {formatValueYear(r.year, ind.yearKind, cal)}: {formatIndicatorValue(r.previousValue, ind, lang)} →{' '}
                      {formatIndicatorValue(r.newValue, ind, lang)} ({formatDate(r.revisedOn, lang, cal)}) — {r.reason}
                    </li>
                  ))}
                </ul>
              </Section>
            ) : null}
          </div>
        );
      }}
    </QueryState>
  );
}
