import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AGENCY_TYPES, AGENCY_TYPE_LABELS, LEVELS, LEVEL_LABELS } from '../../shared/domain';
import { AgencyForm } from '../components/registry/AgencyForm';
import { AgencyImport } from '../components/registry/AgencyImport';
import { AdminNav } from '../components/ui/AdminNav';
import { DemoBadge } from '../components/ui/Badges';
import { Checkbox } from '../components/ui/Checkbox';
import { EnumSelect } from '../components/ui/EnumSelect';
import { PagedTable } from '../components/ui/PagedTable';
import { Section } from '../components/ui/Section';
import { TextField } from '../components/ui/TextField';
import { usePaging } from '../hooks/use-paging';
import { useEnumParam, useSearchParam, useT } from '../hooks/use-prefs';
import { trpc, type RouterOutputs } from '../trpc';

type Agency = RouterOutputs['agency']['list']['rows'][number];

/** /admin/agencies — the registry: search, add, edit, deactivate, import. */
export function AdminAgenciesPage() {
  const { t, label } = useT();
  const [q, setQ] = useSearchParam('q');
  const [level, setLevel] = useEnumParam('level', LEVELS);
  const [type, setType] = useEnumParam('type', AGENCY_TYPES);
  const [showInactive, setShowInactive] = useState(false);
  const paging = usePaging([q, level, type, showInactive]);
  const [editing, setEditing] = useState<Agency | null>(null);
  const list = useQuery(
    trpc.agency.list.queryOptions({ q: q ?? undefined, level, type, active: !showInactive, limit: paging.limit, offset: paging.offset }),
  );
  const setActive = useMutation(trpc.agency.setActive.mutationOptions());
  return (
    <div className="page">
      <AdminNav />
      <h1>{t('agency.title')}</h1>
      <div className="filters">
        <TextField id="ag-q" label={t('common.search')} type="search" value={q ?? ''} onChange={(e) => setQ(e.target.value || null)} />
        <EnumSelect id="ag-level" label={t('agency.level')} values={LEVELS} labels={LEVEL_LABELS} empty={t('common.all')} value={level} onChange={setLevel} />
        <EnumSelect id="ag-type" label={t('agency.type')} values={AGENCY_TYPES} labels={AGENCY_TYPE_LABELS} empty={t('common.all')} value={type} onChange={setType} />
        <Checkbox label={t('common.inactive')} checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} />
      </div>
      <PagedTable<Agency>
        query={list}
        paging={paging}
        caption={t('agency.title')}
        rowKey={(a) => a.id}
        download={false}
        columns={[
          { key: 'code', header: t('agency.code'), rowHeader: true, cell: (a) => a.code },
          { key: 'name', header: t('agency.nameTh'), cell: (a) => (<>{a.nameTh} {a.isDemo ? <DemoBadge /> : null}</>) },
          { key: 'level', header: t('agency.level'), cell: (a) => label(LEVEL_LABELS[a.level]) },
          { key: 'type', header: t('agency.type'), cell: (a) => label(AGENCY_TYPE_LABELS[a.type]) },
          { key: 'province', header: t('agency.province'), cell: (a) => (a.provinceCode ? `${a.provinceCode} ${a.provinceNameTh ?? ''}` : '–') },
          {
            key: 'actions',
            header: t('review.actions'),
            cell: (a) => (
              <span className="inline-actions">
                <button type="button" className="btn btn-secondary" onClick={() => setEditing(a)}>
                  {t('common.edit')}
                </button>
                <button type="button" className="btn btn-secondary" onClick={() => setActive.mutate({ id: a.id, version: a.version, active: !a.active })}>
                  {a.active ? t('agency.deactivate') : t('agency.activate')}
                </button>
              </span>
            ),
          },
        ]}
      />
      <Section id="ag-form-h" className="card" title={editing ? t('agency.editing', { code: editing.code }) : t('agency.new')}>
        <AgencyForm key={editing ? `${editing.id}-${editing.version}` : 'new'} agency={editing} onDone={() => setEditing(null)} />
      </Section>
      <Section id="ag-import-h" className="card" title={t('agency.import')}>
        <AgencyImport />
      </Section>
    </div>
  );
}
