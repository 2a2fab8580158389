import { describe, expect, it } from 'vitest';
import thailand from '@svg-maps/thailand';
import { classOf, legendClasses, sequentialPalette } from '../../shared/map-scale';
import { LAKE_SHAPE_IDS, PROVINCE_SHAPES } from '../../shared/province-map-ids';
import { drawProvinces, MAP_COLORS, provinceMapSvg } from '../../shared/province-map';
import { packItaMap } from '../../server/meetings/pack-map';
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

describe('what the map draws (shared by the app and the printed pack)', () => {
  const data = [
    { code: '41', value: 84 },
    { code: '10', value: 96 },
    { code: '50', value: null },
    { code: '40', value: 99, cls: 0 },
  ];
  const drawn = drawProvinces(thailand, { data, breaks: [85, 95], selected: new Set(['41']), marked: new Set(['10']) }, 'u');
  const of = (code: string) => drawn.provinces.find((p) => p.code === code)!;

  it('draws 77 provinces and the lake as water, apart', () => {
    expect(drawn.provinces).toHaveLength(77);
    expect(new Set(drawn.provinces.map((p) => p.code)).size).toBe(77);
    expect(drawn.water).toHaveLength(1);
  });

  it.each([
    ['41', 0, false],
    ['10', 2, false],
    ['50', null, true],
    ['11', null, true],
    ['40', 0, false],
  ] as const)('province %s is class %s (hatched: %s)', (code, cls, hatched) => {
    expect(of(code).cls).toBe(cls);
    expect(of(code).fill.startsWith('url(#nodata-u)')).toBe(hatched);
  });

  it('outlines the selected and marks the marked, and nothing else', () => {
    expect(drawn.provinces.filter((p) => p.selected).map((p) => p.code)).toEqual(['41']);
    expect(drawn.provinces.filter((p) => p.marked).map((p) => p.code)).toEqual(['10']);
  });

  it('draws provinces outside the focus as plain context, without a value', () => {
    const focused = drawProvinces(thailand, { data, breaks: [85, 95], focusOn: new Set(['41']) }, 'u');
    expect(focused.provinces.filter((p) => p.inFocus).map((p) => p.code)).toEqual(['41']);
    const bangkok = focused.provinces.find((p) => p.code === '10')!;
    expect(bangkok.cls).toBeNull();
    expect(bangkok.fill).toBe(MAP_COLORS.context);
  });

  it('renders a standalone SVG with the same shapes, a title per province, escaped text and the outline last', () => {
    const svg = provinceMapSvg(thailand, { data, breaks: [85, 95], selected: new Set(['41']), uid: 'p', title: 'ITA <map>', describe: (c) => `P${c} & co` });
    expect(svg.match(/<g data-province="/g)).toHaveLength(77);
    expect(svg).toContain('aria-label="ITA &lt;map&gt;"');
    expect(svg).toContain('<title>P41 &amp; co</title>');
    expect(svg).toContain('id="nodata-p"');
    expect(svg).not.toContain('<script');
    // The selected outline is drawn after every province, so no neighbour covers it.
    expect(svg.lastIndexOf('<g data-province=')).toBeLessThan(svg.lastIndexOf(`stroke="${MAP_COLORS.ink}" stroke-width="2.2"`));
  });
});

describe('the pack map', () => {
  const num = (v: number | null | undefined, d = 0) => (v === null || v === undefined ? '–' : v.toFixed(d));
  it('is left out of packs frozen before provinces were in the snapshot', () => {
    expect(packItaMap(undefined, { lang: 'th', year: '2568', num })).toBe('');
    expect(packItaMap([], { lang: 'th', year: '2568', num })).toBe('');
  });

  it('states coverage, the demo badge and every province in the table, lowest first', () => {
    const provinces = PROVINCES.map((p, i) => ({ code: p.code, nameTh: p.nameTh, nameEn: p.nameEn, assessed: 2, mean: i === 0 ? null : 80 + (i % 20), demoRows: i === 5 ? 1 : 0 }));
    const html = packItaMap(provinces, { lang: 'en', year: '2025', num });
    expect(html).toContain('Coverage: results of 154 agencies in 76 of 77 provinces');
    expect(html).toContain('includes demo data');
    expect(html.match(/<g data-province="/g)).toHaveLength(77);
    const rows = html.slice(html.indexOf('<tbody>'));
    for (const p of PROVINCES) expect(rows).toContain(`<td>${p.nameEn}</td>`);
    expect(rows.indexOf('>80.00</td>')).toBeGreaterThan(0);
    expect(rows.indexOf('>80.00</td>')).toBeLessThan(rows.indexOf('>99.00</td>'));
  });
});
