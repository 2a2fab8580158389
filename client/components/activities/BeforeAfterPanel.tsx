import { useQuery } from '@tanstack/react-query';
import { useT } from '../../hooks/use-prefs';
import { formatChange, formatNumber, formatYear } from '../../lib/format';
import { trpc, type RouterOutputs } from '../../trpc';
import { DemoBadge } from '../ui/Badges';
import { DataTable } from '../ui/DataTable';

type BeforeAfter = RouterOutputs['activity']['round']['beforeAfter'];
type Figure = BeforeAfter['provinces']['before'];

/**
 * The round's provinces' ITA before and after beside the national change over the same years,
 * with the coverage behind each figure; "not available" where there are no results — never filled.
 */
export function BeforeAfterPanel({ ba, headingLevel = 2 }: { ba: BeforeAfter; headingLevel?: 2 | 3 }) {
  const { t, lang, cal } = useT();
  const years = useQuery(trpc.ita.years.queryOptions());
  const first = years.data?.[0]?.year;
  const year = (y: number | null) => (y === null ? '–' : formatYear(y, cal));
  const value = (f: Figure) => (f?.mean == null ? <span className="muted">{t('act.ba.notAvailable')}</span> : formatNumber(f.mean, lang, 2));
  const coverage = (f: Figure) =>
    f === null
      ? '–'
      : f.provinces !== undefined
        ? t('act.ba.coverageProvinces', { n: formatNumber(f.assessed, lang), k: formatNumber(f.provincesWithResults ?? 0, lang), of: formatNumber(f.provinces, lang) })
        : t('act.ba.coverageValue', { n: formatNumber(f.assessed, lang) });
  const rows = [
    { key: 'provinces', what: t('act.ba.provinces'), ...ba.provinces },
    { key: 'national', what: t('act.ba.national'), ...ba.national },
  ];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="act-before-after">
      <Heading id="act-ba-h">
        {t('act.beforeAfter')} {ba.demo ? <DemoBadge /> : null}
      </Heading>
      <DataTable
        caption={`${t('act.beforeAfterTable')}${ba.demo ? ` ${t('act.demoHeading')}` : ''}`}
        download={false}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { key: 'what', header: t('act.ba.what'), rowHeader: true, cell: (r) => r.what },
          { key: 'before', header: t('act.ba.before', { year: year(ba.beforeYear) }), align: 'end', value: (r) => r.before?.mean ?? null, cell: (r) => value(r.before) },
          { key: 'after', header: t('act.ba.after', { year: year(ba.afterYear) }), align: 'end', value: (r) => r.after?.mean ?? null, cell: (r) => value(r.after) },
          {
            key: 'change',
            header: t('act.ba.change'),
            align: 'end',
            value: (r) => r.change,
            cell: (r) => (r.change === null ? <span className="muted">{t('act.ba.notAvailable')}</span> : formatChange(r.change, lang, 2)),
          },
          { key: 'coverage', header: t('act.ba.coverage'), cell: (r) => `${coverage(r.before)} / ${coverage(r.after)}` },
        ]}
      />
      {ba.available && ba.provinces.change !== null && ba.national.change !== null && ba.relativeChange !== null ? (
        <p data-testid="act-ba-relative">
          {t('act.ba.relative', {
            change: formatChange(ba.provinces.change, lang, 2),
            national: formatChange(ba.national.change, lang, 2),
            diff: formatChange(ba.relativeChange, lang, 2),
          })}
        </p>
      ) : (
        <p className="muted" data-testid="act-ba-na">
          {t('act.ba.notAvailableNote', { before: year(ba.beforeYear), after: year(ba.afterYear), first: first === undefined ? '–' : formatYear(first, cal) })}
        </p>
      )}
      <p className="small muted">{t('act.ba.years')}</p>
    </div>
  );
}
