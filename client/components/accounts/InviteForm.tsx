import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { LANGUAGES, ROLE_LABELS, type Language } from '../../../shared/domain';
import { INVITABLE_ROLES, UserInviteInput } from '../../../shared/schemas/users';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { trpc } from '../../trpc';
import { agencyIdByCode } from '../registry/agency-lookup';
import { EnumSelect } from '../ui/EnumSelect';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

const EMPTY = { displayName: '', email: '', role: 'reporter', agencyCode: '', language: 'th' };
const LANGUAGE_NAMES: Record<Language, string> = { th: 'ไทย', en: 'English' };

/** Invites one person by e-mail: they set their own password from the link (server/accounts/links.ts). */
export function InviteForm() {
  const { t } = useT();
  const queryClient = useQueryClient();
  const form = useForm(EMPTY);
  const { values, text: bind } = form;
  const [sent, setSent] = useState<{ name: string; username: string } | null>(null);
  const invite = useMutation(
    trpc.user.invite.mutationOptions({
      onSuccess: (user) => {
        setSent({ name: user.displayName, username: user.username });
        form.setValues(EMPTY);
        void queryClient.invalidateQueries(trpc.user.list.pathFilter());
      },
      onError: form.onError,
    }),
  );
  const submit = async () => {
    setSent(null);
    const code = values.agencyCode.trim();
    const agencyId = values.role === 'reporter' && code ? await agencyIdByCode(code) : null;
    if (values.role === 'reporter' && code && agencyId === null) return form.setErrors({ agencyId: { code: 'unknown_reference', params: { entity: 'agency', key: code } } });
    form.submit(UserInviteInput, { displayName: values.displayName, email: values.email, role: values.role, agencyId, language: values.language }, (data) => invite.mutate(data));
  };
  return (
    <Form className="form-grid" onSubmit={() => void submit()}>
      <p className="muted small">{t('invite.intro')}</p>
      <TextField id="inv-name" label={t('invite.displayName')} autoComplete="off" {...bind('displayName')} />
      <TextField id="inv-email" label={t('invite.email')} type="email" autoComplete="off" {...bind('email')} />
      <EnumSelect id="inv-role" label={t('invite.role')} values={INVITABLE_ROLES} labels={ROLE_LABELS} {...form.choice('role')} />
      <TextField id="inv-agency" label={t('invite.agency')} disabled={values.role !== 'reporter'} {...bind('agencyCode')} error={form.errors.agencyId} />
      <SelectField id="inv-lang" label={t('invite.language')} options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} {...form.choice('language')} />
      <FormActions pending={invite.isPending} errors={form.errors} submit={t('invite.submit')} done={sent && t('invite.sent', sent)} />
    </Form>
  );
}

/** A new set-password link for an account with an address (its older link stops working). */
export function ReinviteButton({ id }: { id: number }) {
  const { t } = useT();
  const again = useMutation(trpc.user.reinvite.mutationOptions());
  return (
    <button type="button" className="btn btn-secondary" disabled={again.isPending || again.isSuccess} onClick={() => again.mutate({ id })}>
      {again.isSuccess ? t('invite.againDone') : t('invite.again')}
    </button>
  );
}
