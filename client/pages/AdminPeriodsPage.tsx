import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { AGENCY_TYPES, AGENCY_TYPE_LABELS, LEVELS, LEVEL_LABELS, type AgencyType, type Level } from '../../shared/domain';
import { AssignmentCreateInput, PeriodCreateInput } from '../../shared/schemas/reporting';
import { AdminNav } from '../components/ui/AdminNav';
import { RoleGate } from '../components/accounts/RoleGate';
import { DataTable } from '../components/ui/DataTable';
import { Field } from '../components/ui/Field';
import { QueryState } from '../components/ui/QueryState';
import { useT } from '../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../lib/form-errors';
import { formatDate, formatNumber, formatYear } from '../lib/format';
import { trpc, trpcClient, type RouterOutputs } from '../trpc';

type Period = RouterOutputs['period']['list'][number];
type Assignment = RouterOutputs['assignment']['list'][number];

/** /admin/periods — reporting periods (open, deadline, lock) and who reports which indicator. */
export function AdminPeriodsPage() {
  const { t } = useT();
  return (
    <RoleGate allow="admin" title={t('admin.periods')}>
      <PeriodsContent />
    </RoleGate>
  );
}

function PeriodsContent() {
  const { t, lang, cal, label } = useT();
  const queryClient = useQueryClient();
  const periods = useQuery(trpc.period.list.queryOptions());
  const assignments = useQuery(trpc.assignment.list.queryOptions({}));
  const refreshPeriods = () => queryClient.invalidateQueries({ queryKey: trpc.period.list.queryKey() });
  const refreshAssignments = () => queryClient.invalidateQueries({ queryKey: trpc.assignment.list.queryKey() });
  const update = useMutation(trpc.period.update.mutationOptions({ onSuccess: refreshPeriods }));
  const remove = useMutation(trpc.assignment.delete.mutationOptions({ onSuccess: refreshAssignments }));
  const [editing, setEditing] = useState<Period | null>(null);
  const target = (a: Assignment) =>
    a.agencyId
      ? `${a.agencyCode} ${label(a.agencyNameTh ?? '', a.agencyNameEn)}`
      : [a.agencyType ? label(AGENCY_TYPE_LABELS[a.agencyType as AgencyType] ?? a.agencyType) : null, a.agencyLevel ? label(LEVEL_LABELS[a.agencyLevel]) : null].filter(Boolean).join(' · ');
  return (
    <div className="page">
      <AdminNav />
      <h1>{t('period.title')}</h1>
      {update.isError ? <p className="error-text" role="alert">{update.error.message}</p> : null}
      <QueryState query={periods}>
        {(rows) => (
          <DataTable<Period>
            caption={t('period.title')}
            rows={rows}
            rowKey={(p) => p.id}
            download={false}
            columns={[
              { key: 'year', header: t('period.year'), rowHeader: true, cell: (p) => formatYear(p.year, cal) },
              { key: 'opens', header: t('period.opensOn'), cell: (p) => formatDate(p.opensOn, lang, cal) },
              { key: 'deadline', header: t('period.deadline'), cell: (p) => formatDate(p.deadline, lang, cal) },
              { key: 'state', header: t('period.state'), cell: (p) => t(`reporting.periodState.${p.state}`) },
              {
                key: 'actions',
                header: t('review.actions'),
                cell: (p) => (
                  <span className="inline-actions">
                    <button type="button" className="btn btn-secondary" onClick={() => setEditing(p)}>
                      {t('common.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-secondary"
                      onClick={() => {
                        if (window.confirm(t(p.locked ? 'period.confirmUnlock' : 'period.confirmLock', { year: p.year }))) {
                          update.mutate({ id: p.id, version: p.version, opensOn: p.opensOn, deadline: p.deadline, locked: !p.locked });
                        }
                      }}
                    >
                      {p.locked ? t('period.unlockAction') : t('period.lockAction')}
                    </button>
                  </span>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <section className="card" aria-labelledby="pf-h">
        <h2 id="pf-h">{editing ? `${t('common.edit')} ${formatYear(editing.year, cal)}` : t('period.new')}</h2>
        <PeriodForm key={editing ? `${editing.id}-${editing.version}` : 'new'} period={editing} onDone={() => (setEditing(null), void refreshPeriods())} />
      </section>
      <h2>{t('assignment.title')}</h2>
      <QueryState query={assignments}>
        {(rows) => (
          <DataTable<Assignment>
            caption={t('assignment.title')}
            rows={rows}
            rowKey={(a) => a.id}
            download={false}
            columns={[
              { key: 'indicator', header: t('assignment.indicator'), rowHeader: true, cell: (a) => `${a.indicatorCode} ${label(a.indicatorNameTh, a.indicatorNameEn)}` },
              { key: 'target', header: t('assignment.target'), cell: target },
              { key: 'count', header: t('assignment.count'), align: 'end', cell: (a) => formatNumber(a.agencyCount, lang) },
              {
                key: 'actions',
                header: t('review.actions'),
                cell: (a) => (
                  <button
                    type="button"
                    className="btn btn-secondary"
                    onClick={() => {
                      if (window.confirm(t('assignment.confirmDelete', { n: a.agencyCount }))) remove.mutate({ id: a.id });
                    }}
                  >
                    {t('common.delete')}
                  </button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <section className="card" aria-labelledby="asf-h">
        <h2 id="asf-h">{t('assignment.new')}</h2>
        <AssignmentForm onDone={refreshAssignments} />
      </section>
    </div>
  );
}

function PeriodForm({ period, onDone }: { period: Period | null; onDone: () => void }) {
  const { t } = useT();
  const [form, setForm] = useState({ year: period ? String(period.year) : '', opensOn: period?.opensOn ?? '', deadline: period?.deadline ?? '', locked: period?.locked ?? false });
  const [errors, setErrors] = useState<FieldErrors>({});
  const opts = { onSuccess: onDone, onError: (e: unknown) => setErrors(errorsFromServer(e)) };
  const create = useMutation(trpc.period.create.mutationOptions(opts));
  const update = useMutation(trpc.period.update.mutationOptions(opts));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validate(PeriodCreateInput, { ...form, year: Number(form.year) });
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    if (period) update.mutate({ id: period.id, version: period.version, opensOn: checked.data.opensOn, deadline: checked.data.deadline, locked: checked.data.locked });
    else create.mutate(checked.data);
  };
  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <Field id="pf-year" label={t('period.year')} error={errors.year}>
        <input inputMode="numeric" disabled={period !== null} value={form.year} onChange={(e) => setForm({ ...form, year: e.target.value })} />
      </Field>
      <Field id="pf-opens" label={t('period.opensOn')} error={errors.opensOn}>
        <input type="date" value={form.opensOn} onChange={(e) => setForm({ ...form, opensOn: e.target.value })} />
      </Field>
      <Field id="pf-deadline" label={t('period.deadline')} error={errors.deadline}>
        <input type="date" value={form.deadline} onChange={(e) => setForm({ ...form, deadline: e.target.value })} />
      </Field>
      <label className="checkbox-row">
        <input type="checkbox" checked={form.locked} onChange={(e) => setForm({ ...form, locked: e.target.checked })} /> {t('period.locked')}
      </label>
      {errors._form ? <p className="error-text" role="alert">{errors._form}</p> : null}
      <div className="form-actions">
        <button type="submit" className="btn">
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

function AssignmentForm({ onDone }: { onDone: () => void }) {
  const { t, label } = useT();
  const indicators = useQuery(trpc.indicator.list.queryOptions({ level: 'all' }));
  const [form, setForm] = useState({ indicatorId: '', agencyCode: '', agencyType: '', agencyLevel: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation(trpc.assignment.create.mutationOptions({ onSuccess: onDone, onError: (e) => setErrors(errorsFromServer(e)) }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let agencyId: number | null = null;
    if (form.agencyCode.trim()) {
      const found = await trpcClient.agency.list.query({ q: form.agencyCode.trim(), limit: 50, offset: 0, active: true });
      agencyId = found.rows.find((a) => a.code === form.agencyCode.trim().toUpperCase())?.id ?? null;
      if (agencyId === null) return setErrors({ agencyId: `ไม่พบหน่วยงาน ${form.agencyCode} / no agency ${form.agencyCode}` });
    }
    const checked = validate(AssignmentCreateInput, {
      indicatorId: Number(form.indicatorId),
      agencyId,
      agencyType: form.agencyType || null,
      agencyLevel: form.agencyLevel || null,
    });
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    create.mutate(checked.data);
  };
  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
      <Field id="asf-indicator" label={t('assignment.indicator')} error={errors.indicatorId}>
        <select value={form.indicatorId} onChange={(e) => setForm({ ...form, indicatorId: e.target.value })}>
          <option value="">—</option>
          {(indicators.data ?? []).map((i) => (
            <option key={i.id} value={i.id}>
              {i.code} — {label(i)} ({i.scope})
            </option>
          ))}
        </select>
      </Field>
      <Field id="asf-agency" label={t('assignment.byAgency')} error={errors.agencyId}>
        <input value={form.agencyCode} onChange={(e) => setForm({ ...form, agencyCode: e.target.value })} />
      </Field>
      <Field id="asf-type" label={t('assignment.byType')} error={errors.agencyType}>
        <select value={form.agencyType} onChange={(e) => setForm({ ...form, agencyType: e.target.value })}>
          <option value="">{t('assignment.any')}</option>
          {AGENCY_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {label(AGENCY_TYPE_LABELS[ty])}
            </option>
          ))}
        </select>
      </Field>
      <Field id="asf-level" label={t('assignment.byLevel')} error={errors.agencyLevel}>
        <select value={form.agencyLevel} onChange={(e) => setForm({ ...form, agencyLevel: e.target.value as Level | '' })}>
          <option value="">{t('assignment.any')}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {label(LEVEL_LABELS[l])}
            </option>
          ))}
        </select>
      </Field>
      {errors._form ? <p className="error-text" role="alert">{errors._form}</p> : null}
      <div className="form-actions">
        <button type="submit" className="btn" disabled={create.isPending}>
          {t('assignment.new')}
        </button>
      </div>
    </form>
  );
}
