import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { Db } from '../db/client';
import type { SessionUser } from './lib/session-user';
import { SESSION_COOKIE, resolveSession } from './accounts/session';


/** How procedures set or clear the session cookie without knowing about Fastify. */
export interface SessionCookie {
  set(token: string, maxAgeSeconds: number): void;
  clear(): void;
}

export type InnerContextOptions = {
  db: Db;
  user?: SessionUser | null;
  sessionToken?: string | null;
  ip?: string;
  /** Scheme and host the request came to (public links fall back to it without PUBLIC_URL). */
  origin?: string;
  cookie?: SessionCookie;
};

const noCookie: SessionCookie = { set: () => {}, clear: () => {} };

/** The context without HTTP: what integration tests build directly. */
export function createInnerContext(opts: InnerContextOptions) {
  return {
    db: opts.db,
    user: opts.user ?? null,
    sessionToken: opts.sessionToken ?? null,
    ip: opts.ip ?? '127.0.0.1',
    origin: opts.origin ?? 'http://localhost:3000',
    cookie: opts.cookie ?? noCookie,
  };
}

export type Context = ReturnType<typeof createInnerContext>;

export function makeCreateContext(db: Db, secureCookies: boolean) {
  return ({ req, res }: CreateFastifyContextOptions): Context => {
    const token = req.cookies[SESSION_COOKIE] ?? null;
    const user = token ? resolveSession(db, token) : null;
    return createInnerContext({
      db,
      user,
      sessionToken: user ? token : null,
      ip: req.ip,
      origin: `${req.protocol}://${req.host}`,
      cookie: {
        set: (value, maxAge) =>
          void res.setCookie(SESSION_COOKIE, value, {
            path: '/',
            httpOnly: true,
            sameSite: 'lax',
            secure: secureCookies,
            maxAge,
          }),
        clear: () => void res.clearCookie(SESSION_COOKIE, { path: '/' }),
      },
    });
  };
}
