import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { MeasureUpsertInput } from '../../../shared/schemas/plan-admin';
import { useT } from '../../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../../lib/form-errors';
import { trpc } from '../../trpc';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';

/** Adds a measure (กลยุทธ์ / แนวทาง) under a strategy. */
export function MeasureEditor() {
  const { t } = useT();
  const [form, setForm] = useState({ strategyNo: '1', code: '', nameTh: '', nameEn: '', isExample: false });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const mutation = useMutation(
    trpc.planAdmin.upsertMeasure.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        setForm((f) => ({ ...f, code: '', nameTh: '', nameEn: '' }));
      },
      onError: (e) => setErrors(errorsFromServer(e)),
    }),
  );
  const set = (key: 'strategyNo' | 'code' | 'nameTh' | 'nameEn') => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <form
      aria-label={t('planAdmin.measure')}
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        const checked = validate(MeasureUpsertInput, { ...form, strategyNo: Number(form.strategyNo) });
        if (checked.errors) return setErrors(checked.errors);
        setErrors({});
        mutation.mutate(checked.data);
      }}
    >
      <div className="form-grid">
        <Field id="m-strategy" label={t('planAdmin.strategy')} error={errors.strategyNo}>
          <select value={form.strategyNo} onChange={set('strategyNo')}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {t('strategy.label', { no: n })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="m-code" label={t('planAdmin.code')} error={errors.code}>
          <input value={form.code} onChange={set('code')} placeholder="1.3" />
        </Field>
        <Field id="m-nameTh" label={t('planAdmin.nameTh')} error={errors.nameTh}>
          <input value={form.nameTh} onChange={set('nameTh')} lang="th" />
        </Field>
        <Field id="m-nameEn" label={t('planAdmin.nameEn')} error={errors.nameEn}>
          <input value={form.nameEn} onChange={set('nameEn')} lang="en" />
        </Field>
        <label className="wide checkbox-row">
          <input type="checkbox" checked={form.isExample} onChange={(e) => setForm((f) => ({ ...f, isExample: e.target.checked }))} />
          {t('planAdmin.isExample')}
        </label>
      </div>
      <FormActions pending={mutation.isPending} saved={saved} errors={errors} />
    </form>
  );
}
