import { useQuery } from '@tanstack/react-query';
import { useSearchParam, useT } from '../../hooks/use-prefs';
import { formatChange, formatNumber, formatYear } from '../../lib/format';
import { trpc, type RouterOutputs } from '../../trpc';
import { DataTable } from '../ui/DataTable';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { YearSelect } from '../ui/YearSelect';
import { DemoNote } from './DemoNote';
import { GradeChip } from './GradeChip';
import { useItaColumns } from './use-ita-columns';

type Mover = RouterOutputs['ita']['movers']['improvers'][number];

/** Biggest improvers and decliners between two chosen years (?from=, ?to=). */
export function MoversPanel({ years }: { years: number[] }) {
  const { t, lang, cal } = useT();
  const [fromParam, setFrom] = useSearchParam('from');
  const [toParam, setTo] = useSearchParam('to');
  const to = years.includes(Number(toParam)) ? Number(toParam) : (years.at(-1) ?? 0);
  const fallbackFrom = years.filter((y) => y < to).at(-1) ?? years[0] ?? 0;
  const from = years.includes(Number(fromParam)) && Number(fromParam) !== to ? Number(fromParam) : fallbackFrom;
  const enabled = years.length > 1 && from !== to;
  const columns = useItaColumns();
  const query = useQuery({ ...trpc.ita.movers.queryOptions({ from, to, limit: 10 }), enabled });
  const table = (list: Mover[], caption: string, name: string) => (
    <DataTable
      caption={caption}
      download={name}
      rows={list}
      rowKey={(m) => m.code}
      columns={[
        ...columns.agency<Mover>(),
        { key: 'from', header: formatYear(from, cal), align: 'end', value: (m) => m.fromTotal, cell: (m) => formatNumber(m.fromTotal, lang, 2) },
        { key: 'to', header: formatYear(to, cal), align: 'end', value: (m) => m.toTotal, cell: (m) => formatNumber(m.toTotal, lang, 2) },
        { key: 'change', header: t('ita.change'), align: 'end', value: (m) => m.change, cell: (m) => formatChange(m.change, lang, 2) },
        { key: 'grade', header: t('ita.grade'), value: (m) => m.toGrade, cell: (m) => <GradeChip grade={m.toGrade} /> },
      ]}
    />
  );
  return (
    <Section id="ita-movers-h" className="card ita-section" title={t('ita.movers.title')}>
      {years.length < 2 ? (
        <p className="state state-empty">{t('ita.movers.needTwo')}</p>
      ) : (
        <>
          <div className="filters">
            <YearSelect label={t('ita.movers.from')} years={years.filter((y) => y !== to)} value={from} onChange={(y) => setFrom(String(y))} />
            <YearSelect label={t('ita.movers.to')} years={years} value={to} onChange={(y) => setTo(String(y))} />
          </div>
          <QueryState query={query}>
            {(m) => (
              <>
                <p>
                  {t('ita.movers.summary', {
                    compared: formatNumber(m.summary.compared, lang),
                    improved: formatNumber(m.summary.improved, lang),
                    declined: formatNumber(m.summary.declined, lang),
                    mean: formatChange(m.summary.meanChange, lang, 2),
                    newlyPassing: formatNumber(m.summary.newlyPassing, lang),
                    newlyFailing: formatNumber(m.summary.newlyFailing, lang),
                  })}
                </p>
                <DemoNote demoRows={m.summary.demoRows} />
                {table(m.improvers, t('ita.movers.improvers'), `ita-improvers-${from}-${to}`)}
                {table(m.decliners, t('ita.movers.decliners'), `ita-decliners-${from}-${to}`)}
              </>
            )}
          </QueryState>
        </>
      )}
    </Section>
  );
}
