import type { Unit } from '../../../shared/domain';
import {
  STATUS_METHOD_LABELS,
  STATUS_METHODS,
  STATUS_REASON_LABELS,
  type ComparedPoint,
  type StatusExplanation,
  type StatusMethod,
} from '../../../shared/status';
import { useT } from '../../hooks/use-prefs';
import { formatChange, formatNumber, formatValueYear } from '../../lib/format';
import { formatIndicatorValue } from '../../lib/indicator-format';
import { StatusBadge } from './StatusBadge';
import './status.css';

type Meta = { unit: Unit; decimals: number; yearKind: 'fiscal' | 'edition' };

type Props = {
  indicator: Meta & {
    statusByMethod: Record<StatusMethod, StatusExplanation>;
    values?: ReadonlyArray<{ year: number; provisional: boolean; coverage: { n: number; N: number } | null }>;
  };
  method: StatusMethod;
  onMethodChange: (method: StatusMethod) => void;
};

/** The radio group that switches between the two status methods (kept in the URL by the page). */
export function MethodSwitch({ method, onChange }: { method: StatusMethod; onChange: (m: StatusMethod) => void }) {
  const { t, label } = useT();
  return (
    <fieldset className="method-switch">
      <legend>{t('status.method')}</legend>
      {STATUS_METHODS.map((m) => (
        <label key={m}>
          <input type="radio" name="status-method" value={m} checked={method === m} onChange={() => onChange(m)} />
          {label(STATUS_METHOD_LABELS[m])}
        </label>
      ))}
    </fieldset>
  );
}

/** "Why this status": every input, the method and the thresholds behind the badge. */
export function WhyThisStatus({ indicator, method, onMethodChange }: Props) {
  const { t, lang, cal, label } = useT();
  const e = indicator.statusByMethod[method];
  const pct = (x: number | null, d = 0) => (x === null ? '–' : `${formatNumber(x * 100, lang, d)} %`);
  const percentile = e.scale === 'percentile';
  const onScale = (x: number | null) =>
    x === null ? '–' : percentile ? `${formatNumber(x, lang, 1)} %` : formatIndicatorValue(x, { ...indicator, decimals: indicator.decimals + 1 }, lang);
  const point = (p: ComparedPoint | null) =>
    p
      ? `${formatIndicatorValue(p.value, indicator, lang, p.rankOutOf)} · ${formatValueYear(p.year, indicator.yearKind, cal)}${
          percentile ? ` → ${formatNumber(p.compared, lang, 1)} %` : ''
        }`
      : '–';
  const target = (x: StatusExplanation['target']) =>
    x
      ? `${formatIndicatorValue(x.value, indicator, lang)} · ${formatValueYear(x.year, indicator.yearKind, cal)}${
          percentile ? ` → ${formatNumber(x.compared, lang, 1)} %` : ''
        }`
      : '–';
  const th = e.thresholds;
  return (
    <section className="card why-status" aria-labelledby="why-h">
      <div className="why-head">
        <h2 id="why-h">{t('status.why')}</h2>
        <MethodSwitch method={method} onChange={onMethodChange} />
      </div>
      <p className="why-reason">
        <StatusBadge status={e.status} /> {label(STATUS_REASON_LABELS[e.reason])}
        {e.growthBand ? ` (${t(`status.band.${e.growthBand}`)})` : ''}
      </p>
      {(indicator.values ?? [])
        .filter((v) => v.provisional && v.coverage)
        .map((v) => (
          <p key={v.year} className="why-notes small">
            {t('status.provisionalLeftOut', {
              year: formatValueYear(v.year, indicator.yearKind, cal),
              n: formatNumber(v.coverage!.n, lang),
              of: formatNumber(v.coverage!.N, lang),
            })}
          </p>
        ))}
      <dl className="meta-dl why-dl">
        <div>
          <dt>{t('status.method')}</dt>
          <dd>{label(STATUS_METHOD_LABELS[e.method])}</dd>
        </div>
        <div>
          <dt>{t('status.baseline')}</dt>
          <dd>
            {point(e.baseline)}
            {e.baselineSource === 'after_break' ? <span className="why-notes"> — {t('status.baselineAfterBreak')}</span> : null}
            {e.baselineSource === 'series' ? <span className="why-notes"> — {t('status.baselineSeries')}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('status.latest')}</dt>
          <dd>{point(e.latest)}</dd>
        </div>
        <div>
          <dt>{t('status.yearTarget')}</dt>
          <dd>{target(e.yearTarget)}</dd>
        </div>
        <div>
          <dt>{t('status.finalTarget')}</dt>
          <dd>{target(e.target)}</dd>
        </div>
        {e.method === 'trajectory' ? (
          <>
            <div>
              <dt>{t('status.expected')}</dt>
              <dd>{onScale(e.expected)}</dd>
            </div>
            <div>
              <dt>{t('status.progress')}</dt>
              <dd>
                {e.actualProgress === null
                  ? '–'
                  : t('status.progressValue', {
                      actual: formatChange(e.actualProgress, lang, percentile ? 1 : indicator.decimals + 1),
                      expected: formatChange(e.expectedProgress, lang, percentile ? 1 : indicator.decimals + 1),
                    })}
              </dd>
            </div>
          </>
        ) : (
          <>
            <div>
              <dt>{t('status.observedGrowth')}</dt>
              <dd>{e.observedGrowth === null ? '–' : t('status.perYear', { value: pct(e.observedGrowth, 2) })}</dd>
            </div>
            <div>
              <dt>{t('status.requiredGrowth')}</dt>
              <dd>{e.requiredGrowth === null ? '–' : t('status.perYear', { value: pct(e.requiredGrowth, 2) })}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('status.ratio')}</dt>
          <dd>{pct(e.ratio)}</dd>
        </div>
        <div>
          <dt>{t('status.thresholds')}</dt>
          <dd>
            {e.method === 'trajectory'
              ? t('status.thresholdsTrajectory', { on: pct(th.onTrack), na: pct(th.needsAttention) })
              : t('status.thresholdsGrowth', { on: pct(th.onTrack), na: pct(th.needsAttention), zero: pct(th.deterioration) })}
          </dd>
        </div>
      </dl>
      {percentile ? <p className="why-notes">{t('status.percentileNote')}</p> : null}
      {e.breakYear !== null ? <p className="why-notes">{t('status.breakNote', { year: formatValueYear(e.breakYear, indicator.yearKind, cal) })}</p> : null}
      <p className="why-notes">{t('status.achievedRule')}</p>
    </section>
  );
}
