import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../hooks/use-prefs';
import { trpc } from '../../trpc';
import { ErrorText } from '../ui/ErrorText';

/** Sets a new password for an account, in its row of the users table. */
export function ResetPassword({ id }: { id: number }) {
  const { t } = useT();
  const [password, setPassword] = useState('');
  const reset = useMutation(trpc.user.resetPassword.mutationOptions({ onSuccess: () => setPassword('') }));
  return (
    <>
      <label className="sr-only" htmlFor={`rp-${id}`}>
        {t('user.resetPassword')}
      </label>
      <input id={`rp-${id}`} type="password" autoComplete="new-password" placeholder={t('user.resetPassword')} value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="button" className="btn btn-secondary" disabled={password.length === 0} onClick={() => reset.mutate({ id, password })}>
        {t('common.save')}
      </button>
      {reset.isError ? <ErrorText error={reset.error} /> : reset.isSuccess ? <span className="ok-text">{t('common.saved')}</span> : null}
    </>
  );
}
