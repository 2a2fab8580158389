import { useQuery } from '@tanstack/react-query';
import { LEVEL_LABELS, QUICK_WIN_STATUS_LABELS } from '../../shared/domain';
import { STATUS_LABELS, STATUS_METHOD_LABELS, STATUS_METHODS } from '../../shared/status';
import { MethodSelect } from '../components/plan/MethodSelect';
import { StatusBadge } from '../components/plan/StatusBadge';
import { StatusRollUp } from '../components/plan/StatusRollUp';
import { ReportIndicatorTable } from '../components/report/ReportIndicatorTable';
import { useIndicatorColumn } from '../components/report/use-indicator-column';
import { AppLink } from '../components/ui/AppLink';
import { ExampleBadge } from '../components/ui/Badges';
import { TranslationNote } from '../components/ui/TranslationNote';
import { DataTable } from '../components/ui/DataTable';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { useEnumParam, useT } from '../hooks/use-prefs';
import { formatChange, formatDate, formatValueYear } from '../lib/format';
import { formatIndicatorValue } from '../lib/indicator-format';
import { trpc } from '../trpc';
import '../components/report/report.css';

/** /report: the committee's A4 pack. The browser's print dialog turns it into a PDF. */
export function ReportPage() {
  const { t, label, lang, cal } = useT();
  const [method, setMethod] = useEnumParam('method', STATUS_METHODS);
  const indicatorColumn = useIndicatorColumn();
  const query = useQuery(trpc.report.committee.queryOptions({ method, topChanges: 10 }));
  return (
    <QueryState query={query}>
      {(r) => (
        <article className="page report">
          <p className="eyebrow">{label(r.plan)}</p>
          <h1>{t('report.title')}</h1>
          <p className="no-print">
            {t('report.livePack')} <AppLink to="/meetings">{t('nav.meetings')}</AppLink>
          </p>
          <dl className="report-meta">
            <div>
              <dt>{t('report.dataAsOf')}</dt>
              <dd>{formatDate(r.dataAsOf, lang, cal)}</dd>
            </div>
            <div>
              <dt>{t('report.latestYear')}</dt>
              <dd>{r.latestDataYear ? formatValueYear(r.latestDataYear, 'fiscal', cal) : '–'}</dd>
            </div>
            <div>
              <dt>{t('report.generated')}</dt>
              <dd>{formatDate(r.generatedAt, lang, cal)}</dd>
            </div>
            <div>
              <dt>{t('report.method')}</dt>
              <dd>{method ? label(STATUS_METHOD_LABELS[method]) : t('report.methodDefault')}</dd>
            </div>
          </dl>
          <div className="report-toolbar no-print">
            <MethodSelect id="report-method" value={method} onChange={setMethod} />
            <button type="button" className="btn" onClick={() => window.print()}>
              {t('report.print')}
            </button>
          </div>
          <p className="report-note">{t('report.exampleNote')}</p>
          <TranslationNote />

          <Section id="r-plan" title={t('report.planStatus')}>
            <div className="report-rollups">
              <div className="card">
                <StatusRollUp summary={r.status.plan} label={t('status.planStatus')} />
              </div>
              <div className="card">
                <StatusRollUp summary={r.status.goal} label={t('status.goalStatus')} />
              </div>
              {r.strategies.map((s) => (
                <div className="card" key={s.no}>
                  <StatusRollUp summary={s.status} label={t('strategy.label', { no: s.no })} compact />
                </div>
              ))}
            </div>
          </Section>

          <Section id="r-goal" title={t('report.goalIndicators')}>
            <ReportIndicatorTable caption={t('report.tableCaption', { name: t('status.goalStatus') })} indicators={r.goalIndicators} />
          </Section>

          {r.strategies.map((s) => (
            <section key={s.no} className="report-strategy" aria-labelledby={`r-s${s.no}`}>
              <p className="eyebrow">{t('report.strategies')}</p>
              <h2 id={`r-s${s.no}`}>
                {t('strategy.label', { no: s.no })}: {label(s)}
              </h2>
              <StatusRollUp summary={s.status} />
              <ReportIndicatorTable caption={t('report.tableCaption', { name: t('strategy.label', { no: s.no }) })} indicators={s.indicators} />
            </section>
          ))}

          <Section id="r-changes" className="report-break" title={t('report.largestChanges')}>
            {r.largestChanges.length === 0 ? (
              <p className="muted">{t('report.none')}</p>
            ) : (
              <DataTable
                caption={t('report.changesCaption')}
                rows={r.largestChanges}
                rowKey={(c) => c.code}
                className="report-table"
                columns={[
                  indicatorColumn(),
                  {
                    key: 'a',
                    header: t('compare.from'),
                    align: 'end',
                    value: (c) => c.a.value,
                    cell: (c) => (
                      <>
                        {formatIndicatorValue(c.a.value, c, lang, c.a.rankOutOf)}
                        <span className="muted small block">{formatValueYear(c.a.year, c.yearKind, cal)}</span>
                      </>
                    ),
                  },
                  {
                    key: 'b',
                    header: t('compare.to'),
                    align: 'end',
                    value: (c) => c.b.value,
                    cell: (c) => (
                      <>
                        {formatIndicatorValue(c.b.value, c, lang, c.b.rankOutOf)}
                        <span className="muted small block">{formatValueYear(c.b.year, c.yearKind, cal)}</span>
                      </>
                    ),
                  },
                  { key: 'change', header: t('compare.change'), align: 'end', value: (c) => c.change, cell: (c) => formatChange(c.change, lang, c.decimals) },
                  {
                    key: 'pct',
                    header: t('compare.changePct'),
                    align: 'end',
                    value: (c) => (c.changePct === null ? null : Math.round(c.changePct * 100) / 100),
                    cell: (c) => (c.changePct === null ? '–' : `${formatChange(c.changePct, lang, 1)} %`),
                  },
                  {
                    key: 'status',
                    header: t('report.status'),
                    value: (c) => `${label(STATUS_LABELS[c.a.status])} → ${label(STATUS_LABELS[c.b.status])}`,
                    cell: (c) => (
                      <>
                        <StatusBadge status={c.a.status} /> → <StatusBadge status={c.b.status} />
                      </>
                    ),
                  },
                ]}
              />
            )}
          </Section>

          <Section id="r-qw" title={t('report.quickWins')}>
            <div className="report-levels">
              {r.quickWinsByLevel.map((l) => (
                <div key={l.level} className="card">
                  <h3>{label(LEVEL_LABELS[l.level])}</h3>
                  <p className="small muted">{t('report.qwSummary', { n: l.total, done: l.completed, late: l.delayed })}</p>
                  <ul>
                    {l.items.map((q) => (
                      <li key={q.code}>
                        {label(q)} {q.isExample ? <ExampleBadge /> : null}
                        <span className="muted small block">
                          {t('strategy.label', { no: q.strategyNo })} · {label(QUICK_WIN_STATUS_LABELS[q.state])} · {t('report.progress')} {q.progress}%
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </Section>

          <Section id="r-overdue" title={t('report.overdue')}>
            {r.overdue.length === 0 ? (
              <p className="muted">{t('report.none')}</p>
            ) : (
              <DataTable
                caption={t('report.overdueCaption')}
                rows={r.overdue}
                rowKey={(o) => o.code}
                className="report-table"
                columns={[
                  indicatorColumn(),
                  { key: 'awaited', header: t('report.awaiting'), value: (o) => o.nextYear, cell: (o) => (o.nextYear ? formatValueYear(o.nextYear, o.yearKind, cal) : '–') },
                  { key: 'due', header: t('report.expected'), value: (o) => o.expectedReleaseOn, cell: (o) => formatDate(o.expectedReleaseOn, lang, cal) },
                ]}
              />
            )}
          </Section>
          <p className="report-note">{t('report.sourcesNote')}</p>
        </article>
      )}
    </QueryState>
  );
}
