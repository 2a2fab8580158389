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
import '../components/ita/ita.css';

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
