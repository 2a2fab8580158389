import { useQuery } from '@tanstack/react-query';
import { ITA_PASS } from '../../../shared/ita';
import { useT } from '../../hooks/use-prefs';
import { formatDate, formatNumber, formatYear } from '../../lib/format';
import { firstViewQuery } from '../../lib/first-view';
import { LineChart } from '../charts/LineChart';
import { CHART_COLORS } from '../charts/tokens';
import { DataTable } from '../ui/DataTable';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { SourceLink } from '../ui/SourceLink';
import { DemoNote } from './DemoNote';
import { nationalRows } from './ita-chart-data';

/** National mean and pass rate by year against the target (≥ 80 % of agencies at 85 or more). */
export function NationalPanel() {
  const { t, lang, cal } = useT();
  const query = useQuery(firstViewQuery.itaNational());
  const years = (list: number[]) => list.map((y) => formatYear(y, cal)).join(', ');
  const score = (v: number) => formatNumber(v, lang, 2);
  const pct = (v: number) => `${formatNumber(v, lang, 1)}\u00a0%`;
  return (
    <Section id="ita-national-h" className="card ita-section" data-testid="ita-national" title={t('ita.national.title')}>
      <QueryState query={query} isEmpty={(d) => d.years.length === 0}>
        {(n) => {
          const rows = nationalRows(n.years, cal);
          const demoRows = n.years.reduce((s, y) => s + y.demoRows, 0);
          return (
            <>
              <DemoNote demoRows={demoRows} />
              <p className="muted small">{t('ita.national.intro', { pass: ITA_PASS, target: n.targetPercent })}</p>
              <div className="chart-grid">
                <div>
                  <h3>{t('ita.national.passChart')}</h3>
                  <LineChart
                    rows={rows}
                    series={[
                      { key: 'passPercent', name: t('ita.national.passInData'), color: CHART_COLORS.series },
                      { key: 'publishedPassPercent', name: t('ita.national.published'), color: CHART_COLORS.compare, dashed: true },
                    ]}
                    references={[{ value: n.targetPercent, label: t('ita.national.targetLine', { target: n.targetPercent }) }]}
                    format={pct}
                    bounds={[50, 100]}
                    ariaLabel={t('ita.national.passChart')}
                  />
                </div>
                <div>
                  <h3>{t('ita.national.meanChart')}</h3>
                  <LineChart
                    rows={rows}
                    series={[
                      { key: 'mean', name: t('ita.national.meanInData'), color: CHART_COLORS.series },
                      { key: 'publishedMean', name: t('ita.national.published'), color: CHART_COLORS.compare, dashed: true },
                    ]}
                    references={[{ value: ITA_PASS, label: t('ita.passMark', { pass: ITA_PASS }) }]}
                    format={score}
                    bounds={[80, 100]}
                    ariaLabel={t('ita.national.meanChart')}
                  />
                </div>
              </div>
              <DataTable
                caption={t('ita.national.table')}
                download="ita-national"
                rows={n.years}
                rowKey={(y) => y.year}
                columns={[
                  { key: 'year', header: t('ita.year'), rowHeader: true, value: (y) => y.year, cell: (y) => formatYear(y.year, cal) },
                  { key: 'assessed', header: t('ita.assessed'), align: 'end', value: (y) => y.assessed, cell: (y) => formatNumber(y.assessed, lang) },
                  { key: 'mean', header: t('ita.mean'), align: 'end', value: (y) => y.mean, cell: (y) => formatNumber(y.mean, lang, 2) },
                  { key: 'passed', header: t('ita.passed'), align: 'end', value: (y) => y.passed, cell: (y) => formatNumber(y.passed, lang) },
                  { key: 'passPercent', header: t('ita.passPercent'), align: 'end', value: (y) => y.passPercent, cell: (y) => pct(y.passPercent) },
                  {
                    key: 'target',
                    header: t('ita.national.meetsTarget', { target: n.targetPercent }),
                    value: (y) => (y.meetsTarget === null ? null : y.meetsTarget ? 1 : 0),
                    cell: (y) =>
                      y.meetsTarget === null ? (
                        <span className="muted">{t('overview.noTarget')}</span>
                      ) : (
                        <>
                          {y.meetsTarget ? <span className="ok-text">{t('ita.yes')}</span> : <span className="error-text">{t('ita.no')}</span>}
                          {y.target?.carriedForward ? <span className="muted small"> · {t('target.carriedForward')}</span> : null}
                        </>
                      ),
                  },
                  {
                    key: 'published',
                    header: t('ita.national.publishedCols'),
                    value: (y) => (y.published ? `${y.published.mean} / ${y.published.passPercent}` : null),
                    cell: (y) =>
                      y.published ? (
                        <>
                          {formatNumber(y.published.mean, lang, 2)} / {pct(y.published.passPercent)} ({formatNumber(y.published.agencies, lang)}){' '}
                          <SourceLink url={y.published.sourceUrl} />
                          {y.published.announcedOn ? <span className="muted small"> · {t('source.publishedOn', { date: formatDate(y.published.announcedOn, lang, cal) })}</span> : null}
                        </>
                      ) : (
                        '–'
                      ),
                  },
                ]}
              />
              <p className="muted small">
                {t('ita.national.targetStated', { target: n.targetPercent, years: years(n.targetStatedYears) })} <SourceLink url={n.targetSourceUrl} />.{' '}
                {t('ita.national.targetCarried')}
              </p>
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
