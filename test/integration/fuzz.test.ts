// Fuzzing every procedure over HTTP from the router's own input schemas: wrong types, missing
// and extra fields, overlong text, impossible dates, NUL and bidi characters, huge arrays —
// at least 20 cases per procedure, as a signed-in admin (so the input reaches validation and
// the services). Not one answer may be 5xx.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../server/accounts/session';
import { buildApp } from '../../server/app';
import { appRouter } from '../../server/router';
import { freshDbPerTest } from '../helpers/db';
import { insertUser } from '../helpers/users';

type ZodLike = { _zod?: { def: { type: string; innerType?: ZodLike; shape?: Record<string, ZodLike>; in?: ZodLike } } };

/** The object shape under defaults, optionals and pipes, or null for a non-object input. */
function shapeOf(schema: ZodLike | undefined): Record<string, ZodLike> | null {
  let s = schema;
  for (let i = 0; i < 10 && s?._zod; i++) {
    const def = s._zod.def;
    if (def.type === 'object') return def.shape ?? null;
    s = def.innerType ?? def.in;
  }
  return null;
}

const NASTY_TEXT = ['a\u0000b', 'abc\u202Edef', '\u200Bhidden\u200D', '\uD800', '<script>alert(1)</script>', "'; drop table user; --"];
const IMPOSSIBLE_DATES = ['2026-13-45', '2026-02-30', '0000-00-00', '9999-99-99'];

/** At least 20 inputs for one procedure, derived from its input's fields where it has any. */
function casesFor(shape: Record<string, ZodLike> | null, big: boolean): unknown[] {
  const long = 'ก'.repeat(big ? 100_000 : 2_000);
  const hugeArray = Array.from({ length: big ? 10_000 : 300 }, (_, i) => i);
  const generic: unknown[] = [
    null,
    42,
    'text',
    true,
    [],
    [1, 2, 3],
    {},
    { __proto__: { admin: true } },
    { extra: 'field', another: 1 },
    hugeArray,
    long,
    ...NASTY_TEXT.slice(0, 3),
    { limit: -1, offset: 'x' },
    { year: 99999 },
    { id: 1.5, version: -1 },
    { from: '2026-13-45', to: '2026-02-30' },
    { code: '\u0000' },
    { nested: { deep: [null, { x: NaN }] } },
  ];
  if (!shape) return generic;
  const keys = Object.keys(shape);
  const perField = keys.flatMap((key) => [
    { [key]: null },
    { [key]: long },
    { [key]: hugeArray },
    { [key]: { nested: true } },
    { [key]: -1e308 },
    { [key]: IMPOSSIBLE_DATES[key.length % IMPOSSIBLE_DATES.length] },
    { [key]: NASTY_TEXT[key.length % NASTY_TEXT.length] },
  ]);
  const allWrong = Object.fromEntries(keys.map((k) => [k, NASTY_TEXT[0]]));
  return [...generic, ...perField, { ...allWrong, unexpected: 1 }];
}

const fresh = freshDbPerTest((db) => ({ admin: insertUser(db, 'admin') }));
const PROCEDURES = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: ZodLike[] } }>);

describe('fuzzing every procedure', () => {
  it('answers no case with a 5xx', async () => {
    const app = await buildApp({ db: fresh.db, serveClient: false, logger: false, limits: { rateLimitPerMinute: 1_000_000, authRateLimitPerMinute: 1_000_000 } });
    const failures: string[] = [];
    let sent = 0;
    try {
      for (const [name, procedure] of PROCEDURES) {
        const isQuery = procedure._def.type === 'query';
        const cases = casesFor(shapeOf(procedure._def.inputs[0]), !isQuery);
        expect(cases.length, name).toBeGreaterThanOrEqual(20);
        for (const input of cases) {
          // A session per case: auth.logout and password calls end sessions.
          const { token } = createSession(fresh.db, fresh.world.admin.id);
          const headers = { cookie: `sid=${token}`, 'content-type': 'application/json' };
          const body = JSON.stringify(input === undefined ? null : input);
          const res = isQuery
            ? await app.inject({ method: 'GET', url: `/trpc/${name}?input=${encodeURIComponent(body)}`, headers })
            : await app.inject({ method: 'POST', url: `/trpc/${name}`, headers, payload: body });
          sent += 1;
          if (res.statusCode >= 500) failures.push(`${name} ${res.statusCode} ${body.slice(0, 120)} → ${res.body.slice(0, 200)}`);
        }
      }
    } finally {
      await app.close();
    }
    console.log(`fuzz: ${sent} requests to ${PROCEDURES.length} procedures, ${failures.length} answered 5xx`);
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(PROCEDURES.length * 20);
  }, 600_000);
});
