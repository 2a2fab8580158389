// Demo ITA data at national scale (`npm run demo:ita`). Per-agency ITA results are not published
// as files, so this generates ~8,300 clearly labelled synthetic demo agencies ("หน่วยงานสาธิต …",
// agency.is_demo) and their results for 2565–2568 from a seeded PRNG (same seed → same rows).
// Real agencies of the registry (OCSC, NACC, สตง., DLA, Bangkok, the provinces …) never get a
// generated result: they carry only the results published for them (ita-published-data.ts).
// Each year is calibrated so that the demo rows together with those published rows give the
// NACC's national agency count, mean and number passing (shared/ita.ts ITA_PUBLISHED), and
// the indicator means the press reported are reproduced too. Everything written here is flagged
// isDemo. See docs/decisions/0005-ita-import-and-demo.md.
import { createHash } from 'node:crypto';
import type { Db } from '../client';
import type { AgencyType, Level } from '../../shared/domain';
import {
  ITA_INDICATOR_KEYS,
  ITA_PASS,
  ITA_PUBLISHED,
  ITA_PUBLISHED_INDICATORS,
  ITA_TOOLS,
  itaGrade,
  roundScore,
  type ItaIndicatorKey,
  type ItaToolCode,
} from '../../shared/ita';
import { CORE_AGENCIES } from './agencies-data';
import { PUBLISHED_ITA_RESULTS, type PublishedItaResult } from './ita-published-data';
import { PROVINCES } from './provinces-data';

export const ITA_DEMO_SEED = 25_680_917;
export const ITA_DEMO_YEARS = ITA_PUBLISHED.map((p) => p.year);
export const ITA_DEMO_FILE_NAME = 'demo:ita (ข้อมูลสาธิต / generated demo data)';

export type DemoAgency = {
  code: string;
  nameTh: string;
  nameEn: string;
  level: Level;
  type: AgencyType;
  provinceCode: string | null;
  active: boolean;
  firstYear: number;
  lastYear: number;
};

export type DemoResult = {
  code: string;
  year: number;
  total: number;
  iit: number;
  eit: number;
  oit: number;
  grade: string;
} & Record<ItaIndicatorKey, number>;

// ── PRNG ──────────────────────────────────────────────────────────────────────

/** mulberry32: small, fast, good enough for demo data; deterministic across platforms. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed: number) {
  const next = mulberry32(seed);
  const normal = () => {
    // Box–Muller; 1 − u keeps log() away from 0.
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return { next, normal };
}

// ── Agencies ──────────────────────────────────────────────────────────────────

/**
 * Demo agencies by type. Sized like the real ITA population (~8,300): about 76 อบจ., ~2,470
 * เทศบาล and ~5,300 อบต. make up most of it; then departments, state enterprises, public
 * organisations (55 in 2564 per DGA), universities, other state agencies (17 in 2566 per Thai
 * PBS). With the 83 demo twins of real assessed agencies (addTwinsOfRealAgencies) the pool is
 * 8,345 agencies, all synthetic.
 */
const DEMO_TYPE_COUNTS: ReadonlyArray<[AgencyType, number]> = [
  ['department', 142],
  ['state_enterprise', 52],
  ['public_organization', 56],
  ['independent_organ', 10],
  ['judicial_admin', 14],
  ['university', 82],
  ['other', 16],
  ['pao', 76],
  ['municipality', 2472],
  ['sao', 5342],
];

/**
 * Agencies enter and leave the assessment between years (an อบต. upgraded to a เทศบาลตำบล
 * leaves as an อบต. and a new municipality joins). These counts make every year's number of
 * assessed agencies equal the published one: 8,303 / 8,323 / 8,325 / 8,317.
 */
const SAO_LEAVERS: ReadonlyArray<[lastYear: number, count: number]> = [
  [2565, 10],
  [2566, 6],
  [2567, 12],
];
const MUNICIPALITY_JOINERS: ReadonlyArray<[firstYear: number, count: number]> = [
  [2566, 30],
  [2567, 8],
  [2568, 4],
];

const TYPE_CODE: Partial<Record<AgencyType, string>> = {
  department: 'DEP',
  state_enterprise: 'SOE',
  public_organization: 'PO',
  independent_organ: 'IND',
  judicial_admin: 'JUD',
  university: 'UNI',
  other: 'OTH',
};

const CENTRAL_NAMES: Partial<Record<AgencyType, [th: string, en: string]>> = {
  department: ['ส่วนราชการระดับกรม', 'department-level agency'],
  state_enterprise: ['รัฐวิสาหกิจ', 'state enterprise'],
  public_organization: ['องค์การมหาชน', 'public organisation'],
  independent_organ: ['องค์กรอิสระ', 'independent organ'],
  judicial_admin: ['หน่วยธุรการขององค์กรศาล องค์กรอัยการ หรือรัฐสภา', 'court, prosecutor or parliament admin unit'],
  university: ['สถาบันอุดมศึกษา', 'higher-education institution'],
  other: ['หน่วยงานอื่นของรัฐ', 'other state agency'],
};

/** More local administrations in the populous north-east and north (a rough, stated assumption). */
const REGION_WEIGHT: Record<string, number> = {
  northeast: 1.35,
  north: 1.05,
  south: 0.95,
  west: 0.9,
  central: 0.85,
  east: 0.85,
};

/** Latent score shift by type (demo assumption: local administrations score lower on average). */
const TYPE_EFFECT: Record<AgencyType, number> = {
  ministry: 0.5,
  department: 0.55,
  province: 0.65,
  state_enterprise: 0.7,
  public_organization: 0.6,
  independent_organ: 0.75,
  judicial_admin: 0.8,
  university: 0.3,
  other: 0.2,
  pao: 0.35,
  municipality: 0.05,
  sao: -0.12,
};

/** Splits `total` over weights by largest remainder, giving each at least `min`. */
function apportion(total: number, weights: number[], min: number): number[] {
  const free = total - min * weights.length;
  const sum = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (free * w) / sum);
  const out = raw.map((r) => min + Math.floor(r));
  let left = total - out.reduce((s, n) => s + n, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Demo agencies in the places of the 83 real agencies the assessment includes (76 provincial
 * administrations, Bangkok and six central agencies), so the pool stays the size of the real
 * population while the real ones carry no generated result. Added after the others, without
 * drawing random numbers, so the other demo agencies keep their codes across versions.
 */
function addTwinsOfRealAgencies(
  out: DemoAgency[],
  provincesOutsideBangkok: typeof PROVINCES,
  bangkok: (typeof PROVINCES)[number],
  first: number,
  last: number,
): void {
  for (const p of provincesOutsideBangkok) {
    out.push({
      code: `DEMO-PRV-${p.code}`,
      nameTh: `หน่วยงานสาธิต ราชการส่วนภูมิภาค จังหวัด${p.nameTh}`,
      nameEn: `Demo agency: provincial administration, ${p.nameEn}`,
      level: 'regional',
      type: 'province',
      provinceCode: p.code,
      active: true,
      firstYear: first,
      lastYear: last,
    });
  }
  out.push({
    code: 'DEMO-LOC-10',
    nameTh: `หน่วยงานสาธิต ราชการส่วนท้องถิ่นรูปแบบพิเศษ ${bangkok.nameTh}`,
    nameEn: `Demo agency: special local administration, ${bangkok.nameEn}`,
    level: 'local',
    type: 'other',
    provinceCode: '10',
    active: true,
    firstYear: first,
    lastYear: last,
  });
  const central: ReadonlyArray<[AgencyType, from: number, count: number]> = [
    ['department', 143, 4],
    ['independent_organ', 11, 2],
  ];
  for (const [type, from, count] of central) {
    const [labelTh, labelEn] = CENTRAL_NAMES[type]!;
    for (let n = from; n < from + count; n++) {
      out.push({
        code: `DEMO-${TYPE_CODE[type]}-${pad(n, 3)}`,
        nameTh: `หน่วยงานสาธิต ${labelTh} ที่ ${n}`,
        nameEn: `Demo agency: ${labelEn} no. ${n}`,
        level: 'central',
        type,
        provinceCode: '10',
        active: true,
        firstYear: first,
        lastYear: last,
      });
    }
  }
}

function buildAgencies(rand: ReturnType<typeof makeRandom>): DemoAgency[] {
  const first = ITA_DEMO_YEARS[0]!;
  const last = ITA_DEMO_YEARS[ITA_DEMO_YEARS.length - 1]!;
  const out: DemoAgency[] = [];
  const provincesOutsideBangkok = PROVINCES.filter((p) => p.code !== '10');
  const byCode = new Map(PROVINCES.map((p) => [p.code, p]));
  const localWeights = provincesOutsideBangkok.map((p) => (REGION_WEIGHT[p.region] ?? 1) * Math.exp(0.4 * rand.normal()));

  for (const [type, count] of DEMO_TYPE_COUNTS) {
    if (type === 'pao') {
      for (const p of provincesOutsideBangkok) {
        out.push({
          code: `DEMO-PAO-${p.code}`,
          nameTh: `หน่วยงานสาธิต อบจ.${p.nameTh}`,
          nameEn: `Demo agency: ${p.nameEn} Provincial Administrative Organisation`,
          level: 'local',
          type,
          provinceCode: p.code,
          active: true,
          firstYear: first,
          lastYear: last,
        });
      }
      continue;
    }
    if (type === 'municipality' || type === 'sao') {
      const perProvince = apportion(count, localWeights.map((w) => w * (0.85 + 0.3 * rand.next())), type === 'sao' ? 8 : 4);
      provincesOutsideBangkok.forEach((p, pi) => {
        for (let n = 1; n <= perProvince[pi]!; n++) {
          let th: string;
          let en: string;
          if (type === 'sao') {
            th = `หน่วยงานสาธิต อบต. แห่งที่ ${n} จังหวัด${p.nameTh}`;
            en = `Demo agency: subdistrict administrative organisation no. ${n}, ${p.nameEn}`;
          } else {
            // Roughly 30 city, 195 town and the rest subdistrict municipalities nationally.
            const r = rand.next();
            const [kindTh, kindEn] =
              r < 0.012 ? ['เทศบาลนคร', 'city municipality'] : r < 0.09 ? ['เทศบาลเมือง', 'town municipality'] : ['เทศบาลตำบล', 'subdistrict municipality'];
            th = `หน่วยงานสาธิต ${kindTh} แห่งที่ ${n} จังหวัด${p.nameTh}`;
            en = `Demo agency: ${kindEn} no. ${n}, ${p.nameEn}`;
          }
          out.push({
            code: `DEMO-${type === 'sao' ? 'SAO' : 'MUN'}-${p.code}-${pad(n, 3)}`,
            nameTh: th,
            nameEn: en,
            level: 'local',
            type,
            provinceCode: p.code,
              active: true,
            firstYear: first,
            lastYear: last,
          });
        }
      });
      continue;
    }
    const [labelTh, labelEn] = CENTRAL_NAMES[type]!;
    for (let n = 1; n <= count; n++) {
      // Central agencies sit mostly in Bangkok and Nonthaburi; universities across the country.
      const r = rand.next();
      const provinceCode =
        type === 'university'
          ? r < 0.25
            ? '10'
            : provincesOutsideBangkok[Math.floor(rand.next() * provincesOutsideBangkok.length)]!.code
          : r < 0.8
            ? '10'
            : r < 0.95
              ? '12'
              : '13';
      const province = byCode.get(provinceCode)!;
      const where = type === 'university' ? ` (${province.nameTh})` : '';
      const whereEn = type === 'university' ? ` (${province.nameEn})` : '';
      out.push({
        code: `DEMO-${TYPE_CODE[type]}-${pad(n, 3)}`,
        nameTh: `หน่วยงานสาธิต ${labelTh} ที่ ${n}${where}`,
        nameEn: `Demo agency: ${labelEn} no. ${n}${whereEn}`,
        level: 'central',
        type,
        provinceCode,
        active: true,
        firstYear: first,
        lastYear: last,
      });
    }
  }

  // Leavers and joiners, picked at random but deterministically.
  const saos = out.filter((a) => a.type === 'sao');
  const municipalities = out.filter((a) => a.type === 'municipality');
  const pick = <T,>(pool: T[], n: number): T[] => {
    const chosen: T[] = [];
    while (chosen.length < n) {
      const item = pool[Math.floor(rand.next() * pool.length)]!;
      if (!chosen.includes(item)) chosen.push(item);
    }
    return chosen;
  };
  const leavers = pick(saos, SAO_LEAVERS.reduce((s, [, n]) => s + n, 0));
  let i = 0;
  for (const [lastYear, n] of SAO_LEAVERS) {
    for (const a of leavers.slice(i, i + n)) {
      a.lastYear = lastYear;
      a.active = false;
      a.nameTh += ' (ยกฐานะเป็นเทศบาลแล้ว)';
      a.nameEn += ' (upgraded to a municipality)';
    }
    i += n;
  }
  const joiners = pick(municipalities, MUNICIPALITY_JOINERS.reduce((s, [, n]) => s + n, 0));
  i = 0;
  for (const [firstYear, n] of MUNICIPALITY_JOINERS) {
    for (const a of joiners.slice(i, i + n)) a.firstYear = firstYear;
    i += n;
  }
  addTwinsOfRealAgencies(out, provincesOutsideBangkok, byCode.get('10')!, first, last);
  return out;
}

// ── Scores ────────────────────────────────────────────────────────────────────

/** Lowest failing score by year (85 − spread); demo assumption: the tail narrows as scores rise. */
const FAIL_SPREAD: Record<number, number> = { 2565: 52, 2566: 50, 2567: 47, 2568: 45 };
const FAIL_SHAPE = 3;

/**
 * Maps agencies ranked by a latent score to ITA totals so that exactly `passed` agencies score
 * ≥ 85 and the mean equals `mean`: failing agencies spread down to 85 − spread (a convex tail),
 * passing ones up to 100 with a shape exponent found by bisection.
 */
function calibrateTotals(latent: number[], passed: number, mean: number, spread: number): number[] {
  const n = latent.length;
  const order = latent.map((z, i) => [z, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const failing = n - passed;
  const failScores = order.slice(0, failing).map((_, r) => {
    const u = (failing - r - 0.5) / failing;
    return Math.min(ITA_PASS - 0.01, Math.max(0, roundScore(ITA_PASS - spread * u ** FAIL_SHAPE)));
  });
  const failSum = failScores.reduce((s, x) => s + x, 0);
  const passScores = (shape: number) =>
    order.slice(failing).map((_, r) => Math.min(100, roundScore(ITA_PASS + 15 * ((r + 0.5) / passed) ** shape)));
  let lo = 0.05;
  let hi = 20;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    const m = (failSum + passScores(mid).reduce((s, x) => s + x, 0)) / n;
    // A larger exponent lowers the passing scores.
    if (m > mean) lo = mid;
    else hi = mid;
  }
  const totals = new Array<number>(n);
  const scores = [...failScores, ...passScores((lo + hi) / 2)];
  order.forEach(([, i], r) => (totals[i] = scores[r]!));
  return totals;
}

/** Relative share of the deficit (100 − total) each tool carries: OIT (open data) varies most. */
const TOOL_SHARE: Record<ItaToolCode, [mean: number, sd: number]> = { iit: [0.55, 0.3], eit: [0.95, 0.3], oit: [1.25, 0.35] };

/** Base deficit weight of each indicator within its tool (mean 1 within the tool). */
const BASE_INDICATOR_WEIGHT: Record<ItaIndicatorKey, number> = {
  i1: 1.15,
  i2: 1.3,
  i3: 0.35,
  i4: 1.05,
  i5: 1.15,
  i6: 0.9,
  i7: 0.9,
  i8: 1.2,
  i9: 0.85,
  i10: 1.15,
};

const toolOf = (key: ItaIndicatorKey) => ITA_TOOLS.find((t) => t.indicators.includes(Number(key.slice(1))))!;

type YearDraft = {
  agencyIndex: number;
  total: number;
  toolDeficit: Record<ItaToolCode, number>;
  /** Per-agency indicator noise multipliers (lognormal, mean ≈ 1). */
  noise: Record<ItaIndicatorKey, number>;
};

/** Indicator scores for one agency given the year's weights; each tool's deficit is spread so its indicators average to it. */
function indicatorScores(d: YearDraft, weights: Record<ItaIndicatorKey, number>): Record<ItaIndicatorKey, number> {
  const out = {} as Record<ItaIndicatorKey, number>;
  for (const tool of ITA_TOOLS) {
    const keys = tool.indicators.map((no) => `i${no}` as ItaIndicatorKey);
    const norm = keys.reduce((s, k) => s + weights[k] * d.noise[k], 0) / keys.length;
    for (const k of keys) {
      const deficit = (d.toolDeficit[tool.code] * weights[k] * d.noise[k]) / norm;
      out[k] = roundScore(Math.min(100, Math.max(0, 100 - deficit)));
    }
  }
  return out;
}

/** Sets the weight of `key` (rescaling its tool siblings) so the national mean hits `target`. */
function calibrateIndicator(drafts: YearDraft[], weights: Record<ItaIndicatorKey, number>, key: ItaIndicatorKey, target: number) {
  const tool = toolOf(key);
  const siblings = tool.indicators.map((no) => `i${no}` as ItaIndicatorKey).filter((k) => k !== key);
  const siblingBase = siblings.reduce((s, k) => s + BASE_INDICATOR_WEIGHT[k], 0);
  const size = tool.indicators.length;
  const apply = (w: number) => {
    weights[key] = w;
    for (const k of siblings) weights[k] = ((size - w) * BASE_INDICATOR_WEIGHT[k]) / siblingBase;
  };
  const keys = tool.indicators.map((no) => `i${no}` as ItaIndicatorKey);
  // Only this indicator's mean is needed: its score for one agency, inlined from indicatorScores.
  const meanOf = () => {
    let sum = 0;
    for (const d of drafts) {
      const norm = keys.reduce((s, k) => s + weights[k] * d.noise[k], 0) / keys.length;
      const deficit = (d.toolDeficit[tool.code] * weights[key] * d.noise[key]) / norm;
      sum += roundScore(Math.min(100, Math.max(0, 100 - deficit)));
    }
    return sum / drafts.length;
  };
  let lo = 0.01;
  let hi = size - 0.05 * siblings.length;
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    apply(mid);
    if (meanOf() > target) lo = mid;
    else hi = mid;
  }
  apply((lo + hi) / 2);
}

export type ItaDemo = { agencies: DemoAgency[]; results: DemoResult[] };

const REAL_TYPE = new Map(CORE_AGENCIES.map((a) => [a.code, a.type]));

/**
 * The whole demo, pure (no database): the same seed gives the same agencies and results.
 * `published` are the real agencies' published results of the same years: each stands in for
 * one demo agency of its type that year, and the demo rows are calibrated so that, together
 * with them, each year's count, mean and number passing are the national ones.
 */
export function generateItaDemo(seed: number = ITA_DEMO_SEED, published: readonly PublishedItaResult[] = PUBLISHED_ITA_RESULTS): ItaDemo {
  const rand = makeRandom(seed);
  const agencies = buildAgencies(rand);

  const groupEffect = new Map<string | null, number>();
  const provinceEffect = new Map<string, number>();
  for (const p of PROVINCES) {
    if (!groupEffect.has(p.groupTh)) groupEffect.set(p.groupTh, 0.14 * rand.normal());
    provinceEffect.set(p.code, 0.16 * rand.normal() + (groupEffect.get(p.groupTh) ?? 0));
  }
  const persistent = agencies.map(() => rand.normal());
  const trend = agencies.map(() => rand.normal());
  const midYear = (ITA_DEMO_YEARS[0]! + ITA_DEMO_YEARS[ITA_DEMO_YEARS.length - 1]!) / 2;

  const results: DemoResult[] = [];
  for (const national of ITA_PUBLISHED) {
    const year = national.year;
    const real = published.filter((r) => r.year === year);
    let assessed = agencies.map((a, i) => [a, i] as const).filter(([a]) => a.firstYear <= year && a.lastYear >= year);
    // Each real result takes the place of the last demo agency of its type still in the year.
    const standIns = new Set<number>();
    for (const r of real) {
      const type = REAL_TYPE.get(r.agencyCode);
      const twin = assessed.findLast(([a, i]) => a.type === type && !standIns.has(i));
      if (!twin) throw new Error(`no demo agency of type ${type} to stand in for ${r.agencyCode} ${year}`);
      standIns.add(twin[1]);
    }
    assessed = assessed.filter(([, i]) => !standIns.has(i));
    if (assessed.length + real.length !== national.agencies) {
      throw new Error(`demo pool for ${year} has ${assessed.length} + ${real.length} published agencies, expected ${national.agencies}`);
    }
    const realSum = real.reduce((sum, r) => sum + r.total, 0);
    const realPassed = real.filter((r) => r.total >= ITA_PASS).length;
    const demoMean = (national.mean * national.agencies - realSum) / assessed.length;
    const latent = assessed.map(([a, i]) => {
      // Where an agency sits matters for regional and local agencies, not a central HQ.
      const place = a.level === 'central' || !a.provinceCode ? 0 : (provinceEffect.get(a.provinceCode) ?? 0);
      return TYPE_EFFECT[a.type] + place + 0.8 * persistent[i]! + 0.12 * trend[i]! * (year - midYear) + 0.5 * rand.normal();
    });
    const totals = calibrateTotals(latent, national.passed - realPassed, demoMean, FAIL_SPREAD[year] ?? 45);

    const drafts: YearDraft[] = assessed.map(([, i], k) => {
      const deficit = 100 - totals[k]!;
      const share = Object.fromEntries(
        ITA_TOOLS.map((t) => [t.code, TOOL_SHARE[t.code][0] * Math.exp(TOOL_SHARE[t.code][1] * rand.normal())]),
      ) as Record<ItaToolCode, number>;
      const scale = ITA_TOOLS.reduce((s, t) => s + t.weight * share[t.code], 0);
      const toolDeficit = Object.fromEntries(ITA_TOOLS.map((t) => [t.code, (deficit * share[t.code]) / scale])) as Record<
        ItaToolCode,
        number
      >;
      const noise = Object.fromEntries(ITA_INDICATOR_KEYS.map((key) => [key, Math.exp(0.3 * rand.normal() - 0.045)])) as Record<
        ItaIndicatorKey,
        number
      >;
      return { agencyIndex: i, total: totals[k]!, toolDeficit, noise };
    });

    const weights = { ...BASE_INDICATOR_WEIGHT };
    for (const p of ITA_PUBLISHED_INDICATORS.filter((x) => x.year === year)) calibrateIndicator(drafts, weights, p.key, p.mean);

    for (const d of drafts) {
      const tools = Object.fromEntries(
        ITA_TOOLS.map((t) => [t.code, roundScore(Math.min(100, Math.max(0, 100 - d.toolDeficit[t.code])))]),
      ) as Record<ItaToolCode, number>;
      results.push({
        code: agencies[d.agencyIndex]!.code,
        year,
        total: d.total,
        ...tools,
        ...indicatorScores(d, weights),
        grade: itaGrade(year, { total: d.total, ...tools }),
      });
    }
  }
  return { agencies, results };
}

// ── Writing it ────────────────────────────────────────────────────────────────

export type ItaDemoSummary = {
  agenciesCreated: number;
  years: Array<{ year: number; rows: number; mean: number; passed: number }>;
  skippedYears: number[];
  ms: number;
};

/**
 * Writes the demo in one transaction with prepared statements: demo agencies are added by code
 * (existing rows are left alone), and each demo year's results are replaced. A year that already
 * holds imported (non-demo) results is skipped, so the demo never overwrites real data.
 */
export function seedItaDemo(db: Db, { seed = ITA_DEMO_SEED, log = () => {} }: { seed?: number; log?: (m: string) => void } = {}): ItaDemoSummary {
  const started = performance.now();
  const sqlite = db.$client;
  const provinceCount = (sqlite.prepare('select count(*) as n from province').get() as { n: number }).n;
  if (provinceCount < 77) throw new Error('reference data missing: run the reference seed (db:seed) first');

  const demo = generateItaDemo(seed);
  // A year holding real results other than the published ones of named agencies (which carry
  // their source) was imported: the demo leaves it alone.
  const realYears = new Set(
    (sqlite.prepare('select distinct year from ita_result where is_demo = 0 and source_url is null').all() as Array<{ year: number }>).map(
      (r) => r.year,
    ),
  );
  const years = ITA_DEMO_YEARS.filter((y) => !realYears.has(y));

  const insertAgency = sqlite.prepare(
    `insert into agency (code, name_th, name_en, level, type, province_code, active, is_demo)
     values (?, ?, ?, ?, ?, ?, ?, 1) on conflict(code) do nothing`,
  );
  const deleteResults = sqlite.prepare('delete from ita_result where year = ? and is_demo = 1');
  const deleteImports = sqlite.prepare('delete from ita_import where year = ? and is_demo = 1');
  const insertImport = sqlite.prepare(
    `insert into ita_import (year, file_name, file_hash, row_count, added, changed, removed, user_id, is_demo)
     values (?, ?, ?, ?, ?, 0, 0, null, 1)`,
  );
  const insertResult = sqlite.prepare(
    `insert into ita_result (agency_id, year, total, iit, eit, oit, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, grade, import_id, is_demo)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );

  let agenciesCreated = 0;
  const summary: ItaDemoSummary['years'] = [];
  sqlite.transaction(() => {
    for (const a of demo.agencies) {
      agenciesCreated += insertAgency.run(a.code, a.nameTh, a.nameEn, a.level, a.type, a.provinceCode, a.active ? 1 : 0).changes;
    }
    const ids = new Map(
      (sqlite.prepare('select id, code from agency').all() as Array<{ id: number; code: string }>).map((r) => [r.code, r.id]),
    );
    for (const year of years) {
      const rows = demo.results.filter((r) => r.year === year);
      deleteResults.run(year);
      deleteImports.run(year);
      const hash = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
      const importId = insertImport.run(year, ITA_DEMO_FILE_NAME, hash, rows.length, rows.length).lastInsertRowid;
      let sum = 0;
      let passed = 0;
      for (const r of rows) {
        const agencyId = ids.get(r.code);
        if (agencyId === undefined) throw new Error(`agency ${r.code} missing`);
        insertResult.run(
          agencyId,
          year,
          r.total,
          r.iit,
          r.eit,
          r.oit,
          ...ITA_INDICATOR_KEYS.map((k) => r[k]),
          r.grade,
          importId,
        );
        sum += r.total;
        if (r.total >= ITA_PASS) passed += 1;
      }
      summary.push({ year, rows: rows.length, mean: roundScore(sum / rows.length), passed });
    }
  }).immediate();
  // Fresh statistics let the query planner pick the covering indexes at this scale.
  sqlite.exec('ANALYZE');

  const result = { agenciesCreated, years: summary, skippedYears: [...realYears].filter((y) => ITA_DEMO_YEARS.includes(y)), ms: Math.round(performance.now() - started) };
  log(
    `ITA demo: ${agenciesCreated} demo agencies added; ` +
      summary.map((y) => `${y.year}: ${y.rows} rows, mean ${y.mean}, passed ${y.passed}`).join('; ') +
      (result.skippedYears.length ? `; skipped years with imported data: ${result.skippedYears.join(', ')}` : '') +
      ` (${result.ms} ms)`,
  );
  return result;
}
