import { useMutation } from '@tanstack/react-query';
import { PasswordResetRequestInput } from '../../shared/schemas/auth';
import { Form } from '../components/ui/Form';
import { FormActions } from '../components/ui/FormActions';
import { TextField } from '../components/ui/TextField';
import { useForm } from '../hooks/use-form';
import { useT } from '../hooks/use-prefs';
import { trpc } from '../trpc';

/** /forgot-password — "ลืมรหัสผ่าน": the answer is the same whether an account has the address or not. */
export function ForgotPasswordPage() {
  const { t } = useT();
  const form = useForm({ email: '' });
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions({ onError: form.onError }));
  return (
    <div className="page narrow">
      <h1>{t('forgot.title')}</h1>
      {request.isSuccess ? (
        <p role="status">{t('forgot.sent')}</p>
      ) : (
        <>
          <p className="muted">{t('forgot.intro')}</p>
          <Form className="card form-grid" onSubmit={() => form.submit(PasswordResetRequestInput, form.values, (data) => request.mutate(data))}>
            <TextField id="fp-email" label={t('forgot.email')} type="email" autoComplete="email" {...form.text('email')} />
            <FormActions pending={request.isPending} errors={form.errors} submit={t('forgot.submit')} />
          </Form>
        </>
      )}
    </div>
  );
}
