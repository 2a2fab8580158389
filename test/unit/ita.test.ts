import { describe, expect, it } from 'vitest';
import {
  ITA_INDICATORS,
  ITA_PUBLISHED,
  ITA_TOOLS,
  isItaPass,
  itaGrade,
  itaGradeLabel,
  itaGradeScale,
  passPercent,
  type ItaScores,
} from '../../shared/ita';

const allTools = (t: number) => ({ iit: t, eit: t, oit: t });

describe('itaGrade up to 2565 (seven bands)', () => {
  it.each<[number, number, string]>([
    [2565, 100, 'AA'],
    [2565, 95, 'AA'],
    [2565, 94.995, 'AA'], // published to two decimals: 95.00
    [2565, 94.99, 'A'],
    [2565, 85, 'A'],
    [2565, 84.99, 'B'],
    [2565, 75, 'B'],
    [2565, 74.99, 'C'],
    [2565, 65, 'C'],
    [2565, 64.99, 'D'],
    [2565, 55, 'D'],
    [2565, 54.99, 'E'],
    [2565, 50, 'E'],
    [2565, 49.99, 'F'],
    [2565, 0, 'F'],
    [2564, 90, 'A'],
  ])('%i total %f → %s', (year, total, grade) => {
    expect(itaGrade(year, { total })).toBe(grade);
  });

  it('ignores the tool scores (the tool checks start in 2566)', () => {
    expect(itaGrade(2565, { total: 94.64, iit: 99, eit: 80, oit: 99 })).toBe('A');
  });
});

describe('itaGrade from 2566 (five levels with tool checks)', () => {
  it.each<[string, number, ItaScores, string]>([
    ['95 with every tool ≥ 95', 2566, { total: 95, ...allTools(95) }, 'excellent'],
    ['100', 2568, { total: 100, ...allTools(100) }, 'excellent'],
    ['95 but a tool at 94.99', 2566, { total: 95, iit: 94.99, eit: 96, oit: 96 }, 'good'],
    ['94.99 with every tool ≥ 95 is not excellent', 2567, { total: 94.99, ...allTools(95) }, 'good'],
    ['85 with every tool ≥ 85', 2566, { total: 85, ...allTools(85) }, 'good'],
    ['94.99 with every tool ≥ 85', 2566, { total: 94.99, ...allTools(90) }, 'good'],
    ['95 but EIT 84.99', 2566, { total: 95, iit: 100, eit: 84.99, oit: 100 }, 'passed'],
    // MGR Online 2568: สตง. 94.64 rated ผ่าน (not ผ่านดี) because EIT < 85.
    ['94.64 with EIT below 85 (สตง. 2568)', 2568, { total: 94.64, iit: 98, eit: 84.2, oit: 99.5 }, 'passed'],
    ['85 with OIT 84.99', 2566, { total: 85, iit: 90, eit: 90, oit: 84.99 }, 'passed'],
    ['85 with tool scores missing', 2566, { total: 85 }, 'passed'],
    ['97 with a tool missing', 2566, { total: 97, iit: 97, eit: null, oit: 97 }, 'passed'],
    ['84.99', 2566, { total: 84.99, ...allTools(100) }, 'improve'],
    ['84.995 rounds to 85.00', 2566, { total: 84.995, ...allTools(90) }, 'good'],
    ['70', 2566, { total: 70, ...allTools(70) }, 'improve'],
    ['69.99', 2566, { total: 69.99, ...allTools(70) }, 'urgent'],
    ['0', 2566, { total: 0, ...allTools(0) }, 'urgent'],
  ])('%s → %s', (_name, year, scores, grade) => {
    expect(itaGrade(year, scores)).toBe(grade);
  });

  it('labels the levels in Thai as the NACC does', () => {
    const stg = itaGrade(2568, { total: 94.64, iit: 98, eit: 84.2, oit: 99.5 });
    expect(itaGradeLabel(stg)?.th).toBe('ผ่าน');
    expect(itaGradeLabel(stg)?.th).not.toBe('ผ่านดี');
    expect(levelNamesTh()).toEqual(['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่าน', 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน']);
  });
});

function levelNamesTh() {
  return itaGradeScale(2566).map((g) => itaGradeLabel(g)?.th);
}

describe('grade scale, pass and the reference data', () => {
  it('switches scale in 2566', () => {
    expect(itaGradeScale(2565)).toEqual(['AA', 'A', 'B', 'C', 'D', 'E', 'F']);
    expect(itaGradeScale(2566)).toHaveLength(5);
  });

  it.each<[number, boolean]>([
    [84.99, false],
    [84.994, false],
    [84.995, true],
    [85, true],
  ])('isItaPass(%f) = %s', (total, pass) => {
    expect(isItaPass(total)).toBe(pass);
  });

  it('has ten indicators split 5/3/2 over the three tools, weights summing to 1', () => {
    expect(ITA_INDICATORS.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const tool of ITA_TOOLS) {
      expect(ITA_INDICATORS.filter((i) => i.tool === tool.code).map((i) => i.no)).toEqual(tool.indicators);
    }
    expect(ITA_TOOLS.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1, 10);
  });

  it('reproduces the published pass percentages from the published counts', () => {
    expect(ITA_PUBLISHED.map((p) => passPercent(p.passed, p.agencies))).toEqual([70.52, 80.94, 92.44, 94.17]);
    expect(passPercent(1, 0)).toBe(0);
  });
});
