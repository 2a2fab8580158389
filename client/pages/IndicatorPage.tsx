import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { UNIT_LABELS } from '../../shared/domain';
import { IndicatorTrend } from '../components/indicator/IndicatorTrend';
import { AppLink } from '../components/ui/AppLink';
import { ExampleBadge } from '../components/ui/Badges';
import { QueryState } from '../components/ui/QueryState';
import { SourceLink } from '../components/ui/SourceLink';
import { useT } from '../hooks/use-prefs';
import { formatDate, formatValueYear } from '../lib/format';
import { formatIndicatorValue } from '../lib/indicator-format';
import { trpc } from '../trpc';

const PLAN_SPAN = { from: 2565, to: 2570 };

export function IndicatorPage() {
  const { code = '' } = useParams();
  const { t, pick, lang, cal } = useT();
  const query = useQuery(trpc.indicator.byCode.queryOptions({ code }));
  return (
    <QueryState query={query}>
      {(ind) => {
        const title = pick(ind.nameTh, ind.nameEn);
        return (
          <div className="page indicator">
            <p className="eyebrow">
              {ind.strategy ? (
                <AppLink to={`/strategies/${ind.strategy.no}`}>
                  {t('strategy.label', { no: ind.strategy.no })}: {pick(ind.strategy.titleTh, ind.strategy.titleEn)}
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
              <SourceLink url={ind.sourceUrl} label={pick(ind.sourceOrgTh, ind.sourceOrgEn)} />
            </p>

            <section className="card" aria-labelledby="chart-h">
              <h2 id="chart-h">{t('indicator.chartTitle')}</h2>
              {ind.yearKind === 'edition' ? <p className="muted small">{t('indicator.editionNote')}</p> : null}
              {ind.values.length === 0 ? <p className="muted">{t('indicator.noValues')}</p> : null}
              <IndicatorTrend indicator={ind} title={title} planSpan={PLAN_SPAN} />
            </section>

            <section className="card" aria-labelledby="meta-h">
              <h2 id="meta-h">{t('indicator.metadata')}</h2>
              <dl className="meta-dl">
                <div>
                  <dt>{t('indicator.definition')}</dt>
                  <dd>{pick(ind.definitionTh, ind.definitionEn) || '–'}</dd>
                </div>
                <div>
                  <dt>{t('indicator.method')}</dt>
                  <dd>{pick(ind.methodTh, ind.methodEn) || '–'}</dd>
                </div>
                <div>
                  <dt>{t('indicator.unit')}</dt>
                  <dd>{UNIT_LABELS[ind.unit][lang]}</dd>
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
                    <SourceLink url={ind.sourceUrl} label={pick(ind.sourceOrgTh, ind.sourceOrgEn)} />
                  </dd>
                </div>
              </dl>
            </section>

            {ind.targetRevisions.length > 0 ? (
              <section className="card" aria-labelledby="rev-h">
                <h2 id="rev-h">{t('indicator.revisions')}</h2>
                <ul>
                  {ind.targetRevisions.map((r) => (
                    <li key={`${r.year}-${r.revisedOn}`}>
                      {formatValueYear(r.year, ind.yearKind, cal)}: {formatIndicatorValue(r.previousValue, ind, lang)} →{' '}
                      {formatIndicatorValue(r.newValue, ind, lang)} ({formatDate(r.revisedOn, lang, cal)}) — {r.reason}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>
        );
      }}
    </QueryState>
  );
}
