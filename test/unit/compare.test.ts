import { describe, expect, it } from 'vitest';
import { compareIndicatorYears, sortCompareRows } from '../../shared/compare';
import { computeStatus, type StatusSubject } from '../../shared/status';

const OPTS = { method: 'trajectory' as const, finalYear: 2570 };

const itaPass: StatusSubject = {
  unit: 'percent',
  direction: 'higher',
  baselineYear: 2565,
  baselineValue: 70.52,
  comparableFromYear: null,
  values: [
    { year: 2565, value: 70.52 },
    { year: 2566, value: 80.94 },
    { year: 2567, value: 92.44 },
    { year: 2568, value: 94.17 },
  ],
  targets: [2565, 2566, 2567, 2568, 2569, 2570].map((year) => ({ year, value: 80 })),
};

const cpiRank: StatusSubject = {
  unit: 'rank',
  direction: 'lower',
  baselineYear: 2564,
  baselineValue: 110,
  comparableFromYear: 2555,
  values: [
    { year: 2553, value: 78, rankOutOf: 178 },
    { year: 2564, value: 110, rankOutOf: 180 },
    { year: 2565, value: 101, rankOutOf: 180 },
    { year: 2567, value: 107, rankOutOf: 180 },
    { year: 2568, value: 116, rankOutOf: 182 },
  ],
  targets: [
    { year: 2565, value: 54 },
    { year: 2570, value: 43 },
  ],
};

describe('compareIndicatorYears', () => {
  it('ITA pass rate 2565 → 2568: change, % change, gaps to each year target, status A → B', () => {
    const r = compareIndicatorYears(itaPass, 2565, 2568, OPTS);
    expect(r.a).toEqual({
      year: 2565,
      value: 70.52,
      rankOutOf: null,
      target: 80,
      targetYear: 2565,
      gap: -9.48,
      meetsTarget: false,
      status: 'no_data', // only the baseline point as of 2565
      statusYear: null,
      provisional: false,
    });
    expect(r.b).toMatchObject({ year: 2568, value: 94.17, target: 80, meetsTarget: true, status: 'achieved', statusYear: 2568 });
    expect(r.b.gap).toBe(14.17);
    expect(r.change).toBe(23.65);
    expect(r.changePct).toBeCloseTo((23.65 / 70.52) * 100, 10);
    expect(r.trend).toBe('better');
    expect(r.acrossBreak).toBe(false);
  });

  it("year B's status is the indicator's current status when B is the latest year", () => {
    const r = compareIndicatorYears(cpiRank, 2567, 2568, OPTS);
    expect(r.b.status).toBe(computeStatus(cpiRank, { ...OPTS }).status);
  });

  it('a year without a value: no change, and the status rests on the latest earlier value', () => {
    const r = compareIndicatorYears(itaPass, 2567, 2569, OPTS);
    expect(r.b).toMatchObject({ value: null, target: 80, gap: null, meetsTarget: null, status: 'achieved', statusYear: 2568 });
    expect(r).toMatchObject({ change: null, changePct: null, trend: null });
  });

  it('a year without its own target is measured against the next target set', () => {
    const r = compareIndicatorYears(cpiRank, 2567, 2568, OPTS);
    expect(cpiRank.targets.some((t) => t.year === 2568)).toBe(false);
    expect(r.b.targetYear).toBeGreaterThan(2568);
    expect(r.b.gap).not.toBeNull();
  });

  it('a provisional value is shown but leaves the status to the published ones', () => {
    const withProvisional = { ...itaPass, values: [...itaPass.values, { year: 2569, value: 10, provisional: true }] };
    const r = compareIndicatorYears(withProvisional, 2568, 2569, OPTS);
    expect(r.b).toMatchObject({ value: 10, provisional: true, statusYear: 2568, status: 'achieved' });
  });

  it('lower is better: a rising rank is worse', () => {
    const r = compareIndicatorYears(cpiRank, 2565, 2567, OPTS);
    expect(r.change).toBe(6);
    expect(r.trend).toBe('worse');
    expect(r.a.meetsTarget).toBe(false);
    expect(r.a.gap).toBe(101 - 54);
  });

  it('ranks among a different number of countries are judged as percentiles', () => {
    const better: StatusSubject = {
      ...cpiRank,
      values: [
        { year: 2566, value: 100, rankOutOf: 150 },
        { year: 2567, value: 105, rankOutOf: 180 },
      ],
    };
    const r = compareIndicatorYears(better, 2566, 2567, OPTS);
    expect(r.change).toBe(5); // the raw rank is worse …
    expect(r.trend).toBe('better'); // … but 58 % beats 67 %
    expect(r.a.rankOutOf).toBe(150);
  });

  it('does not compute a change across a methodology break', () => {
    const r = compareIndicatorYears(cpiRank, 2553, 2565, OPTS);
    expect(r).toMatchObject({ change: null, changePct: null, trend: null, acrossBreak: true });
    expect(r.a.value).toBe(78);
  });

  it('no % change from zero; equal values are "same"', () => {
    const zero: StatusSubject = { ...itaPass, values: [{ year: 2565, value: 0 }, { year: 2566, value: 0 }] };
    const r = compareIndicatorYears(zero, 2565, 2566, OPTS);
    expect(r).toMatchObject({ change: 0, changePct: null, trend: 'same' });
  });

  it('the growth method flows through to both statuses', () => {
    const cpiScore: StatusSubject = {
      unit: 'score',
      direction: 'higher',
      baselineYear: 2565,
      baselineValue: 36,
      comparableFromYear: 2555,
      values: [
        { year: 2565, value: 36 },
        { year: 2566, value: 35 },
        { year: 2567, value: 34 },
      ],
      targets: [{ year: 2570, value: 57 }],
    };
    const r = compareIndicatorYears(cpiScore, 2566, 2567, { method: 'growth', finalYear: 2570 });
    expect([r.a.status, r.b.status]).toEqual(['off_track', 'off_track']);
    expect(r.change).toBe(-1);
  });
});

describe('sortCompareRows', () => {
  const OPT = { method: 'trajectory' as const, finalYear: 2570 };
  const rows = [
    { name: 'ข', ...compareIndicatorYears(itaPass, 2565, 2568, OPT) }, // +23.65, achieved
    { name: 'ก', ...compareIndicatorYears(cpiRank, 2565, 2567, OPT) }, // +6, off track
    { name: 'ค', ...compareIndicatorYears(itaPass, 2567, 2569, OPT) }, // no change (2569 missing)
  ];
  const names = (r: typeof rows) => r.map((x) => x.name);

  it.each([
    ['order', 'asc', ['ข', 'ก', 'ค']],
    ['order', 'desc', ['ค', 'ก', 'ข']],
    ['indicator', 'asc', ['ก', 'ข', 'ค']],
    ['change', 'desc', ['ข', 'ก', 'ค']],
    ['change', 'asc', ['ก', 'ข', 'ค']], // missing change stays last
    ['valueB', 'asc', ['ข', 'ก', 'ค']], // 94.17, 107, null
    ['status', 'asc', ['ก', 'ค', 'ข']], // off track first; then by status A (achieved before no data)
  ] as const)('by %s %s', (key, dir, expected) => {
    expect(names(sortCompareRows(rows, key, dir, (r) => r.name))).toEqual(expected);
  });

  it('does not reorder its input', () => {
    const copy = [...rows];
    sortCompareRows(rows, 'change', 'desc');
    expect(rows).toEqual(copy);
  });
});
