import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { LEVEL_LABELS, LEVELS, QUICK_WIN_STATUS_LABELS, QUICK_WIN_STATUSES, type Level } from '../../../shared/domain';
import { QuickWinUpsertInput } from '../../../shared/schemas/plan-admin';
import { useT } from '../../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../../lib/form-errors';
import { trpc, type RouterOutputs } from '../../trpc';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';

type QuickWin = RouterOutputs['quickWin']['list'][number];
type Form = Record<'code' | 'strategyNo' | 'titleTh' | 'titleEn' | 'descriptionTh' | 'leadAgencyCode' | 'startDate' | 'endDate' | 'status' | 'progress', string> & {
  levels: Level[];
  isExample: boolean;
};

const EMPTY: Form = {
  code: '', strategyNo: '1', titleTh: '', titleEn: '', descriptionTh: '', leadAgencyCode: '', startDate: '', endDate: '',
  status: 'not_started', progress: '0', levels: [], isExample: false,
};

export function QuickWinEditor({ quickWin }: { quickWin: QuickWin | null }) {
  const { t, label } = useT();
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);

  // Load the form when another Quick Win is chosen or its stored version changes, not on every
  // refetch of the list (which would throw away what the user is typing).
  const syncKey = quickWin ? `${quickWin.id}:${quickWin.version}` : 'new';
  const [synced, setSynced] = useState<string | null>(null);
  if (synced !== syncKey) {
    const otherItem = synced !== null && synced !== 'new' && synced.split(':')[0] !== syncKey.split(':')[0];
    setSynced(syncKey);
    if (otherItem) {
      setSaved(false);
      setErrors({});
    }
    setForm(
      quickWin
        ? {
            code: quickWin.code, strategyNo: String(quickWin.strategyNo), titleTh: quickWin.titleTh, titleEn: quickWin.titleEn,
            descriptionTh: quickWin.descriptionTh, leadAgencyCode: quickWin.leadAgencyCode ?? '', startDate: quickWin.startDate ?? '',
            endDate: quickWin.endDate ?? '', status: quickWin.status, progress: String(quickWin.progress), levels: quickWin.levels,
            isExample: quickWin.isExample,
          }
        : EMPTY,
    );
  }

  const mutation = useMutation(
    trpc.planAdmin.upsertQuickWin.mutationOptions({
      onSuccess: () => {
        setSaved(true);
      },
      onError: (e) => setErrors(errorsFromServer(e)),
    }),
  );
  const set = (key: keyof Form) => (e: { target: { value: string } }) => {
    setSaved(false);
    setForm((f) => ({ ...f, [key]: e.target.value }));
  };

  return (
    <form
      aria-label={t('planAdmin.quickWin')}
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        const checked = validate(QuickWinUpsertInput, {
          id: quickWin?.id, version: quickWin?.version, code: form.code, strategyNo: Number(form.strategyNo), levels: form.levels,
          titleTh: form.titleTh, titleEn: form.titleEn, descriptionTh: form.descriptionTh, descriptionEn: quickWin?.descriptionEn ?? '',
          leadAgencyCode: form.leadAgencyCode || null, startDate: form.startDate || null, endDate: form.endDate || null,
          status: form.status, progress: form.progress === '' ? undefined : Number(form.progress), isExample: form.isExample,
        });
        if (checked.errors) return setErrors(checked.errors);
        setErrors({});
        mutation.mutate(checked.data);
      }}
    >
      <div className="form-grid">
        <Field id="qw-code" label={t('planAdmin.code')} error={errors.code}>
          <input value={form.code} onChange={set('code')} disabled={Boolean(quickWin)} />
        </Field>
        <Field id="qw-strategy" label={t('planAdmin.strategy')} error={errors.strategyNo}>
          <select value={form.strategyNo} onChange={set('strategyNo')}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {t('strategy.label', { no: n })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="qw-titleTh" label={t('planAdmin.nameTh')} error={errors.titleTh}>
          <input value={form.titleTh} onChange={set('titleTh')} lang="th" />
        </Field>
        <Field id="qw-titleEn" label={t('planAdmin.nameEn')} error={errors.titleEn}>
          <input value={form.titleEn} onChange={set('titleEn')} lang="en" />
        </Field>
        <fieldset className="wide checkbox-row" aria-describedby={errors.levels ? 'qw-levels-error' : undefined}>
          <legend>{t('planAdmin.levels')}</legend>
          {LEVELS.map((level) => (
            <label key={level}>
              <input
                type="checkbox"
                checked={form.levels.includes(level)}
                onChange={(e) =>
                  setForm((f) => ({ ...f, levels: e.target.checked ? [...f.levels, level] : f.levels.filter((l) => l !== level) }))
                }
              />
              {label(LEVEL_LABELS[level])}
            </label>
          ))}
          {errors.levels ? (
            <span id="qw-levels-error" className="error-text" role="alert">
              {errors.levels}
            </span>
          ) : null}
        </fieldset>
        <Field id="qw-lead" label={t('planAdmin.lead')} error={errors.leadAgencyCode}>
          <input value={form.leadAgencyCode} onChange={set('leadAgencyCode')} placeholder="OCSC" />
        </Field>
        <Field id="qw-start" label={t('planAdmin.start')} error={errors.startDate}>
          <input type="date" value={form.startDate} onChange={set('startDate')} />
        </Field>
        <Field id="qw-end" label={t('planAdmin.end')} error={errors.endDate}>
          <input type="date" value={form.endDate} onChange={set('endDate')} />
        </Field>
        <Field id="qw-status" label={t('planAdmin.status')} error={errors.status}>
          <select value={form.status} onChange={set('status')}>
            {QUICK_WIN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(QUICK_WIN_STATUS_LABELS[s])}
              </option>
            ))}
          </select>
        </Field>
        <Field id="qw-progress" label={t('planAdmin.progress')} error={errors.progress}>
          <input type="number" min={0} max={100} value={form.progress} onChange={set('progress')} />
        </Field>
        <div className="wide">
          <Field id="qw-description" label={t('planAdmin.definition')} error={errors.descriptionTh}>
            <textarea rows={2} value={form.descriptionTh} onChange={set('descriptionTh')} />
          </Field>
        </div>
        <label className="wide checkbox-row">
          <input type="checkbox" checked={form.isExample} onChange={(e) => setForm((f) => ({ ...f, isExample: e.target.checked }))} />
          {t('planAdmin.isExample')}
        </label>
      </div>
      <FormActions pending={mutation.isPending} saved={saved} errors={errors} />
    </form>
  );
}
