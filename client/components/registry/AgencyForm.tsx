import { useMutation } from '@tanstack/react-query';
import { AGENCY_TYPES, AGENCY_TYPE_LABELS, LEVELS, LEVEL_LABELS } from '../../../shared/domain';
import { AgencyCreateInput } from '../../../shared/schemas/agencies';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { trpc, type RouterOutputs } from '../../trpc';
import { EnumSelect } from '../ui/EnumSelect';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { TextField } from '../ui/TextField';

type Agency = RouterOutputs['agency']['list']['rows'][number];

/** Add an agency to the registry, or edit the one chosen (version-checked). */
export function AgencyForm({ agency, onDone }: { agency: Agency | null; onDone: () => void }) {
  const { t } = useT();
  const form = useForm({
    code: agency?.code ?? '',
    nameTh: agency?.nameTh ?? '',
    nameEn: agency?.nameEn ?? '',
    level: agency?.level ?? 'central',
    type: agency?.type ?? 'department',
    provinceCode: agency?.provinceCode ?? '',
  });
  const { values, text: bind, choice } = form;
  const opts = { onSuccess: onDone, onError: form.onError };
  const create = useMutation(trpc.agency.create.mutationOptions(opts));
  const update = useMutation(trpc.agency.update.mutationOptions(opts));
  const submit = () =>
    form.submit(AgencyCreateInput, { ...values, provinceCode: values.provinceCode || null, parentId: agency?.parentId ?? null }, (data) =>
      agency ? update.mutate({ ...data, id: agency.id, version: agency.version, active: agency.active }) : create.mutate(data),
    );
  return (
    <Form className="form-grid" onSubmit={submit}>
      <TextField id="af-code" label={t('agency.code')} {...bind('code')} />
      <TextField id="af-nameTh" label={t('agency.nameTh')} {...bind('nameTh')} />
      <TextField id="af-nameEn" label={t('agency.nameEn')} {...bind('nameEn')} />
      <EnumSelect id="af-level" label={t('agency.level')} values={LEVELS} labels={LEVEL_LABELS} {...choice('level')} />
      <EnumSelect id="af-type" label={t('agency.type')} values={AGENCY_TYPES} labels={AGENCY_TYPE_LABELS} {...choice('type')} />
      <TextField id="af-province" label={t('agency.province')} {...bind('provinceCode')} />
      <FormActions pending={create.isPending || update.isPending} errors={form.errors}>
        {agency ? (
          <button type="button" className="btn btn-secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
        ) : null}
      </FormActions>
    </Form>
  );
}
