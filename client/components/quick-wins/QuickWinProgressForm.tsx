import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { QUICK_WIN_STATUSES, QUICK_WIN_STATUS_LABELS, type QuickWinStatus } from '../../../shared/domain';
import { QuickWinProgressInput } from '../../../shared/schemas/reporting';
import { useT } from '../../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../../lib/form-errors';
import { trpc, type RouterOutputs } from '../../trpc';
import { Field } from '../ui/Field';

type Qw = RouterOutputs['quickWinUpdate']['mine'][number];

/** Status, % progress and a note for a Quick Win the agency leads (version-checked). */
export function QuickWinProgressForm({ qw }: { qw: Qw }) {
  const { t, label } = useT();
  const [form, setForm] = useState({ status: qw.status as QuickWinStatus, progress: String(qw.progress), note: '', evidenceUrl: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useMutation(
    trpc.quickWinUpdate.add.mutationOptions({
      onSuccess: () => {
        setForm((f) => ({ ...f, note: '' }));
      },
      onError: (e) => setErrors(errorsFromServer(e)),
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validate(QuickWinProgressInput, {
      quickWinId: qw.id,
      version: qw.version,
      status: form.status,
      progress: Number(form.progress),
      note: form.note,
      evidenceUrl: form.evidenceUrl.trim() === '' ? undefined : form.evidenceUrl,
    });
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    add.mutate(checked.data);
  };
  const id = `qw-${qw.code}`;
  return (
    <form className="form-grid" onSubmit={submit} noValidate aria-label={qw.code}>
      <Field id={`${id}-status`} label={t('reporting.qwStatus')} error={errors.status}>
        <select value={form.status} onChange={(e) => setForm({ ...form, status: e.target.value as QuickWinStatus })}>
          {QUICK_WIN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {label(QUICK_WIN_STATUS_LABELS[s])}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-progress`} label={t('reporting.qwProgress')} error={errors.progress}>
        <input inputMode="numeric" value={form.progress} onChange={(e) => setForm({ ...form, progress: e.target.value })} />
      </Field>
      <Field id={`${id}-note`} label={t('reporting.qwNote')} error={errors.note}>
        <textarea rows={2} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
      </Field>
      <Field id={`${id}-evidence`} label={t('reporting.evidence')} error={errors.evidenceUrl}>
        <input type="url" value={form.evidenceUrl} onChange={(e) => setForm({ ...form, evidenceUrl: e.target.value })} />
      </Field>
      {errors._form ? <p className="error-text" role="alert">{errors._form}</p> : null}
      {add.isSuccess ? <p className="ok-text" role="status">{t('reporting.qwSaved')}</p> : null}
      <div className="form-actions">
        <button type="submit" className="btn" disabled={add.isPending}>
          {t('reporting.qwSave')}
        </button>
      </div>
    </form>
  );
}
