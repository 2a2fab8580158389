import type { CodedError } from '../../lib/api-errors';
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

type Labelled = { id: string; label: ReactNode; error?: CodedError | undefined; hint?: ReactNode };

/** A labelled input with its error beside it: the Field around one <input>. */
export function TextField({ id, label, error, hint, ...input }: Labelled & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input {...input} />
    </Field>
  );
}

/** A labelled textarea with its error beside it. */
export function TextAreaField({ id, label, error, hint, ...textarea }: Labelled & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <textarea {...textarea} />
    </Field>
  );
}
