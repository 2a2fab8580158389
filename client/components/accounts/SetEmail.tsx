import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { EmailSchema } from '../../../shared/schemas/common';
import { useT } from '../../hooks/use-prefs';
import { errorsFromServer, validate, type FieldErrors } from '../../lib/form-errors';
import { trpc, type RouterOutputs } from '../../trpc';
import { ErrorText } from '../ui/ErrorText';

type User = RouterOutputs['user']['list']['rows'][number];

/** An account's e-mail address, edited in its row of the users table (empty: no e-mail). */
export function SetEmail({ user }: { user: User }) {
  const { t } = useT();
  const [email, setEmail] = useState(user.email ?? '');
  const [error, setError] = useState<FieldErrors[string] | undefined>();
  const queryClient = useQueryClient();
  const update = useMutation(
    trpc.user.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() }),
      onError: (e) => setError(errorsFromServer(e).email ?? Object.values(errorsFromServer(e))[0]),
    }),
  );
  const save = () => {
    const text = email.trim();
    if (text) {
      const checked = validate(EmailSchema, text);
      if (checked.errors) return setError(Object.values(checked.errors)[0]);
    }
    setError(undefined);
    update.mutate({ id: user.id, version: user.version, displayName: user.displayName, role: user.role, agencyId: user.agencyId, active: user.active, email: text || null });
  };
  return (
    <>
      <label className="sr-only" htmlFor={`se-${user.id}`}>
        {t('user.setEmail', { name: user.username })}
      </label>
      <input id={`se-${user.id}`} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `se-${user.id}-e` : undefined} />
      <button type="button" className="btn btn-secondary" disabled={update.isPending || email.trim() === (user.email ?? '')} onClick={save}>
        {t('common.save')}
      </button>
      {error ? <ErrorText id={`se-${user.id}-e`} error={error} /> : update.isSuccess ? <span className="ok-text">{t('common.saved')}</span> : null}
    </>
  );
}
