import { useMutation, useQuery } from '@tanstack/react-query';
import { UNIT_LABELS, UNITS } from '../../../shared/domain';
import { IndicatorUpsertInput } from '../../../shared/schemas/plan-admin';
import { numberOrNull, useItemForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { trpc, type RouterOutputs } from '../../trpc';
import { Checkbox } from '../ui/Checkbox';
import { EnumSelect } from '../ui/EnumSelect';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { SelectField } from '../ui/SelectField';
import { StrategySelect } from '../ui/StrategySelect';
import { TextAreaField, TextField } from '../ui/TextField';

type Indicator = RouterOutputs['indicator']['byCode'];

const EMPTY = {
  code: '', strategyNo: '1', measureCode: '', nameTh: '', nameEn: '', unit: 'percent', direction: 'higher', scope: 'national',
  aggregation: '', aggregationThreshold: '', sourceOrgTh: '', sourceUrl: '', decimals: '0', minValue: '', maxValue: '',
  baselineYear: '', baselineValue: '', publicationPct: '80', definitionTh: '', isExample: false,
};

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** How agencies' values roll up into the national figure (technical terms, not translated). */
const AGGREGATIONS = [
  { value: 'mean', label: 'mean' },
  { value: 'share_at_least', label: 'share ≥ threshold' },
  { value: 'sum', label: 'sum' },
];

const toValues = (i: Indicator): typeof EMPTY => ({
  code: i.code, strategyNo: text(i.strategyNo), measureCode: i.measureCode ?? '', nameTh: i.nameTh, nameEn: i.nameEn, unit: i.unit,
  direction: i.direction, scope: i.scope, aggregation: i.aggregation ?? '', aggregationThreshold: text(i.aggregationThreshold),
  sourceOrgTh: i.sourceOrgTh, sourceUrl: i.sourceUrl ?? '', decimals: String(i.decimals), minValue: text(i.minValue),
  maxValue: text(i.maxValue), baselineYear: text(i.baselineYear), baselineValue: text(i.baselineValue), publicationPct: text(Math.round(i.publicationThreshold * 100)), definitionTh: i.definitionTh,
  isExample: i.isExample,
});

/** Create a new indicator, or edit the one chosen (version-checked on save). */
export function IndicatorEditor({ code, onSaved }: { code: string | null; onSaved: (code: string) => void }) {
  const { t } = useT();
  const existing = useQuery({ ...trpc.indicator.byCode.queryOptions({ code: code ?? 'none' }), enabled: Boolean(code) });
  const loaded = code ? existing.data : undefined;
  const form = useItemForm(EMPTY, loaded, toValues);
  const { values: v, text: bind, choice } = form;
  const mutation = useMutation(
    trpc.planAdmin.upsertIndicator.mutationOptions({
      onSuccess: () => {
        form.setSaved(true);
        onSaved(v.code);
      },
      onError: form.onError,
    }),
  );
  const submit = () =>
    form.submit(
      IndicatorUpsertInput,
      {
        id: loaded?.id, version: loaded?.version, code: v.code, strategyNo: numberOrNull(v.strategyNo), measureCode: v.measureCode || null,
        nameTh: v.nameTh, nameEn: v.nameEn, unit: v.unit, direction: v.direction, scope: v.scope, aggregation: v.aggregation || null,
        aggregationThreshold: numberOrNull(v.aggregationThreshold), sourceOrgTh: v.sourceOrgTh, sourceUrl: v.sourceUrl || null,
        definitionTh: v.definitionTh, decimals: numberOrNull(v.decimals) ?? 0, minValue: numberOrNull(v.minValue), maxValue: numberOrNull(v.maxValue),
        baselineYear: numberOrNull(v.baselineYear), baselineValue: numberOrNull(v.baselineValue), publicationThreshold: (numberOrNull(v.publicationPct) ?? 80) / 100, isExample: v.isExample,
        // Fields this form does not show keep their stored values.
        yearKind: loaded?.yearKind, definitionEn: loaded?.definitionEn, methodTh: loaded?.methodTh, methodEn: loaded?.methodEn,
        sourceOrgEn: loaded?.sourceOrgEn, releaseLagMonths: loaded?.releaseLagMonths ?? null,
      },
      (data) => mutation.mutate(data),
    );

  const directions = [
    { value: 'higher', label: t('indicator.higher') },
    { value: 'lower', label: t('indicator.lower') },
  ];
  const scopes = [
    { value: 'national', label: t('indicator.scopeNational') },
    { value: 'agency', label: t('indicator.scopeAgency') },
  ];
  return (
    <Form onSubmit={submit} aria-label={t('planAdmin.newIndicator')}>
      <p className="muted">{loaded ? t('planAdmin.editing', { code: loaded.code }) : t('planAdmin.creating')}</p>
      <div className="form-grid">
        <TextField id="ind-code" label={t('planAdmin.code')} {...bind('code')} disabled={Boolean(loaded)} />
        <StrategySelect id="ind-strategy" label={t('planAdmin.strategy')} empty={t('planAdmin.goalLevel')} {...choice('strategyNo')} />
        <TextField id="ind-measure" label={t('planAdmin.measureCode')} {...bind('measureCode')} placeholder="1.1" />
        <TextField id="ind-nameTh" label={t('planAdmin.nameTh')} {...bind('nameTh')} lang="th" />
        <TextField id="ind-nameEn" label={t('planAdmin.nameEn')} {...bind('nameEn')} lang="en" />
        <EnumSelect id="ind-unit" label={t('planAdmin.unit')} values={UNITS} labels={UNIT_LABELS} {...choice('unit')} />
        <SelectField id="ind-direction" label={t('planAdmin.direction')} options={directions} {...choice('direction')} />
        <SelectField id="ind-scope" label={t('planAdmin.scope')} options={scopes} {...choice('scope')} />
        <SelectField id="ind-aggregation" label={t('planAdmin.aggregation')} empty={t('planAdmin.none')} options={AGGREGATIONS} {...choice('aggregation')} />
        <TextField id="ind-threshold" label={t('planAdmin.threshold')} type="number" step="any" {...bind('aggregationThreshold')} />
        <TextField id="ind-publication" label={t('planAdmin.publicationThreshold')} hint={t('planAdmin.publicationThresholdHint')} type="number" min={0} max={100} {...bind('publicationPct')} error={form.errors.publicationThreshold} />
        <TextField id="ind-sourceOrg" label={t('planAdmin.sourceOrg')} {...bind('sourceOrgTh')} />
        <TextField id="ind-sourceUrl" label={t('planAdmin.sourceUrl')} type="url" {...bind('sourceUrl')} />
        <TextField id="ind-decimals" label={t('planAdmin.decimals')} type="number" min={0} max={4} {...bind('decimals')} />
        <TextField id="ind-min" label={t('planAdmin.min')} type="number" step="any" {...bind('minValue')} />
        <TextField id="ind-max" label={t('planAdmin.max')} type="number" step="any" {...bind('maxValue')} />
        <TextField id="ind-baseYear" label={t('planAdmin.baselineYear')} type="number" {...bind('baselineYear')} placeholder="2564" />
        <TextField id="ind-baseValue" label={t('planAdmin.baselineValue')} type="number" step="any" {...bind('baselineValue')} />
        <div className="wide">
          <TextAreaField id="ind-definition" label={t('planAdmin.definition')} rows={3} {...bind('definitionTh')} />
        </div>
        <Checkbox className="wide" label={t('planAdmin.isExample')} {...form.check('isExample')} />
      </div>
      <FormActions pending={mutation.isPending} done={form.saved} errors={form.errors} />
    </Form>
  );
}
