import { TRPCError } from '@trpc/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import type { SessionUser } from '../../server/lib/session-user';
import { callerFor } from '../helpers/caller';
import { createTestDb, tableCounts } from '../helpers/db';
import { describeError } from '../helpers/errors';
import { insertUser } from '../helpers/users';

let db: Db;
let admin: SessionUser;

beforeEach(() => {
  db = createTestDb();
  admin = insertUser(db, 'admin');
});

async function errorOf(p: Promise<unknown>): Promise<TRPCError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(TRPCError);
  return e as TRPCError;
}

const newIndicator = {
  code: 'S2-NEW-01',
  strategyNo: 2,
  measureCode: '2.1',
  nameTh: 'ตัวชี้วัดใหม่',
  nameEn: 'A new indicator',
  unit: 'percent' as const,
  direction: 'higher' as const,
  scope: 'national' as const,
  sourceOrgTh: 'สำนักงาน ก.พ.',
  decimals: 1,
  minValue: 0,
  maxValue: 100,
  baselineYear: 2564,
  baselineValue: 40,
};

describe('planAdmin: targets keep their revision history', () => {
  it('revises a target with a reason, keeps the original and shows it on the indicator', async () => {
    const caller = callerFor(db, admin);
    const before = await caller.planAdmin.targets({ indicatorCode: 'CPI-SCORE' });
    const t2570 = before.targets.find((t) => t.year === 2570)!;
    expect(t2570).toMatchObject({ value: 57, originalValue: 57, version: 1 });

    const result = await caller.planAdmin.setTarget({ indicatorCode: 'CPI-SCORE', year: 2570, value: 55, reason: 'มติ ก.ม.จ. ทบทวนเป้าหมาย', version: 1 });
    expect(result).toMatchObject({ revised: true, version: 2 });

    const after = await caller.planAdmin.targets({ indicatorCode: 'CPI-SCORE' });
    const revised = after.targets.find((t) => t.year === 2570)!;
    expect(revised).toMatchObject({ value: 55, originalValue: 57, version: 2 });
    expect(revised.revisions).toEqual([expect.objectContaining({ previousValue: 57, newValue: 55, reason: 'มติ ก.ม.จ. ทบทวนเป้าหมาย' })]);

    const publicView = await callerFor(db).indicator.byCode({ code: 'CPI-SCORE' });
    expect(publicView.targets.find((t) => t.year === 2570)).toMatchObject({ value: 55, originalValue: 57 });
    expect(publicView.targetRevisions).toHaveLength(1);
  });

  it('refuses a revision without a reason and a stale version, writing nothing', async () => {
    const caller = callerFor(db, admin);
    const counts = tableCounts(db);
    const noReason = await errorOf(caller.planAdmin.setTarget({ indicatorCode: 'CPI-SCORE', year: 2570, value: 55, version: 1 }));
    expect(noReason.code).toBe('BAD_REQUEST');
    expect(describeError(noReason)).toContain('reason');
    const stale = await errorOf(caller.planAdmin.setTarget({ indicatorCode: 'CPI-SCORE', year: 2570, value: 55, reason: 'ทบทวน', version: 7 }));
    expect(stale.code).toBe('CONFLICT');
    expect(tableCounts(db)).toEqual(counts);
    const targets = await caller.planAdmin.targets({ indicatorCode: 'CPI-SCORE' });
    expect(targets.targets.find((t) => t.year === 2570)?.value).toBe(57);
  });

  it('a revision keeps the stored source and example flag unless told otherwise', async () => {
    const caller = callerFor(db, admin);
    await caller.planAdmin.setTarget({ indicatorCode: 'S2-EX-01', year: 2570, value: 88, reason: 'ทบทวนเป้าหมาย', version: 1 });
    const s2 = (await caller.planAdmin.targets({ indicatorCode: 'S2-EX-01' })).targets.find((t) => t.year === 2570)!;
    expect(s2).toMatchObject({ value: 88, isExample: true, sourceTh: 'ตัวอย่าง' });
    // A source change alone is an update, not a revision: no reason needed, history unchanged.
    await caller.planAdmin.setTarget({ indicatorCode: 'S2-EX-01', year: 2570, value: 88, version: 2, sourceUrl: 'https://www.ocsc.go.th/' });
    const after = (await caller.planAdmin.targets({ indicatorCode: 'S2-EX-01' })).targets.find((t) => t.year === 2570)!;
    expect(after).toMatchObject({ value: 88, version: 3, sourceUrl: 'https://www.ocsc.go.th/', isExample: true });
    expect(after.revisions).toHaveLength(1);
  });

  it('adds a first target for a year without needing a reason', async () => {
    const caller = callerFor(db, admin);
    const r = await caller.planAdmin.setTarget({ indicatorCode: 'ITA-MEAN', year: 2570, value: 95 });
    expect(r).toMatchObject({ revised: false, version: 1 });
    const ind = await callerFor(db).indicator.byCode({ code: 'ITA-MEAN' });
    expect(ind.targets).toEqual([expect.objectContaining({ year: 2570, value: 95, originalValue: 95 })]);
  });

  it('answers NOT_FOUND for an unknown indicator and BAD_REQUEST naming the field for a bad year', async () => {
    const caller = callerFor(db, admin);
    expect((await errorOf(caller.planAdmin.setTarget({ indicatorCode: 'NOPE', year: 2570, value: 1 }))).code).toBe('NOT_FOUND');
    const bad = await errorOf(caller.planAdmin.setTarget({ indicatorCode: 'CPI-SCORE', year: 1999, value: 1 }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(describeError(bad)).toContain('year');
  });
});

describe('planAdmin: indicators, measures and Quick Wins', () => {
  it('creates an indicator under a measure and edits it with optimistic concurrency', async () => {
    const caller = callerFor(db, admin);
    const created = await caller.planAdmin.upsertIndicator(newIndicator);
    const s2 = await callerFor(db).strategy.byNo({ no: 2 });
    expect(s2.indicators.map((i) => i.code)).toContain('S2-NEW-01');

    await caller.planAdmin.upsertIndicator({ ...newIndicator, id: created.id, version: 1, nameTh: 'ชื่อใหม่' });
    const stale = await errorOf(caller.planAdmin.upsertIndicator({ ...newIndicator, id: created.id, version: 1, nameTh: 'ชื่อที่ค้าง' }));
    expect(stale.code).toBe('CONFLICT');
    const ind = await callerFor(db).indicator.byCode({ code: 'S2-NEW-01' });
    expect(ind.nameTh).toBe('ชื่อใหม่');
  });

  it('rejects inconsistent indicator definitions naming the field', async () => {
    const caller = callerFor(db, admin);
    const counts = tableCounts(db);
    const noAgg = await errorOf(caller.planAdmin.upsertIndicator({ ...newIndicator, scope: 'agency' }));
    expect(describeError(noAgg)).toContain('aggregation');
    const badRange = await errorOf(caller.planAdmin.upsertIndicator({ ...newIndicator, minValue: 10, maxValue: 5 }));
    expect(describeError(badRange)).toContain('maxValue');
    const dup = await errorOf(caller.planAdmin.upsertIndicator({ ...newIndicator, code: 'CPI-SCORE' }));
    expect(dup.code).toBe('CONFLICT');
    const badMeasure = await errorOf(caller.planAdmin.upsertIndicator({ ...newIndicator, measureCode: '9.9' }));
    expect(describeError(badMeasure)).toContain('measureCode');
    expect(tableCounts(db)).toEqual(counts);
  });

  it('refuses to change scope or roll-up once the indicator is assigned, writing nothing', async () => {
    const caller = callerFor(db, admin);
    const { assignments, indicators } = await import('../../db/schema');
    const { eq } = await import('drizzle-orm');
    const ind = db.select().from(indicators).where(eq(indicators.code, 'S3-EX-01')).get()!;
    db.insert(assignments).values({ indicatorId: ind.id, agencyLevel: 'regional' }).run();
    const counts = tableCounts(db);
    const edit = {
      ...newIndicator,
      id: ind.id,
      version: ind.version,
      code: 'S3-EX-01',
      strategyNo: 3,
      measureCode: '3.1',
      unit: 'count' as const,
      scope: 'national' as const,
      baselineYear: null,
      baselineValue: null,
      minValue: 0,
      maxValue: null,
    };
    const err = await errorOf(caller.planAdmin.upsertIndicator(edit));
    expect(err.code).toBe('CONFLICT');
    expect(describeError(err)).toContain('scope');
    expect(tableCounts(db)).toEqual(counts);
    // Other fields can still change.
    await caller.planAdmin.upsertIndicator({ ...edit, scope: 'agency', aggregation: 'sum', nameTh: 'ชื่อที่แก้' });
    expect((await callerFor(db).indicator.byCode({ code: 'S3-EX-01' })).nameTh).toBe('ชื่อที่แก้');
  });

  it('creates a measure and refuses a duplicate code in the same strategy', async () => {
    const caller = callerFor(db, admin);
    await caller.planAdmin.upsertMeasure({ strategyNo: 3, code: '3.2', nameTh: 'กลยุทธ์ใหม่' });
    const s3 = await callerFor(db).strategy.byNo({ no: 3 });
    expect(s3.measures.map((m) => m.code)).toEqual(['3.1', '3.2']);
    expect(s3.measures.find((m) => m.code === '3.2')?.isExample).toBe(false);
    expect((await errorOf(caller.planAdmin.upsertMeasure({ strategyNo: 3, code: '3.2', nameTh: 'ซ้ำ' }))).code).toBe('CONFLICT');
    // Editing carries the loaded version; a stale one is refused and nothing changes.
    const id = s3.measures.find((m) => m.code === '3.2')!.id;
    await caller.planAdmin.upsertMeasure({ id, version: 1, strategyNo: 3, code: '3.2', nameTh: 'กลยุทธ์ที่แก้' });
    expect((await errorOf(caller.planAdmin.upsertMeasure({ id, version: 1, strategyNo: 3, code: '3.2', nameTh: 'ค้าง' }))).code).toBe('CONFLICT');
    expect((await callerFor(db).strategy.byNo({ no: 3 })).measures.find((m) => m.id === id)?.nameTh).toBe('กลยุทธ์ที่แก้');
  });

  it('creates and updates a Quick Win with its levels; a stale update is refused', async () => {
    const caller = callerFor(db, admin);
    const qw = {
      code: 'QW-NEW-01',
      strategyNo: 4,
      levels: ['regional' as const, 'local' as const],
      titleTh: 'Quick Win ใหม่',
      leadAgencyCode: 'OCSC',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      status: 'in_progress' as const,
      progress: 20,
    };
    const created = await caller.planAdmin.upsertQuickWin(qw);
    await caller.planAdmin.upsertQuickWin({ ...qw, id: created.id, version: 1, levels: ['central'], progress: 40 });
    const list = await callerFor(db).quickWin.list({ strategyNo: 4 });
    expect(list.find((q) => q.code === 'QW-NEW-01')).toMatchObject({ levels: ['central'], progress: 40, isExample: false });
    expect((await errorOf(caller.planAdmin.upsertQuickWin({ ...qw, id: created.id, version: 1 }))).code).toBe('CONFLICT');
    const badDates = await errorOf(caller.planAdmin.upsertQuickWin({ ...qw, code: 'QW-NEW-02', endDate: '2024-01-01' }));
    expect(describeError(badDates)).toContain('endDate');
    const badAgency = await errorOf(caller.planAdmin.upsertQuickWin({ ...qw, code: 'QW-NEW-03', leadAgencyCode: 'NOPE' }));
    expect(describeError(badAgency)).toContain('leadAgencyCode');
  });

  it('writes an audit row in the same transaction as each change', async () => {
    const caller = callerFor(db, admin);
    const before = tableCounts(db).audit_log ?? 0;
    await caller.planAdmin.upsertMeasure({ strategyNo: 5, code: '5.2', nameTh: 'กลยุทธ์' });
    await caller.planAdmin.setTarget({ indicatorCode: 'ITA-MEAN', year: 2569, value: 94 });
    expect(tableCounts(db).audit_log).toBe(before + 2);
  });
});

describe('planAdmin: only the secretariat may edit', () => {
  it.each(['committee', 'analyst', 'reporter'] as const)('%s gets FORBIDDEN and nothing changes', async (role) => {
    const user = insertUser(db, role, role === 'reporter' ? 'OCSC' : undefined);
    const counts = tableCounts(db);
    const caller = callerFor(db, user);
    expect((await errorOf(caller.planAdmin.setTarget({ indicatorCode: 'CPI-SCORE', year: 2570, value: 1, reason: 'x', version: 1 }))).code).toBe('FORBIDDEN');
    expect((await errorOf(caller.planAdmin.upsertMeasure({ strategyNo: 1, code: '1.9', nameTh: 'x' }))).code).toBe('FORBIDDEN');
    expect((await errorOf(caller.planAdmin.targets({ indicatorCode: 'CPI-SCORE' }))).code).toBe('FORBIDDEN');
    expect(tableCounts(db)).toEqual(counts);
  });

  it('anonymous visitors get UNAUTHORIZED', async () => {
    const caller = callerFor(db);
    expect((await errorOf(caller.planAdmin.upsertIndicator(newIndicator))).code).toBe('UNAUTHORIZED');
    expect((await errorOf(caller.planAdmin.upsertQuickWin({ code: 'X', strategyNo: 1, levels: ['local'], titleTh: 'x', status: 'not_started', progress: 0 }))).code).toBe('UNAUTHORIZED');
  });
});
