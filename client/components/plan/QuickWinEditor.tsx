import { useMutation } from '@tanstack/react-query';
import { LEVEL_LABELS, LEVELS, QUICK_WIN_STATUS_LABELS, QUICK_WIN_STATUSES, type Level } from '../../../shared/domain';
import { QuickWinUpsertInput } from '../../../shared/schemas/plan-admin';
import { useItemForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { trpc, type RouterOutputs } from '../../trpc';
import { Checkbox } from '../ui/Checkbox';
import { EnumCheckboxes } from '../ui/EnumCheckboxes';
import { EnumSelect } from '../ui/EnumSelect';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { StrategySelect } from '../ui/StrategySelect';
import { TextAreaField, TextField } from '../ui/TextField';
import { DateField } from '../ui/DateField';

type QuickWin = RouterOutputs['quickWin']['list'][number];

const EMPTY = {
  code: '', strategyNo: '1', titleTh: '', titleEn: '', descriptionTh: '', leadAgencyCode: '', startDate: '', endDate: '',
  status: 'not_started', progress: '0', levels: [] as Level[], isExample: false,
};

const toValues = (q: QuickWin): typeof EMPTY => ({
  code: q.code, strategyNo: String(q.strategyNo), titleTh: q.titleTh, titleEn: q.titleEn, descriptionTh: q.descriptionTh,
  leadAgencyCode: q.leadAgencyCode ?? '', startDate: q.startDate ?? '', endDate: q.endDate ?? '', status: q.status,
  progress: String(q.progress), levels: q.levels, isExample: q.isExample,
});

/** Create a Quick Win, or edit the one chosen (version-checked on save). */
export function QuickWinEditor({ quickWin }: { quickWin: QuickWin | null }) {
  const { t } = useT();
  const form = useItemForm(EMPTY, quickWin, toValues);
  const { values: v, text: bind, choice } = form;
  const mutation = useMutation(trpc.planAdmin.upsertQuickWin.mutationOptions({ onSuccess: () => form.setSaved(true), onError: form.onError }));
  const submit = () =>
    form.submit(
      QuickWinUpsertInput,
      {
        id: quickWin?.id, version: quickWin?.version, code: v.code, strategyNo: Number(v.strategyNo), levels: v.levels,
        titleTh: v.titleTh, titleEn: v.titleEn, descriptionTh: v.descriptionTh, descriptionEn: quickWin?.descriptionEn ?? '',
        leadAgencyCode: v.leadAgencyCode || null, startDate: v.startDate || null, endDate: v.endDate || null,
        status: v.status, progress: v.progress === '' ? undefined : Number(v.progress), isExample: v.isExample,
      },
      (data) => mutation.mutate(data),
    );
  return (
    <Form aria-label={t('planAdmin.quickWin')} onSubmit={submit}>
      <div className="form-grid">
        <TextField id="qw-code" label={t('planAdmin.code')} {...bind('code')} disabled={Boolean(quickWin)} />
        <StrategySelect id="qw-strategy" label={t('planAdmin.strategy')} {...choice('strategyNo')} />
        <TextField id="qw-titleTh" label={t('planAdmin.nameTh')} {...bind('titleTh')} lang="th" />
        <TextField id="qw-titleEn" label={t('planAdmin.nameEn')} {...bind('titleEn')} lang="en" />
        <EnumCheckboxes
          id="qw-levels"
          className="wide checkbox-row"
          legend={t('planAdmin.levels')}
          values={LEVELS}
          labels={LEVEL_LABELS}
          chosen={v.levels}
          onChange={(levels) => form.set('levels', levels)}
          error={form.errors.levels}
        />
        <TextField id="qw-lead" label={t('planAdmin.lead')} {...bind('leadAgencyCode')} placeholder="OCSC" />
        <DateField id="qw-start" label={t('planAdmin.start')} {...bind('startDate')} />
        <DateField id="qw-end" label={t('planAdmin.end')} {...bind('endDate')} />
        <EnumSelect id="qw-status" label={t('planAdmin.status')} values={QUICK_WIN_STATUSES} labels={QUICK_WIN_STATUS_LABELS} {...choice('status')} />
        <TextField id="qw-progress" label={t('planAdmin.progress')} type="number" min={0} max={100} {...bind('progress')} />
        <div className="wide">
          <TextAreaField id="qw-description" label={t('planAdmin.definition')} rows={2} {...bind('descriptionTh')} />
        </div>
        <Checkbox className="wide" label={t('planAdmin.isExample')} {...form.check('isExample')} />
      </div>
      <FormActions pending={mutation.isPending} done={form.saved} errors={form.errors} />
    </Form>
  );
}
