// The committee pack's map: mean ITA by province for the latest year, drawn on the server from
// the snapshot with the same shapes, classes and patterns as the app's map
// (shared/province-map.ts), with its legend, coverage and the same figures in a table. Vector,
// legible in greyscale: the classes go light to dark and "no data" is hatched.
import thailand from '@svg-maps/thailand';
import { ITA_PASS } from '../../shared/ita';
import { ITA_MAP_BREAKS, legendClasses, sequentialPalette } from '../../shared/map-scale';
import { mapPatternIds, provinceMapSvg } from '../../shared/province-map';
import type { PackItaProvince } from './snapshot';

type Lang = 'th' | 'en';
type Words = Record<string, { th: string; en: string }>;

const W = {
  title: { th: 'คะแนนเฉลี่ย ITA รายจังหวัด ปี {year}', en: 'Mean ITA by province, {year}' },
  note: {
    th: 'ค่าเฉลี่ยของหน่วยงานทุกระดับในจังหวัด ช่วงสีแบ่งที่ {breaks} คะแนน ({pass} = เกณฑ์ผ่าน)',
    en: 'Mean of all the agencies in each province; classes break at {breaks} ({pass} = the pass mark)',
  },
  coverage: { th: 'ฐานข้อมูล: ผลประเมิน {n} หน่วยงาน ใน {k} จาก 77 จังหวัด', en: 'Coverage: results of {n} agencies in {k} of 77 provinces' },
  demo: { th: 'มีข้อมูลสาธิต', en: 'includes demo data' },
  below: { th: 'ต่ำกว่า {to}', en: 'below {to}' },
  between: { th: '{from} ถึงต่ำกว่า {to}', en: '{from} to under {to}' },
  atLeast: { th: '{from} ขึ้นไป', en: '{from} or more' },
  noData: { th: 'ไม่มีข้อมูล', en: 'No data' },
  province: { th: 'จังหวัด', en: 'Province' },
  mean: { th: 'เฉลี่ย', en: 'Mean' },
  n: { th: 'หน่วยงาน', en: 'Agencies' },
  table: { th: 'จังหวัดเรียงจากคะแนนเฉลี่ยต่ำสุด', en: 'Provinces, lowest mean first' },
  credit: { th: 'ข้อมูลแผนที่', en: 'Map data' },
} satisfies Words;

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const fill = (text: string, params: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');

/** The map section, or '' when the snapshot has no provinces (packs frozen before format 2). */
export function packItaMap(
  provinces: readonly PackItaProvince[] | undefined,
  opts: { lang: Lang; year: string; num: (v: number | null | undefined, decimals?: number) => string },
): string {
  if (!provinces?.length) return '';
  const { lang, num } = opts;
  const w = (k: keyof typeof W, params: Record<string, string> = {}) => fill(W[k][lang] || W[k].th, params);
  const name = (p: PackItaProvince) => (lang === 'en' && p.nameEn ? p.nameEn : p.nameTh);
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const uid = 'pack-ita';
  const palette = sequentialPalette(ITA_MAP_BREAKS.length + 1);
  const svg = provinceMapSvg(thailand, {
    uid,
    data: provinces.map((p) => ({ code: p.code, value: p.mean })),
    breaks: ITA_MAP_BREAKS,
    colors: palette,
    title: w('title', { year: opts.year }),
    describe: (code) => {
      const p = byCode.get(code);
      return p ? `${name(p)}: ${p.mean === null ? w('noData') : num(p.mean, 2)}` : code;
    },
    width: 230,
  });
  const swatch = (paint: string) => `<svg width="11" height="11" aria-hidden="true"><rect x="0.5" y="0.5" width="10" height="10" fill="${paint}" stroke="#6b7280"/></svg>`;
  const legend = legendClasses(ITA_MAP_BREAKS)
    .map((c) => {
      const range =
        c.from === null ? w('below', { to: num(c.to) }) : c.to === null ? w('atLeast', { from: num(c.from) }) : w('between', { from: num(c.from), to: num(c.to) });
      return `<li>${swatch(palette[Math.min(c.index, palette.length - 1)]!)} ${esc(range)}</li>`;
    })
    .join('');
  const assessed = provinces.reduce((s, p) => s + p.assessed, 0);
  const withData = provinces.filter((p) => p.mean !== null);
  const demo = provinces.some((p) => p.demoRows > 0);
  const sorted = [...provinces].sort((a, b) => (a.mean ?? Infinity) - (b.mean ?? Infinity) || a.code.localeCompare(b.code));
  // Three column groups side by side keep 77 rows to a third of a page.
  const per = Math.ceil(sorted.length / 3);
  const groups = [0, 1, 2].map((g) => sorted.slice(g * per, (g + 1) * per));
  const head = `<th>${esc(w('province'))}</th><th class="num">${esc(w('mean'))}</th><th class="num">${esc(w('n'))}</th>`;
  const rows = Array.from({ length: per }, (_, i) =>
    `<tr>${groups
      .map((g) => {
        const p = g[i];
        return p ? `<td>${esc(name(p))}</td><td class="num">${esc(num(p.mean, 2))}</td><td class="num">${esc(num(p.assessed))}</td>` : '<td></td><td></td><td></td>';
      })
      .join('')}</tr>`,
  ).join('');
  return `<div class="ita-map"><h3>${esc(w('title', { year: opts.year }))}${demo ? ` <span class="badge">${esc(w('demo'))}</span>` : ''}</h3>
<div class="map-grid">${svg}<div><p class="legend">${esc(w('note', { breaks: ITA_MAP_BREAKS.map((b) => num(b)).join(', '), pass: num(ITA_PASS) }))}</p><ul class="map-legend">${legend}<li>${swatch(`url(#${mapPatternIds(uid).noData})`)} ${esc(w('noData'))}</li></ul>
<p class="legend">${esc(w('coverage', { n: num(assessed), k: num(withData.length) }))}</p>
<p class="legend">${esc(w('credit'))}: @svg-maps/thailand (Tae Noppakun Wongsrinoppakun, CC BY 4.0)</p></div></div>
<table class="t-prov"><caption>${esc(w('table'))}</caption><thead><tr>${head}${head}${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** Styles of the map section (added to the pack's sheet). */
export const PACK_MAP_CSS = `
.ita-map { margin-top: 8pt; }
.ita-map h3 { break-after: avoid; }
/* The map and its legend stay together; the table may run on to the next page (no near-empty page). */
.ita-map .map-grid { break-inside: avoid; display: grid; grid-template-columns: auto 1fr; gap: 10pt; align-items: start; }
.ita-map .map-legend { list-style: none; padding: 0; margin: 2pt 0 6pt; font-size: 8.5pt; }
.ita-map .map-legend li { display: flex; align-items: center; gap: 4pt; }
.t-prov { font-size: 8pt; }
.t-prov caption { text-align: left; font-weight: 600; font-size: 9pt; }
.t-prov th, .t-prov td { padding: 1pt 3pt; }
.t-prov .num { text-align: right; }
`;
