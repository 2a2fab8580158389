import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Sparkline } from '../components/charts/Sparkline';
import { OverdueFlag, StatusBadge } from '../components/plan/StatusBadge';
import { StatusRollUp } from '../components/plan/StatusRollUp';
import { QuickWinCard } from '../components/quick-wins/QuickWinCard';
import { AppLink } from '../components/ui/AppLink';
import { ExampleBadge } from '../components/ui/Badges';
import { TranslationNote } from '../components/ui/TranslationNote';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { useT } from '../hooks/use-prefs';
import { buildTrendRows, latestPoint } from '../lib/chart-data';
import { formatValueYear } from '../lib/format';
import { formatIndicatorValue } from '../lib/indicator-format';
import { trpc } from '../trpc';

export function StrategyPage() {
  const { no } = useParams();
  const { t, label, lang, cal } = useT();
  const strategyNo = Number(no);
  const query = useQuery(trpc.strategy.byNo.queryOptions({ no: Number.isInteger(strategyNo) ? strategyNo : 0 }));
  return (
    <QueryState query={query}>
      {({ plan, strategy, measures, indicators, quickWins, previous, next, status }) => (
        <div className="page strategy">
          <p className="eyebrow">{t('strategy.label', { no: strategy.no })}</p>
          <h1>{label(strategy)}</h1>
          <TranslationNote />
          <div className="card strategy-status">
            <StatusRollUp summary={status} label={t('status.label')} />
          </div>

          <Section id="measures-h" title={t('strategy.measures')}>
            {measures.length === 0 ? (
              <p className="muted">{t('strategy.noMeasures')}</p>
            ) : (
              <ul className="measure-list">
                {measures.map((m) => (
                  <li key={m.id}>
                    <span className="measure-code">{m.code}</span> {label(m)} {m.isExample ? <ExampleBadge /> : null}
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section id="indicators-h" title={t('strategy.indicators')}>
            {indicators.length === 0 ? (
              <p className="muted">{t('strategy.noIndicators')}</p>
            ) : (
              <ul className="indicator-rows">
                {indicators.map((ind) => {
                  const latest = latestPoint(ind.values);
                  const rows = buildTrendRows(
                    { values: ind.values, targets: ind.targets, yearKind: ind.yearKind, span: { from: plan.startYear, to: plan.endYear } },
                    cal,
                  );
                  return (
                    <li key={ind.code} className="card indicator-row">
                      <div className="indicator-row-main">
                        <AppLink to={`/indicators/${ind.code}`} className="indicator-name">
                          {label(ind)}
                        </AppLink>
                        {ind.isExample ? <ExampleBadge /> : null}
                        <p className="muted">
                          {ind.code}
                          {ind.measureCode ? ` · ${t('strategy.measures')} ${ind.measureCode}` : ''}
                        </p>
                      </div>
                      <div className="indicator-row-value">
                        {latest ? (
                          <>
                            <strong>{formatIndicatorValue(latest.value, ind, lang, latest.rankOutOf)}</strong>
                            <span className="muted"> {formatValueYear(latest.year, ind.yearKind, cal)}</span>
                          </>
                        ) : (
                          <span className="muted">{t('indicator.noValues')}</span>
                        )}
                        <span className="block">
                          <StatusBadge status={ind.status.status} />{' '}
                          <OverdueFlag staleness={ind.staleness} yearKind={ind.yearKind} />
                        </span>
                      </div>
                      <div className="indicator-row-spark" title={t('strategy.trend')}>
                        <Sparkline rows={rows} reversed={ind.unit === 'rank'} />
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>

          <Section id="qw-h" title={t('strategy.quickWins')}>
            {quickWins.length === 0 ? (
              <p className="muted">{t('strategy.noQuickWins')}</p>
            ) : (
              <div className="card-grid">
                {quickWins.map((qw) => (
                  <QuickWinCard key={qw.code} qw={qw} />
                ))}
              </div>
            )}
          </Section>

          <nav className="pager" aria-label={t('nav.strategies')}>
            {previous ? (
              <AppLink to={`/strategies/${previous.no}`} rel="prev">
                ← {t('strategy.label', { no: previous.no })}
              </AppLink>
            ) : (
              <span />
            )}
            {next ? (
              <AppLink to={`/strategies/${next.no}`} rel="next">
                {t('strategy.label', { no: next.no })} →
              </AppLink>
            ) : null}
          </nav>
        </div>
      )}
    </QueryState>
  );
}
