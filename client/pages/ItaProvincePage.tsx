import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { AGENCY_TYPE_LABELS } from '../../shared/domain';
import { ITA_PASS } from '../../shared/ita';
import { DemoNote } from '../components/ita/DemoNote';
import { GradeChip } from '../components/ita/GradeChip';
import { LazyItaLineChart } from '../components/charts/lazy';
import { RoundProvincesTable, useRoundDates } from '../components/activities/RoundsTable';
import { useItaYear } from '../components/ita/use-ita-year';
import { YearSelect } from '../components/ui/YearSelect';
import { AppLink } from '../components/ui/AppLink';
import { DataTable } from '../components/ui/DataTable';
import { QueryState } from '../components/ui/QueryState';
import { useT } from '../hooks/use-prefs';
import { formatNumber, formatYear } from '../lib/format';
import { trpc } from '../trpc';
import '../components/ita/ita.css';
import { CHART_COLORS } from '../components/charts/tokens';
import { Section } from '../components/ui/Section';

/** /ita/provinces/:code — a province's agencies, its ITA by year, its rank and the seminar rounds held there. */
export function ItaProvincePage() {
  const { code = '' } = useParams();
  const { t, lang, cal, label } = useT();
  const { list, year, setYear } = useItaYear();
  const query = useQuery({ ...trpc.ita.province.queryOptions({ code, year: year ?? undefined }), enabled: code !== '' });
  const dates = useRoundDates();
  return (
    <div className="page ita">
      <p className="small">
        <AppLink to="/ita">← {t('ita.title')}</AppLink> · <AppLink to="/ita/targeting">{t('ita.targeting.title')}</AppLink>
      </p>
      <QueryState query={query}>
        {(p) => {
          const demoRows = p.byYear.reduce((s, y) => s + y.demoRows, 0);
          return (
            <>
              <h1>{t('ita.provincePage.title', { name: label(p.province) })}</h1>
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
              <Section id="ita-prov-trend-h" className="card ita-section" title={t('ita.provincePage.trend')}>
                <LazyItaLineChart
                  rows={p.byYear.map((y) => ({ label: formatYear(y.year, cal), mean: y.mean, passPercent: y.passPercent }))}
                  series={[
                    { key: 'mean', name: t('ita.mean'), color: CHART_COLORS.series },
                    { key: 'passPercent', name: t('ita.passPercent'), color: CHART_COLORS.pass, dashed: true },
                  ]}
                  references={[{ value: ITA_PASS, label: t('ita.passMark', { pass: ITA_PASS }) }]}
                  format={(v) => formatNumber(v, lang, 1)}
                  ariaLabel={t('ita.provincePage.trend')}
                />
                <DataTable
                  caption={t('ita.provincePage.trendTable')}
                  download={`ita-province-${p.province.code}`}
                  rows={p.byYear}
                  rowKey={(y) => y.year}
                  columns={[
                    { key: 'year', header: t('ita.year'), rowHeader: true, value: (y) => y.year, cell: (y) => formatYear(y.year, cal) },
                    { key: 'assessed', header: t('ita.assessed'), align: 'end', value: (y) => y.assessed, cell: (y) => formatNumber(y.assessed, lang) },
                    { key: 'mean', header: t('ita.mean'), align: 'end', value: (y) => y.mean, cell: (y) => formatNumber(y.mean, lang, 2) },
                    { key: 'pass', header: t('ita.passPercent'), align: 'end', value: (y) => y.passPercent, cell: (y) => `${formatNumber(y.passPercent, lang, 1)}\u00a0%` },
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
                      { key: 'assessed', header: t('ita.assessed'), align: 'end', value: (l) => l.assessed, cell: (l) => formatNumber(l.assessed, lang) },
                      { key: 'mean', header: t('ita.mean'), align: 'end', value: (l) => l.mean, cell: (l) => formatNumber(l.mean, lang, 2) },
                      { key: 'pass', header: t('ita.passPercent'), align: 'end', value: (l) => l.passPercent, cell: (l) => `${formatNumber(l.passPercent, lang, 1)}\u00a0%` },
                    ]}
                  />
                  <DataTable
                    caption={t('ita.provincePage.agencies', { year: formatYear(p.year, cal) })}
                    download={`ita-province-${p.province.code}-${p.year}`}
                    rows={p.agencies}
                    rowKey={(a) => a.code}
                    columns={[
                      {
                        key: 'agency',
                        header: t('ita.agency'),
                        rowHeader: true,
                        value: (a) => a.nameTh,
                        cell: (a) => (
                          <>
                            <AppLink to={`/ita/agencies/${encodeURIComponent(a.code)}`}>{label(a)}</AppLink>
                          </>
                        ),
                      },
                      { key: 'type', header: t('ita.type'), value: (a) => a.type, cell: (a) => label(AGENCY_TYPE_LABELS[a.type]) },
                      { key: 'total', header: t('ita.total'), align: 'end', value: (a) => a.total, cell: (a) => formatNumber(a.total, lang, 2) },
                      { key: 'iit', header: 'IIT', align: 'end', value: (a) => a.iit, cell: (a) => formatNumber(a.iit, lang, 2) },
                      { key: 'eit', header: 'EIT', align: 'end', value: (a) => a.eit, cell: (a) => formatNumber(a.eit, lang, 2) },
                      { key: 'oit', header: 'OIT', align: 'end', value: (a) => a.oit, cell: (a) => formatNumber(a.oit, lang, 2) },
                      { key: 'grade', header: t('ita.grade'), value: (a) => a.grade, cell: (a) => <GradeChip grade={a.grade} /> },
                    ]}
                  />
                </Section>
              ) : null}
              <Section id="ita-prov-rounds-h" className="card ita-section" title={t('ita.provincePage.rounds')}>
                {p.rounds.length === 0 ? (
                  <p className="muted">{t('ita.provincePage.noRounds')}</p>
                ) : (
                  p.rounds.map((r) => (
                    <div key={r.id} className="ita-round">
                      <h3>
                        {label(r.activityNameTh, r.activityNameEn)} — {t('ita.rounds.roundNo', { no: r.roundNo })}
                      </h3>
                      <p className="small">
                        {dates(r.startDate, r.endDate)} · {r.venue ?? '–'} · {t('ita.rounds.provinceCount', { n: r.provinceCount })}
                      </p>
                      {r.province ? (
                        <RoundProvincesTable
                          provinces={[r.province]}
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
