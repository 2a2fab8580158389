import { useQuery } from '@tanstack/react-query';
import { LEVEL_LABELS, LEVELS, QUICK_WIN_STATUS_LABELS } from '../../shared/domain';
import { QUICK_WIN_STATES } from '../../shared/quick-wins';
import { QuickWinCard } from '../components/quick-wins/QuickWinCard';
import { EnumSelect } from '../components/ui/EnumSelect';
import { Form } from '../components/ui/Form';
import { QueryState } from '../components/ui/QueryState';
import { STRATEGY_NOS, StrategySelect } from '../components/ui/StrategySelect';
import { useEnumParam, useSearchParam, useT } from '../hooks/use-prefs';
import { trpc } from '../trpc';

export function QuickWinsPage() {
  const { t } = useT();
  const [level, setLevel] = useEnumParam('level', LEVELS);
  const [strategy, setStrategy] = useSearchParam('strategy');
  const [status, setStatus] = useEnumParam('status', QUICK_WIN_STATES);
  const strategyNo = STRATEGY_NOS.find((n) => String(n) === strategy);
  const query = useQuery(trpc.quickWin.list.queryOptions({ level, strategyNo, status }));
  return (
    <div className="page quick-wins">
      <h1>{t('quickWins.title')}</h1>
      <Form className="filters">
        <EnumSelect id="qw-level" label={t('quickWins.filterLevel')} values={LEVELS} labels={LEVEL_LABELS} empty={t('common.all')} value={level} onChange={setLevel} />
        <StrategySelect id="qw-strategy" label={t('quickWins.filterStrategy')} empty={t('common.all')} value={strategyNo} onChange={setStrategy} />
        <EnumSelect
          id="qw-status"
          label={t('quickWins.filterStatus')}
          values={QUICK_WIN_STATES}
          labels={QUICK_WIN_STATUS_LABELS}
          empty={t('common.all')}
          value={status}
          onChange={setStatus}
        />
      </Form>
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
