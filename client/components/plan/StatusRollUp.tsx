import { STATUS_LABELS, STATUSES, type StatusRollUp as RollUp } from '../../../shared/status';
import { useT } from '../../hooks/use-prefs';
import { StatusBadge } from './StatusBadge';
import './status.css';

type Props = { summary: RollUp & { overdue?: number }; label?: string; compact?: boolean };

/** Overall status, counts per status (as text and as a bar) and how many figures are overdue. */
export function StatusRollUp({ summary, label, compact }: Props) {
  const { t, label: labelOf } = useT();
  const shown = STATUSES.filter((s) => summary.counts[s] > 0);
  return (
    <div className={`rollup${compact ? ' rollup-compact' : ''}`}>
      <p className="rollup-head">
        {label ? <span className="rollup-label">{label}: </span> : null}
        <StatusBadge status={summary.status} />
      </p>
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
