import type { Db } from '../../db/client';
import { resolveSession } from '../../server/accounts/session';
import { createInnerContext, type SessionCookie } from '../../server/context';
import type { SessionUser } from '../../server/lib/session-user';
import { appRouter } from '../../server/router';
import { createCallerFactory } from '../../server/trpc';

const createCaller = createCallerFactory(appRouter);

/** A tRPC caller as a given user (or anonymous), against a real database. */
export function callerFor(db: Db, user: SessionUser | null = null) {
  return createCaller(createInnerContext({ db, user }));
}

/**
 * A browser from one address: a cookie jar that signing in fills and signing out empties. Each
 * `caller()` resolves the session from the jar as the server does for a request.
 */
export function browserFor(db: Db, ip = '10.0.0.1') {
  const jar: { token: string | null } = { token: null };
  const cookie: SessionCookie = {
    set: (token) => void (jar.token = token),
    clear: () => void (jar.token = null),
  };
  const caller = () => {
    const user = jar.token ? resolveSession(db, jar.token) : null;
    return createCaller(createInnerContext({ db, user, sessionToken: user ? jar.token : null, ip, cookie }));
  };
  return { jar, caller };
}
