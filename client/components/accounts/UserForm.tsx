import { useMutation } from '@tanstack/react-query';
import { ROLES, ROLE_LABELS } from '../../../shared/domain';
import { UserCreateInput } from '../../../shared/schemas/users';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { trpc } from '../../trpc';
import { agencyIdByCode } from '../registry/agency-lookup';
import { EnumSelect } from '../ui/EnumSelect';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { TextField } from '../ui/TextField';

const EMPTY = { username: '', displayName: '', role: 'reporter', agencyCode: '', email: '', password: '' };

/** A new account; a reporter belongs to one agency, named by its code. */
export function UserForm() {
  const { t } = useT();
  const form = useForm(EMPTY);
  const { values, text: bind } = form;
  const create = useMutation(trpc.user.create.mutationOptions({ onSuccess: () => form.setValues(EMPTY), onError: form.onError }));
  const submit = async () => {
    const code = values.agencyCode.trim();
    const agencyId = values.role === 'reporter' && code ? await agencyIdByCode(code) : null;
    if (values.role === 'reporter' && code && agencyId === null) return form.setErrors({ agencyId: { code: 'unknown_reference', params: { entity: 'agency', key: code } } });
    form.submit(UserCreateInput, { ...values, agencyId, email: values.email.trim() || null }, (data) => create.mutate(data));
  };
  return (
    <Form className="form-grid" onSubmit={() => void submit()}>
      <TextField id="uf-username" label={t('user.username')} autoComplete="off" {...bind('username')} />
      <TextField id="uf-name" label={t('user.displayName')} {...bind('displayName')} />
      <EnumSelect id="uf-role" label={t('user.role')} values={ROLES} labels={ROLE_LABELS} {...form.choice('role')} />
      <TextField id="uf-agency" label={t('user.agency')} disabled={values.role !== 'reporter'} {...bind('agencyCode')} error={form.errors.agencyId} />
      <TextField id="uf-email" label={t('user.email')} type="email" autoComplete="off" {...bind('email')} />
      <TextField id="uf-password" label={t('user.password')} type="password" autoComplete="new-password" {...bind('password')} />
      <FormActions pending={create.isPending} errors={form.errors} submit={t('common.create')} />
    </Form>
  );
}
