import { useQuery } from '@tanstack/react-query';
import { LEVEL_LABELS, LEVELS, QUICK_WIN_STATUS_LABELS, QUICK_WIN_STATUSES, type Level, type QuickWinStatus } from '../../shared/domain';
import { QuickWinCard } from '../components/quick-wins/QuickWinCard';
import { QueryState } from '../components/ui/QueryState';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { trpc } from '../trpc';

const isLevel = (v: string | null): v is Level => LEVELS.includes(v as Level);
const isStatus = (v: string | null): v is QuickWinStatus => QUICK_WIN_STATUSES.includes(v as QuickWinStatus);

export function QuickWinsPage() {
  const { t, label } = useT();
  const [level, setLevel] = useSearchParam('level');
  const [strategy, setStrategy] = useSearchParam('strategy');
  const [status, setStatus] = useSearchParam('status');
  const strategyNo = strategy && /^[1-5]$/.test(strategy) ? Number(strategy) : undefined;
  const query = useQuery(
    trpc.quickWin.list.queryOptions({
      level: isLevel(level) ? level : undefined,
      strategyNo,
      status: isStatus(status) ? status : undefined,
    }),
  );
  return (
    <div className="page quick-wins">
      <h1>{t('quickWins.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="qw-level">{t('quickWins.filterLevel')}</label>
          <select id="qw-level" value={isLevel(level) ? level : ''} onChange={(e) => setLevel(e.target.value || null)}>
            <option value="">{t('quickWins.all')}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {label(LEVEL_LABELS[l])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="qw-strategy">{t('quickWins.filterStrategy')}</label>
          <select id="qw-strategy" value={strategyNo ?? ''} onChange={(e) => setStrategy(e.target.value || null)}>
            <option value="">{t('quickWins.all')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {t('strategy.label', { no: n })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="qw-status">{t('quickWins.filterStatus')}</label>
          <select id="qw-status" value={isStatus(status) ? status : ''} onChange={(e) => setStatus(e.target.value || null)}>
            <option value="">{t('quickWins.all')}</option>
            {QUICK_WIN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(QUICK_WIN_STATUS_LABELS[s])}
              </option>
            ))}
          </select>
        </div>
      </form>
      <QueryState query={query} isEmpty={(rows) => rows.length === 0} empty={t('quickWins.none')}>
        {(rows) => (
          <>
            <p role="status" aria-live="polite" className="muted">
              {t('quickWins.count', { n: rows.length })}
            </p>
            <div className="card-grid">
              {rows.map((qw) => (
                <QuickWinCard key={qw.code} qw={qw} />
              ))}
            </div>
          </>
        )}
      </QueryState>
    </div>
  );
}
