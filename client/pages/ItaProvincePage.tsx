import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ITA_PASS, ITA_TARGET_PASS_PERCENT } from '../../shared/ita';
import { RoundProvincesTable, useRoundDates } from '../components/activities/RoundsTable';
import { LineChart } from '../components/charts/LineChart';
import { CHART_COLORS } from '../components/charts/tokens';
import { BackToIta } from '../components/ita/BackToIta';
import { DemoNote } from '../components/ita/DemoNote';
import { DemoBadge } from '../components/ui/Badges';
import { useItaColumns } from '../components/ita/use-ita-columns';
import { useItaYear } from '../components/ita/use-ita-year';
import { AppLink } from '../components/ui/AppLink';
import { DataTable } from '../components/ui/DataTable';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { YearSelect } from '../components/ui/YearSelect';
import { useT } from '../hooks/use-prefs';
import { formatNumber, formatYear } from '../lib/format';
import { trpc } from '../trpc';
import '../components/ita/ita.css';

/** /ita/provinces/:code — a province's agencies, its ITA by year, its rank and the seminar rounds held there. */
export function ItaProvincePage() {
  const { code = '' } = useParams();
  const { t, lang, cal, label } = useT();
  const { list, year, setYear } = useItaYear();
  const query = useQuery({ ...trpc.ita.province.queryOptions({ code, year: year ?? undefined }), enabled: code !== '' });
  const dates = useRoundDates();
  const columns = useItaColumns();
  return (
    <div className="page ita">
      <BackToIta>
        <AppLink to="/ita/targeting">{t('ita.targeting.title')}</AppLink>
      </BackToIta>
      <QueryState query={query}>
        {(p) => {
          const demoRows = p.byYear.reduce((s, y) => s + y.demoRows, 0);
          return (
            <>
              <h1>
                {t('ita.provincePage.title', { name: label(p.province) })} {demoRows > 0 ? <DemoBadge /> : null}
              </h1>
              <p className="muted">
                {label(p.province.regionLabel)}
                {p.province.groupNameTh ? ` · ${label(p.province.groupNameTh, p.province.groupNameEn)}` : ''}
              </p>
              <DemoNote demoRows={demoRows} />
              {p.year !== null && p.rank.rank !== null ? (
                <p>
                  {t('ita.provincePage.rank', {
                    year: formatYear(p.year, cal),
                    rank: formatNumber(p.rank.rank, lang),
                    of: formatNumber(p.rank.of, lang),
                    mean: formatNumber(p.rank.mean, lang, 2),
                  })}
                </p>
              ) : null}
              <Section
                id="ita-prov-trend-h"
                className="card ita-section"
                title={
                  <>
                    {t('ita.provincePage.trend')} {demoRows > 0 ? <DemoBadge /> : null}
                  </>
                }
              >
                {/* Score and pass rate are different units: one chart each, never two units on one axis. */}
                <div className="ita-two-charts">
                  <LineChart
                    rows={p.byYear.map((y) => ({ label: formatYear(y.year, cal), mean: y.mean }))}
                    series={[{ key: 'mean', name: t('ita.mean'), color: CHART_COLORS.series }]}
                    references={[{ value: ITA_PASS, label: t('ita.passMark', { pass: ITA_PASS }) }]}
                    format={(v) => formatNumber(v, lang, 1)}
                    ariaLabel={`${t('ita.provincePage.trend')}: ${t('ita.mean')}`}
                    height={240}
                  />
                  <LineChart
                    rows={p.byYear.map((y) => ({ label: formatYear(y.year, cal), passPercent: y.passPercent }))}
                    series={[{ key: 'passPercent', name: t('ita.passPercent'), color: CHART_COLORS.pass }]}
                    references={[{ value: ITA_TARGET_PASS_PERCENT, label: t('ita.national.targetLine', { target: ITA_TARGET_PASS_PERCENT }) }]}
                    format={(v) => `${formatNumber(v, lang, 1)} %`}
                    bounds={[0, 100]}
                    ariaLabel={`${t('ita.provincePage.trend')}: ${t('ita.passPercent')}`}
                    height={240}
                  />
                </div>
                <DataTable
                  caption={t('ita.provincePage.trendTable')}
                  download={`ita-province-${p.province.code}`}
                  rows={p.byYear}
                  rowKey={(y) => y.year}
                  columns={[
                    { key: 'year', header: t('ita.year'), rowHeader: true, value: (y) => y.year, cell: (y) => formatYear(y.year, cal) },
                    ...columns.stats<(typeof p.byYear)[number]>(),
                  ]}
                />
                <p className="muted small">{t('ita.provincePage.scope')}</p>
              </Section>
              {p.year !== null ? (
                <Section id="ita-prov-agencies-h" className="card ita-section" title={t('ita.provincePage.agencies', { year: formatYear(p.year, cal) })}>
                  <div className="filters">
                    <YearSelect label={t('ita.year')} years={list} value={year} onChange={setYear} />
                  </div>
                  <DataTable
                    caption={t('ita.provincePage.byLevel', { year: formatYear(p.year, cal) })}
                    download={false}
                    rows={p.byLevel}
                    rowKey={(l) => l.level}
                    columns={[
                      { key: 'level', header: t('ita.level'), rowHeader: true, cell: (l) => label(l.label) },
                      ...columns.stats<(typeof p.byLevel)[number]>(),
                    ]}
                  />
                  <DataTable
                    caption={t('ita.provincePage.agencies', { year: formatYear(p.year, cal) })}
                    download={`ita-province-${p.province.code}-${p.year}`}
                    rows={p.agencies}
                    rowKey={(a) => a.code}
                    columns={[
                      ...columns.agency<(typeof p.agencies)[number]>(),
                      ...columns.scores<(typeof p.agencies)[number]>(),
                    ]}
                  />
                </Section>
              ) : null}
              <Section
                id="ita-prov-rounds-h"
                className="card ita-section"
                title={
                  <>
                    {t('ita.provincePage.rounds')} {demoRows > 0 ? <DemoBadge /> : null}
                  </>
                }
              >
                {p.rounds.length === 0 ? (
                  <p className="muted">{t('ita.provincePage.noRounds')}</p>
                ) : (
                  p.rounds.map((r) => (
                    <div key={r.id} className="ita-round">
                      <h3>
                        <AppLink to={`/activities/rounds/${r.id}`}>
                          {label(r.activityNameTh, r.activityNameEn)} — {t('ita.rounds.roundNo', { no: r.roundNo })}
                        </AppLink>
                      </h3>
                      <p className="small">
                        {dates(r.startDate, r.endDate)} · {r.venue ?? '–'} · {t('ita.rounds.provinceCount', { n: r.provinceCount })}
                      </p>
                      {r.province ? (
                        <RoundProvincesTable
                          provinces={[{ code: p.province.code, nameTh: p.province.nameTh, nameEn: p.province.nameEn, ...r.province }]}
                          beforeYear={r.beforeYear}
                          afterYear={r.afterYear}
                          caption={t('ita.rounds.beforeAfter')}
                          download={false}
                        />
                      ) : null}
                    </div>
                  ))
                )}
              </Section>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
