import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { assignments, indicators } from '../../db/schema';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { insertUser } from '../helpers/users';

const fresh = freshDbPerTest((db) => ({ admin: insertUser(db, 'admin') }));
const asAdmin = () => callerFor(fresh.db, fresh.world.admin);

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
    const caller = asAdmin();
    const before = await caller.planAdmin.targets({ indicatorCode: 'CPI-SCORE' });
    const t2570 = before.targets.find((t) => t.year === 2570)!;
    expect(t2570).toMatchObject({ value: 57, originalValue: 57, version: 1 });

    const result = await caller.planAdmin.setTarget({ indicatorCode: 'CPI-SCORE', year: 2570, value: 55, reason: 'มติ ก.ม.จ. ทบทวนเป้าหมาย', version: 1 });
    expect(result).toMatchObject({ revised: true, version: 2 });

    const after = await caller.planAdmin.targets({ indicatorCode: 'CPI-SCORE' });
    const revised = after.targets.find((t) => t.year === 2570)!;
    expect(revised).toMatchObject({ value: 55, originalValue: 57, version: 2 });
    expect(revised.revisions).toEqual([expect.objectContaining({ previousValue: 57, newValue: 55, reason: 'มติ ก.ม.จ. ทบทวนเป้าหมาย' })]);

    const publicView = await callerFor(fresh.db).indicator.byCode({ code: 'CPI-SCORE' });
    expect(publicView.targets.find((t) => t.year === 2570)).toMatchObject({ value: 55, originalValue: 57 });
    expect(publicView.targetRevisions).toHaveLength(1);
  });

  it('refuses a revision without a reason and a stale version, writing nothing', async () => {
    const caller = asAdmin();
    const counts = tableCounts(fresh.db);
    await expectTrpcError(caller.planAdmin.setTarget({ indicatorCode: 'CPI-SCORE', year: 2570, value: 55, version: 1 }), 'reason_required', 'reason');
    const stale = await expectTrpcError(caller.planAdmin.setTarget({ indicatorCode: 'CPI-SCORE', year: 2570, value: 55, reason: 'ทบทวน', version: 7 }), 'stale_version', 'version');
    expect(stale.status).toBe('CONFLICT');
    expect(tableCounts(fresh.db)).toEqual(counts);
    const targets = await caller.planAdmin.targets({ indicatorCode: 'CPI-SCORE' });
    expect(targets.targets.find((t) => t.year === 2570)?.value).toBe(57);
  });

  it('a revision keeps the stored source and example flag unless told otherwise', async () => {
    const caller = asAdmin();
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
    const caller = asAdmin();
    const r = await caller.planAdmin.setTarget({ indicatorCode: 'ITA-MEAN', year: 2570, value: 95 });
    expect(r).toMatchObject({ revised: false, version: 1 });
    const ind = await callerFor(fresh.db).indicator.byCode({ code: 'ITA-MEAN' });
    expect(ind.targets).toEqual([expect.objectContaining({ year: 2570, value: 95, originalValue: 95 })]);
  });

  it('answers NOT_FOUND for an unknown indicator and BAD_REQUEST naming the field for a bad year', async () => {
    const caller = asAdmin();
    expect((await expectTrpcError(caller.planAdmin.setTarget({ indicatorCode: 'NOPE', year: 2570, value: 1 }), 'not_found')).status).toBe('NOT_FOUND');
    const bad = await expectTrpcError(caller.planAdmin.setTarget({ indicatorCode: 'CPI-SCORE', year: 1999, value: 1 }), 'too_small', 'year');
    expect(bad.status).toBe('BAD_REQUEST');
  });
});

describe('planAdmin: indicators, measures and Quick Wins', () => {
  it('creates an indicator under a measure and edits it with optimistic concurrency', async () => {
    const caller = asAdmin();
    const created = await caller.planAdmin.upsertIndicator(newIndicator);
    const s2 = await callerFor(fresh.db).strategy.byNo({ no: 2 });
    expect(s2.indicators.map((i) => i.code)).toContain('S2-NEW-01');

    await caller.planAdmin.upsertIndicator({ ...newIndicator, id: created.id, version: 1, nameTh: 'ชื่อใหม่' });
    await expectTrpcError(caller.planAdmin.upsertIndicator({ ...newIndicator, id: created.id, version: 1, nameTh: 'ชื่อที่ค้าง' }), 'stale_version', 'version');
    const ind = await callerFor(fresh.db).indicator.byCode({ code: 'S2-NEW-01' });
    expect(ind.nameTh).toBe('ชื่อใหม่');
  });

  it('rejects inconsistent indicator definitions naming the field', async () => {
    const caller = asAdmin();
    const counts = tableCounts(fresh.db);
    await expectTrpcError(caller.planAdmin.upsertIndicator({ ...newIndicator, scope: 'agency' }), 'aggregation_required', 'aggregation');
    await expectTrpcError(caller.planAdmin.upsertIndicator({ ...newIndicator, minValue: 10, maxValue: 5 }), 'min_above_max', 'maxValue');
    await expectTrpcError(caller.planAdmin.upsertIndicator({ ...newIndicator, code: 'CPI-SCORE' }), 'duplicate', 'code');
    await expectTrpcError(caller.planAdmin.upsertIndicator({ ...newIndicator, measureCode: '9.9' }), 'measure_not_in_strategy', 'measureCode');
    expect(tableCounts(fresh.db)).toEqual(counts);
  });

  it('refuses to change scope or roll-up once the indicator is assigned, writing nothing', async () => {
    const caller = asAdmin();
    const ind = fresh.db.select().from(indicators).where(eq(indicators.code, 'S3-EX-01')).get()!;
    fresh.db.insert(assignments).values({ indicatorId: ind.id, agencyLevel: 'regional' }).run();
    const counts = tableCounts(fresh.db);
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
    const err = await expectTrpcError(caller.planAdmin.upsertIndicator(edit), 'scope_locked', 'scope');
    expect(err.status).toBe('CONFLICT');
    expect(tableCounts(fresh.db)).toEqual(counts);
    // Other fields can still change.
    await caller.planAdmin.upsertIndicator({ ...edit, scope: 'agency', aggregation: 'sum', nameTh: 'ชื่อที่แก้' });
    expect((await callerFor(fresh.db).indicator.byCode({ code: 'S3-EX-01' })).nameTh).toBe('ชื่อที่แก้');
  });

  it('creates a measure and refuses a duplicate code in the same strategy', async () => {
    const caller = asAdmin();
    await caller.planAdmin.upsertMeasure({ strategyNo: 3, code: '3.2', nameTh: 'กลยุทธ์ใหม่' });
    const s3 = await callerFor(fresh.db).strategy.byNo({ no: 3 });
    expect(s3.measures.map((m) => m.code)).toEqual(['3.1', '3.2']);
    expect(s3.measures.find((m) => m.code === '3.2')?.isExample).toBe(false);
    await expectTrpcError(caller.planAdmin.upsertMeasure({ strategyNo: 3, code: '3.2', nameTh: 'ซ้ำ' }), 'duplicate', 'code');
    // Editing carries the loaded version; a stale one is refused and nothing changes.
    const id = s3.measures.find((m) => m.code === '3.2')!.id;
    await caller.planAdmin.upsertMeasure({ id, version: 1, strategyNo: 3, code: '3.2', nameTh: 'กลยุทธ์ที่แก้' });
    await expectTrpcError(caller.planAdmin.upsertMeasure({ id, version: 1, strategyNo: 3, code: '3.2', nameTh: 'ค้าง' }), 'stale_version', 'version');
    expect((await callerFor(fresh.db).strategy.byNo({ no: 3 })).measures.find((m) => m.id === id)?.nameTh).toBe('กลยุทธ์ที่แก้');
  });

  it('creates and updates a Quick Win with its levels; a stale update is refused', async () => {
    const caller = asAdmin();
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
    const list = await callerFor(fresh.db).quickWin.list({ strategyNo: 4 });
    expect(list.find((q) => q.code === 'QW-NEW-01')).toMatchObject({ levels: ['central'], progress: 40, isExample: false });
    await expectTrpcError(caller.planAdmin.upsertQuickWin({ ...qw, id: created.id, version: 1 }), 'stale_version', 'version');
    await expectTrpcError(caller.planAdmin.upsertQuickWin({ ...qw, code: 'QW-NEW-02', endDate: '2024-01-01' }), 'date_order', 'endDate');
    await expectTrpcError(caller.planAdmin.upsertQuickWin({ ...qw, code: 'QW-NEW-03', leadAgencyCode: 'NOPE' }), 'unknown_reference', 'leadAgencyCode');
  });

  it('writes an audit row in the same transaction as each change', async () => {
    const caller = asAdmin();
    const before = tableCounts(fresh.db).audit_log ?? 0;
    await caller.planAdmin.upsertMeasure({ strategyNo: 5, code: '5.2', nameTh: 'กลยุทธ์' });
    await caller.planAdmin.setTarget({ indicatorCode: 'ITA-MEAN', year: 2569, value: 94 });
    expect(tableCounts(fresh.db).audit_log).toBe(before + 2);
  });
});
