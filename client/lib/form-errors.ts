// Field errors for forms, from the shared zod schema (before sending) or from the server's
// BAD_REQUEST (after): both name the field, so the form shows the message next to it.
import type { ZodType } from 'zod';

export type FieldErrors = Record<string, string>;

/** Validates with the same schema the server uses; returns the first message per field. */
export function validate<T>(schema: ZodType<T>, values: unknown): { data: T; errors: null } | { data: null; errors: FieldErrors } {
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data, errors: null };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_form';
    errors[key] ??= issue.message;
  }
  return { data: null, errors };
}

type TrpcLikeError = { message: string; data?: { zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null } | null };

/** Maps a tRPC error to field errors: zod field errors, or "field: message" from the server. */
export function errorsFromServer(error: unknown): FieldErrors {
  const e = error as TrpcLikeError;
  const fieldErrors = e.data?.zodError?.fieldErrors;
  if (fieldErrors && Object.keys(fieldErrors).length > 0) {
    return Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, v?.[0] ?? '']));
  }
  const match = /^([A-Za-z][\w.]*): (.+)$/.exec(e.message ?? '');
  if (match?.[1] && match[2]) return { [match[1]]: match[2] };
  return { _form: e.message ?? String(error) };
}
