import type { CodedError } from '../../lib/api-errors';
import { useId, type ReactNode } from 'react';
import { Field } from './Field';

export type SelectOption = { value: string | number; label: string };

export type SelectFieldProps = {
  /** The control's id (for a label elsewhere or a test); one is made up when left out. */
  id?: string;
  label: ReactNode;
  value: string | number | null | undefined;
  /** The chosen value; null for the empty entry. */
  onChange: (value: string | null) => void;
  options: readonly SelectOption[];
  /** A first entry with the empty value, named by what it means here: "all", "any", "none"… */
  empty?: string;
  error?: CodedError | undefined;
  hint?: ReactNode;
  disabled?: boolean;
  name?: string;
};

/** The one labelled <select>, in filter bars and forms alike. */
export function SelectField({ id, label, value, onChange, options, empty, error, hint, disabled, name }: SelectFieldProps) {
  const made = useId();
  return (
    <Field id={id ?? made} label={label} error={error} hint={hint}>
      <select name={name} value={value ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
