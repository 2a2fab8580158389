import { useMutation } from '@tanstack/react-query';
import { MeasureUpsertInput } from '../../../shared/schemas/plan-admin';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { trpc } from '../../trpc';
import { Checkbox } from '../ui/Checkbox';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { StrategySelect } from '../ui/StrategySelect';
import { TextField } from '../ui/TextField';

/** Adds a measure (กลยุทธ์ / แนวทาง) under a strategy. */
export function MeasureEditor() {
  const { t } = useT();
  const form = useForm({ strategyNo: '1', code: '', nameTh: '', nameEn: '', isExample: false });
  const { text: bind } = form;
  const mutation = useMutation(
    trpc.planAdmin.upsertMeasure.mutationOptions({
      onSuccess: () => {
        form.setSaved(true);
        form.setValues((f) => ({ ...f, code: '', nameTh: '', nameEn: '' }));
      },
      onError: form.onError,
    }),
  );
  const submit = () =>
    form.submit(MeasureUpsertInput, { ...form.values, strategyNo: Number(form.values.strategyNo) }, (data) => mutation.mutate(data));
  return (
    <Form aria-label={t('planAdmin.measure')} onSubmit={submit}>
      <div className="form-grid">
        <StrategySelect id="m-strategy" label={t('planAdmin.strategy')} {...form.choice('strategyNo')} />
        <TextField id="m-code" label={t('planAdmin.code')} {...bind('code')} placeholder="1.3" />
        <TextField id="m-nameTh" label={t('planAdmin.nameTh')} {...bind('nameTh')} lang="th" />
        <TextField id="m-nameEn" label={t('planAdmin.nameEn')} {...bind('nameEn')} lang="en" />
        <Checkbox className="wide" label={t('planAdmin.isExample')} {...form.check('isExample')} />
      </div>
      <FormActions pending={mutation.isPending} done={form.saved} errors={form.errors} />
    </Form>
  );
}
