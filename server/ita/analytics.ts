// ITA analytics: every aggregate is one SQL statement over ita_result (indexed by year and by
// agency + year), so a call stays within a few milliseconds at ~8,300 agencies × years.
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { alias, type SQLiteSelect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { agencies, indicators, indicatorValues, itaImports, itaResults, provinceGroups, provinces, targets } from '../../db/schema';
import { AGENCY_TYPE_LABELS, LEVEL_LABELS, REGION_LABELS, type Bilingual } from '../../shared/domain';
import {
  ITA_INDICATOR_KEYS,
  ITA_PASS,
  ITA_PUBLISHED,
  ITA_TARGET_PASS_PERCENT,
  ITA_TARGET_SOURCE_URL,
  ITA_RULES_KNOWN_TO_YEAR,
  itaRuleSetScale,
  knownItaRuleSet,
  passPercent,
  type ItaIndicatorKey,
  type ItaRuleSet,
} from '../../shared/ita';
import type {
  ItaAgencyInput,
  ItaAgencyListInput,
  ItaBreakdownInput,
  ItaHistogramInput,
  ItaMoversInput,
  ItaProvinceInput,
} from '../../shared/schemas/ita';
import { roundsForProvince } from '../activities/rounds';
import { notFound } from '../lib/errors';
import { readModel } from '../lib/read-model';

const r = itaResults;
const a = agencies;
const p = provinces;
const g = provinceGroups;

// Aggregate fragments shared by every summary.
const countAll = sql<number>`count(*)`;
const meanTotal = sql<number | null>`round(avg(${r.total}), 2)`;
const passedCount = sql<number>`coalesce(sum(${r.total} >= ${ITA_PASS}), 0)`;
const demoRows = sql<number>`coalesce(sum(${r.isDemo}), 0)`;
const roundedAvg = (column: SQL | typeof r.total) => sql<number | null>`round(avg(${column}), 2)`;

const summaryColumns = { assessed: countAll, mean: meanTotal, passed: passedCount, demoRows };

type Summary = { assessed: number; mean: number | null; passed: number; demoRows: number };
const withPassPercent = <T extends Summary>(s: T) => ({ ...s, passPercent: passPercent(s.passed, s.assessed) });

/** The latest year with results, or null on an empty database. */
export function latestItaYear(db: Db): number | null {
  return db.select({ year: sql<number | null>`max(${r.year})` }).from(r).get()?.year ?? null;
}

/** The asked year, or the latest one; null when there are no results at all. */
function resolveYear(db: Db, year: number | undefined): number | null {
  return year ?? latestItaYear(db);
}

/** Years with results: counts, demo share, and the published national figures beside them. */
// The national aggregates below are read models (server/lib/read-model.ts): each names the data
// domains its queries read — ITA results and imports, and for the national answer the plan's
// ITA targets and announced values — and is computed once per version of those.
export function listItaYears(db: Db) {
  return readModel(db, ['ita'], 'ita.years', () => {
    return db
      .select({ year: r.year, assessed: countAll, demoRows })
      .from(r)
      .groupBy(r.year)
      .orderBy(asc(r.year))
      .all();
  });
}

/** The plan's national ITA indicators: the pass-rate targets by year and the announcement dates. */
const ITA_PASS_CODE = 'ITA-PASS';
const ITA_MEAN_CODE = 'ITA-MEAN';

function itaPlanFacts(db: Db) {
  const yearTargets = db
    .select({ year: targets.year, value: targets.value, sourceUrl: targets.sourceUrl, carriedForward: targets.carriedForward })
    .from(targets)
    .innerJoin(indicators, eq(indicators.id, targets.indicatorId))
    .where(eq(indicators.code, ITA_PASS_CODE))
    .all();
  const announced = db
    .select({ year: indicatorValues.year, publishedOn: indicatorValues.publishedOn })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicators.code, ITA_MEAN_CODE), isNull(indicatorValues.agencyId)))
    .all();
  return {
    targetOf: (year: number) => yearTargets.find((t) => t.year === year) ?? null,
    announcedOn: (year: number) => announced.find((v) => v.year === year)?.publishedOn ?? null,
    /** Years whose target a source states (the others were carried forward by the secretariat). */
    statedYears: yearTargets.filter((t) => !t.carriedForward).map((t) => t.year).sort((x, y) => x - y),
  };
}

/**
 * National mean and pass rate by year against that year's target (≥ 80 % of agencies at 85 or
 * more where a source states it; a carried-forward target is marked so).
 */
export function getItaNational(db: Db) {
  return readModel(db, ['ita', 'plan'], 'ita.national', () => {
    const rows = db.select({ year: r.year, ...summaryColumns }).from(r).groupBy(r.year).orderBy(asc(r.year)).all();
    const facts = itaPlanFacts(db);
    return {
      passMark: ITA_PASS,
      targetPercent: ITA_TARGET_PASS_PERCENT,
      targetSourceUrl: ITA_TARGET_SOURCE_URL,
      targetStatedYears: facts.statedYears,
      years: rows.map((row) => {
        const s = withPassPercent(row);
        const published = ITA_PUBLISHED.find((x) => x.year === row.year) ?? null;
        const target = facts.targetOf(row.year);
        return {
          ...s,
          target,
          meetsTarget: target ? s.assessed > 0 && s.passPercent >= target.value : null,
          published: published && {
            ...published,
            passPercent: passPercent(published.passed, published.agencies),
            announcedOn: facts.announcedOn(row.year),
          },
        };
      }),
      /** Published figures for years the database does not hold. */
      publishedOnly: ITA_PUBLISHED.filter((x) => !rows.some((row) => row.year === x.year)).map((x) => ({
        ...x,
        passPercent: passPercent(x.passed, x.agencies),
        announcedOn: facts.announcedOn(x.year),
      })),
    };
  });
}

/**
 * The rule set each year's grades follow: the one the importer chose for a year after the known
 * rules (recorded on the import), otherwise the year's known rules. `chosen` says which.
 */
export function itaRuleSetOf(db: Db, year: number): { ruleSet: ItaRuleSet; chosen: boolean } {
  const known = knownItaRuleSet(year);
  if (known) return { ruleSet: known, chosen: false };
  const latest = db
    .select({ ruleSet: itaImports.ruleSet })
    .from(itaImports)
    .where(and(eq(itaImports.year, year), eq(itaImports.isDemo, false)))
    .orderBy(desc(itaImports.id))
    .limit(1)
    .get();
  // A year after the known rules only ever arrives through an import that named its rule set.
  return { ruleSet: (latest?.ruleSet as ItaRuleSet | null | undefined) ?? 'not-rated', chosen: true };
}

/** Agencies per grade per year, on the scale of the rule set the year's grades follow. */
export function getItaGradeDistribution(db: Db) {
  return readModel(db, ['ita'], 'ita.grades', () => {
    const rows = db
      .select({ year: r.year, grade: r.grade, count: countAll, demoRows })
      .from(r)
      .groupBy(r.year, r.grade)
      .all();
    const years = [...new Set(rows.map((row) => row.year))].sort((x, y) => x - y);
    return years.map((year) => {
      const ofYear = rows.filter((row) => row.year === year);
      const rules = itaRuleSetOf(db, year);
      const scale: string[] = [...itaRuleSetScale(rules.ruleSet)];
      // A grade outside the year's scale (e.g. imported under older rules) is still counted.
      for (const row of ofYear) if (!scale.includes(row.grade)) scale.push(row.grade);
      const assessed = ofYear.reduce((s, row) => s + row.count, 0);
      return {
        year,
        assessed,
        demoRows: ofYear.reduce((s, row) => s + row.demoRows, 0),
        ruleSet: rules.ruleSet,
        /** True when the importer chose the rule set (a year after ITA_RULES_KNOWN_TO_YEAR). */
        ruleSetChosen: rules.chosen,
        rulesKnownToYear: ITA_RULES_KNOWN_TO_YEAR,
        grades: scale.map((grade) => ({ grade, count: ofYear.find((row) => row.grade === grade)?.count ?? 0 })),
      };
    });
  });
}

/** Score histogram for one year; bins [from, from + width), the last one closed at 100. */
export function getItaHistogram(db: Db, input: ItaHistogramInput) {
  const year = resolveYear(db, input.year);
  const width = input.binWidth;
  const binCount = Math.ceil(100 / width);
  if (year === null) return { year, binWidth: width, assessed: 0, demoRows: 0, bins: [] };
  const bin = sql<number>`min(cast(${r.total} / ${width} as integer), ${binCount - 1})`;
  const rows = db
    .select({ bin, count: countAll, demoRows })
    .from(r)
    .where(eq(r.year, year))
    .groupBy(bin)
    .all();
  const bins = Array.from({ length: binCount }, (_, i) => ({
    from: i * width,
    to: Math.min(100, (i + 1) * width),
    count: rows.find((row) => row.bin === i)?.count ?? 0,
    passing: i * width >= ITA_PASS,
  }));
  return {
    year,
    binWidth: width,
    assessed: rows.reduce((s, row) => s + row.count, 0),
    demoRows: rows.reduce((s, row) => s + row.demoRows, 0),
    bins,
  };
}

const NO_PROVINCE: Bilingual = { th: 'ไม่ระบุจังหวัด', en: 'No province' };
const NO_GROUP: Bilingual = { th: 'ไม่อยู่ในกลุ่มจังหวัด (กรุงเทพมหานคร)', en: 'Not in a province group (Bangkok)' };

function breakdownKey(by: ItaBreakdownInput['by']) {
  switch (by) {
    case 'level':
      return { key: sql<string | null>`${a.level}`, nameTh: sql<string | null>`null`, nameEn: sql<string | null>`null` };
    case 'type':
      return { key: sql<string | null>`${a.type}`, nameTh: sql<string | null>`null`, nameEn: sql<string | null>`null` };
    case 'region':
      return { key: sql<string | null>`${p.region}`, nameTh: sql<string | null>`null`, nameEn: sql<string | null>`null` };
    case 'group':
      return { key: sql<string | null>`cast(${p.groupId} as text)`, nameTh: sql<string | null>`${g.nameTh}`, nameEn: sql<string | null>`${g.nameEn}` };
    case 'province':
      return { key: sql<string | null>`${a.provinceCode}`, nameTh: sql<string | null>`${p.nameTh}`, nameEn: sql<string | null>`${p.nameEn}` };
  }
}

function labelFor(by: ItaBreakdownInput['by'], key: string | null, nameTh: string | null, nameEn: string | null): Bilingual {
  if (by === 'level' && key) return LEVEL_LABELS[key as keyof typeof LEVEL_LABELS] ?? { th: key, en: key };
  if (by === 'type' && key) return AGENCY_TYPE_LABELS[key as keyof typeof AGENCY_TYPE_LABELS] ?? { th: key, en: key };
  if (by === 'region' && key) return REGION_LABELS[key as keyof typeof REGION_LABELS] ?? { th: key, en: key };
  if (key === null) return by === 'group' ? NO_GROUP : NO_PROVINCE;
  return { th: nameTh ?? key, en: nameEn ?? key };
}

/**
 * One year's figures per group. CROSS JOIN makes SQLite walk the agencies through their small
 * level/type/province index and look each one's result up by agency: both covering, both in
 * order — far fewer pages than visiting every agency row in score order.
 */
function breakdownRows(db: Db, year: number, by: ItaBreakdownInput['by'], level: ItaBreakdownInput['level']) {
  const k = breakdownKey(by);
  const conditions: SQL[] = [eq(r.agencyId, a.id), eq(r.year, year)];
  if (level) conditions.push(eq(a.level, level));
  const q = db
    .select({ ...k, ...summaryColumns, min: sql<number | null>`min(${r.total})`, max: sql<number | null>`max(${r.total})` })
    .from(a)
    .crossJoin(r)
    .$dynamic();
  if (by === 'region' || by === 'group' || by === 'province') q.leftJoin(p, eq(p.code, a.provinceCode));
  if (by === 'group') q.leftJoin(g, eq(g.id, p.groupId));
  return q
    .where(and(...conditions))
    .groupBy(k.key)
    .all();
}

/** Mean, pass rate and spread by level, type, region, province group or province, with the change on the year before. */
export function getItaBreakdown(db: Db, input: ItaBreakdownInput) {
  const year = resolveYear(db, input.year);
  if (year === null) return { year, by: input.by, level: input.level ?? null, rows: [] };
  const rows = breakdownRows(db, year, input.by, input.level);
  const previous = new Map(breakdownRows(db, year - 1, input.by, input.level).map((row) => [row.key, row.mean]));
  return {
    year,
    by: input.by,
    level: input.level ?? null,
    rows: rows
      .map((row) => {
        const prevMean = previous.get(row.key) ?? null;
        return {
          ...withPassPercent(row),
          key: row.key,
          label: labelFor(input.by, row.key, row.nameTh, row.nameEn),
          min: row.min,
          max: row.max,
          previousMean: prevMean,
          change: prevMean !== null && row.mean !== null ? Math.round((row.mean - prevMean) * 100) / 100 : null,
        };
      })
      .sort((x, y) => (y.mean ?? -1) - (x.mean ?? -1)),
  };
}

const indicatorAverages = Object.fromEntries(ITA_INDICATOR_KEYS.map((k) => [k, roundedAvg(sql`${r[k]}`)])) as Record<
  ItaIndicatorKey,
  SQL<number | null>
>;
const toolAverages = { iit: roundedAvg(sql`${r.iit}`), eit: roundedAvg(sql`${r.eit}`), oit: roundedAvg(sql`${r.oit}`) };

/** The three tools and ten indicators, national means by year. */
export function getItaIndicatorTrend(db: Db) {
  return readModel(db, ['ita'], 'ita.indicators', () => {
    return db
      .select({ year: r.year, assessed: countAll, demoRows, total: meanTotal, ...toolAverages, ...indicatorAverages })
      .from(r)
      .groupBy(r.year)
      .orderBy(asc(r.year))
      .all();
  });
}

/** Columns of an agency row in lists, fetched only for the rows a page shows. */
const agencyListColumns = {
  agencyId: a.id,
  code: a.code,
  nameTh: a.nameTh,
  nameEn: a.nameEn,
  level: a.level,
  type: a.type,
  provinceCode: a.provinceCode,
  agencyIsDemo: a.isDemo,
};

function agencyDetails(db: Db, agencyIds: number[]) {
  if (!agencyIds.length) return new Map<number, ReturnType<typeof agencyRow>>();
  const rows = db
    .select({ ...agencyListColumns, provinceNameTh: p.nameTh, provinceNameEn: p.nameEn })
    .from(a)
    .leftJoin(p, eq(p.code, a.provinceCode))
    .where(inArray(a.id, agencyIds))
    .all();
  return new Map(rows.map((row) => [row.agencyId, agencyRow(row)]));
}
function agencyRow(row: {
  agencyId: number;
  code: string;
  nameTh: string;
  nameEn: string;
  level: (typeof a.level)['_']['data'];
  type: (typeof a.type)['_']['data'];
  provinceCode: string | null;
  agencyIsDemo: boolean;
  provinceNameTh: string | null;
  provinceNameEn: string | null;
}) {
  const { agencyId: _id, ...rest } = row;
  return rest;
}

/**
 * Biggest improvers and decliners between two years (agencies assessed in both). The pairs are
 * ranked on the covering indexes alone; names are fetched for the listed agencies only.
 */
export function getItaMovers(db: Db, input: ItaMoversInput) {
  const from = alias(itaResults, 'from_result');
  const change = sql<number>`round(${r.total} - ${from.total}, 2)`;
  const conditions: SQL[] = [eq(r.year, input.to)];
  if (input.level) conditions.push(eq(a.level, input.level));
  if (input.type) conditions.push(eq(a.type, input.type));
  if (input.provinceCode) conditions.push(eq(a.provinceCode, input.provinceCode));
  const byAgency = Boolean(input.level || input.type || input.provinceCode);
  const where = and(...conditions);
  const pairs = <T extends Record<string, unknown>>(columns: T) => {
    const q = db
      .select(columns as T & Record<string, SQL | typeof r.total>)
      .from(r)
      .innerJoin(from, and(eq(from.agencyId, r.agencyId), eq(from.year, input.from)))
      .$dynamic();
    return byAgency ? q.innerJoin(a, eq(a.id, r.agencyId)) : q;
  };
  const summary = pairs({
    compared: countAll,
    improved: sql<number>`coalesce(sum(${r.total} > ${from.total}), 0)`,
    declined: sql<number>`coalesce(sum(${r.total} < ${from.total}), 0)`,
    meanChange: sql<number | null>`round(avg(${r.total} - ${from.total}), 2)`,
    newlyPassing: sql<number>`coalesce(sum(${r.total} >= ${ITA_PASS} and ${from.total} < ${ITA_PASS}), 0)`,
    newlyFailing: sql<number>`coalesce(sum(${r.total} < ${ITA_PASS} and ${from.total} >= ${ITA_PASS}), 0)`,
    demoRows: sql<number>`coalesce(sum(${r.isDemo} or ${from.isDemo}), 0)`,
  })
    .where(where)
    .get() as
    | { compared: number; improved: number; declined: number; meanChange: number | null; newlyPassing: number; newlyFailing: number; demoRows: number }
    | undefined;
  const pairColumns = {
    agencyId: r.agencyId,
    fromTotal: from.total,
    toTotal: r.total,
    fromGrade: from.grade,
    toGrade: r.grade,
    change,
    isDemo: sql<number>`(${r.isDemo} or ${from.isDemo})`,
  };
  type Pair = { agencyId: number; fromTotal: number; toTotal: number; fromGrade: string; toGrade: string; change: number; isDemo: number };
  const improvers = pairs(pairColumns)
    .where(and(where, gt(r.total, from.total)))
    .orderBy(desc(change), asc(r.agencyId))
    .limit(input.limit)
    .all() as Pair[];
  const decliners = pairs(pairColumns)
    .where(and(where, lt(r.total, from.total)))
    .orderBy(asc(change), asc(r.agencyId))
    .limit(input.limit)
    .all() as Pair[];
  const details = agencyDetails(db, [...improvers, ...decliners].map((x) => x.agencyId));
  const withAgency = (list: Pair[]) =>
    list.map(({ agencyId, isDemo, ...x }) => ({ ...details.get(agencyId)!, ...x, isDemo: Boolean(isDemo) }));
  return {
    from: input.from,
    to: input.to,
    summary: summary ?? { compared: 0, improved: 0, declined: 0, meanChange: null, newlyPassing: 0, newlyFailing: 0, demoRows: 0 },
    improvers: withAgency(improvers),
    decliners: withAgency(decliners),
  };
}

/** LIKE pattern for a literal substring (escapes % and _). */
const likeContains = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One year's results with agency details: server-side filter, sort and paging for the 8,300-row
 * table. The page is chosen with only the joins the filters and sort need; details and the
 * previous year's score are then fetched for the page's rows.
 */
export function listItaAgencies(db: Db, input: ItaAgencyListInput) {
  const year = resolveYear(db, input.year);
  if (year === null) return { year, total: 0, rows: [] };
  const prev = alias(itaResults, 'prev_result');
  const conditions: SQL[] = [eq(r.year, year)];
  if (input.q) {
    const pattern = likeContains(input.q);
    conditions.push(
      sql`(${a.code} like ${pattern} escape '\\' or ${a.nameTh} like ${pattern} escape '\\' or ${a.nameEn} like ${pattern} escape '\\')`,
    );
  }
  if (input.level) conditions.push(eq(a.level, input.level));
  if (input.type) conditions.push(eq(a.type, input.type));
  if (input.provinceCode) conditions.push(eq(a.provinceCode, input.provinceCode));
  if (input.region) conditions.push(eq(p.region, input.region));
  if (input.groupId) conditions.push(eq(p.groupId, input.groupId));
  if (input.grade) conditions.push(eq(r.grade, input.grade));
  if (input.passed !== undefined) conditions.push(input.passed ? sql`${r.total} >= ${ITA_PASS}` : sql`${r.total} < ${ITA_PASS}`);
  const where = and(...conditions);

  const needProvince = Boolean(input.region || input.groupId || input.sort === 'province');
  const needAgency = Boolean(
    needProvince || input.q || input.level || input.type || input.provinceCode || ['name', 'code', 'type'].includes(input.sort),
  );
  const change = sql<number | null>`round(${r.total} - ${prev.total}, 2)`;
  const sortColumn: Record<ItaAgencyListInput['sort'], SQL> = {
    total: sql`${r.total}`,
    change: sql`${change}`,
    name: sql`${a.nameTh}`,
    code: sql`${a.code}`,
    province: sql`${p.nameTh}`,
    type: sql`${a.type}`,
    iit: sql`${r.iit}`,
    eit: sql`${r.eit}`,
    oit: sql`${r.oit}`,
  };
  const column = sortColumn[input.sort];
  const direction = input.dir === 'asc' ? asc(column) : desc(column);
  // Missing values (no previous year, no tool score) sort last; the total is never missing.
  const order = input.sort === 'total' ? [direction, asc(r.agencyId)] : [sql`${column} is null`, direction, asc(r.agencyId)];

  const withJoins = <T extends SQLiteSelect>(q: T): T => {
    if (needAgency) q.innerJoin(a, eq(a.id, r.agencyId));
    if (needProvince) q.leftJoin(p, eq(p.code, a.provinceCode));
    return q;
  };
  const total = withJoins(db.select({ n: countAll }).from(r).$dynamic()).where(where).get()?.n ?? 0;
  const pageQuery = withJoins(db.select({ id: r.id }).from(r).$dynamic());
  if (input.sort === 'change') pageQuery.leftJoin(prev, and(eq(prev.agencyId, r.agencyId), eq(prev.year, year - 1)));
  const ids = pageQuery
    .where(where)
    .orderBy(...order)
    .limit(input.limit)
    .offset(input.offset)
    .all()
    .map((x) => x.id);
  if (!ids.length) return { year, total, rows: [] };

  const rows = db
    .select({
      id: r.id,
      ...agencyListColumns,
      provinceNameTh: p.nameTh,
      provinceNameEn: p.nameEn,
      total: r.total,
      iit: r.iit,
      eit: r.eit,
      oit: r.oit,
      grade: r.grade,
      previousTotal: prev.total,
      change,
      isDemo: r.isDemo,
    })
    .from(r)
    .innerJoin(a, eq(a.id, r.agencyId))
    .leftJoin(p, eq(p.code, a.provinceCode))
    .leftJoin(prev, and(eq(prev.agencyId, r.agencyId), eq(prev.year, year - 1)))
    .where(inArray(r.id, ids))
    .all();
  const position = new Map(ids.map((id, i) => [id, i]));
  rows.sort((x, y) => position.get(x.id)! - position.get(y.id)!);
  return { year, total, rows: rows.map(({ id: _id, agencyId: _a, ...row }) => row) };
}

const resultColumns = {
  year: r.year,
  total: r.total,
  iit: r.iit,
  eit: r.eit,
  oit: r.oit,
  ...Object.fromEntries(ITA_INDICATOR_KEYS.map((k) => [k, r[k]])),
  grade: r.grade,
  isDemo: r.isDemo,
  sourceUrl: r.sourceUrl,
  sourceIsSecondary: r.sourceIsSecondary,
  sourceNote: r.sourceNote,
} as {
  year: typeof r.year;
  total: typeof r.total;
  iit: typeof r.iit;
  eit: typeof r.eit;
  oit: typeof r.oit;
  grade: typeof r.grade;
  isDemo: typeof r.isDemo;
  sourceUrl: typeof r.sourceUrl;
  sourceIsSecondary: typeof r.sourceIsSecondary;
  sourceNote: typeof r.sourceNote;
} & Record<ItaIndicatorKey, typeof r.i1>;

/** An agency's results over the years against the mean of agencies of its type (and the nation). */
export function getItaAgencyProfile(db: Db, input: ItaAgencyInput) {
  const agency = db
    .select({
      id: a.id,
      code: a.code,
      nameTh: a.nameTh,
      nameEn: a.nameEn,
      level: a.level,
      type: a.type,
      active: a.active,
      isDemo: a.isDemo,
      provinceCode: a.provinceCode,
      provinceNameTh: p.nameTh,
      provinceNameEn: p.nameEn,
      region: p.region,
      groupNameTh: g.nameTh,
      groupNameEn: g.nameEn,
    })
    .from(a)
    .leftJoin(p, eq(p.code, a.provinceCode))
    .leftJoin(g, eq(g.id, p.groupId))
    .where(eq(a.code, input.code))
    .get();
  if (!agency) {
    throw notFound('agency', input.code, 'code');
  }
  const results = db.select(resultColumns).from(r).where(eq(r.agencyId, agency.id)).orderBy(asc(r.year)).all();
  const years = results.map((x) => x.year);
  // Total and tools of the type for every year come from the covering per-agency index; the ten
  // indicators (which need the table rows) only for the year the page shows.
  // CROSS JOIN keeps SQLite on the small agency_type index first (see breakdownRows).
  // The same pass counts the peers that scored higher: the agency's rank within its type.
  const peers = results.map((mine) => ({
    year: mine.year,
    ...db
      .select({ assessed: countAll, demoRows, total: meanTotal, ...toolAverages, higher: sql<number>`coalesce(sum(${r.total} > ${mine.total}), 0)` })
      .from(a)
      .crossJoin(r)
      .where(and(eq(a.type, agency.type), eq(r.agencyId, a.id), eq(r.year, mine.year)))
      .get()!,
  }));
  const peerAverages = peers.map(({ higher: _h, ...p }) => p);
  const indicatorYear = input.year !== undefined && years.includes(input.year) ? input.year : (years.at(-1) ?? null);
  const indicatorPeers =
    indicatorYear === null
      ? null
      : {
          year: indicatorYear,
          ...db
            .select({ assessed: countAll, demoRows, ...indicatorAverages })
            .from(a)
            .crossJoin(r)
            .where(and(eq(a.type, agency.type), eq(r.agencyId, a.id), eq(r.year, indicatorYear)))
            .get()!,
        };
  const national = db
    .select({ year: r.year, total: meanTotal })
    .from(r)
    .where(years.length ? inArray(r.year, years) : sql`0`)
    .groupBy(r.year)
    .all();
  const { id: _id, ...agencyOut } = agency;
  return {
    agency: agencyOut,
    results: results.map((x) => {
      const ofYear = peers.find((pa) => pa.year === x.year);
      return {
        ...x,
        typeRank: (ofYear?.higher ?? 0) + 1,
        typeAssessed: ofYear?.assessed ?? 0,
        nationalMean: national.find((n) => n.year === x.year)?.total ?? null,
      };
    }),
    typeAverages: peerAverages,
    typeIndicatorAverages: indicatorPeers,
  };
}

/** A province: its agencies' results by year, its rank among provinces, its agencies in one year, and seminar rounds held there. */
export function getItaProvince(db: Db, input: ItaProvinceInput) {
  const province = db
    .select({
      code: p.code,
      nameTh: p.nameTh,
      nameEn: p.nameEn,
      region: p.region,
      groupId: p.groupId,
      groupNameTh: g.nameTh,
      groupNameEn: g.nameEn,
    })
    .from(p)
    .leftJoin(g, eq(g.id, p.groupId))
    .where(eq(p.code, input.code))
    .get();
  if (!province) {
    throw notFound('province', input.code, 'code');
  }
  const year = resolveYear(db, input.year);
  const byYear = db
    .select({ year: r.year, ...summaryColumns })
    .from(r)
    .innerJoin(a, eq(a.id, r.agencyId))
    .where(eq(a.provinceCode, input.code))
    .groupBy(r.year)
    .orderBy(asc(r.year))
    .all()
    .map(withPassPercent);
  const byLevel =
    year === null
      ? []
      : db
          .select({ level: a.level, ...summaryColumns })
          .from(r)
          .innerJoin(a, eq(a.id, r.agencyId))
          .where(and(eq(a.provinceCode, input.code), eq(r.year, year)))
          .groupBy(a.level)
          .all()
          .map((row) => ({ ...withPassPercent(row), label: LEVEL_LABELS[row.level] }));
  // Rank among provinces by the mean of their provincial and local agencies (as targeting does).
  const provinceMeans =
    year === null
      ? []
      : db
          .select({ code: a.provinceCode, mean: meanTotal })
          .from(r)
          .innerJoin(a, eq(a.id, r.agencyId))
          .where(and(eq(r.year, year), inArray(a.level, ['regional', 'local']), isNotNull(a.provinceCode)))
          .groupBy(a.provinceCode)
          .all();
  const own = provinceMeans.find((x) => x.code === input.code)?.mean ?? null;
  const rank = own === null ? null : provinceMeans.filter((x) => (x.mean ?? -1) > own).length + 1;
  const agencyRows =
    year === null
      ? []
      : db
          .select({
            code: a.code,
            nameTh: a.nameTh,
            nameEn: a.nameEn,
            level: a.level,
            type: a.type,
            total: r.total,
            iit: r.iit,
            eit: r.eit,
            oit: r.oit,
            grade: r.grade,
            isDemo: r.isDemo,
          })
          .from(r)
          .innerJoin(a, eq(a.id, r.agencyId))
          .where(and(eq(a.provinceCode, input.code), eq(r.year, year)))
          .orderBy(desc(r.total), asc(a.code))
          .all();
  return {
    province: { ...province, regionLabel: REGION_LABELS[province.region] },
    year,
    byYear,
    byLevel,
    rank: { rank, of: provinceMeans.length, mean: own },
    agencies: agencyRows,
    rounds: roundsForProvince(db, null, input.code),
  };
}
