import { initTRPC } from '@trpc/server';
import { ROLE_SETS, type Role } from '../shared/domain';
import type { DataDomain } from '../db/data-versions';
import type { Context } from './context';
import { forbidden, toApiError, unauthenticated } from './lib/errors';

/**
 * `reads`: the data domains a public query's answer depends on (nothing else: not the user, not
 * the request). Declaring it lets anonymous answers carry an ETag and be served from memory until
 * one of those domains changes (server/lib/public-cache.ts, decision 0014).
 */
export type ProcedureMeta = { reads?: readonly DataDomain[] };

/** What the public pages read, named once for the routers' `meta`. */
export const READS = {
  /** Plan, indicators, values, Quick Wins, coverage (agencies and assignments). */
  plan: ['plan', 'progress', 'registry', 'reporting'],
  /**
   * ITA results with their targets, registry breakdowns and the seminar rounds' provinces. Not
   * `progress`: approving agencies' values on a deadline day leaves every ITA answer cached.
   */
  ita: ['ita', 'registry', 'plan', 'activities'],
  registry: ['registry'],
} as const satisfies Record<string, readonly DataDomain[]>;

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  // The error contract (docs/decisions/0007-error-contract.md): a code, the field and its
  // parameters in `data.error`; no prose and no stack. The client words it in the user's language.
  errorFormatter({ shape, error }) {
    const apiError = toApiError(error);
    return {
      message: apiError.code,
      code: shape.code,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, error: apiError },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    throw unauthenticated();
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Allows only the listed roles; everyone else gets FORBIDDEN (or UNAUTHORIZED when signed out). */
const roleProcedure = (roles: readonly Role[]) =>
  authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) {
      throw forbidden('forbidden_role', { roles: [...roles] });
    }
    return next();
  });

// One named procedure per role set (shared/domain.ts ROLE_SETS); routers use these only.
export const adminProcedure = roleProcedure(ROLE_SETS.admin);
export const insiderProcedure = roleProcedure(ROLE_SETS.insiders);
export const auditReaderProcedure = roleProcedure(ROLE_SETS.auditReaders);
export const reporterProcedure = roleProcedure(ROLE_SETS.reporters);
export const quickWinLeadProcedure = roleProcedure(ROLE_SETS.quickWinLeads);
export const plannerProcedure = roleProcedure(ROLE_SETS.planners);
