import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { parseValueText, valueEntrySchema, valueBounds, allowedDecimals } from '../../../shared/value-rules';
import { UNIT_LABELS } from '../../../shared/domain';
import { useT } from '../../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../../lib/form-errors';
import { trpc, type RouterOutputs } from '../../trpc';
import { Field } from '../ui/Field';

type Item = RouterOutputs['reporting']['mine']['items'][number];

/** One value's form: validated in the browser with the same rule the server applies. */
export function ValueForm({ item, year, disabled }: { item: Item; year: number; disabled: boolean }) {
  const { t, label } = useT();
  const { indicator, open } = item;
  const start = open ?? null;
  const [form, setForm] = useState({
    value: start ? String(start.value) : '',
    note: start?.note ?? '',
    evidenceUrl: start?.evidenceUrl ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<'draft' | 'submit' | null>(null);
  const save = useMutation(
    trpc.reporting.save.mutationOptions({
      onSuccess: (_row, vars) => {
        setDone(vars.intent);
      },
      onError: (e) => setErrors(errorsFromServer(e)),
    }),
  );
  const send = (intent: 'draft' | 'submit') => {
    const entry = {
      value: parseValueText(form.value),
      note: form.note.trim() === '' ? undefined : form.note,
      evidenceUrl: form.evidenceUrl.trim() === '' ? undefined : form.evidenceUrl,
    };
    const checked = validate(valueEntrySchema(indicator), entry);
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    setDone(null);
    save.mutate({ indicatorId: indicator.id, year, ...checked.data, version: open?.version ?? null, intent });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send('submit');
  };
  const { min, max } = valueBounds(indicator);
  const decimals = allowedDecimals(indicator);
  const unit = label(UNIT_LABELS[indicator.unit]);
  const id = `v-${indicator.code}`;
  const hint = [unit, min !== null ? `≥ ${min}` : null, max !== null ? `≤ ${max}` : null, decimals === 0 ? t('reporting.wholeNumber') : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <form className="form-grid" onSubmit={onSubmit} noValidate aria-label={indicator.code}>
      <Field id={`${id}-value`} label={`${t('reporting.value')} (${unit})`} error={errors.value} hint={hint}>
        <input
          name="value"
          inputMode="decimal"
          value={form.value}
          disabled={disabled}
          onChange={(e) => setForm({ ...form, value: e.target.value })}
        />
      </Field>
      <Field id={`${id}-note`} label={t('reporting.note')} error={errors.note}>
        <textarea name="note" rows={2} value={form.note} disabled={disabled} onChange={(e) => setForm({ ...form, note: e.target.value })} />
      </Field>
      <Field id={`${id}-evidence`} label={t('reporting.evidence')} error={errors.evidenceUrl}>
        <input name="evidenceUrl" type="url" value={form.evidenceUrl} disabled={disabled} onChange={(e) => setForm({ ...form, evidenceUrl: e.target.value })} />
      </Field>
      {errors._form || errors.year || errors.indicatorId ? (
        <p className="error-text" role="alert">
          {errors._form ?? errors.year ?? errors.indicatorId}
        </p>
      ) : null}
      {done ? (
        <p className="ok-text" role="status">
          {done === 'submit' ? t('reporting.submitted') : t('reporting.saved')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" disabled={disabled || save.isPending} onClick={() => send('draft')}>
          {t('reporting.saveDraft')}
        </button>
        <button type="submit" className="btn" disabled={disabled || save.isPending}>
          {t('reporting.submit')}
        </button>
      </div>
    </form>
  );
}
