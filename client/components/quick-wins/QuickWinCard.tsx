import { LEVEL_LABELS, QUICK_WIN_STATUS_LABELS } from '../../../shared/domain';
import { useT } from '../../hooks/use-prefs';
import { formatDate, formatNumber } from '../../lib/format';
import type { RouterOutputs } from '../../trpc';
import { ExampleBadge } from '../ui/Badges';

type QuickWin = RouterOutputs['quickWin']['list'][number];

export function QuickWinCard({ qw }: { qw: QuickWin }) {
  const { t, lang, cal, label } = useT();
  return (
    <article className="card quick-win" aria-labelledby={`qw-${qw.code}`}>
      <header className="quick-win-head">
        <h3 id={`qw-${qw.code}`}>{label(qw)}</h3>
        {qw.isExample ? <ExampleBadge /> : null}
      </header>
      <p className="chips">
        <span className="chip">{t('strategy.label', { no: qw.strategyNo })}</span>
        {qw.levels.map((l) => (
          <span key={l} className={`chip chip-${l}`}>
            {label(LEVEL_LABELS[l])}
          </span>
        ))}
        <span className={`chip status-${qw.state}`}>{label(QUICK_WIN_STATUS_LABELS[qw.state])}</span>
      </p>
      {qw.reason ? (
        <p className="small muted qw-state-reason">
          {t(qw.reason === 'past_end' ? 'quickWins.pastEnd' : 'quickWins.notStartedByStart', { date: formatDate(qw.reason === 'past_end' ? qw.endDate : qw.startDate, lang, cal) })}{' '}
          {t('quickWins.storedStatus', { status: label(QUICK_WIN_STATUS_LABELS[qw.status]) })}
        </p>
      ) : null}
      {qw.descriptionTh ? <p>{label(qw.descriptionTh, qw.descriptionEn)}</p> : null}
      <dl className="inline-dl">
        <div>
          <dt>{t('quickWins.lead')}</dt>
          <dd>{qw.leadAgencyNameTh ? label(qw.leadAgencyNameTh, qw.leadAgencyNameEn) : '–'}</dd>
        </div>
        <div>
          <dt>{t('quickWins.period')}</dt>
          <dd>
            {formatDate(qw.startDate, lang, cal)} – {formatDate(qw.endDate, lang, cal)}
          </dd>
        </div>
      </dl>
      <div className="progress-row">
        <span id={`qw-p-${qw.code}`}>{t('quickWins.progress')}</span>
        <progress value={qw.progress} max={100} aria-labelledby={`qw-p-${qw.code}`} />
        <span>{formatNumber(qw.progress, lang)} %</span>
      </div>
      {qw.milestones.length > 0 ? (
        <details>
          <summary>
            {t('quickWins.milestones')} ({qw.milestones.length})
          </summary>
          <ul>
            {qw.milestones.map((m) => (
              <li key={`${m.titleTh}-${m.dueDate}`}>
                {m.doneDate ? '✓ ' : '○ '}
                {label(m)} — {formatDate(m.dueDate, lang, cal)}
                {m.doneDate ? ` (${formatDate(m.doneDate, lang, cal)})` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
