import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import { ROLE_SETS, type Role } from '../shared/domain';
import type { Context } from './context';

/** "field: message; other.field: message" — the reason a form can show next to the field. */
function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message: zodError ? describeZodError(zodError) : shape.message,
      data: {
        ...shape.data,
        // Never ship server stack traces to the browser.
        stack: undefined,
        zodError: zodError ? z.flattenError(zodError) : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'กรุณาเข้าสู่ระบบ / please sign in' });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Allows only the listed roles; everyone else gets FORBIDDEN (or UNAUTHORIZED when signed out). */
const roleProcedure = (roles: readonly Role[]) =>
  authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `สิทธิ์ไม่เพียงพอ / requires role: ${roles.join(', ')}`,
      });
    }
    return next();
  });

// One named procedure per role set (shared/domain.ts ROLE_SETS); routers use these only.
export const adminProcedure = roleProcedure(ROLE_SETS.admin);
export const insiderProcedure = roleProcedure(ROLE_SETS.insiders);
export const auditReaderProcedure = roleProcedure(ROLE_SETS.auditReaders);
export const reporterProcedure = roleProcedure(ROLE_SETS.reporters);
export const quickWinLeadProcedure = roleProcedure(ROLE_SETS.quickWinLeads);
