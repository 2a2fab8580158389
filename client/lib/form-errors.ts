// Field errors for forms, from the shared zod schema (before sending) or from the server's
// coded error (after): both name the field with a code, so the form words it beside the field
// in the reader's language when it renders (docs/decisions/0007-error-contract.md).
import type { ZodType } from 'zod';
import { fieldErrorsFromZod } from '../../shared/schemas/zod';
import { apiErrorOf, type CodedError } from './api-errors';

/** Field path → its first error; `_form` for an error of the form as a whole. */
export type FieldErrors = Record<string, CodedError>;

const fieldKey = (field: string | undefined) => (field ? field : '_form');

/** Validates with the same schema the server uses; returns the first error per field. */
export function validate<T>(schema: ZodType<T>, values: unknown): { data: T; errors: null } | { data: null; errors: FieldErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data, errors: null };
  const errors: FieldErrors = {};
  for (const e of fieldErrorsFromZod(result.error)) errors[fieldKey(e.field)] ??= { code: e.code, params: e.params };
  return { data: null, errors };
}

/** A failed call's error as field errors: each zod field, the field a service named, or the form's. */
export function errorsFromServer(error: unknown): FieldErrors {
  const api = apiErrorOf(error);
  const errors: FieldErrors = {};
  for (const e of api.fieldErrors ?? []) errors[fieldKey(e.field)] ??= { code: e.code, params: e.params };
  if (!api.fieldErrors?.length) errors[fieldKey(api.field)] = { code: api.code, params: api.params };
  return errors;
}
