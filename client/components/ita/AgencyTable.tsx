// The 8,300-row agency table: @tanstack/react-table for columns and sort state, with sorting,
// filtering and paging done by the server (ita.agencies); all state lives in the URL.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { AGENCY_TYPES, AGENCY_TYPE_LABELS, LEVELS, LEVEL_LABELS, REGIONS, REGION_LABELS, type AgencyType, type Level, type Region } from '../../../shared/domain';
import { ITA_AGENCY_SORTS } from '../../../shared/schemas/ita';
import { useDebounced } from '../../hooks/use-debounced';
import { useSearchParamsPatch, useT } from '../../hooks/use-prefs';
import { formatChange, formatNumber, formatYear } from '../../lib/format';
import { oneOf } from '../../lib/one-of';
import { trpc, type RouterOutputs } from '../../trpc';
import { AppLink } from '../ui/AppLink';
import { DownloadLinks } from '../ui/DownloadLinks';
import { EnumSelect } from '../ui/EnumSelect';
import { Pager } from '../ui/Pager';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { DemoNote } from './DemoNote';
import { GradeChip } from './GradeChip';

type Row = RouterOutputs['ita']['agencies']['rows'][number];
type Sort = (typeof ITA_AGENCY_SORTS)[number];
const LIMIT = 50;

export function AgencyTable({ year }: { year: number }) {
  const { t, lang, cal, label } = useT();
  // Several parameters change together (a filter resets the page), so update them in one navigation.
  const [params] = useSearchParams();
  const update = useSearchParamsPatch();
  const [q, levelP, typeP, regionP, passP, sortP, dirP, pageP] = ['q', 'alevel', 'atype', 'aregion', 'apass', 'sort', 'dir', 'page'].map((k) => params.get(k));
  // The search box updates the URL (and the query) a moment after typing stops.
  const [text, setText] = useState(q ?? '');
  const typed = useDebounced(text);
  useEffect(() => {
    if ((q ?? '') !== typed) update({ q: typed || null, page: null });
  }, [typed, q, update]);

  const sort: Sort = oneOf(ITA_AGENCY_SORTS, sortP) ?? 'total';
  const dir = dirP === 'asc' ? 'asc' : 'desc';
  const offset = Math.max(0, (Number(pageP) || 1) - 1) * LIMIT;
  const input = {
    year,
    q: q || undefined,
    level: oneOf<Level>(LEVELS, levelP),
    type: oneOf<AgencyType>(AGENCY_TYPES, typeP),
    region: oneOf<Region>(REGIONS, regionP),
    passed: passP === 'yes' ? true : passP === 'no' ? false : undefined,
    sort,
    dir: dir as 'asc' | 'desc',
    limit: LIMIT,
    offset,
  };
  const query = useQuery({ ...trpc.ita.agencies.queryOptions(input), placeholderData: keepPreviousData });

  const sorting: SortingState = [{ id: sort, desc: dir === 'desc' }];
  const column = createColumnHelper<Row>();
  const columns = useMemo(
    () => [
      column.accessor('code', { id: 'code', header: () => t('ita.code'), enableSorting: true }),
      column.accessor('nameTh', {
        id: 'name',
        header: () => t('ita.agency'),
        cell: (c) => (
          <>
            <AppLink to={`/ita/agencies/${encodeURIComponent(c.row.original.code)}`}>{label(c.row.original)}</AppLink>
          </>
        ),
      }),
      column.accessor('type', { id: 'type', header: () => t('ita.type'), cell: (c) => label(AGENCY_TYPE_LABELS[c.getValue()]) }),
      column.accessor('provinceNameTh', {
        id: 'province',
        header: () => t('ita.province'),
        cell: (c) =>
          c.row.original.provinceCode ? (
            <AppLink to={`/ita/provinces/${c.row.original.provinceCode}?year=${year}`}>{label(c.getValue() ?? '', c.row.original.provinceNameEn)}</AppLink>
          ) : (
            '–'
          ),
      }),
      column.accessor('total', { id: 'total', header: () => t('ita.total'), cell: (c) => formatNumber(c.getValue(), lang, 2), meta: { num: true } }),
      column.accessor('iit', { id: 'iit', header: () => 'IIT', cell: (c) => formatNumber(c.getValue(), lang, 2), meta: { num: true } }),
      column.accessor('eit', { id: 'eit', header: () => 'EIT', cell: (c) => formatNumber(c.getValue(), lang, 2), meta: { num: true } }),
      column.accessor('oit', { id: 'oit', header: () => 'OIT', cell: (c) => formatNumber(c.getValue(), lang, 2), meta: { num: true } }),
      column.accessor('grade', { id: 'grade', header: () => t('ita.grade'), enableSorting: false, cell: (c) => <GradeChip grade={c.getValue()} /> }),
      column.accessor('change', {
        id: 'change',
        header: () => t('ita.changeFrom', { year: formatYear(year - 1, cal) }),
        cell: (c) => formatChange(c.getValue(), lang, 2),
        meta: { num: true },
      }),
    ],
    [column, t, lang, cal, label, year],
  );
  const table = useReactTable({
    data: query.data?.rows ?? [],
    columns,
    state: { sorting },
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
  });
  const toggleSort = (id: string) => {
    if (!(ITA_AGENCY_SORTS as readonly string[]).includes(id)) return;
    if (id === sort) update({ dir: dir === 'desc' ? 'asc' : null, page: null });
    else update({ sort: id === 'total' ? null : id, dir: ['name', 'code', 'province', 'type'].includes(id) ? 'asc' : null, page: null });
  };
  // A filter goes back to the first page, in the same URL update.
  const filter = (key: string) => (value: string | null) => update({ [key]: value, page: null });

  return (
    <Section id="ita-agencies-h" className="card ita-section" title={t('ita.agencies.title', { year: formatYear(year, cal) })}>
      <div className="filters">
        <TextField id="ita-q" label={t('ita.agencies.search')} type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('ita.agencies.searchHint')} />
        <EnumSelect id="ita-alevel" label={t('ita.level')} values={LEVELS} labels={LEVEL_LABELS} empty={t('common.all')} value={levelP} onChange={filter('alevel')} />
        <EnumSelect id="ita-atype" label={t('ita.type')} values={AGENCY_TYPES} labels={AGENCY_TYPE_LABELS} empty={t('common.all')} value={typeP} onChange={filter('atype')} />
        <EnumSelect id="ita-aregion" label={t('ita.region')} values={REGIONS} labels={REGION_LABELS} empty={t('common.all')} value={regionP} onChange={filter('aregion')} />
        <SelectField
          id="ita-apass"
          label={t('ita.agencies.passFilter')}
          empty={t('common.all')}
          options={[
            { value: 'yes', label: t('ita.agencies.passing') },
            { value: 'no', label: t('ita.agencies.notPassing') },
          ]}
          value={passP}
          onChange={filter('apass')}
        />
      </div>
      <p className="small">
        {t('ita.agencies.downloadAll')} <DownloadLinks file="ita-results" year={year} />
      </p>
      <QueryState query={query}>
        {(data) => (
          <>
            <p className="small" role="status" aria-live="polite">
              {t('ita.agencies.count', { n: formatNumber(data.total, lang) })}
            </p>
            <DemoNote demoRows={data.rows.filter((r) => r.isDemo).length} />
            <div className="table-wrap">
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t('ita.agencies.title', { year: formatYear(year, cal) })}>
                <table className="ita-agency-table">
                  <caption className="sr-only">{t('ita.agencies.title', { year: formatYear(year, cal) })}</caption>
                  <thead>
                    {table.getHeaderGroups().map((hg) => (
                      <tr key={hg.id}>
                        {hg.headers.map((h) => {
                          const sortable = (ITA_AGENCY_SORTS as readonly string[]).includes(h.column.id) && h.column.getCanSort();
                          const active = h.column.id === sort;
                          const num = (h.column.columnDef.meta as { num?: boolean } | undefined)?.num;
                          return (
                            <th key={h.id} scope="col" className={num ? 'num' : undefined} aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                              {sortable ? (
                                <button type="button" className="sort-button" onClick={() => toggleSort(h.column.id)}>
                                  {flexRender(h.column.columnDef.header, h.getContext())} {active ? (dir === 'asc' ? '▲' : '▼') : ''}
                                </button>
                              ) : (
                                flexRender(h.column.columnDef.header, h.getContext())
                              )}
                            </th>
                          );
                        })}
                      </tr>
                    ))}
                  </thead>
                  <tbody>
                    {table.getRowModel().rows.map((row) => (
                      <tr key={row.original.code}>
                        {row.getVisibleCells().map((cell) => {
                          const num = (cell.column.columnDef.meta as { num?: boolean } | undefined)?.num;
                          return (
                            <td key={cell.id} className={num ? 'num' : undefined}>
                              {flexRender(cell.column.columnDef.cell, cell.getContext())}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
            <Pager offset={offset} limit={LIMIT} total={data.total} onChange={(o) => update({ page: o === 0 ? null : String(o / LIMIT + 1) })} />
          </>
        )}
      </QueryState>
    </Section>
  );
}
