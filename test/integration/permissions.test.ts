// Every procedure of the accounts/reporting routers × the six identities. "ok" means the
// call gets past authorisation (and, with these inputs, succeeds); a refusal must also
// leave the database untouched.
import Database from 'better-sqlite3';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import * as schema from '../../db/schema';
import { quickWins, users, valueSubmissions } from '../../db/schema';
import { appRouter } from '../../server/router';
import { hashPassword } from '../../server/accounts/passwords';
import { saveValue } from '../../server/reporting/submissions';
import { callerFor } from '../helpers/caller';
import { createTestDb, tableCounts } from '../helpers/db';
import { setupReporting, type Identities } from '../helpers/reporting';

type Who = keyof Identities;
const WHO: Who[] = ['anonymous', 'reporterA', 'reporterB', 'analyst', 'committee', 'admin'];
type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN';
type Caller = ReturnType<typeof callerFor>;

const PASSWORD = 'matrix password 123';
let template: Buffer;
let world: ReturnType<typeof setupReporting>;
let submittedId: number;
let ocscQuickWin: { id: number; version: number };

/** A copy of the prepared database: each case starts from the same state. */
function freshDb(): Db {
  const sqlite = new Database(template);
  sqlite.pragma('foreign_keys = ON');
  return drizzle({ client: sqlite, schema }) as Db;
}

beforeAll(async () => {
  const db = createTestDb();
  world = setupReporting(db);
  const hash = await hashPassword(PASSWORD);
  db.update(users).set({ passwordHash: hash }).run();
  // A submitted value (agency A) for the review procedures.
  submittedId = saveValue(db, world.ids.reporterA, { indicatorId: world.ind['S3-EX-01']!, year: 2569, value: 10, version: null, intent: 'submit' }).id;
  const qw = db.select({ id: quickWins.id, version: quickWins.version }).from(quickWins).where(eq(quickWins.code, 'QW-EX-01')).get()!;
  ocscQuickWin = qw;
  template = db.$client.serialize();
});

const ALL: Outcome[] = ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'];
const AUTHED: Outcome[] = ['UNAUTHORIZED', 'ok', 'ok', 'ok', 'ok', 'ok'];
const ADMIN: Outcome[] = ['UNAUTHORIZED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok'];
const INSIDERS: Outcome[] = ['UNAUTHORIZED', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok', 'ok'];
const REPORTERS: Outcome[] = ['UNAUTHORIZED', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'];
/** Agency A's own data: its reporter and the insiders, never agency B's reporter. */
const A_AND_INSIDERS: Outcome[] = ['UNAUTHORIZED', 'ok', 'FORBIDDEN', 'ok', 'ok', 'ok'];
/** Writing for agency A: only A's reporter. */
const A_ONLY: Outcome[] = ['UNAUTHORIZED', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'];
const AUDIT: Outcome[] = ['UNAUTHORIZED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok'];
const LEADS_A: Outcome[] = ['UNAUTHORIZED', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok'];
const LEADS: Outcome[] = ['UNAUTHORIZED', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'ok'];

const MATRIX: Record<string, { expect: Outcome[]; call: (c: Caller, who: Who) => Promise<unknown> }> = {
  'auth.me': { expect: ALL, call: (c) => c.auth.me() },
  'auth.login': { expect: ALL, call: (c) => c.auth.login({ username: world.ids.analyst.username, password: PASSWORD }) },
  'auth.logout': { expect: ALL, call: (c) => c.auth.logout() },
  'auth.changePassword': { expect: AUTHED, call: (c) => c.auth.changePassword({ currentPassword: PASSWORD, newPassword: 'another long password' }) },

  'user.list': { expect: ADMIN, call: (c) => c.user.list() },
  'user.create': { expect: ADMIN, call: (c) => c.user.create({ username: 'newbie', displayName: 'n', role: 'analyst', agencyId: null, password: 'long enough password' }) },
  'user.update': {
    expect: ADMIN,
    call: async (c, who) => {
      // Load the row as the admin would (a non-admin cannot list, so read it for them).
      const target = who === 'admin' ? (await c.user.list({ q: world.ids.committee.username, limit: 1, offset: 0 })).rows[0]! : { version: 1 };
      return c.user.update({ id: world.ids.committee.id, version: target.version, displayName: 'renamed', role: 'committee', agencyId: null, active: true });
    },
  },
  'user.resetPassword': { expect: ADMIN, call: (c) => c.user.resetPassword({ id: world.ids.analyst.id, password: 'brand new password' }) },

  'agency.list': { expect: ALL, call: (c) => c.agency.list() },
  'agency.create': { expect: ADMIN, call: (c) => c.agency.create({ code: 'NEW-1', nameTh: 'ใหม่', nameEn: '', level: 'central', type: 'department', parentId: null, provinceCode: null }) },
  'agency.update': {
    expect: ADMIN,
    call: (c) => c.agency.update({ id: world.agencyIds.NACC, version: 1, code: 'NACC', nameTh: 'สำนักงาน ป.ป.ช.', nameEn: 'NACC', level: 'central', type: 'independent_organ', parentId: null, provinceCode: '12', active: true }),
  },
  'agency.setActive': { expect: ADMIN, call: (c) => c.agency.setActive({ id: world.agencyIds.NACC, version: 1, active: false }) },
  'agency.import': {
    expect: ADMIN,
    call: (c) =>
      c.agency.import({ fileName: 'a.csv', format: 'csv', contentBase64: Buffer.from('code,name_th,level,type\nIMP-1,นำเข้า,central,department\n').toString('base64'), dryRun: false }),
  },

  'period.list': { expect: AUTHED, call: (c) => c.period.list() },
  'period.create': { expect: ADMIN, call: (c) => c.period.create({ year: 2571, opensOn: '2028-10-01', deadline: '2028-12-31', locked: false }) },
  'period.update': { expect: ADMIN, call: (c) => c.period.update({ id: 1, version: 1, opensOn: '2026-01-01', deadline: '2030-01-01', locked: false }) },

  'assignment.list': { expect: INSIDERS, call: (c) => c.assignment.list() },
  'assignment.create': { expect: ADMIN, call: (c) => c.assignment.create({ indicatorId: world.ind['S1-EX-02']!, agencyId: null, agencyType: null, agencyLevel: 'local' }) },
  'assignment.delete': { expect: ADMIN, call: (c) => c.assignment.delete({ id: 1, version: 1 }) },

  'reporting.mine': { expect: REPORTERS, call: (c) => c.reporting.mine() },
  // S1-EX-02 is assigned to agency A (OCSC) only: B's reporter cannot write it.
  'reporting.save': { expect: A_ONLY, call: (c) => c.reporting.save({ indicatorId: world.ind['S1-EX-02']!, year: 2569, value: 1, version: null, intent: 'draft' }) },
  'reporting.submissions': { expect: A_AND_INSIDERS, call: (c) => c.reporting.submissions({ agencyId: world.agencyIds.OCSC, limit: 50, offset: 0 }) },
  'reporting.history': {
    expect: A_AND_INSIDERS,
    call: (c) => c.reporting.history({ indicatorId: world.ind['S3-EX-01']!, year: 2569, agencyId: world.agencyIds.OCSC }),
  },

  'review.queue': { expect: INSIDERS, call: (c) => c.review.queue() },
  'review.approve': { expect: ADMIN, call: (c) => c.review.approve({ id: submittedId, version: 1 }) },
  'review.return': { expect: ADMIN, call: (c) => c.review.return({ id: submittedId, version: 1, comment: 'แก้ไข' }) },

  'completeness.summary': { expect: INSIDERS, call: (c) => c.completeness.summary({ groupBy: 'province' }) },
  'completeness.matrix': { expect: INSIDERS, call: (c) => c.completeness.matrix() },
  'completeness.headline': { expect: INSIDERS, call: (c) => c.completeness.headline() },

  'audit.list': { expect: AUDIT, call: (c) => c.audit.list() },
  'audit.facets': { expect: AUDIT, call: (c) => c.audit.facets() },

  'quickWinUpdate.list': { expect: ALL, call: (c) => c.quickWinUpdate.list({ quickWinId: ocscQuickWin.id }) },
  'quickWinUpdate.mine': { expect: LEADS, call: (c) => c.quickWinUpdate.mine() },
  // QW-EX-01 is led by agency A (OCSC).
  'quickWinUpdate.add': {
    expect: LEADS_A,
    call: (c) => c.quickWinUpdate.add({ quickWinId: ocscQuickWin.id, version: ocscQuickWin.version, status: 'in_progress', progress: 40, note: 'ความคืบหน้า' }),
  },
};

const ROUTERS = ['auth', 'user', 'agency', 'period', 'assignment', 'reporting', 'review', 'completeness', 'audit', 'quickWinUpdate'];

describe('permissions matrix', () => {
  it('covers every procedure of the accounts and reporting routers', () => {
    const procedures = Object.keys(appRouter._def.procedures).filter((p) => ROUTERS.includes(p.split('.')[0]!));
    expect(Object.keys(MATRIX).sort()).toEqual(procedures.sort());
  });

  const cases = Object.entries(MATRIX).flatMap(([name, spec]) => WHO.map((who, i) => [name, who, spec.expect[i]!] as const));

  it.each(cases)('%s as %s → %s', async (name, who, expected) => {
    const db = freshDb();
    const caller = callerFor(db, world.ids[who]);
    const before = tableCounts(db);
    const outcome = await MATRIX[name]!.call(caller, who).then(
      () => 'ok' as const,
      (e: unknown) => e,
    );
    if (expected === 'ok') {
      if (outcome !== 'ok') throw new Error(`${name} as ${who} should succeed, got ${(outcome as Error).message}`);
    } else {
      expect(outcome).toBeInstanceOf(TRPCError);
      expect((outcome as TRPCError).code).toBe(expected);
      expect(tableCounts(db)).toEqual(before);
      if (name === 'reporting.save') expect(db.select().from(valueSubmissions).all()).toHaveLength(1);
    }
    db.$client.close();
  });
});
