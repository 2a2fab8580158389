import { useT } from '../../hooks/use-prefs';

type Props = { offset: number; limit: number; total: number; onChange: (offset: number) => void };

/** Previous / next over a server-paged list. */
export function Pager({ offset, limit, total, onChange }: Props) {
  const { t } = useT();
  if (total <= limit && offset === 0) return null;
  return (
    <div className="pager">
      <button type="button" className="btn btn-secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t('pager.prev')}
      </button>
      <span>{t('pager.range', { from: total === 0 ? 0 : offset + 1, to: Math.min(offset + limit, total), total })}</span>
      <button type="button" className="btn btn-secondary" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
        {t('pager.next')}
      </button>
    </div>
  );
}
