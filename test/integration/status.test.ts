// The status layer seen through the procedures: every page carries the same status for the
// same indicator, computed once (shared/status.ts via server/services/status.ts).
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../shared/status';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';

const fresh = freshDbPerTest();

describe('plan.overview carries statuses and roll-ups', () => {
  it('headline indicators: CPI score off track, ITA pass rate achieved, ITA mean has no target', async () => {
    const o = await callerFor(fresh.db).plan.overview();
    const by = Object.fromEntries(o.headline.map((h) => [h.code, h.status]));
    expect(by['CPI-SCORE']).toMatchObject({ status: 'off_track', reason: 'moving_away', method: 'trajectory' });
    expect(by['CPI-SCORE']?.latest).toMatchObject({ year: 2568, value: 33 });
    expect(by['CPI-SCORE']?.target).toMatchObject({ year: 2570, value: 57 });
    expect(by['ITA-PASS']).toMatchObject({ status: 'achieved', reason: 'met_target' });
    expect(by['ITA-PASS']?.latest).toMatchObject({ year: 2568, value: 94.17 });
    expect(by['ITA-MEAN']).toMatchObject({ status: 'no_target', reason: 'no_target' });
    // 110 of 180 (2021) → 116 of 182 (2025): compared as percentiles.
    expect(by['CPI-RANK']).toMatchObject({ status: 'off_track', scale: 'percentile' });
  });

  it('each strategy card has counts per status that add up to its indicators, and an overall status', async () => {
    const o = await callerFor(fresh.db).plan.overview();
    for (const s of o.strategies) {
      const sum = STATUSES.reduce((n, st) => n + s.status.counts[st], 0);
      expect(sum, `strategy ${s.no}`).toBe(s.indicatorCount);
      expect(s.status.total).toBe(s.indicatorCount);
      expect(STATUSES).toContain(s.status.status);
    }
    const planTotal = o.strategies.reduce((n, s) => n + s.indicatorCount, 0) + o.goalIndicators.length;
    expect(o.status.plan.total).toBe(planTotal);
    expect(o.status.goal.total).toBe(o.goalIndicators.length);
  });

  it('flags overdue figures: WGI 2023 edition was due by 31 Oct 2024', async () => {
    const o = await callerFor(fresh.db).plan.overview();
    const wgi = o.goalIndicators.find((i) => i.code === 'WGI-CC');
    expect(wgi?.staleness).toMatchObject({ latestYear: 2565, nextYear: 2566, expectedReleaseOn: '2024-10-31', overdue: true });
    expect(o.status.goal.overdue).toBeGreaterThanOrEqual(1);
  });
});

describe('indicator.byCode carries the status and both methods', () => {
  it('defaults to the indicator method and explains both', async () => {
    const cpi = await callerFor(fresh.db).indicator.byCode({ code: 'CPI-SCORE' });
    expect(cpi.status.method).toBe('trajectory');
    expect(cpi.statusByMethod.trajectory).toEqual(cpi.status);
    expect(cpi.statusByMethod.growth).toMatchObject({ method: 'growth', status: 'off_track', growthBand: 'deterioration' });
    expect(cpi.statusByMethod.growth.observedGrowth).toBeLessThan(0);
    expect(cpi.status.thresholds).toEqual({ onTrack: 0.95, needsAttention: 0.6, deterioration: null });
    expect(cpi.status.baseline).toMatchObject({ year: 2564, value: 35 });
    expect(cpi.status.expected).toBeCloseTo(35 + (22 * 4) / 6, 10);
  });

  it('switches method on request', async () => {
    const g = await callerFor(fresh.db).indicator.byCode({ code: 'ITA-PASS', method: 'growth' });
    expect(g.status).toMatchObject({ method: 'growth', status: 'achieved' });
    expect(g.statusByMethod.growth).toEqual(g.status);
    expect(g.statusByMethod.trajectory.method).toBe('trajectory');
  });

  it('rejects an unknown method naming the field', async () => {
    // @ts-expect-error — deliberately invalid enum value
    await expectTrpcError(callerFor(fresh.db).indicator.byCode({ code: 'CPI-SCORE', method: 'magic' }), 'invalid_option', 'method');
  });

  it('indicator.list carries statuses too', async () => {
    const list = await callerFor(fresh.db).indicator.list({ level: 'goal' });
    expect(list.find((i) => i.code === 'ITA-PASS')?.status.status).toBe('achieved');
  });

  it('reading statuses writes nothing', async () => {
    const before = tableCounts(fresh.db);
    await callerFor(fresh.db).plan.overview();
    await callerFor(fresh.db).indicator.byCode({ code: 'CPI-RANK', method: 'growth' });
    await callerFor(fresh.db).strategy.byNo({ no: 1 });
    expect(tableCounts(fresh.db)).toEqual(before);
  });
});

describe('the same numbers on every page', () => {
  it('overview, strategy, indicator, compare and report agree for every indicator', async () => {
    const caller = callerFor(fresh.db);
    const overview = await caller.plan.overview();
    const report = await caller.report.committee();
    // Year B at the plan's last year: as of then, every published value counts.
    const compare = await caller.compare.years({ from: 2566, to: overview.plan.endYear });
    const compareBy = new Map(compare.rows.map((r) => [r.code, r]));
    const reportIndicators = [...report.goalIndicators, ...report.strategies.flatMap((s) => s.indicators)];
    const reportBy = new Map(reportIndicators.map((r) => [r.code, r]));

    const strategyPages = await Promise.all(overview.strategies.map((s) => caller.strategy.byNo({ no: s.no })));
    const fromPages = [
      ...overview.goalIndicators.map((i) => ({ page: 'overview', ...i })),
      ...strategyPages.flatMap((p) => p.indicators.map((i) => ({ page: `strategy ${p.strategy.no}`, ...i }))),
    ];
    expect(fromPages.length).toBe(overview.status.plan.total);
    expect(reportIndicators.length).toBe(fromPages.length);
    expect(compare.rows.length).toBe(fromPages.length);

    let compared = 0;
    for (const fromPage of fromPages) {
      const detail = await caller.indicator.byCode({ code: fromPage.code });
      const where = `${fromPage.code} (${fromPage.page})`;
      expect(detail.status, where).toEqual(fromPage.status);
      expect(detail.staleness, where).toEqual(fromPage.staleness);
      expect(reportBy.get(fromPage.code)?.status, where).toEqual(fromPage.status);
      const row = compareBy.get(fromPage.code);
      expect(row?.b.status, where).toBe(fromPage.status.status);
      expect(row?.b.statusYear ?? null, where).toBe(fromPage.status.latest?.year ?? null);
      const latestOnPage = fromPage.values[fromPage.values.length - 1];
      expect(reportBy.get(fromPage.code)?.trend.at(-1)?.value, where).toBe(latestOnPage?.value);
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(10);

    // Roll-ups: overview cards = strategy pages = report sections.
    for (const [i, s] of overview.strategies.entries()) {
      expect(strategyPages[i]?.status, `strategy ${s.no}`).toEqual(s.status);
      expect(report.strategies.find((r) => r.no === s.no)?.status, `strategy ${s.no}`).toEqual(s.status);
    }
    expect(report.status).toEqual(overview.status);
  });
});
