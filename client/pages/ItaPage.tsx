import { canUse, useMe } from '../components/accounts/use-me';
import { AgencyTable } from '../components/ita/AgencyTable';
import { BreakdownPanel } from '../components/ita/BreakdownPanel';
import { GradesPanel, HistogramPanel } from '../components/ita/DistributionPanels';
import { IndicatorsPanel } from '../components/ita/IndicatorsPanel';
import { MoversPanel } from '../components/ita/MoversPanel';
import { NationalPanel } from '../components/ita/NationalPanel';
import { useItaYear } from '../components/ita/use-ita-year';
import { AppLink } from '../components/ui/AppLink';
import { QueryState } from '../components/ui/QueryState';
import { YearSelect } from '../components/ui/YearSelect';
import { useT } from '../hooks/use-prefs';
import { formatYear } from '../lib/format';
import '../components/ita/ita.css';

/** The long page's table of contents: a link to each section's heading (the headings carry these ids). */
function ItaContents({ year }: { year: number | null }) {
  const { t, cal } = useT();
  const y = year === null ? '' : formatYear(year, cal);
  const entries: Array<[string, string]> = [
    ['ita-national-h', t('ita.national.title')],
    ...(year === null
      ? []
      : ([
          ['ita-grades-h', t('ita.grades.title', { year: y })],
          ['ita-hist-h', t('ita.hist.title', { year: y })],
          ['ita-breakdown-h', t('ita.breakdown.title', { year: y })],
          ['ita-ind-h', t('ita.indicators.title')],
          ['ita-movers-h', t('ita.movers.title')],
          ['ita-agencies-h', t('ita.agencies.title', { year: y })],
        ] as Array<[string, string]>)),
  ];
  return (
    <nav className="ita-toc card" aria-label={t('ita.toc')}>
      <h2 className="ita-toc-title">{t('ita.toc')}</h2>
      <ol>
        {entries.map(([id, text]) => (
          <li key={id}>
            <a href={`#${id}`}>{text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** /ita — national ITA analytics: trend vs target, grades, histogram, breakdowns, indicators, movers, agencies. */
export function ItaPage() {
  const { t } = useT();
  const { me } = useMe();
  const { years, list, year, setYear } = useItaYear();
  return (
    <div className="page ita">
      <h1>{t('ita.title')}</h1>
      <p className="muted">{t('ita.intro')}</p>
      <nav className="ita-links" aria-label={t('ita.related')}>
        <AppLink to="/ita/targeting">{t('ita.targeting.title')} →</AppLink>
        {canUse(me, 'admin') ? <AppLink to="/ita/import">{t('ita.import.title')} →</AppLink> : null}
      </nav>
      <ItaContents year={year} />
      <NationalPanel />
      <QueryState query={years} isEmpty={(d) => d.length === 0} empty={t('ita.noData')}>
        {() =>
          year === null ? null : (
            <>
              <div className="filters ita-year">
                <YearSelect label={t('ita.yearShown')} years={list} value={year} onChange={setYear} />
              </div>
              <div className="chart-grid">
                <GradesPanel year={year} />
                <HistogramPanel year={year} />
              </div>
              <BreakdownPanel year={year} />
              <IndicatorsPanel />
              <MoversPanel years={list} />
              <AgencyTable year={year} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
