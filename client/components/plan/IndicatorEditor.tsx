import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { UNIT_LABELS, UNITS } from '../../../shared/domain';
import { IndicatorUpsertInput } from '../../../shared/schemas/plan-admin';
import { useT } from '../../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../../lib/form-errors';
import { trpc } from '../../trpc';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';

type Form = Record<
  | 'code' | 'strategyNo' | 'measureCode' | 'nameTh' | 'nameEn' | 'unit' | 'direction' | 'scope' | 'aggregation'
  | 'aggregationThreshold' | 'sourceOrgTh' | 'sourceUrl' | 'decimals' | 'minValue' | 'maxValue' | 'baselineYear'
  | 'baselineValue' | 'definitionTh',
  string
> & { isExample: boolean };

const EMPTY: Form = {
  code: '', strategyNo: '1', measureCode: '', nameTh: '', nameEn: '', unit: 'percent', direction: 'higher', scope: 'national',
  aggregation: '', aggregationThreshold: '', sourceOrgTh: '', sourceUrl: '', decimals: '0', minValue: '', maxValue: '',
  baselineYear: '', baselineValue: '', definitionTh: '', isExample: false,
};

const num = (s: string) => (s.trim() === '' ? null : Number(s));

/** Create a new indicator, or edit the one chosen (version-checked on save). */
export function IndicatorEditor({ code, onSaved }: { code: string | null; onSaved: (code: string) => void }) {
  const { t, label } = useT();
  const existing = useQuery({ ...trpc.indicator.byCode.queryOptions({ code: code ?? 'none' }), enabled: Boolean(code) });
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const loaded = code ? existing.data : undefined;

  // Load the form when another indicator is chosen or the stored version changes — not on
  // every refetch, which would throw away what the user is typing.
  const syncKey = loaded ? `${loaded.id}:${loaded.version}` : 'new';
  const [synced, setSynced] = useState<string | null>(null);
  if (synced !== syncKey) {
    const otherItem = synced !== null && synced !== 'new' && synced.split(':')[0] !== syncKey.split(':')[0];
    setSynced(syncKey);
    if (otherItem) {
      setSaved(false);
      setErrors({});
    }
    setForm(
      loaded
        ? {
            code: loaded.code, strategyNo: loaded.strategyNo ? String(loaded.strategyNo) : '', measureCode: loaded.measureCode ?? '',
            nameTh: loaded.nameTh, nameEn: loaded.nameEn, unit: loaded.unit, direction: loaded.direction, scope: loaded.scope,
            aggregation: loaded.aggregation ?? '', aggregationThreshold: loaded.aggregationThreshold?.toString() ?? '',
            sourceOrgTh: loaded.sourceOrgTh, sourceUrl: loaded.sourceUrl ?? '', decimals: String(loaded.decimals),
            minValue: loaded.minValue?.toString() ?? '', maxValue: loaded.maxValue?.toString() ?? '',
            baselineYear: loaded.baselineYear?.toString() ?? '', baselineValue: loaded.baselineValue?.toString() ?? '',
            definitionTh: loaded.definitionTh, isExample: loaded.isExample,
          }
        : EMPTY,
    );
  }

  const mutation = useMutation(
    trpc.planAdmin.upsertIndicator.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        onSaved(form.code);
      },
      onError: (e) => setErrors(errorsFromServer(e)),
    }),
  );

  const set = (key: keyof Form) => (e: { target: { value: string } }) => {
    setSaved(false);
    setForm((f) => ({ ...f, [key]: e.target.value }));
  };
  const submit = () => {
    setSaved(false);
    const checked = validate(IndicatorUpsertInput, {
      id: loaded?.id, version: loaded?.version, code: form.code, strategyNo: num(form.strategyNo),
      measureCode: form.measureCode || null, nameTh: form.nameTh, nameEn: form.nameEn, unit: form.unit,
      direction: form.direction, scope: form.scope, aggregation: form.aggregation || null,
      aggregationThreshold: num(form.aggregationThreshold), sourceOrgTh: form.sourceOrgTh, sourceUrl: form.sourceUrl || null,
      definitionTh: form.definitionTh, decimals: num(form.decimals) ?? 0, minValue: num(form.minValue), maxValue: num(form.maxValue),
      baselineYear: num(form.baselineYear), baselineValue: num(form.baselineValue), isExample: form.isExample,
      // Fields this form does not show keep their stored values.
      yearKind: loaded?.yearKind, definitionEn: loaded?.definitionEn, methodTh: loaded?.methodTh, methodEn: loaded?.methodEn,
      sourceOrgEn: loaded?.sourceOrgEn, releaseLagMonths: loaded?.releaseLagMonths ?? null,
    });
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    mutation.mutate(checked.data);
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-label={t('planAdmin.newIndicator')}
    >
      <p className="muted">{loaded ? t('planAdmin.editing', { code: loaded.code }) : t('planAdmin.creating')}</p>
      <div className="form-grid">
        <Field id="ind-code" label={t('planAdmin.code')} error={errors.code}>
          <input value={form.code} onChange={set('code')} disabled={Boolean(loaded)} />
        </Field>
        <Field id="ind-strategy" label={t('planAdmin.strategy')} error={errors.strategyNo}>
          <select value={form.strategyNo} onChange={set('strategyNo')}>
            <option value="">{t('planAdmin.goalLevel')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {t('strategy.label', { no: n })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ind-measure" label={t('planAdmin.measureCode')} error={errors.measureCode}>
          <input value={form.measureCode} onChange={set('measureCode')} placeholder="1.1" />
        </Field>
        <Field id="ind-nameTh" label={t('planAdmin.nameTh')} error={errors.nameTh}>
          <input value={form.nameTh} onChange={set('nameTh')} lang="th" />
        </Field>
        <Field id="ind-nameEn" label={t('planAdmin.nameEn')} error={errors.nameEn}>
          <input value={form.nameEn} onChange={set('nameEn')} lang="en" />
        </Field>
        <Field id="ind-unit" label={t('planAdmin.unit')} error={errors.unit}>
          <select value={form.unit} onChange={set('unit')}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {label(UNIT_LABELS[u])}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ind-direction" label={t('planAdmin.direction')} error={errors.direction}>
          <select value={form.direction} onChange={set('direction')}>
            <option value="higher">{t('indicator.higher')}</option>
            <option value="lower">{t('indicator.lower')}</option>
          </select>
        </Field>
        <Field id="ind-scope" label={t('planAdmin.scope')} error={errors.scope}>
          <select value={form.scope} onChange={set('scope')}>
            <option value="national">{t('indicator.scopeNational')}</option>
            <option value="agency">{t('indicator.scopeAgency')}</option>
          </select>
        </Field>
        <Field id="ind-aggregation" label={t('planAdmin.aggregation')} error={errors.aggregation}>
          <select value={form.aggregation} onChange={set('aggregation')}>
            <option value="">{t('planAdmin.none')}</option>
            <option value="mean">mean</option>
            <option value="share_at_least">share ≥ threshold</option>
            <option value="sum">sum</option>
          </select>
        </Field>
        <Field id="ind-threshold" label={t('planAdmin.threshold')} error={errors.aggregationThreshold}>
          <input type="number" step="any" value={form.aggregationThreshold} onChange={set('aggregationThreshold')} />
        </Field>
        <Field id="ind-sourceOrg" label={t('planAdmin.sourceOrg')} error={errors.sourceOrgTh}>
          <input value={form.sourceOrgTh} onChange={set('sourceOrgTh')} />
        </Field>
        <Field id="ind-sourceUrl" label={t('planAdmin.sourceUrl')} error={errors.sourceUrl}>
          <input type="url" value={form.sourceUrl} onChange={set('sourceUrl')} />
        </Field>
        <Field id="ind-decimals" label={t('planAdmin.decimals')} error={errors.decimals}>
          <input type="number" min={0} max={4} value={form.decimals} onChange={set('decimals')} />
        </Field>
        <Field id="ind-min" label={t('planAdmin.min')} error={errors.minValue}>
          <input type="number" step="any" value={form.minValue} onChange={set('minValue')} />
        </Field>
        <Field id="ind-max" label={t('planAdmin.max')} error={errors.maxValue}>
          <input type="number" step="any" value={form.maxValue} onChange={set('maxValue')} />
        </Field>
        <Field id="ind-baseYear" label={t('planAdmin.baselineYear')} error={errors.baselineYear}>
          <input type="number" value={form.baselineYear} onChange={set('baselineYear')} placeholder="2564" />
        </Field>
        <Field id="ind-baseValue" label={t('planAdmin.baselineValue')} error={errors.baselineValue}>
          <input type="number" step="any" value={form.baselineValue} onChange={set('baselineValue')} />
        </Field>
        <div className="wide">
          <Field id="ind-definition" label={t('planAdmin.definition')} error={errors.definitionTh}>
            <textarea rows={3} value={form.definitionTh} onChange={set('definitionTh')} />
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
