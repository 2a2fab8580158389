import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { QuickWinProgressForm } from '../components/quick-wins/QuickWinProgressForm';
import { StateChip } from '../components/reporting/StateChip';
import { ValueForm } from '../components/reporting/ValueForm';
import { ValueHistory } from '../components/reporting/ValueHistory';
import { ExampleBadge } from '../components/ui/Badges';
import { QueryState } from '../components/ui/QueryState';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { formatDate, formatYear } from '../lib/format';
import { formatIndicatorValue } from '../lib/indicator-format';
import { trpc } from '../trpc';
import '../components/reporting/reporting.css';

/**
 * /reporting — an agency reporter's indicators for this period, and the Quick Wins it leads.
 * `?year=2569&indicator=S3-EX-01` (the links in e-mails) opens that year at that indicator's form.
 */
export function ReportingPage() {
  const { t, label, lang, cal } = useT();
  const [yearParam] = useSearchParam('year');
  const [indicatorParam] = useSearchParam('indicator');
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : undefined;
  const mine = useQuery(trpc.reporting.mine.queryOptions(year ? { year } : {}));
  const loaded = mine.isSuccess;
  useEffect(() => {
    if (!loaded || !indicatorParam) return;
    const section = document.querySelector<HTMLElement>(`[data-indicator="${CSS.escape(indicatorParam)}"]`);
    if (!section) return;
    section.scrollIntoView({ block: 'start' });
    // The first field of the form, else the heading, takes the focus (keyboard and screen readers start there).
    const target = section.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled])') ?? section.querySelector<HTMLElement>('h2');
    if (target && target.tagName === 'H2') target.tabIndex = -1;
    target?.focus({ preventScroll: true });
  }, [loaded, indicatorParam]);
  const quickWins = useQuery(trpc.quickWinUpdate.mine.queryOptions());
  return (
    <div className="page">
      <h1>{t('reporting.title')}</h1>
      <QueryState query={mine}>
        {(data) => (
          <>
            <p className="muted">{label(data.agency)}</p>
            {data.period && data.year ? (
              <p className="period-banner card">
                <strong>{t('reporting.period', { year: formatYear(data.year, cal) })}</strong>
                <span>{t('reporting.deadline', { date: formatDate(data.period.deadline, lang, cal) })}</span>
                <span className={`state-chip s-${data.period.state === 'open' ? 'approved' : 'returned'}`}>{t(`reporting.periodState.${data.period.state}`)}</span>
              </p>
            ) : (
              <p className="state state-empty">{t('reporting.noPeriod')}</p>
            )}
            {data.items.length === 0 ? <p className="state state-empty">{t('reporting.none')}</p> : null}
            <div className="report-items">
              {data.year !== null &&
                data.items.map((item) => {
                  const year = data.year!;
                  const locked = item.state === 'submitted';
                  const periodOpen = data.period?.state === 'open' || (data.period?.state === 'closed' && item.state === 'returned');
                  return (
                    <section key={item.indicator.id} className={`card report-item${item.indicator.code === indicatorParam ? ' is-target' : ''}`} aria-labelledby={`ri-${item.indicator.code}`} data-indicator={item.indicator.code}>
                      <h2 id={`ri-${item.indicator.code}`}>
                        {item.indicator.code} — {label(item.indicator)} {item.indicator.isExample ? <ExampleBadge /> : null}
                      </h2>
                      <p className="inline-actions">
                        {t('reporting.state')}: <StateChip state={item.state} />
                        {item.previous ? (
                          <span className="muted">
                            {t('reporting.previous', { year: formatYear(item.previous.year, cal) })}: {formatIndicatorValue(item.previous.value, item.indicator, lang)}
                          </span>
                        ) : null}
                        {item.approved ? (
                          <span>
                            {t('reporting.approvedValue')}: <strong>{formatIndicatorValue(item.approved.value, item.indicator, lang)}</strong>
                          </span>
                        ) : null}
                      </p>
                      {item.open?.status === 'returned' && item.open.reviewComment ? (
                        <p className="review-comment" role="note">
                          <strong>{t('reporting.returnedComment')}:</strong> {item.open.reviewComment}
                        </p>
                      ) : null}
                      {item.state === 'approved' ? <p className="muted small">{t('reporting.correction')}</p> : null}
                      {locked ? (
                        <p>
                          {t('reporting.submitted')}: <strong>{formatIndicatorValue(item.open!.value, item.indicator, lang)}</strong>
                        </p>
                      ) : (
                        <ValueForm key={item.indicator.id} item={item} year={year} disabled={!periodOpen} deadline={data.period?.deadline} />
                      )}
                      {item.open || item.approved ? (
                        <details>
                          <summary>{t('reporting.history')}</summary>
                          <ValueHistory indicatorId={item.indicator.id} year={year} agencyId={data.agency.id} rule={item.indicator} />
                        </details>
                      ) : null}
                    </section>
                  );
                })}
            </div>
          </>
        )}
      </QueryState>
      <QueryState query={quickWins} isEmpty={(rows) => rows.length === 0} empty=" ">
        {(rows) => (
          <section aria-labelledby="qw-h" className="report-items">
            <h2 id="qw-h">{t('reporting.quickWins')}</h2>
            {rows.map((qw) => (
              <div key={qw.id} className="card report-item">
                <h3>
                  {qw.code} — {label(qw)} {qw.isExample ? <ExampleBadge /> : null}
                </h3>
                <QuickWinProgressForm key={qw.id} qw={qw} />
              </div>
            ))}
          </section>
        )}
      </QueryState>
    </div>
  );
}
