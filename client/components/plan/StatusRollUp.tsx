import { STATUS_LABELS, STATUSES, type StatusRollUp as RollUp } from '../../../shared/status';
import { useT } from '../../hooks/use-prefs';
import { ExampleBadge } from '../ui/Badges';
import { StatusBadge } from './StatusBadge';
import './status.css';

type Props = { summary: RollUp & { overdue?: number; examples?: number }; label?: string; compact?: boolean };

/**
 * Overall status by the one roll-up rule (stated here), counts per status as text and as a bar,
 * how many indicators have a status, how many figures are overdue — and, when any indicator
 * behind it is an example, the Example badge with their number.
 */
export function StatusRollUp({ summary, label, compact }: Props) {
  const { t, label: labelOf } = useT();
  const shown = STATUSES.filter((s) => summary.counts[s] > 0);
  return (
    <div className={`rollup${compact ? ' rollup-compact' : ''}`}>
      <p className="rollup-head">
        {label ? <span className="rollup-label">{label}: </span> : null}
        <StatusBadge status={summary.status} />
        {summary.examples ? (
          <span className="rollup-examples">
            {' '}
            <ExampleBadge /> {t('status.examplesBehind', { n: summary.examples, of: summary.total })}
          </span>
        ) : null}
      </p>
      {summary.total > 0 ? (
        <p className="rollup-coverage small muted">
          {t('status.withStatus', { n: summary.withStatus, of: summary.total })}
          {compact ? null : <> · {t('status.rollUpRule')}</>}
        </p>
      ) : null}
      {summary.total > 0 ? (
        <div className="rollup-bar" aria-hidden="true">
          {shown.map((s) => (
            <span key={s} className={`rollup-seg status-${s}`} style={{ flexGrow: summary.counts[s] }} />
          ))}
        </div>
      ) : null}
      <ul className="rollup-counts" aria-label={t('status.countsLabel')}>
        {shown.map((s) => (
          <li key={s} data-status={s}>
            <span className={`rollup-dot status-${s}`} aria-hidden="true" />
            {labelOf(STATUS_LABELS[s])} <strong>{summary.counts[s]}</strong>
          </li>
        ))}
        {summary.overdue ? (
          <li className="rollup-overdue">
            {t('status.overdue')} <strong>{summary.overdue}</strong>
          </li>
        ) : null}
        {summary.total === 0 ? <li className="muted">{t('status.noIndicators')}</li> : null}
      </ul>
    </div>
  );
}
