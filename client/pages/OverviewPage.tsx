import { useQuery } from '@tanstack/react-query';
import { LEVEL_LABELS, LEVELS } from '../../shared/domain';
import { HeadlineCard } from '../components/plan/HeadlineCard';
import { IndicatorTrend } from '../components/plan/IndicatorTrend';
import { StatusRollUp } from '../components/plan/StatusRollUp';
import { CompletenessHeadline } from '../components/reporting/CompletenessHeadline';
import { AppLink } from '../components/ui/AppLink';
import { ExampleBadge } from '../components/ui/Badges';
import { TranslationNote } from '../components/ui/TranslationNote';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { useT } from '../hooks/use-prefs';
import { firstViewQuery } from '../lib/first-view';
import { formatPlanName } from '../lib/format';

export function OverviewPage() {
  const { t, label, lang, cal } = useT();
  const query = useQuery(firstViewQuery.overview());
  return (
    <QueryState query={query}>
      {({ plan, headline, strategies, quickWinsByLevel, goalIndicators, status }) => {
        const span = { from: plan.startYear, to: plan.endYear };
        const cpi = headline.find((h) => h.code === 'CPI-SCORE');
        const itaPass = headline.find((h) => h.code === 'ITA-PASS');
        return (
          <div className="page overview">
            <h1>{formatPlanName(label(plan), plan.startYear, plan.endYear, lang, cal)}</h1>
            <section className="plan-texts" aria-label={t('overview.vision')}>
              <div className="vision">
                <h2>{t('overview.vision')}</h2>
                <p className="vision-text">{label(plan.visionTh, plan.visionEn)}</p>
              </div>
              <dl className="plan-dl">
                <div>
                  <dt>{t('overview.mission')}</dt>
                  <dd>{label(plan.missionTh, plan.missionEn)}</dd>
                </div>
                <div>
                  <dt>{t('overview.goal')}</dt>
                  <dd>{label(plan.goalTh, plan.goalEn)}</dd>
                </div>
                <div>
                  <dt>{t('overview.challenge')}</dt>
                  <dd className="challenge">“{label(plan.challengeTh, plan.challengeEn)}”</dd>
                </div>
                <div>
                  <dt>{t('overview.owner')}</dt>
                  <dd>
                    {label(plan.ownerTh, plan.ownerEn)} ·{' '}
                    <a href={plan.sourceUrl ?? undefined} target="_blank" rel="noreferrer noopener">
                      {t('source.label')}: ocsc.go.th
                    </a>
                  </dd>
                </div>
              </dl>
              <TranslationNote />
            </section>

            <Section id="headline-h" title={t('overview.headline')}>
              <div className="card plan-status">
                <StatusRollUp summary={status.plan} label={t('status.planStatus')} />
              </div>
              <div className="card-grid">
                {headline.map((ind) => (
                  <HeadlineCard key={ind.code} indicator={ind} />
                ))}
              </div>
              <CompletenessHeadline />
              <div className="chart-grid">
                {[
                  { indicator: cpi, title: t('overview.cpiChart') },
                  { indicator: itaPass, title: t('overview.itaChart') },
                ].map(({ indicator, title }) =>
                  indicator ? (
                    <section key={indicator.code} className="card">
                      <h3>{title}</h3>
                      <IndicatorTrend indicator={indicator} title={title} planSpan={span} tableMode="details" height={240} />
                    </section>
                  ) : null,
                )}
              </div>
            </Section>

            <Section id="strategies-h" title={t('overview.strategies')}>
              <ol className="strategy-cards">
                {strategies.map((s) => (
                  <li key={s.no} className="card strategy-card">
                    <AppLink to={`/strategies/${s.no}`} className="strategy-link">
                      <span className="strategy-no">{t('strategy.label', { no: s.no })}</span>
                      <span className="strategy-title">{label(s)}</span>
                    </AppLink>
                    <p className="muted">
                      {t('overview.indicators', { n: s.indicatorCount })} · {t('overview.quickWinCount', { n: s.quickWinCount })}
                    </p>
                    <StatusRollUp summary={s.status} compact />
                  </li>
                ))}
              </ol>
            </Section>

            <section aria-labelledby="qw-h">
              <h2 id="qw-h">
                <AppLink to="/quick-wins">{t('overview.quickWins')}</AppLink>
              </h2>
              <div className="card-grid">
                {LEVELS.map((level) => {
                  const row = quickWinsByLevel.find((q) => q.level === level);
                  return (
                    <AppLink key={level} to={`/quick-wins?level=${level}`} className="card level-card">
                      <strong>{label(LEVEL_LABELS[level])}</strong>
                      <span className="big">{row?.total ?? 0}</span>
                      <span className="muted">
                        {t('overview.qwCompleted', { n: row?.completed ?? 0 })} · {t('overview.qwDelayed', { n: row?.delayed ?? 0 })}
                      </span>
                      {row && row.examples > 0 ? <ExampleBadge /> : null}
                    </AppLink>
                  );
                })}
              </div>
            </section>

            <Section id="goal-ind-h" title={t('overview.goalIndicators')}>
              <ul className="link-list">
                {goalIndicators.map((ind) => (
                  <li key={ind.code}>
                    <AppLink to={`/indicators/${ind.code}`}>{label(ind)}</AppLink>{' '}
                    <span className="muted">({label(ind.sourceOrgTh, ind.sourceOrgEn)})</span>
                  </li>
                ))}
              </ul>
            </Section>
          </div>
        );
      }}
    </QueryState>
  );
}
