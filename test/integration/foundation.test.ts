import { describe, expect, it } from 'vitest';
import { seedAll } from '../../db/seed';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';

const fresh = freshDbPerTest();

describe('plan.overview', () => {
  it('returns the plan texts verbatim, five strategies and headline indicators', async () => {
    const o = await callerFor(fresh.db).plan.overview();
    expect(o.plan.visionTh).toContain('เจ้าหน้าที่ของรัฐเป็นที่เชื่อถือและไว้วางใจได้');
    expect(o.plan.challengeTh).toBe('ไม่มีข้อยกเว้น ไม่มีข้อกังขา และไม่สูญเปล่า');
    expect(o.strategies.map((s) => s.no)).toEqual([1, 2, 3, 4, 5]);
    expect(o.strategies[0]?.titleTh).toBe('การสร้างมาตรฐานทางจริยธรรมภายในหน่วยงานของรัฐ');
    expect(o.headline.map((h) => h.code)).toEqual(['CPI-SCORE', 'CPI-RANK', 'ITA-MEAN', 'ITA-PASS']);
  });

  it('carries the real CPI 2024 edition (stored as 2567) with its source', async () => {
    const o = await callerFor(fresh.db).plan.overview();
    const cpi = o.headline.find((h) => h.code === 'CPI-SCORE');
    const v2567 = cpi?.values.find((v) => v.year === 2567);
    expect(v2567?.value).toBe(34);
    expect(v2567?.sourceUrl).toMatch(/^https?:\/\//);
    expect(cpi?.isExample).toBe(false);
    expect(cpi?.targets.map((t) => [t.year, t.value])).toEqual([
      [2565, 50],
      [2570, 57],
    ]);
  });

  it('every real (non-example) value has a source', async () => {
    const o = await callerFor(fresh.db).plan.overview();
    const values = o.goalIndicators.flatMap((ind) => ind.values.map((v) => ({ ...v, code: ind.code })));
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v.sourceUrl, `${v.code} ${v.year}`).toBeTruthy();
  });

  it('counts Quick Wins by level', async () => {
    const o = await callerFor(fresh.db).plan.overview();
    const byLevel = Object.fromEntries(o.quickWinsByLevel.map((l) => [l.level, l.total]));
    expect(byLevel).toEqual({ central: 2, regional: 3, local: 3 });
  });

  it('says how many example indicators feed the plan and each strategy status', async () => {
    const o = await callerFor(fresh.db).plan.overview();
    expect(o.exampleIndicatorCount).toBe(7);
    expect(o.strategies.map((s) => s.exampleIndicatorCount)).toEqual([2, 1, 1, 1, 2]);
    // Every roll-up carries the count of example indicators behind it, badged wherever it shows.
    expect(o.status.plan.examples).toBe(7);
    expect(o.strategies.map((s) => s.status.examples)).toEqual([2, 1, 1, 1, 2]);
  });

  it('rejects an unknown plan with NOT_FOUND', async () => {
    expect((await expectTrpcError(callerFor(fresh.db).plan.overview({ planCode: '2571-2575' }), 'not_found')).params).toEqual({ entity: 'plan', key: '2571-2575' });
  });
});

describe('strategy.byNo', () => {
  it('returns measures, indicators with series and Quick Wins', async () => {
    const s = await callerFor(fresh.db).strategy.byNo({ no: 1 });
    expect(s.strategy.no).toBe(1);
    expect(s.measures.length).toBeGreaterThan(0);
    expect(s.measures.every((m) => m.isExample)).toBe(true);
    expect(s.indicators.map((i) => i.code)).toContain('S1-EX-01');
    expect(s.quickWins.length).toBeGreaterThan(0);
    expect(s.quickWins.every((q) => q.strategyNo === 1)).toBe(true);
    expect(s.previous).toBeNull();
    expect(s.next?.no).toBe(2);
  });

  it('names the field on bad input', async () => {
    // @ts-expect-error — deliberately wrong type
    await expectTrpcError(callerFor(fresh.db).strategy.byNo({ no: 'one' }), 'not_a_number', 'no');
    await expectTrpcError(callerFor(fresh.db).strategy.byNo({ no: 0 }), 'too_small', 'no');
  });

  it('answers NOT_FOUND for a strategy that does not exist', async () => {
    await expectTrpcError(callerFor(fresh.db).strategy.byNo({ no: 9 }), 'not_found', 'no');
  });
});

describe('indicator', () => {
  it('lists goal-level indicators only when asked', async () => {
    const goal = await callerFor(fresh.db).indicator.list({ level: 'goal' });
    expect(goal.length).toBeGreaterThan(0);
    expect(goal.every((i) => i.strategyId === null)).toBe(true);
    expect(goal.map((i) => i.code)).toContain('ITA-PASS');
    const s2 = await callerFor(fresh.db).indicator.list({ strategyNo: 2, level: 'all' });
    expect(s2.length).toBeGreaterThan(0);
    expect(s2.every((i) => i.strategyNo === 2)).toBe(true);
  });

  it('returns an indicator with values, targets, metadata and CPI rank denominators', async () => {
    const rank = await callerFor(fresh.db).indicator.byCode({ code: 'CPI-RANK' });
    expect(rank.direction).toBe('lower');
    expect(rank.values.find((v) => v.year === 2568)).toMatchObject({ value: 116, rankOutOf: 182 });
    expect(rank.definitionTh.length).toBeGreaterThan(0);
  });

  it('rejects a malformed code naming the field, and an unknown code with NOT_FOUND', async () => {
    await expectTrpcError(callerFor(fresh.db).indicator.byCode({ code: 'bad code!' }), 'invalid_format', 'code');
    expect((await expectTrpcError(callerFor(fresh.db).indicator.byCode({ code: 'NOPE' }), 'not_found', 'code')).params).toEqual({ entity: 'indicator', key: 'NOPE' });
  });
});

describe('quickWin.list', () => {
  it('filters by level, strategy and status', async () => {
    const local = await callerFor(fresh.db).quickWin.list({ level: 'local' });
    expect(local.length).toBe(3);
    expect(local.every((q) => q.levels.includes('local'))).toBe(true);
    const done = await callerFor(fresh.db).quickWin.list({ status: 'completed' });
    expect(done.length).toBeGreaterThan(0);
    expect(done.every((q) => q.status === 'completed')).toBe(true);
    const s5 = await callerFor(fresh.db).quickWin.list({ strategyNo: 5 });
    expect(s5.map((q) => q.code)).toEqual(['QW-EX-02']);
    expect(s5.every((q) => q.isExample)).toBe(true);
  });

  it('rejects an unknown level naming the field', async () => {
    // @ts-expect-error — deliberately invalid enum value
    await expectTrpcError(callerFor(fresh.db).quickWin.list({ level: 'national' }), 'invalid_option', 'level');
  });
});

describe('province', () => {
  it('has the 77 provinces with Bueng Kan as 38 and Bangkok in no group', async () => {
    const all = await callerFor(fresh.db).province.list();
    expect(all).toHaveLength(77);
    expect(all.find((p) => p.code === '38')?.nameEn).toBe('Bueng Kan');
    expect(all.find((p) => p.code === '10')?.groupId).toBeNull();
    const groups = await callerFor(fresh.db).province.groups();
    expect(groups).toHaveLength(18);
  });

  it('filters by region and rejects an unknown region', async () => {
    const south = await callerFor(fresh.db).province.list({ region: 'south' });
    expect(south.length).toBe(14);
    // @ts-expect-error — deliberately invalid enum value
    await expectTrpcError(callerFor(fresh.db).province.list({ region: 'mars' }), 'invalid_option', 'region');
  });
});

describe('seed', () => {
  it('is idempotent', () => {
    const before = tableCounts(fresh.db);
    seedAll(fresh.db);
    expect(tableCounts(fresh.db)).toEqual(before);
  });
});
