// Real, published figures for the plan's goal-level indicators. Every value carries the
// source it was taken from. Editions of international indices are stored under the
// Buddhist Era year of the edition (CPI 2024 → 2567); see docs/decisions/0002-years.md.
import type { Direction, Unit } from '../../shared/domain';

export type SeedValue = {
  year: number;
  value: number;
  rankOutOf?: number | null;
  sourceUrl: string;
  sourceTh: string;
  note?: string;
};

export type SeedTarget = { year: number; value: number; sourceUrl: string; sourceTh: string };

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
const CPI_TARGET_SOURCE = 'http://thai.news-agency.jp/articles/article/14120';
const CPI_TARGET_SOURCE_TH = 'เป้าหมายยุทธศาสตร์ชาติ 20 ปี ด้านการต่อต้านการทุจริต (แหล่งข้อมูลทุติยภูมิ)';

/** CPI editions for Thailand: [edition (CE), score | null, rank, countries | null, source]. */
const CPI_ROWS: Array<[number, number | null, number, number | null, string, string?]> = [
  [2012, 37, 88, 176, 'https://www.pattayamail.com/thailandnews/cabinet-acknowledges-thailands-improvement-in-corruption-ranking-29476'],
  [2013, null, 102, 177, 'https://www.pattayamail.com/business/thailands-corruption-index-sinks-14-notches-32702'],
  [2014, 38, 85, null, 'https://www.bangkokpost.com/thailand/general/2495719/thailand-improves-in-corruption-survey'],
  [2015, 38, 76, 168, 'https://whatsonsukhumvit.com/how-does-thailand-rank-globally-for-corruption/'],
  [2016, 35, 101, 176, 'https://www.thailandnews.co/2017/01/thai-government-unfazed-lower-ranking-corruption-index/'],
  [2017, 37, 96, 180, 'https://www.wiseknow.com/tag/องค์กรเพื่อความโปร่งใส/'],
  [2018, 36, 99, 180, 'http://area6.pacc.go.th/?p=3166', 'Khaosod English reported 35; PACC, TNN and Bangkok Post report 36'],
  [2019, 36, 101, 180, 'https://news.bectero.com/news/168137'],
  [2020, 36, 104, 180, 'https://thailandmirror.com/thailand-scored-36-in-the-corruption-perceptions-index-2020/'],
  [2021, 35, 110, 180, 'https://www.nationthailand.com/in-focus/40011499'],
  [2022, 36, 101, 180, 'https://www.prachachat.net/politics/news-1191302'],
  [2023, 35, 108, 180, 'https://acm.nacc.go.th/press-release/cpi6'],
  [2024, 34, 107, 180, 'https://www.nationthailand.com/news/world/40046162'],
  [2025, 33, 116, 182, 'https://www.nationthailand.com/news/general/40062365', 'Thairath English says 180 countries; The Nation and the Thai government briefing say 182'],
];

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
    methodTh: 'ฉบับปี ค.ศ. X เผยแพร่ต้นปี ค.ศ. X+1 วิธีการเปลี่ยนในปี 2555 (2012) จึงเทียบแนวโน้มได้ตั้งแต่ปีนั้น',
    methodEn: 'Edition X is published early in X+1. The method changed in 2012, so scores are comparable only from then.',
    decimals: 0,
    minValue: 0,
    maxValue: 100,
    releaseLagMonths: 2,
    baselineYear: be(2021),
    baselineValue: 35,
    comparableFromYear: be(2012),
    sortOrder: 1,
    values: CPI_ROWS.filter((r) => r[1] !== null).map(([ce, score, , , url, note]) => ({
      year: be(ce),
      value: score as number,
      sourceUrl: url,
      sourceTh: TI,
      ...(note ? { note } : {}),
    })),
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
    values: CPI_ROWS.map(([ce, , rank, countries, url, note]) => ({
      year: be(ce),
      value: rank,
      rankOutOf: countries,
      sourceUrl: url,
      sourceTh: TI,
      ...(note ? { note } : {}),
    })),
    targets: [
      { year: be(2022), value: 54, sourceUrl: CPI_TARGET_SOURCE, sourceTh: CPI_TARGET_SOURCE_TH },
      { year: be(2027), value: 43, sourceUrl: CPI_TARGET_SOURCE, sourceTh: CPI_TARGET_SOURCE_TH },
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
    methodTh: 'IIT (ตัวชี้วัด 1–5) + EIT (6–8) + OIT (9–10) ประกาศผลประมาณเดือนสิงหาคม–กันยายน',
    methodEn: 'IIT (indicators 1–5) + EIT (6–8) + OIT (9–10); results announced around August–September.',
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
      ...(note ? { note } : {}),
    })),
    targets: [2565, 2566, 2567, 2568, 2569, 2570].map((year) => ({
      year,
      value: 80,
      sourceUrl: ITA_TARGET_SOURCE,
      sourceTh: ITA_TARGET_SOURCE_TH,
    })),
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
    methodTh: 'ค่าตามรายงานผลการดำเนินการตามยุทธศาสตร์ชาติ ปี 2566 ของ สศช.',
    methodEn: "Values as given in NESDC's national-strategy results report 2566.",
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
    definitionTh: 'อันดับของประเทศไทยในดัชนีนิติธรรม (ยิ่งน้อยยิ่งดี); ปี 2568 (2025) คะแนนรวม 0.50',
    definitionEn: "Thailand's rank in the Rule of Law Index (lower is better); 2025 overall score 0.50.",
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
    })),
    targets: [],
  },
];
