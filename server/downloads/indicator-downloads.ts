// The whole published dataset as one table: one row per indicator × year (a year with a
// value or a target), with status from the one status layer. Served as CSV and XLSX by
// server/http/downloads.ts.
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client';
import { UNIT_LABELS } from '../../shared/domain';
import type { CsvCell } from '../../shared/csv';
import { toCsv } from '../../shared/csv';
import type { DownloadQuery } from '../../shared/schemas/downloads';
import { STATUS_LABELS } from '../../shared/status';
import { beToCe } from '../../shared/years';
import { loadIndicatorsWithSeries } from '../plan/indicator-series';
import { boundsOf, loadPlanBounds, withStatus } from '../plan/status';

type Lang = DownloadQuery['lang'];

const HEADERS: Record<Lang, string[]> = {
  th: [
    'รหัสตัวชี้วัด',
    'ชื่อตัวชี้วัด (ไทย)',
    'ชื่อตัวชี้วัด (อังกฤษ)',
    'ยุทธศาสตร์ที่',
    'หน่วย',
    'ปี พ.ศ.',
    'ปี ค.ศ.',
    'ชนิดของปี',
    'ค่าจริง',
    'จำนวนประเทศที่จัดอันดับ',
    'ค่าเป้าหมาย',
    'สถานะ ณ ปีนั้น',
    'แหล่งข้อมูล',
    'ลิงก์แหล่งข้อมูล',
    'ข้อมูลตัวอย่าง',
    'ความครอบคลุม (อนุมัติ/มอบหมาย)',
    'ค่าชั่วคราว (ยังไม่ครบเกณฑ์เผยแพร่)',
  ],
  en: [
    'Indicator code',
    'Name (Thai)',
    'Name (English)',
    'Strategy',
    'Unit',
    'Year (B.E.)',
    'Year (C.E.)',
    'Year type',
    'Value',
    'Countries ranked',
    'Target',
    'Status as of the year',
    'Source',
    'Source URL',
    'Example data',
    'Coverage (approved/assigned)',
    'Provisional (below the publication threshold)',
  ],
};

const YEAR_KIND: Record<'fiscal' | 'edition', Record<Lang, string>> = {
  fiscal: { th: 'ปีงบประมาณ', en: 'Fiscal year' },
  edition: { th: 'ปีของฉบับ (ดัชนีสากล)', en: 'Index edition year' },
};
const GOAL_LABEL: Record<Lang, string> = { th: 'เป้าหมายของแผน', en: 'Plan goal' };
const YES: Record<Lang, string> = { th: 'ใช่ (ตัวอย่าง)', en: 'Yes (example)' };
const PROVISIONAL: Record<Lang, string> = { th: 'ชั่วคราว', en: 'provisional' };

/** The source of a figure derived from agencies' approved values, in the download's language. */
const DERIVED_SOURCE: Record<Lang, (d: { method: 'mean' | 'share_at_least' | 'sum'; agencies: number }) => string> = {
  th: (d) => `คำนวณจากค่าที่อนุมัติของ ${d.agencies} หน่วยงาน (${{ mean: 'ค่าเฉลี่ย', share_at_least: 'ร้อยละของหน่วยงานที่ได้ตามเกณฑ์', sum: 'ผลรวม' }[d.method]})`,
  en: (d) => `derived from ${d.agencies} approved agency values (${{ mean: 'mean', share_at_least: 'share meeting the threshold', sum: 'sum' }[d.method]})`,
};

export type IndicatorTable = { headers: string[]; rows: CsvCell[][]; generatedAt: string };

export function buildIndicatorTable(db: Db, lang: Lang): IndicatorTable {
  const bounds = loadPlanBounds(db);
  const rows: CsvCell[][] = [];
  for (const ind of loadIndicatorsWithSeries(db)) {
    const plan = boundsOf(bounds, ind.planId);
    const years = [...new Set([...ind.values.map((v) => v.year), ...ind.targets.map((t) => t.year)])].sort((a, b) => a - b);
    for (const year of years) {
      const value = ind.values.find((v) => v.year === year) ?? null;
      const target = ind.targets.find((t) => t.year === year) ?? null;
      // The status of that year's value; a target-only year has none.
      const status = value ? withStatus(ind, plan, { asOfYear: year }).status.status : null;
      rows.push([
        ind.code,
        ind.nameTh,
        ind.nameEn,
        ind.strategyNo ?? GOAL_LABEL[lang],
        UNIT_LABELS[ind.unit][lang],
        year,
        beToCe(year),
        YEAR_KIND[ind.yearKind][lang],
        value?.value ?? null,
        value?.rankOutOf ?? null,
        target?.value ?? null,
        status ? STATUS_LABELS[status][lang] : null,
        value ? (value.derived ? DERIVED_SOURCE[lang](value.derived) : (value.sourceTh ?? ind.sourceOrgTh)) : (target?.sourceTh ?? null),
        value ? (value.sourceUrl ?? ind.sourceUrl) : (target?.sourceUrl ?? null),
        value?.isExample || target?.isExample || ind.isExample ? YES[lang] : null,
        value?.coverage ? `${value.coverage.n}/${value.coverage.N}` : null,
        value?.provisional ? PROVISIONAL[lang] : null,
      ]);
    }
  }
  return { headers: HEADERS[lang], rows, generatedAt: new Date().toISOString() };
}

export function indicatorsCsv(db: Db, lang: Lang): string {
  const table = buildIndicatorTable(db, lang);
  return toCsv(table.headers, table.rows);
}

/** Header row bold on a dark fill, frozen and filterable; columns sized to their content. */
export function styleHeader(sheet: ExcelJS.Worksheet, columnCount: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columnCount } };
  sheet.columns.forEach((col) => {
    let width = 8;
    col.eachCell?.({ includeEmpty: false }, (cell) => {
      width = Math.max(width, Math.min(60, String(cell.value ?? '').length + 2));
    });
    col.width = width;
  });
}

export async function indicatorsXlsx(db: Db, lang: Lang): Promise<Buffer> {
  const table = buildIndicatorTable(db, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ethics-strategy-tracker';
  wb.created = new Date(table.generatedAt);
  const sheet = wb.addWorksheet(lang === 'th' ? 'ตัวชี้วัด' : 'Indicators');
  sheet.addRow(table.headers);
  for (const r of table.rows) sheet.addRow(r.map((c) => (c === undefined ? null : c)));
  styleHeader(sheet, table.headers.length);
  const about = wb.addWorksheet(lang === 'th' ? 'เกี่ยวกับข้อมูล' : 'About');
  about.addRows(
    lang === 'th'
      ? [
          ['สร้างเมื่อ', table.generatedAt],
          ['ขอบเขต', 'ค่าที่เผยแพร่ (อนุมัติแล้ว) ระดับประเทศ และค่าเป้าหมาย ทุกตัวชี้วัด ทุกปี'],
          ['สถานะ', 'คำนวณ ณ ปีนั้น ตามวิธีของแต่ละตัวชี้วัด (ดู docs/decisions/0003-status-methods.md)'],
          ['ข้อมูลตัวอย่าง', 'แถวที่ระบุ "ตัวอย่าง" ไม่ใช่ข้อมูลทางการ'],
        ]
      : [
          ['Generated', table.generatedAt],
          ['Scope', 'Published (approved) national values and targets of every indicator, every year'],
          ['Status', "As of each year, by each indicator's method (see docs/decisions/0003-status-methods.md)"],
          ['Example data', 'Rows marked as examples are not official figures'],
        ],
  );
  about.getColumn(1).font = { bold: true };
  about.getColumn(1).width = 18;
  about.getColumn(2).width = 90;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
