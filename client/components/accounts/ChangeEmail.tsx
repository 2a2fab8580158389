import { useMutation, useQueryClient } from '@tanstack/react-query';
import { EmailChangeRequestInput } from '../../../shared/schemas/auth';
import { useForm } from '../../hooks/use-form';
import { useT } from '../../hooks/use-prefs';
import { trpc } from '../../trpc';
import { Form } from '../ui/Form';
import { FormActions } from '../ui/FormActions';
import { TextField } from '../ui/TextField';

/** One's own new address: a link goes to it, and the address changes only when that link is opened. */
export function ChangeEmail({ pending }: { pending: string | null }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const form = useForm({ email: '' });
  const request = useMutation(
    trpc.auth.requestEmailChange.mutationOptions({
      onSuccess: () => {
        form.setValues({ email: '' });
        void queryClient.invalidateQueries(trpc.notification.preferences.pathFilter());
      },
      onError: form.onError,
    }),
  );
  return (
    <Form className="form-grid" onSubmit={() => form.submit(EmailChangeRequestInput, form.values, (data) => request.mutate(data))}>
      {pending ? <p role="status">{t('account.pendingEmail', { email: pending })}</p> : null}
      <TextField id="acc-new-email" label={t('account.newEmail')} type="email" autoComplete="email" {...form.text('email')} />
      <FormActions pending={request.isPending} errors={form.errors} submit={t('account.sendConfirm')} />
    </Form>
  );
}
