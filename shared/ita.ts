// ITA — การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (NACC).
// The tools, the ten indicators, the grade rules of both rule sets and the published national
// results, each with its source. Pure: imported by the server, the seeders and the client.
import type { Bilingual } from './domain';

/** Pass mark (ผ่านเกณฑ์): 85. Source: nationthailand.com/thailand/general/40030119 */
export const ITA_PASS = 85;
/** "Excellent" from 95. Source: nationthailand.com/thailand/general/40030119 */
export const ITA_EXCELLENT = 95;
/**
 * National target: at least 80 % of assessed agencies score 85 or more — master plan under the
 * National Strategy, issue (21) anti-corruption. Source: OSMEP annual report 2565 p.80,
 * https://sme.go.th/uploads/eBooks/eBook_65/files/basic-html/page80.html
 */
export const ITA_TARGET_PASS_PERCENT = 80;
export const ITA_TARGET_SOURCE_URL = 'https://sme.go.th/uploads/eBooks/eBook_65/files/basic-html/page80.html';
/** The rating changed from 7 bands (AA–F) to 5 levels in FY 2566 (Thai PBS, org.thaipbs.or.th/content/5949). */
export const ITA_RULES_CHANGE_YEAR = 2566;

export const ITA_TOOL_CODES = ['iit', 'eit', 'oit'] as const;
export type ItaToolCode = (typeof ITA_TOOL_CODES)[number];

export type ItaTool = Bilingual & {
  code: ItaToolCode;
  abbr: string;
  indicators: readonly number[];
  /** Weight in the total (third-party code and a 2564 NACC report; not confirmed for 2566+). */
  weight: number;
};

// Indicators per tool: samed.chonburi.police.go.th/ita-standards/ (the ten indicators),
// sakonarea1.go.th/new2024/iit/ (IIT = 1–5), banrubpraek-school.ac.th (OIT = 9–10); EIT = 6–8 by
// elimination. Weights 30/30/40: a university ITA app's code and the weighted OIT column (max
// 40.00) in an NACC-commissioned 2564 report (online.anyflip.com/qxtmp/cuda, p.138).
export const ITA_TOOLS: readonly ItaTool[] = [
  {
    code: 'iit',
    abbr: 'IIT',
    th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน',
    en: 'Internal Integrity and Transparency Assessment',
    indicators: [1, 2, 3, 4, 5],
    weight: 0.3,
  },
  {
    code: 'eit',
    abbr: 'EIT',
    th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก',
    en: 'External Integrity and Transparency Assessment',
    indicators: [6, 7, 8],
    weight: 0.3,
  },
  {
    code: 'oit',
    abbr: 'OIT',
    th: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ',
    en: 'Open Data Integrity and Transparency Assessment',
    indicators: [9, 10],
    weight: 0.4,
  },
];

export const ITA_INDICATOR_NOS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type ItaIndicatorNo = (typeof ITA_INDICATOR_NOS)[number];
/** Column keys of the ten indicator scores (i1 … i10), as in the ita_result table. */
export const ITA_INDICATOR_KEYS = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9', 'i10'] as const;
export type ItaIndicatorKey = (typeof ITA_INDICATOR_KEYS)[number];

// English names of 3, 8, 9, 10 as the sources print them (nationthailand.com 40054201; PSU ITA
// 2564 report); the others are this project's translations.
export const ITA_INDICATORS: ReadonlyArray<Bilingual & { no: ItaIndicatorNo; key: ItaIndicatorKey; tool: ItaToolCode }> = [
  { no: 1, key: 'i1', tool: 'iit', th: 'การปฏิบัติหน้าที่', en: 'Performance of duties' },
  { no: 2, key: 'i2', tool: 'iit', th: 'การใช้งบประมาณ', en: 'Use of budget' },
  { no: 3, key: 'i3', tool: 'iit', th: 'การใช้อำนาจ', en: 'Use of authority' },
  { no: 4, key: 'i4', tool: 'iit', th: 'การใช้ทรัพย์สินของราชการ', en: 'Use of state property' },
  { no: 5, key: 'i5', tool: 'iit', th: 'การแก้ไขปัญหาการทุจริต', en: 'Solving corruption problems' },
  { no: 6, key: 'i6', tool: 'eit', th: 'คุณภาพการดำเนินงาน', en: 'Quality of operations' },
  { no: 7, key: 'i7', tool: 'eit', th: 'ประสิทธิภาพการสื่อสาร', en: 'Effective communication' },
  { no: 8, key: 'i8', tool: 'eit', th: 'การปรับปรุงระบบการทำงาน', en: 'System improvement' },
  { no: 9, key: 'i9', tool: 'oit', th: 'การเปิดเผยข้อมูล', en: 'Open data' },
  { no: 10, key: 'i10', tool: 'oit', th: 'การป้องกันการทุจริต', en: 'Anti-corruption practice' },
];

// ── Grades ────────────────────────────────────────────────────────────────────

/** Up to FY 2565: seven bands. OSMEP annual report 2565 p.80 (sme.go.th, link above). */
export const ITA_BANDS_TO_2565 = ['AA', 'A', 'B', 'C', 'D', 'E', 'F'] as const;
/**
 * From FY 2566: five levels — ผ่านดีเยี่ยม / ผ่านดี / ผ่าน / ต้องปรับปรุง / ต้องปรับปรุงโดยด่วน.
 * Level rules come from a university ITA app's code, consistent with MGR Online 2568
 * (mgronline.com/uptodate/detail/9680000079675: สตง. at 94.64 was rated "ผ่าน", not "ผ่านดี",
 * because its EIT was below 85). Not yet checked against the NACC manual (confidence medium-low).
 */
export const ITA_LEVELS_FROM_2566 = ['excellent', 'good', 'passed', 'improve', 'urgent'] as const;
/**
 * No rating held: a published result whose source gives the total only, or a year imported
 * under rules this system does not hold (ITA_RULE_SETS 'not-rated').
 */
export const ITA_UNRATED = 'unrated' as const;
export type ItaGrade = (typeof ITA_BANDS_TO_2565)[number] | (typeof ITA_LEVELS_FROM_2566)[number] | typeof ITA_UNRATED;

/** Lower bound of each band up to 2565 (the band runs to the next bound − 0.01). */
const BAND_MIN: Record<(typeof ITA_BANDS_TO_2565)[number], number> = {
  AA: 95,
  A: 85,
  B: 75,
  C: 65,
  D: 55,
  E: 50,
  F: 0,
};

export const ITA_GRADE_LABELS: Record<ItaGrade, Bilingual & { rule: Bilingual }> = {
  AA: { th: 'AA', en: 'AA', rule: { th: '95.00–100', en: '95.00–100' } },
  A: { th: 'A', en: 'A', rule: { th: '85.00–94.99', en: '85.00–94.99' } },
  B: { th: 'B', en: 'B', rule: { th: '75.00–84.99', en: '75.00–84.99' } },
  C: { th: 'C', en: 'C', rule: { th: '65.00–74.99', en: '65.00–74.99' } },
  D: { th: 'D', en: 'D', rule: { th: '55.00–64.99', en: '55.00–64.99' } },
  E: { th: 'E', en: 'E', rule: { th: '50.00–54.99', en: '50.00–54.99' } },
  F: { th: 'F', en: 'F', rule: { th: '0–49.99', en: '0–49.99' } },
  excellent: {
    th: 'ผ่านดีเยี่ยม',
    en: 'Pass – excellent',
    rule: { th: 'คะแนนรวม ≥ 95 และทุกเครื่องมือ ≥ 95', en: 'total ≥ 95 and every tool ≥ 95' },
  },
  good: {
    th: 'ผ่านดี',
    en: 'Pass – good',
    rule: { th: 'คะแนนรวม ≥ 85 และ IIT, EIT, OIT ≥ 85 ทุกเครื่องมือ', en: 'total ≥ 85 and IIT, EIT, OIT each ≥ 85' },
  },
  passed: {
    th: 'ผ่าน',
    en: 'Pass',
    rule: { th: 'คะแนนรวม ≥ 85 แต่มีเครื่องมือต่ำกว่า 85', en: 'total ≥ 85 but a tool below 85' },
  },
  improve: { th: 'ต้องปรับปรุง', en: 'Needs improvement', rule: { th: '70.00–84.99', en: '70.00–84.99' } },
  urgent: { th: 'ต้องปรับปรุงโดยด่วน', en: 'Urgent improvement needed', rule: { th: '0–69.99', en: '0–69.99' } },
  unrated: {
    th: 'ไม่มีระดับในระบบ',
    en: 'No rating held',
    rule: {
      th: 'แหล่งข้อมูลให้เฉพาะคะแนนรวม หรือปีนั้นใช้เกณฑ์ที่ระบบยังไม่มี',
      en: 'the source gives the total only, or the year uses rules this system does not hold',
    },
  },
};

export type ItaScores = {
  total: number;
  iit?: number | null;
  eit?: number | null;
  oit?: number | null;
};

/** NACC publishes scores to two decimals; compare on that precision so 94.995 is 95.00. */
export const roundScore = (x: number): number => Math.round(x * 100) / 100;

export const isItaPass = (total: number): boolean => roundScore(total) >= ITA_PASS;

/** The grade scale a year uses, best first (for charts and tables). */
export function itaGradeScale(year: number): readonly ItaGrade[] {
  return year >= ITA_RULES_CHANGE_YEAR ? ITA_LEVELS_FROM_2566 : ITA_BANDS_TO_2565;
}

/**
 * The grade by the rules of the agency's assessment year. From 2566 the top two levels also
 * need each tool's score; when a tool score is missing they cannot be confirmed, so a passing
 * total is rated "ผ่าน".
 */
export function itaGrade(year: number, scores: ItaScores): ItaGrade {
  const total = roundScore(scores.total);
  if (year < ITA_RULES_CHANGE_YEAR) {
    for (const band of ITA_BANDS_TO_2565) if (total >= BAND_MIN[band]) return band;
    return 'F';
  }
  if (total < 70) return 'urgent';
  if (total < ITA_PASS) return 'improve';
  const tools = [scores.iit, scores.eit, scores.oit];
  if (tools.some((t) => t === null || t === undefined)) return 'passed';
  const toolScores = tools.map((t) => roundScore(t as number));
  if (total >= ITA_EXCELLENT && toolScores.every((t) => t >= ITA_EXCELLENT)) return 'excellent';
  if (toolScores.every((t) => t >= ITA_PASS)) return 'good';
  return 'passed';
}

// ── Rule sets ─────────────────────────────────────────────────────────────────

/**
 * The rule sets grades can be computed with: seven bands (to 2565), five levels (from 2566), or
 * none — for a year under revised rules this system does not hold yet.
 */
export const ITA_RULE_SETS = ['bands-2565', 'levels-2566', 'not-rated'] as const;
export type ItaRuleSet = (typeof ITA_RULE_SETS)[number];

/**
 * The last fiscal year whose rules are known. The NACC is revising the ITA (six subcommittees,
 * due April 2026; pattayamail.com, item 532454), so rules for later years may differ from
 * 2566's: importing a later year must say which rule set applies, never assume it.
 */
export const ITA_RULES_KNOWN_TO_YEAR = 2568;

/** The rule set a year's rules are known to be, or null when the importer has to say. */
export function knownItaRuleSet(year: number): ItaRuleSet | null {
  if (year > ITA_RULES_KNOWN_TO_YEAR) return null;
  return year < ITA_RULES_CHANGE_YEAR ? 'bands-2565' : 'levels-2566';
}

/** The grade under a named rule set ('not-rated': no grade is computed). */
export function itaGradeByRuleSet(ruleSet: ItaRuleSet, scores: ItaScores): ItaGrade {
  if (ruleSet === 'not-rated') return ITA_UNRATED;
  return itaGrade(ruleSet === 'bands-2565' ? ITA_RULES_CHANGE_YEAR - 1 : ITA_RULES_CHANGE_YEAR, scores);
}

/** The grade scale of a rule set, best first. */
export function itaRuleSetScale(ruleSet: ItaRuleSet): readonly ItaGrade[] {
  if (ruleSet === 'not-rated') return [ITA_UNRATED];
  return ruleSet === 'bands-2565' ? ITA_BANDS_TO_2565 : ITA_LEVELS_FROM_2566;
}

export const itaGradeLabel = (grade: string): (Bilingual & { rule: Bilingual }) | undefined =>
  (ITA_GRADE_LABELS as Record<string, Bilingual & { rule: Bilingual }>)[grade];

// ── Published national results ────────────────────────────────────────────────

export type ItaPublishedResult = {
  year: number;
  agencies: number;
  mean: number;
  passed: number;
  sourceUrl: string;
};

/**
 * Real national results as the NACC announced them (reported by the press). The demo generator
 * reproduces them; the analytics page shows them beside the data in the database.
 */
export const ITA_PUBLISHED: readonly ItaPublishedResult[] = [
  { year: 2565, agencies: 8303, mean: 87.57, passed: 5855, sourceUrl: 'https://www.nationthailand.com/in-focus/40018394' },
  { year: 2566, agencies: 8323, mean: 90.19, passed: 6737, sourceUrl: 'https://www.nationthailand.com/thailand/general/40030119' },
  {
    year: 2567,
    agencies: 8325,
    mean: 93.05,
    passed: 7696,
    sourceUrl: 'https://www.nacc.go.th/categorydetail/20180831184638361/20240807162237',
  },
  { year: 2568, agencies: 8317, mean: 93.82, passed: 7832, sourceUrl: 'https://www.matichon.co.th/politics/news_5328750' },
];

/** Share (%) of agencies passing, to two decimals. */
export const passPercent = (passed: number, assessed: number): number =>
  assessed > 0 ? roundScore((passed / assessed) * 100) : 0;

/**
 * National indicator means the press reported: ITA 2568 — "Use of authority" highest at 99.45;
 * "System improvement" 94.39, the biggest gain (+9.9 on 2567, hence 84.49 in 2567).
 * Source: https://www.nationthailand.com/blogs/news/general/40054201
 */
export const ITA_PUBLISHED_INDICATORS: ReadonlyArray<{ year: number; key: ItaIndicatorKey; mean: number; sourceUrl: string }> = [
  { year: 2568, key: 'i3', mean: 99.45, sourceUrl: 'https://www.nationthailand.com/blogs/news/general/40054201' },
  { year: 2568, key: 'i8', mean: 94.39, sourceUrl: 'https://www.nationthailand.com/blogs/news/general/40054201' },
  { year: 2567, key: 'i8', mean: 84.49, sourceUrl: 'https://www.nationthailand.com/blogs/news/general/40054201' },
];

// ── Import file format ────────────────────────────────────────────────────────

export type ItaImportColumn = {
  /** English header, as in the template. */
  key: string;
  /** Thai header, accepted as well. */
  th: string;
  /** Other spellings accepted (compared without case, spaces, "_", "-" or "."). */
  aliases: readonly string[];
  required: boolean;
  description: Bilingual;
};

const indicatorColumns: ItaImportColumn[] = ITA_INDICATORS.map((ind) => ({
  key: ind.key,
  th: `ตัวชี้วัดที่ ${ind.no}`,
  aliases: [`indicator ${ind.no}`, `indicator${ind.no}`, `ตัวชี้วัด ${ind.no}`],
  required: false,
  description: {
    th: `คะแนนตัวชี้วัดที่ ${ind.no} ${ind.th} (0–100, เว้นว่างได้)`,
    en: `Indicator ${ind.no} score, ${ind.en} (0–100, may be blank)`,
  },
}));

/**
 * The documented columns of an ITA results file (CSV UTF-8 or XLSX, first sheet, one header
 * row). Headers may be in Thai or English; unknown columns are ignored and reported.
 */
export const ITA_IMPORT_COLUMNS: readonly ItaImportColumn[] = [
  {
    key: 'agency_code',
    th: 'รหัสหน่วยงาน',
    aliases: ['code', 'agency code'],
    required: true,
    description: { th: 'รหัสหน่วยงานในระบบนี้ (ไม่ซ้ำกันในไฟล์)', en: 'The agency code in this system (once per file)' },
  },
  {
    key: 'agency_name_th',
    th: 'ชื่อหน่วยงาน',
    aliases: ['name_th', 'name', 'ชื่อหน่วยงาน (ไทย)'],
    required: false,
    description: {
      th: 'ชื่อภาษาไทย — จำเป็นเฉพาะหน่วยงานใหม่ที่ยังไม่มีในระบบ',
      en: 'Thai name — needed only for a new agency not yet in the system',
    },
  },
  {
    key: 'agency_name_en',
    th: 'ชื่อหน่วยงาน (อังกฤษ)',
    aliases: ['name_en'],
    required: false,
    description: { th: 'ชื่อภาษาอังกฤษของหน่วยงานใหม่ (ไม่บังคับ)', en: 'English name of a new agency (optional)' },
  },
  {
    key: 'level',
    th: 'ระดับ',
    aliases: ['agency level'],
    required: false,
    description: {
      th: 'หน่วยงานใหม่: central/regional/local หรือ ส่วนกลาง/ส่วนภูมิภาค/ส่วนท้องถิ่น',
      en: 'New agency: central/regional/local (or the Thai terms)',
    },
  },
  {
    key: 'type',
    th: 'ประเภทหน่วยงาน',
    aliases: ['agency type', 'ประเภท'],
    required: false,
    description: {
      th: 'หน่วยงานใหม่: เช่น department, sao, municipality หรือชื่อประเภทภาษาไทย เช่น อบต., เทศบาล',
      en: 'New agency: e.g. department, sao, municipality, or the Thai type name',
    },
  },
  {
    key: 'province_code',
    th: 'รหัสจังหวัด',
    aliases: ['province'],
    required: false,
    description: {
      th: 'หน่วยงานใหม่: รหัสจังหวัด 2 หลัก (จำเป็นสำหรับส่วนภูมิภาคและส่วนท้องถิ่น)',
      en: 'New agency: two-digit province code (needed for regional and local agencies)',
    },
  },
  {
    key: 'total',
    th: 'คะแนนรวม',
    aliases: ['score', 'total score', 'คะแนน ita'],
    required: true,
    description: { th: 'คะแนน ITA รวม 0–100 (ทศนิยม 2 ตำแหน่ง)', en: 'ITA total score 0–100 (two decimals)' },
  },
  {
    key: 'iit',
    th: 'คะแนน IIT',
    aliases: [],
    required: true,
    description: { th: 'คะแนนแบบวัด IIT 0–100 (ตัวชี้วัดที่ 1–5)', en: 'IIT tool score 0–100 (indicators 1–5)' },
  },
  {
    key: 'eit',
    th: 'คะแนน EIT',
    aliases: [],
    required: true,
    description: { th: 'คะแนนแบบวัด EIT 0–100 (ตัวชี้วัดที่ 6–8)', en: 'EIT tool score 0–100 (indicators 6–8)' },
  },
  {
    key: 'oit',
    th: 'คะแนน OIT',
    aliases: [],
    required: true,
    description: { th: 'คะแนนแบบตรวจ OIT 0–100 (ตัวชี้วัดที่ 9–10)', en: 'OIT tool score 0–100 (indicators 9–10)' },
  },
  ...indicatorColumns,
  {
    key: 'is_demo',
    th: 'ข้อมูลสาธิต',
    aliases: ['demo'],
    required: false,
    description: {
      th: 'ไฟล์ที่ดาวน์โหลดจากระบบระบุแถวข้อมูลสาธิตไว้ แถวที่เป็นข้อมูลสาธิตนำเข้าเป็นผลจริงไม่ได้',
      en: 'Files downloaded from this system mark demo rows; a demo row cannot be imported as a real result',
    },
  },
];
