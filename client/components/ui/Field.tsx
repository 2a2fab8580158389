import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { CodedError } from '../../lib/api-errors';
import { ErrorText } from './ErrorText';

type Props = {
  id: string;
  label: ReactNode;
  error?: CodedError | undefined;
  hint?: ReactNode;
  /** One form control; it receives id, aria-invalid and aria-describedby. */
  children: ReactElement<Record<string, unknown>>;
};

/** A labelled form control with its error message, in the reader's language, announced next to it. */
export function Field({ id, label, error, hint, children }: Props) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })
    : children;
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {control}
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {error ? <ErrorText id={`${id}-error`} error={error} /> : null}
    </div>
  );
}
