// The one place errors are made (docs/decisions/0007-error-contract.md). Services throw what
// these functions build: a code of the contract (shared/errors.ts), the field and parameters —
// never prose. The tRPC error formatter and the plain HTTP routes send the same shape.
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { ZodError } from 'zod';
import type { ApiError, Entity, ErrorCode, ErrorParams, FieldError } from '../../shared/errors';
import { fieldErrorsFromZod } from '../../shared/schemas/zod';

/** A coded error. Extends TRPCError so tRPC keeps it as thrown and maps it to an HTTP status. */
export class AppError extends TRPCError {
  readonly detail: ApiError;
  constructor(status: TRPC_ERROR_CODE_KEY, detail: ApiError, cause?: unknown) {
    // The message is the code: nothing a user reads comes from the server.
    super({ code: status, message: detail.code, cause });
    this.detail = detail;
  }
}

const make = (status: TRPC_ERROR_CODE_KEY, code: ErrorCode, field?: string, params?: ErrorParams) =>
  new AppError(status, { code, ...(field ? { field } : {}), ...(params ? { params } : {}) });

export const unauthenticated = () => make('UNAUTHORIZED', 'unauthenticated');

/** Not allowed: `reason` is the rule that refused (forbidden_role, own_agency_only, not_assigned …). */
export const forbidden = (reason: ErrorCode, params?: ErrorParams, field?: string) => make('FORBIDDEN', reason, field, params);

export const notFound = (entity: Entity, key: string | number, field?: string) =>
  make('NOT_FOUND', 'not_found', field, { entity, key: String(key) });

/** Someone else changed the record since it was loaded: reload and try again. */
export const conflict = (entity: Entity, label?: string | null) =>
  make('CONFLICT', 'stale_version', 'version', { entity, label: label ?? null });

/** A uniqueness rule: the key is taken. */
export const duplicate = (entity: Entity, key: string | number, field: string) =>
  make('CONFLICT', 'duplicate', field, { entity, key: String(key) });

/** The input breaks a rule: the field and the rule's code, with what the message needs. */
export const invalidField = (field: string, code: ErrorCode, params?: ErrorParams) => make('BAD_REQUEST', code, field, params);

/** A state the record is in refuses the action (already submitted, locked period …): 409. */
export const refused = (code: ErrorCode, params?: ErrorParams, field?: string) => make('CONFLICT', code, field, params);

export const tooMany = (retryAfterSeconds: number) =>
  make('TOO_MANY_REQUESTS', 'too_many_requests', undefined, { retryAfter: Math.max(1, Math.ceil(retryAfterSeconds)) });

/** Several fields at once (e.g. a zod error raised inside a service), in the contract's shape. */
export const invalidInput = (fieldErrors: FieldError[]) =>
  new AppError('BAD_REQUEST', { code: 'invalid_input', ...(fieldErrors[0] ? { field: fieldErrors[0].field } : {}), fieldErrors });

/**
 * Any error as the contract's body. Zod errors become field errors; coded errors pass through;
 * tRPC's own errors (bad batch, unknown procedure, parse errors) keep their status with a generic
 * code; anything else is `internal` (the caller logs the cause).
 */
export function toApiError(error: unknown): ApiError {
  const cause = error instanceof TRPCError ? (error.cause ?? null) : error;
  if (error instanceof AppError) return error.detail;
  if (cause instanceof ZodError || error instanceof ZodError) {
    const fieldErrors = fieldErrorsFromZod((cause instanceof ZodError ? cause : error) as ZodError);
    return { code: 'invalid_input', ...(fieldErrors[0]?.field ? { field: fieldErrors[0].field } : {}), fieldErrors };
  }
  if (error instanceof TRPCError) {
    switch (error.code) {
      case 'UNAUTHORIZED':
        return { code: 'unauthenticated' };
      case 'FORBIDDEN':
        return { code: 'forbidden_role' };
      case 'NOT_FOUND':
        return { code: 'not_found' };
      case 'TOO_MANY_REQUESTS':
        return { code: 'too_many_requests' };
      case 'PAYLOAD_TOO_LARGE':
        return { code: 'payload_too_large' };
      case 'UNSUPPORTED_MEDIA_TYPE':
        return { code: 'unsupported_media_type' };
      case 'BAD_REQUEST':
      case 'PARSE_ERROR':
      case 'METHOD_NOT_SUPPORTED':
        return { code: 'bad_request' };
      default:
        return { code: 'internal' };
    }
  }
  return { code: 'internal' };
}
