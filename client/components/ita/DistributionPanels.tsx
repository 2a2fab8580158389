import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ITA_PASS, ITA_RULES_CHANGE_YEAR, itaGradeLabel } from '../../../shared/ita';
import { useT } from '../../hooks/use-prefs';
import { formatNumber, formatYear } from '../../lib/format';
import { trpc } from '../../trpc';
import { LazyItaBarChart } from '../charts/lazy';
import { CHART_COLORS } from '../charts/tokens';
import { DataTable } from '../ui/DataTable';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { SelectField } from '../ui/SelectField';
import { DemoNote } from './DemoNote';
import { gradeRows, histogramRows, trimEmptyLowBins } from './ita-chart-data';

/** Agencies per grade in a year, on that year's scale (7 bands to 2565, 5 levels from 2566). */
export function GradesPanel({ year }: { year: number }) {
  const { t, lang, cal, label } = useT();
  const query = useQuery(trpc.ita.grades.queryOptions());
  return (
    <Section id="ita-grades-h" className="card ita-section" title={t('ita.grades.title', { year: formatYear(year, cal) })}>
      <QueryState query={query} isEmpty={(d) => !d.some((g) => g.year === year)}>
        {(all) => {
          const ofYear = all.find((g) => g.year === year)!;
          const rows = gradeRows(ofYear.grades, ofYear.assessed, lang);
          return (
            <>
              <DemoNote demoRows={ofYear.demoRows} />
              <p className="muted small">
                {ofYear.ruleSetChosen
                  ? t('ita.grades.rulesChosen', {
                      rules: t(`ita.rules.${ofYear.ruleSet}`, { year: formatYear(ITA_RULES_CHANGE_YEAR, cal) }),
                      year: formatYear(ofYear.rulesKnownToYear, cal),
                    })
                  : ofYear.ruleSet === 'levels-2566'
                    ? t('ita.grades.rulesFrom', { year: formatYear(ITA_RULES_CHANGE_YEAR, cal) })
                    : t('ita.grades.rulesUpTo', { year: formatYear(ITA_RULES_CHANGE_YEAR - 1, cal) })}
              </p>
              <LazyItaBarChart
                rows={rows}
                series={[{ key: 'count', name: t('ita.agencies'), color: CHART_COLORS.series }]}
                format={(v) => formatNumber(v, lang)}
                ariaLabel={t('ita.grades.title', { year: formatYear(year, cal) })}
                height={240}
              />
              <DataTable
                caption={t('ita.grades.table', { year: formatYear(year, cal) })}
                download={`ita-grades-${year}`}
                rows={rows}
                rowKey={(r) => r.grade}
                columns={[
                  { key: 'grade', header: t('ita.grade'), rowHeader: true, cell: (r) => r.label },
                  { key: 'rule', header: t('ita.grades.rule'), cell: (r) => label(itaGradeLabel(r.grade)?.rule ?? '') },
                  { key: 'count', header: t('ita.agencies'), align: 'end', value: (r) => r.count, cell: (r) => formatNumber(r.count, lang) },
                  { key: 'percent', header: t('ita.share'), align: 'end', value: (r) => r.percent, cell: (r) => `${formatNumber(r.percent, lang, 1)}\u00a0%` },
                ]}
              />
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}

const BIN_WIDTHS = [1, 2, 5, 10] as const;
type BinWidth = (typeof BIN_WIDTHS)[number];

/** Distribution of total scores in a year; bins at or above the pass mark are green. */
export function HistogramPanel({ year }: { year: number }) {
  const { t, lang, cal } = useT();
  const [binWidth, setBinWidth] = useState<BinWidth>(5);
  const query = useQuery(trpc.ita.histogram.queryOptions({ year, binWidth }));
  return (
    <Section id="ita-hist-h" className="card ita-section" title={t('ita.hist.title', { year: formatYear(year, cal) })}>
      <div className="filters">
        <SelectField
          id="ita-bin"
          label={t('ita.hist.binWidth')}
          options={BIN_WIDTHS.map((w) => ({ value: w, label: String(w) }))}
          value={binWidth}
          onChange={(w) => setBinWidth(Number(w) as BinWidth)}
        />
      </div>
      <QueryState query={query} isEmpty={(d) => d.assessed === 0}>
        {(h) => {
          const rows = trimEmptyLowBins(histogramRows(h.bins));
          return (
            <>
              <DemoNote demoRows={h.demoRows} />
              <LazyItaBarChart
                rows={rows}
                series={[{ key: 'count', name: t('ita.agencies'), color: CHART_COLORS.series }]}
                colorOf={(r) => (r.passing ? CHART_COLORS.pass : CHART_COLORS.muted)}
                format={(v) => formatNumber(v, lang)}
                ariaLabel={t('ita.hist.title', { year: formatYear(year, cal) })}
                height={240}
                keepVertical
              />
              <p className="muted small">{t('ita.hist.legend', { pass: ITA_PASS })}</p>
              <DataTable
                caption={t('ita.hist.table', { year: formatYear(year, cal) })}
                download={`ita-histogram-${year}`}
                rows={rows}
                rowKey={(r) => r.label}
                columns={[
                  { key: 'bin', header: t('ita.hist.bin'), rowHeader: true, cell: (r) => r.label },
                  { key: 'count', header: t('ita.agencies'), align: 'end', value: (r) => r.count, cell: (r) => formatNumber(r.count, lang) },
                ]}
              />
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
