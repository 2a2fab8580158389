import { beforeAll, describe, expect, it } from 'vitest';
import { CORE_AGENCIES } from '../../db/seed/agencies-data';
import { generateItaDemo, type ItaDemo } from '../../db/seed/ita-demo';
import { PUBLISHED_ITA_RESULTS } from '../../db/seed/ita-published-data';
import { ITA_PUBLISHED, ITA_PUBLISHED_INDICATORS, itaGrade } from '../../shared/ita';

let demo: ItaDemo;
beforeAll(() => {
  demo = generateItaDemo();
});

describe('generateItaDemo', () => {
  it.each(ITA_PUBLISHED.map((p) => [p.year, p] as const))('with the published results of real agencies, reproduces the national figures of %i', (year, p) => {
    const rows = [...demo.results, ...PUBLISHED_ITA_RESULTS].filter((r) => r.year === year);
    expect(rows).toHaveLength(p.agencies);
    const mean = rows.reduce((s, r) => s + r.total, 0) / rows.length;
    expect(Math.abs(mean - p.mean)).toBeLessThanOrEqual(0.1);
    const passed = rows.filter((r) => r.total >= 85).length;
    expect(Math.abs((passed - p.passed) / p.agencies) * 100).toBeLessThanOrEqual(0.1);
  });

  it('reproduces the indicator means the press reported', () => {
    for (const p of ITA_PUBLISHED_INDICATORS) {
      const rows = demo.results.filter((r) => r.year === p.year);
      const mean = rows.reduce((s, r) => s + r[p.key], 0) / rows.length;
      expect(Math.abs(mean - p.mean), `${p.year} ${p.key}`).toBeLessThanOrEqual(0.1);
    }
  });

  it('is deterministic for a seed and different for another seed', () => {
    const again = generateItaDemo();
    expect(again.results.slice(0, 50)).toEqual(demo.results.slice(0, 50));
    expect(again.results.at(-1)).toEqual(demo.results.at(-1));
    const other = generateItaDemo(7);
    expect(other.results.slice(0, 50)).not.toEqual(demo.results.slice(0, 50));
    // Two full generations: seconds on a loaded machine.
  }, 30_000);

  it('labels every generated agency as demo, with unique codes, across the 77 provinces', () => {
    const generated = demo.agencies;
    expect(generated.length).toBe(8345);
    expect(generated.every((a) => a.nameTh.startsWith('หน่วยงานสาธิต') && a.nameEn.startsWith('Demo agency'))).toBe(true);
    expect(generated.every((a) => a.code.startsWith('DEMO-'))).toBe(true);
    expect(new Set(demo.agencies.map((a) => a.code)).size).toBe(demo.agencies.length);
    expect(new Set(demo.agencies.map((a) => a.provinceCode)).size).toBe(77);
    const local = demo.agencies.filter((a) => a.level === 'local').length;
    expect(local / demo.agencies.length).toBeGreaterThan(0.9);
  });

  it('keeps scores within 0–100, tools consistent with the total and grades by the year rules', () => {
    const keys = ['total', 'iit', 'eit', 'oit', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9', 'i10'] as const;
    const outOfRange = demo.results.filter((r) => keys.some((k) => !(r[k] >= 0 && r[k] <= 100)));
    expect(outOfRange).toEqual([]);
    const misgraded = demo.results.filter((r) => r.grade !== itaGrade(r.year, r));
    expect(misgraded).toEqual([]);
    const gap =
      demo.results.reduce((s, r) => s + Math.abs(0.3 * r.iit + 0.3 * r.eit + 0.4 * r.oit - r.total), 0) / demo.results.length;
    expect(gap).toBeLessThan(0.05);
  });

  it('gives no real agency of the registry a generated result', () => {
    const real = new Set(CORE_AGENCIES.map((a) => a.code));
    const codes = new Set(demo.agencies.map((a) => a.code));
    expect([...real].filter((c) => codes.has(c))).toEqual([]);
    expect(demo.results.filter((r) => real.has(r.code))).toEqual([]);
    // Each published real result stands in for a demo agency in its year.
    for (const p of ITA_PUBLISHED) {
      const published = PUBLISHED_ITA_RESULTS.filter((r) => r.year === p.year).length;
      expect(demo.results.filter((r) => r.year === p.year)).toHaveLength(p.agencies - published);
    }
  });

  it('moves agencies between years (some improve, some decline)', () => {
    const byKey = new Map(demo.results.filter((r) => r.year === 2567).map((r) => [r.code, r.total]));
    const deltas = demo.results.filter((r) => r.year === 2568 && byKey.has(r.code)).map((r) => r.total - byKey.get(r.code)!);
    expect(deltas.filter((d) => d > 5).length).toBeGreaterThan(200);
    expect(deltas.filter((d) => d < -5).length).toBeGreaterThan(200);
  });
});
