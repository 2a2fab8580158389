// What the province map draws, decided once for both renderers: the interactive map in the
// browser (client/components/charts/ProvinceMap.tsx) and the printed one in the committee pack,
// made on the server without React (`provinceMapSvg`). Both take the map's shapes
// (@svg-maps/thailand) as a parameter, so shared/ stays free of the data package.
// Colour is never the only carrier: no data is hatched, selected provinces are outlined and
// dotted, marked ones (e.g. past seminar rounds) gridded — legible in greyscale.
import { classOf, sequentialPalette } from './map-scale';
import { CODE_BY_SHAPE, LAKE_SHAPE_IDS } from './province-map-ids';

export type MapShape = { id: string; name?: string; path: string };
export type MapSource = { viewBox: string; locations: readonly MapShape[] };

/** A province's value; `cls` overrides the class the breaks would give (e.g. bands decided by the server). */
export type ProvinceMapDatum = { code: string; value: number | null; cls?: number | null };

export type ProvinceMapLayers = {
  data: readonly ProvinceMapDatum[];
  /** Ascending class breaks (n breaks → n + 1 classes). */
  breaks: readonly number[];
  /** Colours per class; a sequential blue scale by default. */
  colors?: readonly string[];
  /** Provinces outlined and dotted. */
  selected?: ReadonlySet<string>;
  /** Provinces gridded (e.g. where seminar rounds were held). */
  marked?: ReadonlySet<string>;
  /** When given, only these provinces carry values; the others are drawn plain, as context. */
  focusOn?: ReadonlySet<string>;
};

export const MAP_COLORS = {
  water: '#bfdbfe',
  waterEdge: '#93c5fd',
  context: '#e5e7eb',
  edge: '#ffffff',
  ink: '#111827',
  hatch: '#9ca3af',
} as const;

export type DrawnProvince = {
  code: string;
  shapeId: string;
  path: string;
  /** Class index; null: no data (hatched). */
  cls: number | null;
  /** False for context provinces (outside `focusOn`): plain, no value, not interactive. */
  inFocus: boolean;
  selected: boolean;
  marked: boolean;
  fill: string;
};

export const SELECTED_OUTLINE_WIDTH = 2.2;

/** Pattern ids are suffixed per map so several maps on one page do not share definitions. */
export const mapPatternIds = (uid: string) => ({ noData: `nodata-${uid}`, selected: `selected-${uid}`, marked: `marked-${uid}` });

/** The <pattern> definitions every map uses (markup, for <defs>). */
export function mapPatternDefs(uid: string): string {
  const id = mapPatternIds(uid);
  return (
    `<pattern id="${id.noData}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${MAP_COLORS.hatch}" stroke-width="2"/></pattern>` +
    // Dots ringed in white read on a light or a dark class alike.
    `<pattern id="${id.selected}" width="6" height="6" patternUnits="userSpaceOnUse">` +
    `<circle cx="3" cy="3" r="1.4" fill="${MAP_COLORS.ink}" stroke="#ffffff" stroke-width="0.6"/></pattern>` +
    // A grid, not a hatch: apart from "no data" (diagonal) and "selected" (dots).
    `<pattern id="${id.marked}" width="7" height="7" patternUnits="userSpaceOnUse">` +
    `<path d="M0 3.5H7M3.5 0V7" stroke="#ffffff" stroke-width="2.4"/><path d="M0 3.5H7M3.5 0V7" stroke="${MAP_COLORS.ink}" stroke-width="1"/></pattern>`
  );
}

const LAKE = new Set<string>(LAKE_SHAPE_IDS);

/** The water shapes and the 77 provinces with their class, fill and overlays. */
export function drawProvinces(source: MapSource, layers: ProvinceMapLayers, uid: string): { water: string[]; provinces: DrawnProvince[] } {
  const palette = layers.colors ?? sequentialPalette(layers.breaks.length + 1);
  const ids = mapPatternIds(uid);
  const byCode = new Map(layers.data.map((d) => [d.code, d]));
  const water: string[] = [];
  const provinces: DrawnProvince[] = [];
  for (const shape of source.locations) {
    if (LAKE.has(shape.id)) {
      water.push(shape.path);
      continue;
    }
    const code = CODE_BY_SHAPE.get(shape.id);
    if (!code) continue;
    const inFocus = layers.focusOn ? layers.focusOn.has(code) : true;
    const d = byCode.get(code);
    const cls = !inFocus ? null : d?.cls !== undefined ? d.cls : classOf(d?.value, layers.breaks);
    const fill = !inFocus ? MAP_COLORS.context : cls === null ? `url(#${ids.noData})` : palette[Math.min(cls, palette.length - 1)]!;
    provinces.push({
      code,
      shapeId: shape.id,
      path: shape.path,
      cls,
      inFocus,
      selected: layers.selected?.has(code) ?? false,
      marked: layers.marked?.has(code) ?? false,
      fill,
    });
  }
  return { water, provinces };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The map as a standalone SVG string (print: the committee pack). Same shapes, classes and
 * patterns as the interactive map; each province carries a <title> with its name and value.
 */
export function provinceMapSvg(
  source: MapSource,
  layers: ProvinceMapLayers & { uid: string; title: string; describe: (code: string) => string; width?: number },
): string {
  const { water, provinces } = drawProvinces(source, layers, layers.uid);
  const ids = mapPatternIds(layers.uid);
  const [, , w, h] = source.viewBox.split(/\s+/).map(Number);
  const width = layers.width ?? 260;
  const height = w && h ? Math.round((width * h) / w) : width * 2;
  const shapes = provinces
    .map((p) => {
      const edge = `stroke="${MAP_COLORS.edge}" stroke-width="0.8"`;
      const overlays = (p.marked ? `<path d="${p.path}" fill="url(#${ids.marked})" stroke="none"/>` : '') + (p.selected ? `<path d="${p.path}" fill="url(#${ids.selected})" stroke="none"/>` : '');
      const title = p.inFocus ? `<title>${esc(layers.describe(p.code))}</title>` : '';
      return `<g data-province="${p.code}"><path d="${p.path}" fill="${p.fill}" ${edge}/>${overlays}${title}</g>`;
    })
    .join('');
  const lakes = water.map((d) => `<path d="${d}" fill="${MAP_COLORS.water}" stroke="${MAP_COLORS.waterEdge}" stroke-width="0.5"/>`).join('');
  // Outlines last, so a neighbour's edge never covers half of one.
  const outlines = provinces
    .filter((p) => p.selected)
    .map((p) => `<path d="${p.path}" fill="none" stroke="${MAP_COLORS.ink}" stroke-width="${SELECTED_OUTLINE_WIDTH}"/>`)
    .join('');
  return `<svg class="province-map-print" xmlns="http://www.w3.org/2000/svg" viewBox="${esc(source.viewBox)}" width="${width}" height="${height}" role="img" aria-label="${esc(layers.title)}"><defs>${mapPatternDefs(layers.uid)}</defs>${shapes}${lakes}${outlines}</svg>`;
}
