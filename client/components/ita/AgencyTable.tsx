// The 8,300-row agency table: sorting, filtering and paging are done by the server
// (ita.agencies); all their state lives in the URL.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { AGENCY_TYPES, AGENCY_TYPE_LABELS, LEVELS, LEVEL_LABELS, REGIONS, REGION_LABELS, type AgencyType, type Level, type Region } from '../../../shared/domain';
import { ITA_AGENCY_SORTS } from '../../../shared/schemas/ita';
import { useDebounced } from '../../hooks/use-debounced';
import { useSearchParamsPatch, useT } from '../../hooks/use-prefs';
import { formatChange, formatNumber, formatYear } from '../../lib/format';
import { oneOf } from '../../lib/one-of';
import { trpc, type RouterOutputs } from '../../trpc';
import { AppLink } from '../ui/AppLink';
import { DataTable, type Column } from '../ui/DataTable';
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

  const toggleSort = (id: Sort) => {
    if (id === sort) update({ dir: dir === 'desc' ? 'asc' : null, page: null });
    else update({ sort: id === 'total' ? null : id, dir: ['name', 'code', 'province', 'type'].includes(id) ? 'asc' : null, page: null });
  };
  // A sortable column's header is a button; the sorted one says which way (aria-sort and ▲▼).
  const column = (key: string, text: string, rest: Omit<Column<Row>, 'key' | 'header' | 'label'>): Column<Row> => {
    const id = oneOf(ITA_AGENCY_SORTS, key);
    const active = id === sort;
    return {
      key,
      label: text,
      header: id ? (
        <button type="button" className="sort-button" onClick={() => toggleSort(id)}>
          {text} {active ? (dir === 'asc' ? '▲' : '▼') : ''}
        </button>
      ) : (
        text
      ),
      sort: active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined,
      ...rest,
    };
  };
  const score = (v: number | null) => formatNumber(v, lang, 2);
  const columns: Column<Row>[] = [
    column('code', t('ita.code'), { cell: (r) => r.code }),
    column('name', t('ita.agency'), { cell: (r) => <AppLink to={`/ita/agencies/${encodeURIComponent(r.code)}`}>{label(r)}</AppLink> }),
    column('type', t('ita.type'), { cell: (r) => label(AGENCY_TYPE_LABELS[r.type]) }),
    column('province', t('ita.province'), {
      cell: (r) => (r.provinceCode ? <AppLink to={`/ita/provinces/${r.provinceCode}?year=${year}`}>{label(r.provinceNameTh ?? '', r.provinceNameEn)}</AppLink> : '–'),
    }),
    column('total', t('ita.total'), { align: 'end', cell: (r) => score(r.total) }),
    column('iit', 'IIT', { align: 'end', cell: (r) => score(r.iit) }),
    column('eit', 'EIT', { align: 'end', cell: (r) => score(r.eit) }),
    column('oit', 'OIT', { align: 'end', cell: (r) => score(r.oit) }),
    column('grade', t('ita.grade'), { cell: (r) => <GradeChip grade={r.grade} /> }),
    column('change', t('ita.changeFrom', { year: formatYear(year - 1, cal) }), { align: 'end', cell: (r) => formatChange(r.change, lang, 2) }),
  ];
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
            <DataTable
              caption={t('ita.agencies.title', { year: formatYear(year, cal) })}
              hideCaption
              download={false}
              className="ita-agency-table"
              rows={data.rows}
              rowKey={(r) => r.code}
              columns={columns}
            />
            <Pager offset={offset} limit={LIMIT} total={data.total} onChange={(o) => update({ page: o === 0 ? null : String(o / LIMIT + 1) })} />
          </>
        )}
      </QueryState>
    </Section>
  );
}
