import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { AGENCY_TYPE_LABELS, LEVEL_LABELS, REGION_LABELS } from '../../shared/domain';
import { ITA_INDICATORS, ITA_PASS } from '../../shared/ita';
import { LazyItaBarChart } from '../components/charts/lazy';
import { LineChart } from '../components/charts/LineChart';
import { CHART_COLORS } from '../components/charts/tokens';
import { BackToIta } from '../components/ita/BackToIta';
import { useItaColumns } from '../components/ita/use-ita-columns';
import { AppLink } from '../components/ui/AppLink';
import { DemoBadge } from '../components/ui/Badges';
import { SourceLink } from '../components/ui/SourceLink';
import { DataTable } from '../components/ui/DataTable';
import { QueryState } from '../components/ui/QueryState';
import { Section } from '../components/ui/Section';
import { YearSelect } from '../components/ui/YearSelect';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { formatNumber, formatYear } from '../lib/format';
import { trpc } from '../trpc';
import '../components/ita/ita.css';

/** /ita/agencies/:code — an agency's results over the years against its type's average. */
export function ItaAgencyPage() {
  const { code = '' } = useParams();
  const { t, lang, cal, label } = useT();
  const [yearParam, setYear] = useSearchParam('year');
  const asked = yearParam === null ? undefined : Number(yearParam) || undefined;
  const query = useQuery({ ...trpc.ita.agency.queryOptions({ code, year: asked }), placeholderData: keepPreviousData });
  const score = (v: number) => formatNumber(v, lang, 2);
  const columns = useItaColumns();
  return (
    <div className="page ita">
      <BackToIta />
      <QueryState query={query}>
        {(p) => {
          const { agency, results, typeAverages, typeIndicatorAverages } = p;
          const typeName = label(AGENCY_TYPE_LABELS[agency.type]);
          const demo = agency.isDemo || results.some((r) => r.isDemo);
          // The type's means and the agency's rank among its type are demo figures when built from demo rows.
          const peersDemo = typeAverages.some((a) => a.demoRows > 0);
          const indicatorPeersDemo = (typeIndicatorAverages?.demoRows ?? 0) > 0;
          const years = results.map((r) => r.year);
          const year = typeIndicatorAverages?.year ?? null;
          const result = results.find((r) => r.year === year) ?? null;
          const peers = typeIndicatorAverages;
          const trendRows = results.map((r) => ({
            label: formatYear(r.year, cal),
            total: r.total,
            type: typeAverages.find((a) => a.year === r.year)?.total ?? null,
            national: r.nationalMean,
          }));
          const indicatorRows = ITA_INDICATORS.map((ind) => ({
            key: ind.key,
            label: `${ind.no}. ${label(ind)}`,
            agency: result ? result[ind.key] : null,
            type: peers ? peers[ind.key] : null,
          }));
          return (
            <>
              <h1>
                {label(agency)} {demo ? <DemoBadge /> : null}
              </h1>
              {demo ? <p className="demo-note">{t('ita.demoNote')}</p> : null}
              <dl className="meta-dl">
                <dt>{t('ita.code')}</dt>
                <dd>{agency.code}</dd>
                <dt>{t('ita.level')}</dt>
                <dd>{label(LEVEL_LABELS[agency.level])}</dd>
                <dt>{t('ita.type')}</dt>
                <dd>{typeName}</dd>
                <dt>{t('ita.province')}</dt>
                <dd>
                  {agency.provinceCode ? (
                    <AppLink to={`/ita/provinces/${agency.provinceCode}`}>{label(agency.provinceNameTh ?? '', agency.provinceNameEn)}</AppLink>
                  ) : (
                    '–'
                  )}
                  {agency.region ? ` · ${label(REGION_LABELS[agency.region])}` : ''}
                  {agency.groupNameTh ? ` · ${label(agency.groupNameTh, agency.groupNameEn)}` : ''}
                </dd>
                {!agency.active ? (
                  <>
                    <dt>{t('ita.agency.status')}</dt>
                    <dd>{t('common.inactive')}</dd>
                  </>
                ) : null}
              </dl>
              {results.length === 0 ? (
                <p className="state state-empty">{t('ita.agency.noResults')}</p>
              ) : (
                <>
                  <Section
                    id="ita-agency-trend-h"
                    className="card ita-section"
                    title={
                      <>
                        {t('ita.agency.trend')} {peersDemo ? <DemoBadge /> : null}
                      </>
                    }
                  >
                    {peersDemo && !demo ? <p className="muted small">{t('ita.agency.peersDemo')}</p> : null}
                    <LineChart
                      rows={trendRows}
                      series={[
                        { key: 'total', name: t('ita.agency.thisAgency'), color: CHART_COLORS.series },
                        { key: 'type', name: t('ita.agency.typeMean', { type: typeName }), color: CHART_COLORS.target, dashed: true },
                        { key: 'national', name: t('ita.agency.nationalMean'), color: CHART_COLORS.compare, dashed: true },
                      ]}
                      references={[{ value: ITA_PASS, label: t('ita.passMark', { pass: ITA_PASS }) }]}
                      format={score}
                      ariaLabel={t('ita.agency.trend')}
                    />
                    <DataTable
                      caption={t('ita.agency.resultsTable')}
                      download={`ita-${agency.code}`}
                      rows={results}
                      rowKey={(r) => r.year}
                      columns={[
                        { key: 'year', header: t('ita.year'), rowHeader: true, value: (r) => r.year, cell: (r) => formatYear(r.year, cal) },
                        ...columns.scores<(typeof results)[number]>(),
                        {
                          key: 'rank',
                          header: t('ita.agency.rankInType', { type: typeName }),
                          align: 'end',
                          value: (r) => r.typeRank,
                          cell: (r) => `${formatNumber(r.typeRank, lang)} / ${formatNumber(r.typeAssessed, lang)}`,
                        },
                        {
                          key: 'typeMean',
                          header: t('ita.agency.typeMean', { type: typeName }),
                          align: 'end',
                          value: (r) => typeAverages.find((a) => a.year === r.year)?.total ?? null,
                          cell: (r) => formatNumber(typeAverages.find((a) => a.year === r.year)?.total, lang, 2),
                        },
                        { key: 'national', header: t('ita.agency.nationalMean'), align: 'end', value: (r) => r.nationalMean, cell: (r) => formatNumber(r.nationalMean, lang, 2) },
                        {
                          key: 'source',
                          header: t('source.label'),
                          value: (r) => r.sourceUrl,
                          cell: (r) =>
                            r.isDemo ? (
                              <DemoBadge />
                            ) : r.sourceUrl ? (
                              <>
                                <SourceLink url={r.sourceUrl} />
                                {r.sourceIsSecondary ? <span className="muted small"> ({t('ita.agency.secondarySource')})</span> : null}
                                {r.sourceNote ? <span className="muted small"> · {r.sourceNote}</span> : null}
                              </>
                            ) : (
                              <span className="muted small">{t('ita.agency.importedResult')}</span>
                            ),
                        },
                      ]}
                    />
                  </Section>
                  <Section
                    id="ita-agency-ind-h"
                    className="card ita-section"
                    title={
                      <>
                        {t('ita.agency.indicators', { year: year === null ? '' : formatYear(year, cal) })} {indicatorPeersDemo ? <DemoBadge /> : null}
                      </>
                    }
                  >
                    <div className="filters">
                      <YearSelect label={t('ita.year')} years={years} value={year} onChange={(y) => setYear(String(y))} />
                    </div>
                    {indicatorRows.every((r) => r.agency === null) ? (
                      <p className="muted">{t('ita.agency.noIndicators')}</p>
                    ) : (
                      <LazyItaBarChart
                        rows={indicatorRows}
                        series={[
                          { key: 'agency', name: t('ita.agency.thisAgency'), color: CHART_COLORS.series },
                          { key: 'type', name: t('ita.agency.typeMean', { type: typeName }), color: CHART_COLORS.peer },
                        ]}
                        format={(v) => formatNumber(v, lang, 1)}
                        domain={[0, 100]}
                        horizontal
                        categoryWidth={200}
                        height={460}
                        ariaLabel={t('ita.agency.indicators', { year: year === null ? '' : formatYear(year, cal) })}
                      />
                    )}
                    <DataTable
                      caption={t('ita.agency.indicatorsTable', { year: year === null ? '' : formatYear(year, cal) })}
                      download={`ita-${agency.code}-indicators-${year ?? ''}`}
                      rows={indicatorRows}
                      rowKey={(r) => r.key}
                      columns={[
                        { key: 'label', header: t('ita.indicator'), rowHeader: true, cell: (r) => r.label },
                        { key: 'agency', header: t('ita.agency.thisAgency'), align: 'end', value: (r) => r.agency, cell: (r) => formatNumber(r.agency, lang, 2) },
                        { key: 'type', header: t('ita.agency.typeMean', { type: typeName }), align: 'end', value: (r) => r.type, cell: (r) => formatNumber(r.type, lang, 2) },
                      ]}
                    />
                  </Section>
                </>
              )}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
