import { useMutation, useQuery } from '@tanstack/react-query';
import { AGENCY_TYPES, AGENCY_TYPE_LABELS, LEVELS, LEVEL_LABELS } from '../../../shared/domain';
import { AssignmentCreateInput } from '../../../shared/schemas/reporting';
import { useForm } from '../../hooks/use-form';
import { useItemLabel } from '../../hooks/use-item-label';
import { useT } from '../../hooks/use-prefs';
import { trpc } from '../../trpc';
import { agencyIdByCode } from '../registry/agency-lookup';
import { EnumSelect } from '../ui/EnumSelect';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

/** Who reports an indicator: one agency (by code), or every agency of a type and/or level. */
export function AssignmentForm() {
  const { t } = useT();
  const itemLabel = useItemLabel();
  const indicators = useQuery(trpc.indicator.list.queryOptions({ level: 'all' }));
  const form = useForm({ indicatorId: '', agencyCode: '', agencyType: '', agencyLevel: '' });
  const { values, choice } = form;
  const create = useMutation(trpc.assignment.create.mutationOptions({ onError: form.onError }));
  const submit = async () => {
    const code = values.agencyCode.trim();
    const agencyId = code ? await agencyIdByCode(code) : null;
    if (code && agencyId === null) return form.setErrors({ agencyId: { code: 'unknown_reference', params: { entity: 'agency', key: code } } });
    form.submit(
      AssignmentCreateInput,
      { indicatorId: Number(values.indicatorId), agencyId, agencyType: values.agencyType || null, agencyLevel: values.agencyLevel || null },
      (data) => create.mutate(data),
    );
  };
  return (
    <Form className="form-grid" onSubmit={() => void submit()}>
      <SelectField
        id="asf-indicator"
        label={t('assignment.indicator')}
        empty="—"
        options={(indicators.data ?? []).map((i) => ({ value: i.id, label: itemLabel(i, `(${i.scope})`) }))}
        {...choice('indicatorId')}
      />
      <TextField id="asf-agency" label={t('assignment.byAgency')} {...form.text('agencyCode')} error={form.errors.agencyId} />
      <EnumSelect id="asf-type" label={t('assignment.byType')} values={AGENCY_TYPES} labels={AGENCY_TYPE_LABELS} empty={t('assignment.any')} {...choice('agencyType')} />
      <EnumSelect id="asf-level" label={t('assignment.byLevel')} values={LEVELS} labels={LEVEL_LABELS} empty={t('assignment.any')} {...choice('agencyLevel')} />
      <FormActions pending={create.isPending} errors={form.errors} submit={t('assignment.new')} />
    </Form>
  );
}
