// The one way forms hold their values: text in state, checked with the shared zod schema before
// sending (the same one the server applies), errors shown beside the fields.
import { useState } from 'react';
import type { ZodType } from 'zod';
import { errorsFromServer, validate, type FieldErrors } from '../lib/form-errors';

/** A number typed into a text box; blank is null (left out), not 0. */
export const numberOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));

type Keys<F, V> = { [K in keyof F]: F[K] extends V ? K : never }[keyof F] & string;

export function useForm<F extends Record<string, unknown>>(initial: F) {
  const [values, setValues] = useState<F>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  // "Saved" shows until the next edit or submit.
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof F>(key: K, value: F[K]) => {
    setSaved(false);
    setValues((v) => ({ ...v, [key]: value }));
  };
  return {
    values,
    setValues,
    errors,
    setErrors,
    saved,
    setSaved,
    set,
    /** value, onChange and error for a text control (TextField, a textarea) bound to one field. */
    text: <K extends Keys<F, string>>(key: K) => ({
      value: values[key] as string,
      onChange: (e: { target: { value: string } }) => set(key, e.target.value as F[K]),
      error: errors[key],
    }),
    /** value, onChange and error for a SelectField / EnumSelect bound to one field ('' when none). */
    choice: <K extends Keys<F, string>>(key: K) => ({
      value: values[key] as string,
      onChange: (value: string | null) => set(key, (value ?? '') as F[K]),
      error: errors[key],
    }),
    /** checked and onChange for a checkbox bound to one field. */
    check: <K extends Keys<F, boolean>>(key: K) => ({
      checked: values[key] as boolean,
      onChange: (e: { target: { checked: boolean } }) => set(key, e.target.checked as F[K]),
    }),
    /** For a mutation's onError: the server's refusal as field errors. */
    onError: (e: unknown) => {
      // A stale "saved" must not stand beside a new error.
      setSaved(false);
      setErrors(errorsFromServer(e));
    },
    /** Checks `input` with the shared schema: sends the parsed data, or shows the errors. */
    submit: <T>(schema: ZodType<T>, input: unknown, send: (data: T) => void) => {
      setSaved(false);
      const checked = validate(schema, input);
      if (checked.errors) return setErrors(checked.errors);
      setErrors({});
      send(checked.data);
    },
  };
}

export type Form<F extends Record<string, unknown>> = ReturnType<typeof useForm<F>>;

/**
 * A form that edits the item chosen (or a new one). It loads again when another item is chosen
 * or the stored version changes — not on every refetch, which would throw away what the user is
 * typing. Choosing another item also clears the last save's confirmation and errors.
 */
export function useItemForm<F extends Record<string, unknown>, I extends { id: number; version: number }>(
  empty: F,
  item: I | null | undefined,
  toValues: (item: I) => F,
): Form<F> {
  const form = useForm(empty);
  const key = item ? `${item.id}:${item.version}` : 'new';
  const [loaded, setLoaded] = useState<string | null>(null);
  if (loaded !== key) {
    const otherItem = loaded !== null && loaded !== 'new' && loaded.split(':')[0] !== key.split(':')[0];
    setLoaded(key);
    if (otherItem) {
      form.setSaved(false);
      form.setErrors({});
    }
    form.setValues(item ? toValues(item) : empty);
  }
  return form;
}
