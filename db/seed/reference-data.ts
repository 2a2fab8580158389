// Real, published figures for the plan's goal-level indicators. Every value carries the
// source it was taken from. Editions of international indices are stored under the
// Buddhist Era year of the edition (CPI 2024 → 2567); see docs/decisions/0002-years.md.
import type { Direction, Unit } from '../../shared/domain';

export type SeedValue = {
  year: number;
  value: number;
  rankOutOf?: number | null;
  /** The primary source first (for CPI: the edition's page on transparency.org). */
  sourceUrl: string;
  sourceTh: string;
  /** A second link where useful (e.g. the Thai or press report of the same edition). */
  secondarySourceUrl?: string | null;
  secondarySourceTh?: string | null;
  /** Release date (ISO), where a source gives it. */
  publishedOn?: string | null;
  note?: string;
};

export type SeedTarget = {
  year: number;
  value: number;
  sourceUrl: string | null;
  sourceTh: string | null;
  /** An earlier official target the secretariat carried forward: no source states it for this year. */
  carriedForward?: boolean;
};

export type SeedIndicator = {
  code: string;
  nameTh: string;
  nameEn: string;
  unit: Unit;
  direction: Direction;
  yearKind: 'fiscal' | 'edition';
  sourceOrgTh: string;
  sourceOrgEn: string;
  sourceUrl: string;
  definitionTh: string;
  definitionEn: string;
  methodTh: string;
  methodEn: string;
  decimals: number;
  minValue: number | null;
  maxValue: number | null;
  releaseLagMonths: number | null;
  baselineYear: number | null;
  baselineValue: number | null;
  comparableFromYear: number | null;
  sortOrder: number;
  values: SeedValue[];
  targets: SeedTarget[];
};

const be = (ce: number) => ce + 543;

const TI = 'Transparency International, Corruption Perceptions Index';
/** The primary source of every CPI edition: Transparency International's page for that edition. */
export const cpiEditionUrl = (editionCe: number) => `https://www.transparency.org/en/cpi/${editionCe}`;
const CPI_TARGET_SOURCE = 'http://thai.news-agency.jp/articles/article/14120';
const CPI_TARGET_SOURCE_TH = 'เป้าหมายยุทธศาสตร์ชาติ 20 ปี ด้านการต่อต้านการทุจริต (แหล่งข้อมูลทุติยภูมิ)';
/**
 * NACC anti-corruption action plan, phase 2 (2566–2570), approved by the Cabinet on 29 Nov 2022:
 * CPI rank ≤ 53 for 2566 and ≤ 43 for 2570 (also reported by isranews.org, item 114034).
 */
export const CPI_RANK_PLAN_SOURCE = 'https://www.infoquest.co.th/2022/254992';
export const CPI_RANK_PLAN_SOURCE_TH =
  'แผนปฏิบัติการด้านการต่อต้านการทุจริตและประพฤติมิชอบ ระยะที่ 2 ของสำนักงาน ป.ป.ช. ที่คณะรัฐมนตรีเห็นชอบ (รายงานโดยอินโฟเควสท์และสำนักข่าวอิศรา)';

type CpiRow = {
  edition: number;
  score: number | null;
  rank: number;
  countries: number | null;
  /** The press or Thai report of the edition: the second link. */
  report: string;
  reportTh: string;
  publishedOn?: string;
  note?: string;
};

const NEWS = 'รายงานข่าว';
const BKK_POST_2013 = 'https://www.bangkokpost.com/news/general/447000';

/** CPI editions for Thailand; the first source of each is cpiEditionUrl(edition). */
const CPI_ROWS: CpiRow[] = [
  { edition: 2012, score: 37, rank: 88, countries: 176, report: 'https://www.pattayamail.com/thailandnews/cabinet-acknowledges-thailands-improvement-in-corruption-ranking-29476', reportTh: NEWS },
  {
    edition: 2013,
    score: 35,
    rank: 102,
    countries: 177,
    report: BKK_POST_2013,
    reportTh: NEWS,
    note: 'Score 35 per Bangkok Post (news/general/447000); an earlier source contradicted itself',
  },
  { edition: 2014, score: 38, rank: 85, countries: 175, report: BKK_POST_2013, reportTh: NEWS, note: '175 countries per Bangkok Post (news/general/447000)' },
  { edition: 2015, score: 38, rank: 76, countries: 168, report: 'https://whatsonsukhumvit.com/how-does-thailand-rank-globally-for-corruption/', reportTh: NEWS },
  { edition: 2016, score: 35, rank: 101, countries: 176, report: 'https://www.thailandnews.co/2017/01/thai-government-unfazed-lower-ranking-corruption-index/', reportTh: NEWS },
  {
    edition: 2017,
    score: 37,
    rank: 96,
    countries: 180,
    report: 'https://www.wiseknow.com/tag/องค์กรเพื่อความโปร่งใส/',
    reportTh: NEWS,
    publishedOn: '2018-02-22',
    note: 'Released 22 Feb 2018 in Thailand per wiseknow.com (thin source); TI released it on 21 Feb in Berlin',
  },
  {
    edition: 2018,
    score: 36,
    rank: 99,
    countries: 180,
    report: 'http://area6.pacc.go.th/?p=3166',
    reportTh: 'สำนักงาน ป.ป.ท.',
    publishedOn: '2019-01-29',
    note: 'Khaosod English reported 35; PACC, TNN and Bangkok Post report 36. Release date: Bangkok Post, 29 Jan 2019',
  },
  { edition: 2019, score: 36, rank: 101, countries: 180, report: 'https://news.bectero.com/news/168137', reportTh: NEWS },
  { edition: 2020, score: 36, rank: 104, countries: 180, report: 'https://thailandmirror.com/thailand-scored-36-in-the-corruption-perceptions-index-2020/', reportTh: NEWS },
  { edition: 2021, score: 35, rank: 110, countries: 180, report: 'https://www.nationthailand.com/in-focus/40011499', reportTh: NEWS, publishedOn: '2022-01-25' },
  { edition: 2022, score: 36, rank: 101, countries: 180, report: 'https://www.prachachat.net/politics/news-1191302', reportTh: NEWS, publishedOn: '2023-01-31' },
  { edition: 2023, score: 35, rank: 108, countries: 180, report: 'https://acm.nacc.go.th/press-release/cpi6', reportTh: 'ข่าวประชาสัมพันธ์ สำนักงาน ป.ป.ช.', publishedOn: '2024-01-30' },
  {
    edition: 2024,
    score: 34,
    rank: 107,
    countries: 180,
    report: 'https://www.nationthailand.com/news/world/40046162',
    reportTh: NEWS,
    note: 'Released in February 2025 (week of 13 Feb per Bangkok Post); the exact day is not confirmed',
  },
  {
    edition: 2025,
    score: 33,
    rank: 116,
    countries: 182,
    report: 'https://www.nationthailand.com/news/general/40062365',
    reportTh: NEWS,
    publishedOn: '2026-02-10',
    note: 'Thairath English says 180 countries; The Nation and the Thai government briefing say 182',
  },
];

const cpiValue = (r: CpiRow, value: number, rankOutOf: number | null): SeedValue => ({
  year: be(r.edition),
  value,
  rankOutOf,
  sourceUrl: cpiEditionUrl(r.edition),
  sourceTh: TI,
  secondarySourceUrl: r.report,
  secondarySourceTh: r.reportTh,
  publishedOn: r.publishedOn ?? null,
  ...(r.note ? { note: r.note } : {}),
});

/**
 * ITA announcement dates by fiscal year (NACC announcements as reported; 2567: tna.mcot.net
 * politics-1399345). The release falls in late July to August.
 */
export const ITA_ANNOUNCED_ON: Record<number, string> = {
  2564: '2021-08-26',
  2565: '2022-08-01',
  2566: '2023-08-10',
  2567: '2024-07-30',
  2568: '2025-08-15',
};

const ITA_SOURCE_TH = 'สำนักงาน ป.ป.ช. ผลการประเมิน ITA ระดับประเทศ (ตามที่สื่อรายงาน)';
/** ITA national results: [FY (BE), mean, pass %, source, note]. */
const ITA_ROWS: Array<[number, number, number | null, string, string?]> = [
  [2564, 81.25, null, 'https://www.nationthailand.com/in-focus/40018394'],
  [2565, 87.57, 70.52, 'https://www.nationthailand.com/in-focus/40018394', '8,303 หน่วยงาน ผ่าน 5,855'],
  [2566, 90.19, 80.94, 'https://www.nationthailand.com/thailand/general/40030119', '8,323 หน่วยงาน ผ่าน 6,737'],
  [2567, 93.05, 92.44, 'https://www.nacc.go.th/categorydetail/20180831184638361/20240807162237', '8,325 หน่วยงาน ผ่าน 7,696 (ร้อยละคำนวณจาก 7,696/8,325)'],
  [2568, 93.82, 94.17, 'https://www.nationthailand.com/blogs/news/general/40054201', '8,317 หน่วยงาน ผ่าน 7,832'],
];
const ITA_TARGET_SOURCE = 'https://sme.go.th/uploads/eBooks/eBook_65/files/basic-html/page80.html';
const ITA_TARGET_SOURCE_TH =
  'แผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็น (21) การต่อต้านการทุจริตและประพฤติมิชอบ: หน่วยงานผ่านเกณฑ์ 85 คะแนนขึ้นไป ไม่น้อยกว่าร้อยละ 80';

const WJP_ROWS: Array<[number, number, number, string]> = [
  [2014, 47, 99, 'https://prachatai.com/english/node/5132'],
  [2015, 56, 102, 'https://prachatai.com/english/node/5132'],
  [2019, 76, 126, 'https://prachatai.com/english/node/7953'],
  [2022, 80, 140, 'https://worldjusticeproject.org/news/thai-officials-explore-best-ways-improve-rule-law'],
  [2023, 82, 142, 'https://worldjusticeproject.org/news/thai-government-announces-rule-law-commitment-during-wjp-hosted-rule-law-forum'],
  [2024, 78, 142, 'https://anticor.hse.ru/en/main/news_page/2024_rule_of_law_index_released'],
  [2025, 77, 143, 'https://worldjusticeproject.org/news/thailand%E2%80%99s-rule-law-2025-stability-amidst-shifting-public-perceptions'],
];

const WGI_SOURCE =
  'https://isranews.org/article/isranews-scoop/130841-Gov-NESDC-National-Strategic-Plan-year-2566-report.html';

// Texts worded without a year, so nothing needs switching between B.E. and C.E. (the years they
// depend on are shown from data: comparableFromYear, each value's source and date).
export const CPI_SCORE_METHOD_TH =
  'ฉบับปี ค.ศ. X เผยแพร่ต้นปี ค.ศ. X+1 วิธีคำนวณเปลี่ยนเมื่อเริ่มใช้มาตรา 0–100 จึงเทียบแนวโน้มได้เฉพาะฉบับที่ใช้มาตรานี้';
export const CPI_SCORE_METHOD_EN =
  'Edition X is published early in X+1. The method changed when the 0–100 scale was introduced, so scores are comparable only across editions on that scale.';
export const ITA_MEAN_METHOD_TH = 'IIT (ตัวชี้วัด 1–5) + EIT (6–8) + OIT (9–10) ประกาศผลช่วงปลายเดือนกรกฎาคมถึงเดือนสิงหาคม';
export const ITA_MEAN_METHOD_EN = 'IIT (indicators 1–5) + EIT (6–8) + OIT (9–10); results are announced from late July to August.';
export const WGI_METHOD_TH = 'ค่าตามรายงานผลการดำเนินการตามยุทธศาสตร์ชาติของ สศช. (ดูแหล่งข้อมูลของแต่ละค่า)';
export const WGI_METHOD_EN = "Values as given in NESDC's national-strategy results report (see each value's source).";
export const WJP_DEFINITION_TH = 'อันดับของประเทศไทยในดัชนีนิติธรรม (ยิ่งน้อยยิ่งดี)';
export const WJP_DEFINITION_EN = "Thailand's rank in the Rule of Law Index (lower is better).";
export const WJP_2025_NOTE = 'Overall score 0.50; 12th of 21 in its region';
/** Shown where a carried-forward target's source would be (the flag words it in the UI too). */
export const CARRIED_FORWARD_TH = 'ยกยอดโดยฝ่ายเลขานุการ — ไม่ใช่ตัวเลขทางการ';

export const GOAL_INDICATORS: SeedIndicator[] = [
  {
    code: 'CPI-SCORE',
    nameTh: 'คะแนนดัชนีการรับรู้การทุจริต (CPI) ของประเทศไทย',
    nameEn: "Thailand's Corruption Perceptions Index (CPI) score",
    unit: 'score',
    direction: 'higher',
    yearKind: 'edition',
    sourceOrgTh: 'องค์กรเพื่อความโปร่งใสนานาชาติ (Transparency International)',
    sourceOrgEn: 'Transparency International',
    sourceUrl: 'https://www.transparency.org/en/cpi',
    definitionTh: 'คะแนน 0–100 (0 = ทุจริตมาก, 100 = ใสสะอาด) เฉลี่ยจากแหล่งข้อมูลอย่างน้อย 3 แหล่ง',
    definitionEn: 'Score 0–100 (0 = highly corrupt, 100 = very clean), the average of at least three rescaled source indices.',
    methodTh: CPI_SCORE_METHOD_TH,
    methodEn: CPI_SCORE_METHOD_EN,
    decimals: 0,
    minValue: 0,
    maxValue: 100,
    releaseLagMonths: 2,
    baselineYear: be(2021),
    baselineValue: 35,
    comparableFromYear: be(2012),
    sortOrder: 1,
    values: CPI_ROWS.filter((r) => r.score !== null).map((r) => cpiValue(r, r.score as number, null)),
    targets: [
      { year: be(2022), value: 50, sourceUrl: CPI_TARGET_SOURCE, sourceTh: CPI_TARGET_SOURCE_TH },
      { year: be(2027), value: 57, sourceUrl: CPI_TARGET_SOURCE, sourceTh: CPI_TARGET_SOURCE_TH },
    ],
  },
  {
    code: 'CPI-RANK',
    nameTh: 'อันดับดัชนีการรับรู้การทุจริต (CPI) ของประเทศไทย',
    nameEn: "Thailand's Corruption Perceptions Index (CPI) rank",
    unit: 'rank',
    direction: 'lower',
    yearKind: 'edition',
    sourceOrgTh: 'องค์กรเพื่อความโปร่งใสนานาชาติ (Transparency International)',
    sourceOrgEn: 'Transparency International',
    sourceUrl: 'https://www.transparency.org/en/cpi',
    definitionTh: 'อันดับของประเทศไทยในบรรดาประเทศที่ได้รับการประเมิน (ยิ่งน้อยยิ่งดี)',
    definitionEn: "Thailand's position among the countries ranked (lower is better).",
    methodTh: 'จำนวนประเทศเปลี่ยนไปในแต่ละปี จึงเทียบเป็นเปอร์เซ็นไทล์ (อันดับ ÷ จำนวนประเทศ)',
    methodEn: 'The number of countries changes between editions, so ranks are compared as percentiles (rank ÷ countries).',
    decimals: 0,
    minValue: 1,
    maxValue: null,
    releaseLagMonths: 2,
    baselineYear: be(2021),
    baselineValue: 110,
    comparableFromYear: be(2012),
    sortOrder: 2,
    values: CPI_ROWS.map((r) => cpiValue(r, r.rank, r.countries)),
    targets: [
      { year: be(2022), value: 54, sourceUrl: CPI_TARGET_SOURCE, sourceTh: CPI_TARGET_SOURCE_TH },
      { year: 2566, value: 53, sourceUrl: CPI_RANK_PLAN_SOURCE, sourceTh: CPI_RANK_PLAN_SOURCE_TH },
      { year: be(2027), value: 43, sourceUrl: CPI_RANK_PLAN_SOURCE, sourceTh: CPI_RANK_PLAN_SOURCE_TH },
    ],
  },
  {
    code: 'ITA-MEAN',
    nameTh: 'คะแนนเฉลี่ยการประเมินคุณธรรมและความโปร่งใส (ITA) ระดับประเทศ',
    nameEn: 'National mean Integrity and Transparency Assessment (ITA) score',
    unit: 'score',
    direction: 'higher',
    yearKind: 'fiscal',
    sourceOrgTh: 'สำนักงานคณะกรรมการ ป.ป.ช.',
    sourceOrgEn: 'Office of the National Anti-Corruption Commission (NACC)',
    sourceUrl: 'https://itas.nacc.go.th',
    definitionTh: 'ค่าเฉลี่ยคะแนน ITA (0–100) ของหน่วยงานภาครัฐทั้งหมดที่ได้รับการประเมินในปีงบประมาณ',
    definitionEn: 'Mean ITA score (0–100) of every state agency assessed in the fiscal year.',
    methodTh: ITA_MEAN_METHOD_TH,
    methodEn: ITA_MEAN_METHOD_EN,
    decimals: 2,
    minValue: 0,
    maxValue: 100,
    releaseLagMonths: 1,
    baselineYear: 2564,
    baselineValue: 81.25,
    comparableFromYear: null,
    sortOrder: 3,
    values: ITA_ROWS.map(([year, mean, , url, note]) => ({
      year,
      value: mean,
      sourceUrl: url,
      sourceTh: ITA_SOURCE_TH,
      publishedOn: ITA_ANNOUNCED_ON[year] ?? null,
      ...(note ? { note } : {}),
    })),
    targets: [],
  },
  {
    code: 'ITA-PASS',
    nameTh: 'ร้อยละของหน่วยงานที่ผ่านเกณฑ์การประเมิน ITA (85 คะแนนขึ้นไป)',
    nameEn: 'Share of agencies passing the ITA (score of 85 or more)',
    unit: 'percent',
    direction: 'higher',
    yearKind: 'fiscal',
    sourceOrgTh: 'สำนักงานคณะกรรมการ ป.ป.ช.',
    sourceOrgEn: 'Office of the National Anti-Corruption Commission (NACC)',
    sourceUrl: 'https://itas.nacc.go.th',
    definitionTh: 'จำนวนหน่วยงานที่ได้คะแนน ITA ตั้งแต่ 85 ขึ้นไป ÷ จำนวนหน่วยงานที่ได้รับการประเมิน × 100',
    definitionEn: 'Agencies scoring 85 or more ÷ agencies assessed × 100.',
    methodTh: 'เป้าหมายแผนแม่บทฯ ประเด็นการต่อต้านการทุจริต: ไม่น้อยกว่าร้อยละ 80',
    methodEn: 'Master-plan target (anti-corruption issue): at least 80 %.',
    decimals: 2,
    minValue: 0,
    maxValue: 100,
    releaseLagMonths: 1,
    baselineYear: 2565,
    baselineValue: 70.52,
    comparableFromYear: null,
    sortOrder: 4,
    values: ITA_ROWS.filter((r) => r[2] !== null).map(([year, , pass, url, note]) => ({
      year,
      value: pass as number,
      sourceUrl: url,
      sourceTh: ITA_SOURCE_TH,
      publishedOn: ITA_ANNOUNCED_ON[year] ?? null,
      ...(note ? { note } : {}),
    })),
    // A source states the 80 % target for (or "by") 2565 only; the later years are the
    // secretariat's carry-forward, marked so until a sourced target is entered.
    targets: [
      { year: 2565, value: 80, sourceUrl: ITA_TARGET_SOURCE, sourceTh: ITA_TARGET_SOURCE_TH },
      ...[2566, 2567, 2568, 2569, 2570].map((year) => ({
        year,
        value: 80,
        sourceUrl: null,
        sourceTh: CARRIED_FORWARD_TH,
        carriedForward: true,
      })),
    ],
  },
  {
    code: 'WGI-CC',
    nameTh: 'ดัชนีการควบคุมการทุจริต (Control of Corruption) ของธนาคารโลก (WGI)',
    nameEn: 'World Bank Worldwide Governance Indicators: Control of Corruption estimate',
    unit: 'index',
    direction: 'higher',
    yearKind: 'edition',
    sourceOrgTh: 'ธนาคารโลก (World Bank)',
    sourceOrgEn: 'World Bank',
    sourceUrl: 'https://www.worldbank.org/en/publication/worldwide-governance-indicators',
    definitionTh: 'ค่าประมาณ (estimate) ประมาณ −2.5 ถึง 2.5 ยิ่งสูงยิ่งดี',
    definitionEn: 'Estimate on a scale of roughly −2.5 to 2.5; higher is better.',
    methodTh: WGI_METHOD_TH,
    methodEn: WGI_METHOD_EN,
    decimals: 2,
    minValue: -2.5,
    maxValue: 2.5,
    releaseLagMonths: 10,
    baselineYear: be(2021),
    baselineValue: -0.48,
    comparableFromYear: null,
    sortOrder: 5,
    values: [
      { year: be(2021), value: -0.48, sourceUrl: WGI_SOURCE, sourceTh: 'สศช. (รายงานโดย สำนักข่าวอิศรา)' },
      { year: be(2022), value: -0.45, sourceUrl: WGI_SOURCE, sourceTh: 'สศช. (รายงานโดย สำนักข่าวอิศรา)' },
    ],
    targets: [],
  },
  {
    code: 'WJP-RANK',
    nameTh: 'อันดับดัชนีนิติธรรม (WJP Rule of Law Index) ของประเทศไทย',
    nameEn: "Thailand's World Justice Project Rule of Law Index rank",
    unit: 'rank',
    direction: 'lower',
    yearKind: 'edition',
    sourceOrgTh: 'World Justice Project',
    sourceOrgEn: 'World Justice Project',
    sourceUrl: 'https://worldjusticeproject.org/rule-of-law-index/',
    definitionTh: WJP_DEFINITION_TH,
    definitionEn: WJP_DEFINITION_EN,
    methodTh: 'จำนวนประเทศเปลี่ยนไปในแต่ละฉบับ จึงเทียบเป็นเปอร์เซ็นไทล์',
    methodEn: 'The number of countries changes between editions, so ranks are compared as percentiles.',
    decimals: 0,
    minValue: 1,
    maxValue: null,
    releaseLagMonths: 0,
    baselineYear: be(2022),
    baselineValue: 80,
    comparableFromYear: null,
    sortOrder: 6,
    values: WJP_ROWS.map(([ce, rank, countries, url]) => ({
      year: be(ce),
      value: rank,
      rankOutOf: countries,
      sourceUrl: url,
      sourceTh: 'World Justice Project Rule of Law Index',
      ...(ce === 2025 ? { note: WJP_2025_NOTE } : {}),
    })),
    targets: [],
  },
];
