import { useT } from '../../hooks/use-prefs';
import { latestPoint, targetFor } from '../../lib/chart-data';
import { formatDate, formatValueYear } from '../../lib/format';
import { formatIndicatorValue } from '../../lib/indicator-format';
import type { RouterOutputs } from '../../trpc';
import { AppLink } from '../ui/AppLink';
import { ExampleBadge } from '../ui/Badges';
import { SourceLink } from '../ui/SourceLink';
import { OverdueFlag, StatusBadge } from './StatusBadge';

type Indicator = RouterOutputs['indicator']['list'][number];

/** Latest value of a headline indicator, against its target, with its source. */
export function HeadlineCard({ indicator }: { indicator: Indicator }) {
  const { t, lang, cal, label } = useT();
  const latest = latestPoint(indicator.values);
  const target = latest ? targetFor(indicator.targets, latest.year) : null;
  return (
    <article className="card headline-card">
      <h3>
        <AppLink to={`/indicators/${indicator.code}`}>{label(indicator)}</AppLink>
        {indicator.isExample ? <ExampleBadge /> : null}
      </h3>
      {latest ? (
        <>
          <p className="headline-value">
            <span className="big">{formatIndicatorValue(latest.value, indicator, lang, latest.rankOutOf)}</span>
            <span className="muted">
              {' '}
              {t('overview.latest')} {formatValueYear(latest.year, indicator.yearKind, cal)}
            </span>
          </p>
          <p className="headline-target">
            {target
              ? `${t('overview.target')} ${formatValueYear(target.year, indicator.yearKind, cal)}: ${
                  indicator.direction === 'higher' ? '≥' : '≤'
                } ${formatIndicatorValue(target.value, indicator, lang)}`
              : t('overview.noTarget')}
            {target && indicator.targets.some((tg) => tg.year === target.year && tg.carriedForward) ? <span className="muted small"> · {t('target.carriedForward')}</span> : null}
          </p>
          <p className="headline-status">
            <StatusBadge status={indicator.status.status} />{' '}
            <OverdueFlag staleness={indicator.staleness} yearKind={indicator.yearKind} />
          </p>
          <p className="headline-source">
            {t('source.label')}: <SourceLink url={latest.sourceUrl} label={label(indicator.sourceOrgTh, indicator.sourceOrgEn)} />
            {latest.publishedOn && !latest.derived ? <span className="muted"> · {t('source.publishedOn', { date: formatDate(latest.publishedOn, lang, cal) })}</span> : null}
          </p>
        </>
      ) : (
        <p className="muted">{t('indicator.noValues')}</p>
      )}
    </article>
  );
}
