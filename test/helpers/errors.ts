// One way to assert a failed call: the error contract's code, and the field it names.
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { toApiError } from '../../server/lib/errors';
import type { ApiError, ErrorCode } from '../../shared/errors';

/**
 * Awaits a call that must fail and checks its contract: the code (the error's own, or a field
 * error's for zod validation) and, when given, the field it names. Returns the error body
 * and the tRPC status for further checks.
 */
export async function expectTrpcError(promise: Promise<unknown>, code: ErrorCode, field?: string): Promise<ApiError & { status: TRPCError['code'] }> {
  let thrown: unknown = null;
  try {
    await promise;
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `expected the call to fail with ${code}`).toBeInstanceOf(TRPCError);
  const api = toApiError(thrown);
  const matches = [
    { code: api.code, field: api.field },
    ...(api.fieldErrors ?? []).map((f) => ({ code: f.code, field: f.field })),
  ];
  expect(matches, JSON.stringify(api)).toContainEqual(field === undefined ? expect.objectContaining({ code }) : { code, field });
  return { ...api, status: (thrown as TRPCError).code };
}

/** What a call came to: 'ok', or the contract code it failed with (for tallies and matrices). */
export async function outcomeOf(promise: Promise<unknown>): Promise<'ok' | ErrorCode> {
  try {
    await promise;
    return 'ok';
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    return toApiError(e).code;
  }
}
