import { STATUS_LABELS, type Status } from '../../../shared/status';
import { useT } from '../../hooks/use-prefs';
import { formatDate, formatValueYear } from '../../lib/format';
import './status.css';

/** Shape as well as colour, so the status reads without colour vision and in black-and-white print. */
const ICONS: Record<Status, string> = {
  achieved: '✓',
  on_track: '●',
  needs_attention: '▲',
  off_track: '✕',
  no_target: '○',
  no_data: '–',
};

export function StatusBadge({ status, suffix }: { status: Status; suffix?: string }) {
  const { label } = useT();
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      <span className="status-icon" aria-hidden="true">
        {ICONS[status]}
      </span>
      {label(STATUS_LABELS[status])}
      {suffix ? <span className="status-suffix"> {suffix}</span> : null}
    </span>
  );
}

type Staleness = { overdue: boolean; nextYear: number | null; expectedReleaseOn: string | null };

/** "Overdue": the next year's figure should have been released by now. */
export function OverdueFlag({ staleness, yearKind }: { staleness: Staleness; yearKind: 'fiscal' | 'edition' }) {
  const { t, lang, cal } = useT();
  if (!staleness.overdue) return null;
  const title = t('status.overdueTitle', {
    year: staleness.nextYear ? formatValueYear(staleness.nextYear, yearKind, cal) : '',
    date: formatDate(staleness.expectedReleaseOn, lang, cal),
  });
  return (
    <span className="badge badge-overdue" title={title}>
      {t('status.overdue')}
      <span className="sr-only"> — {title}</span>
    </span>
  );
}
