import { initTRPC } from '@trpc/server';
import { ROLE_SETS, type Role } from '../shared/domain';
import type { Context } from './context';
import { forbidden, toApiError, unauthenticated } from './lib/errors';

const t = initTRPC.context<Context>().create({
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
