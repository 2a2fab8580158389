import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import type { Role } from '../shared/domain';
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
export const roleProcedure = (...roles: [Role, ...Role[]]) =>
  authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `สิทธิ์ไม่เพียงพอ / requires role: ${roles.join(', ')}`,
      });
    }
    return next();
  });

/** Roles that may read unpublished data (drafts, submissions, demo analytics detail). */
export const INSIDER_ROLES = ['admin', 'committee', 'analyst'] as const satisfies readonly Role[];
