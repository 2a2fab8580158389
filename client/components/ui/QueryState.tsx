import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useT } from '../../hooks/use-prefs';
import { useErrorText } from './ErrorText';

type Props<T> = {
  query: UseQueryResult<T, { message: string }>;
  children: (data: T) => ReactNode;
  /** Treat this data as empty and show the empty message. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
};

/** The one loading / error / empty panel. */
export function QueryState<T>({ query, children, isEmpty, empty }: Props<T>) {
  const { t } = useT();
  const word = useErrorText();
  if (query.isPending) {
    return (
      <p className="state state-loading" role="status" aria-live="polite">
        {t('state.loading')}
      </p>
    );
  }
  if (query.isError) {
    return (
      <div className="state state-error" role="alert">
        <p>
          {t('state.error')}: {word(query.error)}
        </p>
        <button type="button" onClick={() => void query.refetch()}>
          {t('state.retry')}
        </button>
      </div>
    );
  }
  if (isEmpty?.(query.data)) return <p className="state state-empty">{empty ?? t('state.empty')}</p>;
  return <>{children(query.data)}</>;
}
