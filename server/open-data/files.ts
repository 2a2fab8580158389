// The open-data files: one CSV and one JSON per indicator, and all.zip with every indicator, the
// registry, the metadata and a README listing the fields and the licence. Built from the same
// services as the API, on request, so they are always current.
import { strToU8, zipSync } from 'fflate';
import type { Db } from '../../db/client';
import { toCsv, type CsvCell } from '../../shared/csv';
import { DATA_LICENCE, PUBLISHER } from './licence';
import { odAgencies, odIndicator, odIndicators, odIndices, odItaNational, odPlan, odProvinces, odQuickWins } from './service';

type IndicatorDetail = ReturnType<typeof odIndicator>;

/** The columns of every indicator CSV, with what each holds: the CSV header and the README come from here. */
export const INDICATOR_CSV_FIELDS: ReadonlyArray<{ name: string; description: string; cell: (d: IndicatorDetail, year: number) => CsvCell }> = [
  { name: 'indicator_code', description: 'Indicator code (stable).', cell: (d) => d.code },
  { name: 'indicator_name_th', description: 'Indicator name in Thai (official).', cell: (d) => d.nameTh },
  { name: 'indicator_name_en', description: 'Indicator name in English (unofficial translation).', cell: (d) => d.nameEn },
  { name: 'unit', description: 'score, percent, rank, count, boolean (1 = yes, 0 = no) or index.', cell: (d) => d.unit },
  { name: 'year_be', description: 'Year in the Buddhist Era (fiscal year, or the edition year of an international index).', cell: (_d, y) => y },
  { name: 'year_ce', description: 'The same year in the Common Era.', cell: (_d, y) => y - 543 },
  { name: 'year_kind', description: 'fiscal (Thai fiscal year, Oct–Sep) or edition (an international index’s edition).', cell: (d) => d.yearKind },
  { name: 'value', description: 'The published value; empty where the year has only a target.', cell: (d, y) => valueOf(d, y)?.value },
  { name: 'rank_out_of', description: 'For a rank: how many countries were ranked.', cell: (d, y) => valueOf(d, y)?.rankOutOf },
  { name: 'target', description: 'The target set for the year, if any.', cell: (d, y) => targetOf(d, y)?.value },
  { name: 'source', description: 'Who published the value (or the target, on a target-only row).', cell: (d, y) => valueOf(d, y)?.source ?? targetOf(d, y)?.source },
  { name: 'source_url', description: 'The source’s address.', cell: (d, y) => valueOf(d, y)?.sourceUrl ?? targetOf(d, y)?.sourceUrl },
  { name: 'published_on', description: 'Publication date of the value (YYYY-MM-DD) where known.', cell: (d, y) => valueOf(d, y)?.publishedOn },
  { name: 'coverage_approved', description: 'For a figure derived from agencies’ values: agencies whose value is approved.', cell: (d, y) => valueOf(d, y)?.coverage?.n },
  { name: 'coverage_assigned', description: 'For a figure derived from agencies’ values: agencies assigned that year.', cell: (d, y) => valueOf(d, y)?.coverage?.N },
  {
    name: 'provisional',
    description: 'true when the derived figure is below the indicator’s publication threshold (not counted in statuses).',
    cell: (d, y) => (valueOf(d, y) ? valueOf(d, y)!.provisional : null),
  },
  {
    name: 'is_example',
    description: 'true for an example item or figure that demonstrates the system; not official.',
    cell: (d, y) => d.isExample || !!valueOf(d, y)?.isExample || !!targetOf(d, y)?.isExample,
  },
];

const valueOf = (d: IndicatorDetail, year: number) => d.values.find((v) => v.year.be === year);
const targetOf = (d: IndicatorDetail, year: number) => d.targets.find((t) => t.year.be === year);

export function indicatorCsv(detail: IndicatorDetail): string {
  const years = [...new Set([...detail.values.map((v) => v.year.be), ...detail.targets.map((t) => t.year.be)])].sort((a, b) => a - b);
  return toCsv(
    INDICATOR_CSV_FIELDS.map((f) => f.name),
    years.map((y) => INDICATOR_CSV_FIELDS.map((f) => f.cell(detail, y))),
  );
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function readme(generatedAt: string, files: string[]): string {
  return [
    '# Ethics strategy tracker — open data',
    '',
    'ข้อมูลเปิดของระบบติดตามยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม และการส่งเสริมจริยธรรมภาครัฐ (พ.ศ. 2565–2570)',
    `Open data of the tracker of Thailand’s public-sector ethics strategy B.E. 2565–2570 (2022–2027). Generated ${generatedAt}.`,
    '',
    `Publisher: ${PUBLISHER.nameEn} — ${PUBLISHER.nameTh}`,
    `Licence: ${DATA_LICENCE.name}, ${DATA_LICENCE.url}`,
    DATA_LICENCE.thirdPartyEn,
    DATA_LICENCE.thirdPartyTh,
    '',
    'Rows flagged is_example are examples that demonstrate the system, not official figures. In registry/agencies.json,',
    'agencies with isDemo = true are synthetic demo agencies; ITA figures in ita-national.json count their rows in demoRows.',
    'CSV files are UTF-8 with a byte-order mark (Thai opens intact in Excel).',
    '',
    '## Files',
    '',
    ...files.map((f) => `- ${f}`),
    '',
    '## Fields of indicators/<code>.csv',
    '',
    ...INDICATOR_CSV_FIELDS.map((f) => `- ${f.name}: ${f.description}`),
    '',
    'indicators/<code>.json holds the same values with the indicator’s definition, targets and their revisions',
    '(the answer of /api/v1/indicators/<code>; its fields are described in /api/v1/openapi.json).',
    '',
  ].join('\n');
}

/** Every agency of the registry (pages of 500: the list is ~8,300 long). */
function allAgencies(db: Db) {
  const rows: ReturnType<typeof odAgencies>['rows'] = [];
  for (let offset = 0; ; offset += 500) {
    const page = odAgencies(db, { lang: 'th', limit: 500, offset });
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) return rows;
  }
}

/** all.zip: every indicator as CSV and JSON, the plan, indices, ITA national, the registry and the README. */
export function allZip(db: Db, now = new Date()): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const ind of odIndicators(db, { lang: 'th' })) {
    const detail = odIndicator(db, ind.code, 'th');
    entries[`indicators/${ind.code}.csv`] = strToU8(indicatorCsv(detail));
    entries[`indicators/${ind.code}.json`] = strToU8(json(detail));
  }
  entries['metadata/plan.json'] = strToU8(json(odPlan(db, 'th')));
  entries['metadata/indicators.json'] = strToU8(json(odIndicators(db, { lang: 'th' })));
  entries['metadata/quick-wins.json'] = strToU8(json(odQuickWins(db, 'th')));
  entries['indices.json'] = strToU8(json(odIndices(db, 'th')));
  entries['ita-national.json'] = strToU8(json(odItaNational(db)));
  entries['registry/provinces.json'] = strToU8(json(odProvinces(db, 'th')));
  entries['registry/agencies.json'] = strToU8(json(allAgencies(db)));
  const names = Object.keys(entries).sort();
  entries['README.md'] = strToU8(readme(now.toISOString(), names));
  return zipSync(entries, { level: 6, mtime: now });
}
