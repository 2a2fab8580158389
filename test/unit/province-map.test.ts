import { describe, expect, it } from 'vitest';
import thailand from '@svg-maps/thailand';
import { classOf, legendClasses, sequentialPalette } from '../../shared/map-scale';
import { LAKE_SHAPE_IDS, PROVINCE_SHAPES } from '../../shared/province-map-ids';
import { PROVINCES } from '../../db/seed/provinces-data';

describe('the map joins the 77 provinces exactly once', () => {
  const projectCodes = PROVINCES.map((p) => p.code).sort();

  it('covers every province code once and no other', () => {
    expect(projectCodes).toHaveLength(77);
    const mapped = PROVINCE_SHAPES.map((s) => s.code).sort();
    expect(mapped).toEqual(projectCodes);
    expect(new Set(PROVINCE_SHAPES.map((s) => s.svgId)).size).toBe(77);
  });

  it('maps every shape of the map, and the lake is not a province', () => {
    const shapeIds = thailand.locations.map((l) => l.id);
    const joined = new Set([...PROVINCE_SHAPES.map((s) => s.svgId), ...LAKE_SHAPE_IDS]);
    expect(shapeIds.filter((id) => !joined.has(id))).toEqual([]);
    expect(PROVINCE_SHAPES.some((s) => (LAKE_SHAPE_IDS as readonly string[]).includes(s.svgId))).toBe(false);
    expect(thailand.locations.find((l) => l.id === 'lksg')?.name).toMatch(/Lake/);
  });

  it('joins each shape by the name the map gives it', () => {
    for (const s of PROVINCE_SHAPES) expect(thailand.locations.find((l) => l.id === s.svgId)?.name).toBe(s.svgName);
  });
});

describe('classes of a choropleth', () => {
  it.each([
    [null, [85, 95], null],
    [undefined, [85, 95], null],
    [Number.NaN, [85, 95], null],
    [84.99, [85, 95], 0],
    [85, [85, 95], 1],
    [94.9, [85, 95], 1],
    [95, [85, 95], 2],
    [100, [85, 95], 2],
    [0, [], 0],
  ] as const)('value %s with breaks %j is class %s', (value, breaks, expected) => {
    expect(classOf(value, breaks)).toBe(expected);
  });

  it('states each class as a range with open ends', () => {
    expect(legendClasses([85, 95])).toEqual([
      { index: 0, from: null, to: 85 },
      { index: 1, from: 85, to: 95 },
      { index: 2, from: 95, to: null },
    ]);
  });

  it.each([1, 2, 3, 4, 5, 6])('gives %i distinct colours, light to dark', (n) => {
    const colours = sequentialPalette(n);
    expect(colours).toHaveLength(Math.min(n, 5));
    expect(new Set(colours).size).toBe(colours.length);
  });
});
