import { useQuery } from '@tanstack/react-query';
import { useT } from '../../hooks/use-prefs';
import type { Unit } from '../../../shared/domain';
import { actionText } from '../../lib/audit-format';
import { formatDate, formatNumber } from '../../lib/format';
import { formatIndicatorValue } from '../../lib/indicator-format';
import { trpc } from '../../trpc';
import './reporting.css';

/** A value's own audit history, loaded when opened, in words ("ส่งให้ตรวจ · มี", not "submit · 1"). */
export function ValueHistory({ indicatorId, year, agencyId, rule }: { indicatorId: number; year: number; agencyId: number; rule?: { unit: Unit; decimals: number } }) {
  const { t, lang, cal } = useT();
  const history = useQuery(trpc.reporting.history.queryOptions({ indicatorId, year, agencyId }));
  if (!history.data) return null;
  return (
    <ol className="history-list">
      {history.data.events.map((e) => {
        const after = Object.fromEntries(e.changes.map((c) => [c.field, c.after])) as { value?: number; reviewComment?: string | null };
        return (
          <li key={e.id}>
            {formatDate(e.at, lang, cal)} {e.at.slice(11, 16)} · {e.userDisplayName ?? '–'} · {actionText(e.action, lang)}
            {after.value !== undefined ? ` · ${rule ? formatIndicatorValue(after.value, rule, lang) : formatNumber(after.value, lang, Number.isInteger(after.value) ? 0 : 2)}` : ''}
            {after.reviewComment ? ` · ${t('reporting.returnedComment')}: ${after.reviewComment}` : ''}
          </li>
        );
      })}
    </ol>
  );
}
