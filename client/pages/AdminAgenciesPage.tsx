import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { AGENCY_TYPES, AGENCY_TYPE_LABELS, LEVELS, LEVEL_LABELS, type AgencyType, type Level } from '../../shared/domain';
import { AgencyCreateInput } from '../../shared/schemas/agencies';
import { AdminNav } from '../components/ui/AdminNav';
import { Pager } from '../components/ui/Pager';
import { RoleGate } from '../components/accounts/RoleGate';
import { DemoBadge } from '../components/ui/Badges';
import { DataTable } from '../components/ui/DataTable';
import { Field } from '../components/ui/Field';
import { QueryState } from '../components/ui/QueryState';
import { useSearchParam, useT } from '../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../lib/form-errors';
import { trpc, type RouterOutputs } from '../trpc';

type Agency = RouterOutputs['agency']['list']['rows'][number];
const LIMIT = 50;

/** /admin/agencies — the registry: search, add, edit, deactivate, import. */
export function AdminAgenciesPage() {
  const { t } = useT();
  return (
    <RoleGate allow="admin" title={t('agency.title')}>
      <AgenciesContent />
    </RoleGate>
  );
}

function AgenciesContent() {
  const { t, label } = useT();
  const queryClient = useQueryClient();
  const [q, setQ] = useSearchParam('q');
  const [level, setLevel] = useSearchParam('level');
  const [type, setType] = useSearchParam('type');
  const [showInactive, setShowInactive] = useState(false);
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<Agency | null>(null);
  const list = useQuery(
    trpc.agency.list.queryOptions({
      q: q ?? undefined,
      level: (level as Level | null) ?? undefined,
      type: (type as AgencyType | null) ?? undefined,
      active: !showInactive,
      limit: LIMIT,
      offset,
    }),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.agency.list.queryKey() });
  const setActive = useMutation(trpc.agency.setActive.mutationOptions({ onSuccess: refresh }));
  return (
    <div className="page">
      <AdminNav />
      <h1>{t('agency.title')}</h1>
      <div className="filters">
        <div className="field">
          <label htmlFor="ag-q">{t('common.search')}</label>
          <input id="ag-q" type="search" value={q ?? ''} onChange={(e) => (setQ(e.target.value || null), setOffset(0))} />
        </div>
        <div className="field">
          <label htmlFor="ag-level">{t('agency.level')}</label>
          <select id="ag-level" value={level ?? ''} onChange={(e) => (setLevel(e.target.value || null), setOffset(0))}>
            <option value="">{t('common.all')}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {label(LEVEL_LABELS[l])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ag-type">{t('agency.type')}</label>
          <select id="ag-type" value={type ?? ''} onChange={(e) => (setType(e.target.value || null), setOffset(0))}>
            <option value="">{t('common.all')}</option>
            {AGENCY_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {label(AGENCY_TYPE_LABELS[ty])}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox-row">
          <input type="checkbox" checked={showInactive} onChange={(e) => (setShowInactive(e.target.checked), setOffset(0))} /> {t('common.inactive')}
        </label>
      </div>
      <QueryState query={list}>
        {(data) => (
          <>
            <DataTable<Agency>
              caption={t('agency.title')}
              rows={data.rows}
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
            <Pager offset={offset} limit={LIMIT} total={data.total} onChange={setOffset} />
          </>
        )}
      </QueryState>
      <section className="card" aria-labelledby="ag-form-h">
        <h2 id="ag-form-h">{editing ? t('agency.editing', { code: editing.code }) : t('agency.new')}</h2>
        <AgencyForm key={editing ? `${editing.id}-${editing.version}` : 'new'} agency={editing} onDone={() => (setEditing(null), void refresh())} />
      </section>
      <section className="card" aria-labelledby="ag-import-h">
        <h2 id="ag-import-h">{t('agency.import')}</h2>
        <AgencyImport onDone={refresh} />
      </section>
    </div>
  );
}

function AgencyForm({ agency, onDone }: { agency: Agency | null; onDone: () => void }) {
  const { t, label } = useT();
  const [form, setForm] = useState({
    code: agency?.code ?? '',
    nameTh: agency?.nameTh ?? '',
    nameEn: agency?.nameEn ?? '',
    level: agency?.level ?? 'central',
    type: agency?.type ?? 'department',
    provinceCode: agency?.provinceCode ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const opts = { onSuccess: onDone, onError: (e: unknown) => setErrors(errorsFromServer(e)) };
  const create = useMutation(trpc.agency.create.mutationOptions(opts));
  const update = useMutation(trpc.agency.update.mutationOptions(opts));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validate(AgencyCreateInput, { ...form, provinceCode: form.provinceCode || null, parentId: agency?.parentId ?? null });
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    if (agency) update.mutate({ ...checked.data, id: agency.id, version: agency.version, active: agency.active });
    else create.mutate(checked.data);
  };
  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <Field id="af-code" label={t('agency.code')} error={errors.code}>
        <input value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} />
      </Field>
      <Field id="af-nameTh" label={t('agency.nameTh')} error={errors.nameTh}>
        <input value={form.nameTh} onChange={(e) => setForm({ ...form, nameTh: e.target.value })} />
      </Field>
      <Field id="af-nameEn" label={t('agency.nameEn')} error={errors.nameEn}>
        <input value={form.nameEn} onChange={(e) => setForm({ ...form, nameEn: e.target.value })} />
      </Field>
      <Field id="af-level" label={t('agency.level')} error={errors.level}>
        <select value={form.level} onChange={(e) => setForm({ ...form, level: e.target.value as Level })}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {label(LEVEL_LABELS[l])}
            </option>
          ))}
        </select>
      </Field>
      <Field id="af-type" label={t('agency.type')} error={errors.type}>
        <select value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value as AgencyType })}>
          {AGENCY_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {label(AGENCY_TYPE_LABELS[ty])}
            </option>
          ))}
        </select>
      </Field>
      <Field id="af-province" label={t('agency.province')} error={errors.provinceCode}>
        <input value={form.provinceCode} onChange={(e) => setForm({ ...form, provinceCode: e.target.value })} />
      </Field>
      {errors._form ? <p className="error-text" role="alert">{errors._form}</p> : null}
      <div className="form-actions">
        <button type="submit" className="btn">
          {t('common.save')}
        </button>
        {agency ? (
          <button type="button" className="btn btn-secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

type ImportResult = RouterOutputs['agency']['import'];

function AgencyImport({ onDone }: { onDone: () => void }) {
  const { t } = useT();
  const [file, setFile] = useState<{ name: string; format: 'csv' | 'xlsx'; base64: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useMutation(
    trpc.agency.import.mutationOptions({
      onSuccess: (r) => {
        setResult(r);
        if (r.written) onDone();
      },
      onError: (e) => setError(e.message),
    }),
  );
  const pick = async (f: File | undefined) => {
    setResult(null);
    setError(null);
    if (!f) return setFile(null);
    const bytes = new Uint8Array(await f.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    setFile({ name: f.name, format: f.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv', base64: btoa(binary) });
  };
  const go = (dryRun: boolean) => file && run.mutate({ fileName: file.name, format: file.format, contentBase64: file.base64, dryRun });
  return (
    <div className="form-grid">
      <p className="hint">{t('agency.importHint')}</p>
      <Field id="ai-file" label={t('agency.import')}>
        <input type="file" accept=".csv,.xlsx" onChange={(e) => void pick(e.target.files?.[0])} />
      </Field>
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" disabled={!file || run.isPending} onClick={() => go(true)}>
          {t('agency.importCheck')}
        </button>
        <button type="button" className="btn" disabled={!file || run.isPending || !result || result.errors.length > 0 || result.written} onClick={() => go(false)}>
          {t('agency.importRun')}
        </button>
      </div>
      {error ? <p className="error-text" role="alert">{error}</p> : null}
      {result ? (
        <div role="status">
          <p>{t('agency.importSummary', { rows: result.rows, added: result.added, updated: result.updated, unchanged: result.unchanged })}</p>
          {result.written ? <p className="ok-text">{t('agency.importDone')}</p> : null}
          {result.errors.length > 0 ? (
            <DataTable
              caption={t('agency.importErrors', { n: result.errors.length })}
              rows={result.errors.slice(0, 200)}
              rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
              download={false}
              columns={[
                { key: 'row', header: t('agency.row'), rowHeader: true, cell: (e) => e.row },
                { key: 'field', header: t('agency.field'), cell: (e) => e.field },
                { key: 'message', header: t('agency.message'), cell: (e) => e.message },
              ]}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
