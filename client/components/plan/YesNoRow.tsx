import { useT } from '../../hooks/use-prefs';
import type { TrendRow } from '../../lib/chart-data';

/** A yes/no indicator year by year: ✓ มี / ✗ ไม่มี with words, never a line on a numeric axis. */
export function YesNoRow({ rows }: { rows: TrendRow[] }) {
  const { t } = useT();
  if (rows.length === 0) return <p className="muted">{t('state.empty')}</p>;
  return (
    <ol className="yes-no-row" aria-label={t('indicator.yesNoRow')}>
      {rows.map((r) => {
        const value = r.actual ?? r.provisional;
        const yes = value !== null && value >= 1;
        return (
          <li key={r.year} className={yes ? 'yes' : 'no'}>
            <span className="yes-no-year">{r.label}</span>
            <span className="yes-no-mark" aria-hidden="true">
              {yes ? '✓' : '✗'}
            </span>
            <span className="yes-no-word">{yes ? t('indicator.yes') : t('indicator.no')}</span>
            {r.provisional !== null ? <span className="chip chip-provisional">{t('coverage.provisional')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
