import { useQuery } from '@tanstack/react-query';
import { useT } from '../../hooks/use-prefs';
import { formatDate } from '../../lib/format';
import { trpc } from '../../trpc';
import './reporting.css';

/** A value's own audit history, loaded when opened. */
export function ValueHistory({ indicatorId, year, agencyId }: { indicatorId: number; year: number; agencyId: number }) {
  const { t, lang, cal } = useT();
  const history = useQuery(trpc.reporting.history.queryOptions({ indicatorId, year, agencyId }));
  if (!history.data) return null;
  return (
    <ol className="history-list">
      {history.data.events.map((e) => {
        const after = Object.fromEntries(e.changes.map((c) => [c.field, c.after])) as { value?: number; reviewComment?: string | null };
        return (
          <li key={e.id}>
            {formatDate(e.at, lang, cal)} · {e.userDisplayName ?? '–'} · {e.action}
            {after.value !== undefined ? ` · ${after.value}` : ''}
            {after.reviewComment ? ` · ${t('reporting.returnedComment')}: ${after.reviewComment}` : ''}
          </li>
        );
      })}
    </ol>
  );
}
