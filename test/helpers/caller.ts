import type { Db } from '../../db/client';
import { createInnerContext } from '../../server/context';
import type { SessionUser } from '../../server/lib/session-user';
import { appRouter } from '../../server/router';
import { createCallerFactory } from '../../server/trpc';

const createCaller = createCallerFactory(appRouter);

/** A tRPC caller as a given user (or anonymous), against a real database. */
export function callerFor(db: Db, user: SessionUser | null = null) {
  return createCaller(createInnerContext({ db, user }));
}
