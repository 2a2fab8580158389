// ITA files for download: the import template (the documented columns, Thai or English
// headers, with a guide sheet in XLSX) and a year's results in the same format, so a download
// can be corrected and imported back. Demo rows are marked in the is_demo column.
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client';
import { agencies, itaResults } from '../../db/schema';
import { toCsv, type CsvCell } from '../../shared/csv';
import { ITA_IMPORT_COLUMNS, ITA_INDICATOR_KEYS, itaGradeLabel } from '../../shared/ita';
import type { ItaDownloadQuery } from '../../shared/schemas/ita';
import { latestItaYear } from './analytics';
import { styleHeader } from '../downloads/indicator-downloads';

type Lang = ItaDownloadQuery['lang'];
type Table = { headers: string[]; rows: CsvCell[][] };

const headerOf = (lang: Lang) => ITA_IMPORT_COLUMNS.map((c) => (lang === 'th' ? c.th : c.key));
const GRADE_HEADER: Record<Lang, string> = { th: 'ระดับผลการประเมิน (คำนวณ)', en: 'grade (computed)' };
const YES: Record<Lang, string> = { th: 'ใช่', en: 'yes' };

export function templateTable(lang: Lang): Table {
  return { headers: headerOf(lang), rows: [] };
}

/** A year's results in the import format (plus the computed grade, ignored on import). */
export function resultsTable(db: Db, lang: Lang, year: number | null): Table & { year: number | null } {
  if (year === null) return { headers: [...headerOf(lang), GRADE_HEADER[lang]], rows: [], year };
  const rows = db
    .select({
      code: agencies.code,
      nameTh: agencies.nameTh,
      nameEn: agencies.nameEn,
      level: agencies.level,
      type: agencies.type,
      provinceCode: agencies.provinceCode,
      total: itaResults.total,
      iit: itaResults.iit,
      eit: itaResults.eit,
      oit: itaResults.oit,
      ...Object.fromEntries(ITA_INDICATOR_KEYS.map((k) => [k, itaResults[k]])),
      grade: itaResults.grade,
      isDemo: itaResults.isDemo,
    })
    .from(itaResults)
    .innerJoin(agencies, eq(agencies.id, itaResults.agencyId))
    .where(eq(itaResults.year, year))
    .orderBy(asc(agencies.code))
    .all() as Array<Record<string, CsvCell> & { grade: string; isDemo: boolean }>;
  const byKey: Record<string, string> = {
    agency_code: 'code',
    agency_name_th: 'nameTh',
    agency_name_en: 'nameEn',
    level: 'level',
    type: 'type',
    province_code: 'provinceCode',
  };
  return {
    year,
    headers: [...headerOf(lang), GRADE_HEADER[lang]],
    rows: rows.map((r) => [
      ...ITA_IMPORT_COLUMNS.map((c) => (c.key === 'is_demo' ? (r.isDemo ? YES[lang] : null) : r[byKey[c.key] ?? c.key])),
      itaGradeLabel(r.grade)?.[lang] ?? r.grade,
    ]),
  };
}

export const tableCsv = (t: Table) => toCsv(t.headers, t.rows);

export async function tableXlsx(t: Table, lang: Lang, sheetName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ethics-strategy-tracker';
  const sheet = wb.addWorksheet(sheetName);
  sheet.addRow(t.headers);
  for (const r of t.rows) sheet.addRow(r.map((c) => (c === undefined ? null : c)));
  styleHeader(sheet, t.headers.length);
  const guide = wb.addWorksheet(lang === 'th' ? 'คำอธิบาย' : 'Guide');
  guide.addRow(lang === 'th' ? ['คอลัมน์ (อังกฤษ)', 'คอลัมน์ (ไทย)', 'ต้องมี', 'คำอธิบาย'] : ['Column', 'Thai header', 'Required', 'Description']);
  for (const c of ITA_IMPORT_COLUMNS) {
    guide.addRow([c.key, c.th, c.required ? YES[lang] : '', c.description[lang]]);
  }
  guide.addRow([]);
  guide.addRow([
    lang === 'th'
      ? 'นำเข้าได้ทั้งหัวคอลัมน์ภาษาไทยหรืออังกฤษ แผ่นงานแรกเท่านั้น หนึ่งแถวต่อหนึ่งหน่วยงาน คะแนนปัดเป็นทศนิยม 2 ตำแหน่ง'
      : 'Thai or English headers; first sheet only; one row per agency; scores are rounded to two decimals',
  ]);
  styleHeader(guide, 4);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function resolveDownloadYear(db: Db, year: number | undefined): number | null {
  return year ?? latestItaYear(db);
}
