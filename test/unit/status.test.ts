import { describe, expect, it } from 'vitest';
import {
  cagr,
  computeStatus,
  meetsTarget,
  rollUpStatuses,
  statusFromRatio,
  type StatusExplanation,
  type StatusMethod,
  type StatusSubject,
} from '../../shared/status';

const FINAL = 2570;

/** A higher-is-better score indicator; override what a case needs. */
function subject(over: Partial<StatusSubject> = {}): StatusSubject {
  return {
    unit: 'score',
    direction: 'higher',
    baselineYear: 2565,
    baselineValue: 0,
    comparableFromYear: null,
    values: [],
    targets: [{ year: 2570, value: 100 }],
    ...over,
  };
}

const run = (s: StatusSubject, method: StatusMethod = 'trajectory', asOfYear?: number) =>
  computeStatus(s, { method, finalYear: FINAL, asOfYear: asOfYear ?? null });

describe('the issue examples', () => {
  it('CPI score 36 (2565) → 34 (2567) against 57 by 2570 is off track, by both methods', () => {
    const cpi = subject({
      baselineYear: 2565,
      baselineValue: 36,
      comparableFromYear: 2555,
      values: [
        { year: 2565, value: 36 },
        { year: 2566, value: 35 },
        { year: 2567, value: 34 },
      ],
      targets: [{ year: 2570, value: 57 }],
    });
    const t = run(cpi, 'trajectory');
    expect(t).toMatchObject({ status: 'off_track', reason: 'moving_away', scale: 'value' });
    expect(t.baseline).toMatchObject({ year: 2565, value: 36 });
    expect(t.latest).toMatchObject({ year: 2567, value: 34 });
    expect(t.target).toMatchObject({ year: 2570, value: 57 });
    expect(t.expected).toBeCloseTo(36 + (21 * 2) / 5, 10); // 44.4 on the line to 57 in 2570
    expect(t.actualProgress).toBe(-2);
    expect(t.ratio).toBeCloseTo(-2 / 8.4, 10);

    const g = run(cpi, 'growth');
    expect(g).toMatchObject({ status: 'off_track', reason: 'moving_away', growthBand: 'deterioration' });
    expect(g.observedGrowth).toBeCloseTo(Math.sqrt(34 / 36) - 1, 10);
    expect(g.requiredGrowth).toBeCloseTo((57 / 36) ** (1 / 5) - 1, 10);
    expect(g.ratio).toBeLessThan(0);
  });

  it('ITA pass rate 70.52 % (2565) → 94.17 % (2568) against ≥ 80 % is achieved, by both methods', () => {
    const ita = subject({
      unit: 'percent',
      baselineYear: 2565,
      baselineValue: 70.52,
      values: [
        { year: 2565, value: 70.52 },
        { year: 2566, value: 80.94 },
        { year: 2567, value: 92.44 },
        { year: 2568, value: 94.17 },
      ],
      targets: [2565, 2566, 2567, 2568, 2569, 2570].map((year) => ({ year, value: 80 })),
    });
    for (const method of ['trajectory', 'growth'] as const) {
      const e = run(ita, method);
      expect(e, method).toMatchObject({ status: 'achieved', reason: 'met_target', method });
      expect(e.latest).toMatchObject({ year: 2568, value: 94.17 });
      expect(e.yearTarget).toMatchObject({ year: 2568, value: 80 });
    }
  });
});

type Case = {
  name: string;
  subject: StatusSubject;
  method?: StatusMethod;
  asOfYear?: number;
  expect: Partial<StatusExplanation>;
  ratio?: number;
};

const line = (latestYear: number, latest: number, over: Partial<StatusSubject> = {}) =>
  subject({ values: [{ year: 2565, value: 0 }, { year: latestYear, value: latest }], ...over });

// Baseline 0 (2565) → target 100 (2570): expected value = 20 a year, so ratios are exact.
const trajectoryCases: Case[] = [
  { name: 'exactly on the line', subject: line(2567, 40), expect: { status: 'on_track', reason: 'ratio', expected: 40 }, ratio: 1 },
  { name: 'ratio 0.95 is on track (boundary)', subject: line(2570, 95), expect: { status: 'on_track' }, ratio: 0.95 },
  { name: 'ratio 0.94 needs attention', subject: line(2570, 94), expect: { status: 'needs_attention' }, ratio: 0.94 },
  { name: 'ratio 0.60 needs attention (boundary)', subject: line(2570, 60), expect: { status: 'needs_attention' }, ratio: 0.6 },
  { name: 'ratio 0.59 is off track', subject: line(2570, 59), expect: { status: 'off_track', reason: 'ratio' }, ratio: 0.59 },
  { name: 'no progress at all is off track by ratio 0', subject: line(2567, 0), expect: { status: 'off_track', reason: 'ratio' }, ratio: 0 },
  {
    name: 'moving away from the target is off track whatever the size',
    subject: line(2566, -1),
    expect: { status: 'off_track', reason: 'moving_away', actualProgress: -1 },
  },
  {
    name: "the year's own target is the expected value where one is set",
    subject: line(2566, 25, { targets: [{ year: 2566, value: 40 }, { year: 2570, value: 100 }] }),
    expect: { status: 'needs_attention', expected: 40, yearTarget: { year: 2566, value: 40, compared: 40 } },
    ratio: 25 / 40,
  },
  {
    name: 'meeting the final target early (no own target that year) is achieved',
    subject: line(2567, 100),
    expect: { status: 'achieved', reason: 'met_target', yearTarget: null },
  },
  {
    name: "meeting the year's own target is achieved even below the final target",
    subject: line(2566, 45, { targets: [{ year: 2566, value: 40 }, { year: 2570, value: 100 }] }),
    expect: { status: 'achieved', reason: 'met_target' },
  },
  {
    name: 'ahead of the line but short of the target is on track (ratio > 1)',
    subject: line(2567, 70),
    expect: { status: 'on_track' },
    ratio: 70 / 40,
  },
  {
    name: 'the final target is the 2570 one even when a later target exists',
    subject: line(2567, 40, { targets: [{ year: 2570, value: 100 }, { year: 2575, value: 200 }] }),
    expect: { status: 'on_track', target: { year: 2570, value: 100, compared: 100 } },
    ratio: 1,
  },
  {
    name: 'without a 2570 target the latest-dated target ends the line',
    subject: line(2567, 40, { targets: [{ year: 2569, value: 80 }] }),
    expect: { status: 'on_track', target: { year: 2569, value: 80, compared: 80 }, expected: 40 },
    ratio: 1,
  },
  {
    name: 'lower is better: on the line down from 20 to 10',
    subject: subject({
      direction: 'lower',
      baselineValue: 20,
      values: [{ year: 2565, value: 20 }, { year: 2567, value: 16 }],
      targets: [{ year: 2570, value: 10 }],
    }),
    expect: { status: 'on_track', expected: 16, actualProgress: 4, expectedProgress: 4 },
    ratio: 1,
  },
  {
    name: 'lower is better: rising is moving away',
    subject: subject({
      direction: 'lower',
      baselineValue: 20,
      values: [{ year: 2565, value: 20 }, { year: 2567, value: 22 }],
      targets: [{ year: 2570, value: 10 }],
    }),
    expect: { status: 'off_track', reason: 'moving_away' },
  },
  {
    name: 'lower is better: at or below the target is achieved',
    subject: subject({
      direction: 'lower',
      baselineValue: 20,
      values: [{ year: 2565, value: 20 }, { year: 2567, value: 10 }],
      targets: [{ year: 2570, value: 10 }],
    }),
    expect: { status: 'achieved' },
  },
  {
    name: 'lower is better: half of the expected fall (ratio 0.5) is off track',
    subject: subject({
      direction: 'lower',
      baselineValue: 20,
      values: [{ year: 2565, value: 20 }, { year: 2570, value: 15 }],
      targets: [{ year: 2570, value: 10 }],
    }),
    expect: { status: 'off_track', reason: 'ratio' },
    ratio: 0.5,
  },
];

const growthCases: Case[] = [
  {
    name: 'Open SDG worked example (ITA-like 88 → 93 toward 95): substantial → on track',
    method: 'growth',
    subject: subject({
      baselineYear: 2564,
      baselineValue: 88,
      values: [{ year: 2564, value: 88 }, { year: 2568, value: 93 }],
      targets: [{ year: 2570, value: 95 }],
    }),
    expect: { status: 'on_track', growthBand: 'substantial', reason: 'ratio' },
    ratio: ((93 / 88) ** (1 / 4) - 1) / ((95 / 88) ** (1 / 6) - 1),
  },
  {
    name: 'Open SDG worked example (CPI-like 36 → 35 toward 50): deterioration → off track',
    method: 'growth',
    subject: subject({
      baselineYear: 2560,
      baselineValue: 36,
      values: [{ year: 2560, value: 36 }, { year: 2567, value: 35 }],
      targets: [{ year: 2570, value: 50 }],
    }),
    expect: { status: 'off_track', growthBand: 'deterioration', reason: 'moving_away' },
    ratio: ((35 / 36) ** (1 / 7) - 1) / ((50 / 36) ** (1 / 10) - 1),
  },
  {
    name: 'moderate growth → needs attention',
    method: 'growth',
    subject: subject({
      baselineValue: 50,
      values: [{ year: 2565, value: 50 }, { year: 2570, value: 90 }],
      targets: [{ year: 2570, value: 100 }],
    }),
    expect: { status: 'needs_attention', growthBand: 'moderate' },
    ratio: ((90 / 50) ** (1 / 5) - 1) / (2 ** (1 / 5) - 1),
  },
  {
    name: 'limited growth (0 ≤ ratio < 0.6) → off track, not moving away',
    method: 'growth',
    subject: subject({
      baselineValue: 50,
      values: [{ year: 2565, value: 50 }, { year: 2570, value: 60 }],
      targets: [{ year: 2570, value: 100 }],
    }),
    expect: { status: 'off_track', growthBand: 'limited', reason: 'ratio' },
    ratio: ((60 / 50) ** (1 / 5) - 1) / (2 ** (1 / 5) - 1),
  },
  {
    name: 'lower is better: falling rank at the required pace → on track',
    method: 'growth',
    subject: subject({
      unit: 'rank',
      direction: 'lower',
      baselineValue: 100,
      values: [{ year: 2565, value: 100, rankOutOf: 180 }, { year: 2570, value: 51, rankOutOf: 180 }],
      targets: [{ year: 2570, value: 50 }],
    }),
    expect: { status: 'on_track', growthBand: 'substantial', scale: 'value' },
    ratio: -((51 / 100) ** (1 / 5) - 1) / Math.abs(0.5 ** (1 / 5) - 1),
  },
  {
    name: 'lower is better: rising is deterioration',
    method: 'growth',
    subject: subject({
      direction: 'lower',
      baselineValue: 20,
      values: [{ year: 2565, value: 20 }, { year: 2567, value: 22 }],
      targets: [{ year: 2570, value: 10 }],
    }),
    expect: { status: 'off_track', growthBand: 'deterioration', reason: 'moving_away' },
  },
  {
    name: 'both values negative (WGI-like −0.48 → −0.45 toward −0.2): a rise, limited',
    method: 'growth',
    subject: subject({
      unit: 'index',
      baselineYear: 2564,
      baselineValue: -0.48,
      values: [{ year: 2564, value: -0.48 }, { year: 2565, value: -0.45 }],
      targets: [{ year: 2570, value: -0.2 }],
    }),
    expect: { status: 'off_track', growthBand: 'limited', reason: 'ratio' },
    ratio: (-1 * (-0.45 / -0.48 - 1)) / Math.abs((0.2 / 0.48) ** (1 / 6) - 1),
  },
  {
    name: 'values of different sign → no data (growth undefined)',
    method: 'growth',
    subject: subject({
      unit: 'index',
      baselineValue: -0.1,
      values: [{ year: 2565, value: -0.1 }, { year: 2567, value: 0.1 }],
      targets: [{ year: 2570, value: 0.5 }],
    }),
    expect: { status: 'no_data', reason: 'growth_undefined' },
  },
  {
    name: 'a zero baseline is replaced by 0.001 (Open SDG) so growth stays defined',
    method: 'growth',
    subject: line(2567, 40),
    expect: { status: 'on_track' },
    ratio: (cagr(0, 40, 2)) / cagr(0, 100, 5),
  },
  {
    name: "growth: meeting the year's own target is achieved",
    method: 'growth',
    subject: line(2566, 45, { targets: [{ year: 2566, value: 40 }, { year: 2570, value: 100 }] }),
    expect: { status: 'achieved', reason: 'met_target', growthBand: null },
  },
];

const rankCases: Case[] = [
  {
    name: 'CPI rank 110/180 (2564) → 116/182 (2568): compared as percentiles, moving away',
    subject: subject({
      unit: 'rank',
      direction: 'lower',
      baselineYear: 2564,
      baselineValue: 110,
      values: [{ year: 2564, value: 110, rankOutOf: 180 }, { year: 2568, value: 116, rankOutOf: 182 }],
      targets: [{ year: 2565, value: 54 }, { year: 2570, value: 43 }],
    }),
    expect: { status: 'off_track', reason: 'moving_away', scale: 'percentile' },
  },
  {
    name: 'a worse rank among more countries can be a better percentile',
    subject: subject({
      unit: 'rank',
      direction: 'lower',
      baselineValue: 100,
      values: [{ year: 2565, value: 100, rankOutOf: 150 }, { year: 2567, value: 105, rankOutOf: 180 }],
      targets: [{ year: 2570, value: 50 }],
    }),
    // 66.7 % → 58.3 %; target 50/180 = 27.8 %; expected at 2567 = 66.7 + (27.8 − 66.7) × 2/5.
    expect: { status: 'off_track', reason: 'ratio', scale: 'percentile' },
    ratio: (100 / 150 - 105 / 180) / ((100 / 150 - 50 / 180) * (2 / 5)),
  },
  {
    name: 'the same number of countries: ranks compared as they are',
    subject: subject({
      unit: 'rank',
      direction: 'lower',
      baselineValue: 100,
      values: [{ year: 2565, value: 100, rankOutOf: 180 }, { year: 2567, value: 80, rankOutOf: 180 }],
      targets: [{ year: 2570, value: 50 }],
    }),
    expect: { status: 'on_track', scale: 'value', expected: 80 },
    ratio: 1,
  },
  {
    name: 'a percentile rank target is met when the rank itself is',
    subject: subject({
      unit: 'rank',
      direction: 'lower',
      baselineValue: 100,
      values: [{ year: 2565, value: 100, rankOutOf: 176 }, { year: 2567, value: 43, rankOutOf: 180 }],
      targets: [{ year: 2570, value: 43 }],
    }),
    expect: { status: 'achieved', scale: 'percentile' },
  },
];

const breakAndMissingCases: Case[] = [
  {
    name: 'methodology break: a declared baseline before it moves to the first comparable value',
    subject: subject({
      baselineYear: 2554,
      baselineValue: 34,
      comparableFromYear: 2555,
      values: [
        { year: 2553, value: 35 },
        { year: 2554, value: 34 },
        { year: 2555, value: 37 },
        { year: 2567, value: 34 },
      ],
      targets: [{ year: 2570, value: 57 }],
    }),
    // 37 → 34 is a fall; across the break (34 → 34) it would have looked flat.
    expect: { status: 'off_track', reason: 'moving_away', baselineSource: 'after_break', breakYear: 2555 },
  },
  {
    name: 'methodology break: fewer than two comparable points → no data, no trend across it',
    subject: subject({
      baselineYear: 2553,
      baselineValue: 30,
      comparableFromYear: 2556,
      values: [
        { year: 2553, value: 30 },
        { year: 2554, value: 40 },
        { year: 2556, value: 41 },
      ],
      targets: [{ year: 2570, value: 50 }],
    }),
    expect: { status: 'no_data', reason: 'methodology_break', breakYear: 2556, latest: null },
  },
  {
    name: 'points before the break never become "latest"',
    subject: subject({
      baselineYear: null,
      baselineValue: null,
      comparableFromYear: 2560,
      values: [
        { year: 2555, value: 10 },
        { year: 2560, value: 20 },
        { year: 2562, value: 28 },
      ],
      targets: [{ year: 2570, value: 60 }],
    }),
    expect: { status: 'on_track', baselineSource: 'series', breakYear: 2560, expected: 28 },
    ratio: 1,
  },
  {
    name: 'values without a target → no target set (not no data)',
    subject: subject({ targets: [], values: [{ year: 2565, value: 0 }, { year: 2567, value: 40 }] }),
    expect: { status: 'no_target', reason: 'no_target', target: null },
  },
  {
    name: 'no values → no data (fewer than two points)',
    subject: subject({ values: [] }),
    expect: { status: 'no_data', reason: 'too_few_points', latest: null },
  },
  {
    name: 'only the baseline year → no data',
    subject: subject({ values: [{ year: 2565, value: 0 }] }),
    expect: { status: 'no_data', reason: 'too_few_points' },
  },
  {
    name: 'no declared baseline and a single value → no data',
    subject: subject({ baselineYear: null, baselineValue: null, values: [{ year: 2566, value: 30 }] }),
    expect: { status: 'no_data', reason: 'too_few_points', baselineSource: 'series' },
  },
  {
    name: 'no declared baseline: the first value is the baseline',
    subject: subject({
      baselineYear: null,
      baselineValue: null,
      values: [{ year: 2565, value: 0 }, { year: 2567, value: 40 }],
    }),
    expect: { status: 'on_track', baselineSource: 'series', baseline: { year: 2565, value: 0, rankOutOf: null, compared: 0 } },
    ratio: 1,
  },
  {
    name: 'a declared baseline need not be in the series (only its value is declared)',
    subject: subject({ baselineYear: 2564, baselineValue: 0, values: [{ year: 2569, value: 80 }], targets: [{ year: 2569, value: 90 }] }),
    expect: { status: 'needs_attention', baselineSource: 'declared' },
    ratio: 80 / 90,
  },
  {
    name: 'growth: no values → no data too',
    method: 'growth',
    subject: subject({ values: [] }),
    expect: { status: 'no_data', reason: 'too_few_points' },
  },
];

const asOfCases: Case[] = [
  {
    name: 'as of the baseline year there is only one point',
    asOfYear: 2565,
    subject: line(2567, 40),
    expect: { status: 'no_data', reason: 'too_few_points', asOfYear: 2565 },
  },
  {
    name: 'as of a year before the declared baseline there is no baseline',
    asOfYear: 2564,
    subject: line(2567, 40),
    expect: { status: 'no_data', reason: 'too_few_points', baseline: null },
  },
  {
    name: 'as of a year, later values are ignored',
    asOfYear: 2567,
    subject: subject({ values: [{ year: 2565, value: 0 }, { year: 2567, value: 40 }, { year: 2568, value: 0 }] }),
    expect: { status: 'on_track', latest: { year: 2567, value: 40, rankOutOf: null, compared: 40 } },
    ratio: 1,
  },
  {
    name: 'as of a year without its own value, the latest earlier value is used',
    asOfYear: 2569,
    subject: subject({ values: [{ year: 2565, value: 0 }, { year: 2567, value: 40 }] }),
    expect: { status: 'on_track', latest: { year: 2567, value: 40, rankOutOf: null, compared: 40 } },
    ratio: 1,
  },
];

describe.each([
  ['trajectory', trajectoryCases],
  ['growth', growthCases],
  ['rank percentile', rankCases],
  ['methodology break and missing data', breakAndMissingCases],
  ['as of a year', asOfCases],
] as const)('computeStatus — %s', (_group, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const e = run(c.subject, c.method ?? 'trajectory', c.asOfYear);
    expect(e).toMatchObject(c.expect);
    if (c.ratio !== undefined) expect(e.ratio).toBeCloseTo(c.ratio, 10);
  });
});

describe('explanation object', () => {
  it('carries every input the "why this status" panel shows', () => {
    const e = run(line(2567, 30), 'trajectory');
    expect(e).toEqual({
      status: 'needs_attention',
      reason: 'ratio',
      method: 'trajectory',
      direction: 'higher',
      scale: 'value',
      baseline: { year: 2565, value: 0, rankOutOf: null, compared: 0 },
      baselineSource: 'declared',
      latest: { year: 2567, value: 30, rankOutOf: null, compared: 30 },
      target: { year: 2570, value: 100, compared: 100 },
      yearTarget: null,
      expected: 40,
      actualProgress: 30,
      expectedProgress: 40,
      observedGrowth: null,
      requiredGrowth: null,
      ratio: 0.75,
      growthBand: null,
      thresholds: { onTrack: 0.95, needsAttention: 0.6, deterioration: null },
      breakYear: null,
      asOfYear: null,
    });
  });

  it('growth explanations carry both rates and the 0 threshold', () => {
    const e = run(line(2567, 30), 'growth');
    expect(e.thresholds).toEqual({ onTrack: 0.95, needsAttention: 0.6, deterioration: 0 });
    expect(e.observedGrowth).not.toBeNull();
    expect(e.requiredGrowth).not.toBeNull();
    expect(e.expected).toBeNull();
  });

  it('does not mutate its input', () => {
    const s = subject({ values: [{ year: 2567, value: 40 }, { year: 2565, value: 0 }] });
    const copy = structuredClone(s);
    run(s);
    run(s, 'growth');
    expect(s).toEqual(copy);
  });
});

describe('helpers', () => {
  it.each([
    ['higher', 80, 80, true],
    ['higher', 79.99, 80, false],
    ['lower', 43, 43, true],
    ['lower', 44, 43, false],
  ] as const)('meetsTarget(%s, %d, %d) = %s', (direction, value, target, expected) => {
    expect(meetsTarget(direction, value, target)).toBe(expected);
  });

  it.each([
    [1.2, 'trajectory', 'on_track', null],
    [0.95, 'growth', 'on_track', 'substantial'],
    [0.6, 'growth', 'needs_attention', 'moderate'],
    [0, 'growth', 'off_track', 'limited'],
    [-0.01, 'growth', 'off_track', 'deterioration'],
    [-0.01, 'trajectory', 'off_track', null],
  ] as const)('statusFromRatio(%d, %s) = %s / %s', (ratio, method, status, band) => {
    expect(statusFromRatio(ratio, method)).toEqual({ status, band });
  });
});

describe('rollUpStatuses: achieved only when every indicator is, else the worst graded status', () => {
  const e = (status: StatusExplanation['status']) => ({ status });

  it.each([
    ['nothing at all', [], 'no_data', 0],
    ['only no-data indicators', [e('no_data'), e('no_data')], 'no_data', 0],
    ['only indicators without a target', [e('no_target'), e('no_data')], 'no_data', 0],
    ['every indicator achieved', [e('achieved'), e('achieved')], 'achieved', 2],
    // never "achieved" while one indicator has no data (the bug: strategy 1 showed achieved)
    ['achieved and one without data', [e('achieved'), e('no_data')], 'on_track', 1],
    ['achieved and one without a target', [e('achieved'), e('no_target')], 'on_track', 1],
    ['achieved and on track', [e('achieved'), e('on_track')], 'on_track', 2],
    ['one off track among achieved', [e('achieved'), e('achieved'), e('off_track')], 'off_track', 3],
    ['a mixed strategy', [e('achieved'), e('needs_attention'), e('on_track'), e('no_data')], 'needs_attention', 3],
  ] as const)('%s → %s (%d with a status)', (_name, items, status, withStatus) => {
    const r = rollUpStatuses(items);
    expect(r.status).toBe(status);
    expect(r.withStatus).toBe(withStatus);
    expect(r.total).toBe(items.length);
  });

  it('counts every status, no target apart from no data', () => {
    const r = rollUpStatuses([e('achieved'), e('on_track'), e('off_track'), e('no_data'), e('no_target'), e('no_target')]);
    expect(r.counts).toEqual({ achieved: 1, on_track: 1, needs_attention: 0, off_track: 1, no_target: 2, no_data: 1 });
    expect(r.withStatus).toBe(3);
  });
});

describe('no target is not no data', () => {
  const base = { unit: 'score' as const, direction: 'higher' as const, baselineYear: null, baselineValue: null, comparableFromYear: null };
  it.each([
    ['values and no target', [{ year: 2565, value: 1 }, { year: 2566, value: 2 }], [], 'no_target'],
    ['one value and no target', [{ year: 2566, value: 2 }], [], 'no_target'],
    ['no values and no target', [], [], 'no_data'],
    ['a target and one value', [{ year: 2566, value: 2 }], [{ year: 2570, value: 5 }], 'no_data'],
    ['a target and no values', [], [{ year: 2570, value: 5 }], 'no_data'],
  ] as const)('%s → %s', (_name, values, targets, status) => {
    expect(computeStatus({ ...base, values, targets }, { method: 'trajectory', finalYear: 2570 }).status).toBe(status);
  });
});
