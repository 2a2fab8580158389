// What the public REST API and the open-data files answer: the same services the pages use,
// mapped to the stable public shapes of shared/schemas/open-data.ts. Anonymous visitors see
// here exactly what they see on the pages — published values only (a provisional figure is
// flagged, a pending or returned submission never appears).
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { indicators as indicatorTable } from '../../db/schema';
import { passPercent } from '../../shared/ita';
import type {
  OdAgency,
  OdAgencyListQuery,
  OdIndex,
  OdIndicator,
  OdIndicatorDetail,
  OdIndicatorListQuery,
  OdItaNational,
  OdMeetingPack,
  OdPlan,
  OdProvince,
  OdQuickWin,
  OdValue,
} from '../../shared/schemas/open-data';
import { beToCe } from '../../shared/years';
import { getInternationalIndices, type IndexView } from '../indices/indices';
import { getItaNational } from '../ita/analytics';
import { notFound } from '../lib/errors';
import { listMeetings } from '../meetings/meetings';
import { loadIndicatorsWithSeries, loadTargetRevisions, type IndicatorWithSeries } from '../plan/indicator-series';
import { getPlan, getStrategyByNo, listStrategies } from '../plan/plan';
import { boundsOf, loadPlanBounds, withStatus, withStatusAll, type IndicatorWithStatus } from '../plan/status';
import { listQuickWins } from '../quick-wins/quick-wins';
import { listAgencies } from '../registry/agencies';
import { listProvinces } from '../registry/provinces';

type Lang = 'th' | 'en';
type Out<T extends z.ZodType> = z.input<T>;

const year = (be: number) => ({ be, ce: beToCe(be) });
const pick = (lang: Lang, th: string, en: string | null | undefined) => (lang === 'en' && en ? en : th);

/** Stable addresses of an indicator's answer, files and page (relative to the site's origin). */
export const indicatorLinks = (code: string) => ({
  self: `/api/v1/indicators/${encodeURIComponent(code)}`,
  csv: `/data/indicators/${encodeURIComponent(code)}.csv`,
  json: `/data/indicators/${encodeURIComponent(code)}.json`,
  page: `/indicators/${encodeURIComponent(code)}`,
});

function values(ind: IndicatorWithSeries): Out<typeof OdValue>[] {
  return ind.values.map((v) => ({
    year: year(v.year),
    value: v.value,
    rankOutOf: v.rankOutOf,
    source: v.derived ? null : (v.sourceTh ?? ind.sourceOrgTh),
    sourceUrl: v.derived ? null : (v.sourceUrl ?? ind.sourceUrl),
    publishedOn: v.publishedOn,
    coverage: v.coverage,
    provisional: v.provisional,
    isExample: v.isExample || ind.isExample,
  }));
}

function targets(ind: IndicatorWithSeries) {
  return ind.targets.map((t) => ({
    year: year(t.year),
    value: t.value,
    originalValue: t.originalValue !== t.value ? t.originalValue : null,
    source: t.sourceTh,
    sourceUrl: t.sourceUrl,
    isExample: t.isExample || ind.isExample,
  }));
}

function indicatorSummary(ind: IndicatorWithStatus, lang: Lang): Out<typeof OdIndicator> {
  const all = values(ind);
  return {
    code: ind.code,
    name: pick(lang, ind.nameTh, ind.nameEn),
    nameTh: ind.nameTh,
    nameEn: ind.nameEn,
    unit: ind.unit,
    direction: ind.direction,
    scope: ind.scope,
    yearKind: ind.yearKind,
    strategyNo: ind.strategyNo,
    measureCode: ind.measureCode,
    sourceOrganisation: pick(lang, ind.sourceOrgTh, ind.sourceOrgEn),
    sourceUrl: ind.sourceUrl,
    status: ind.status.status,
    latest: all.at(-1) ?? null,
    links: indicatorLinks(ind.code),
    isExample: ind.isExample,
  };
}

export function odIndicators(db: Db, query: Pick<OdIndicatorListQuery, 'lang' | 'strategy' | 'level'>): Out<typeof OdIndicator>[] {
  const rows = withStatusAll(db, loadIndicatorsWithSeries(db));
  return rows
    .filter((r) => (query.level === 'goal' ? r.strategyNo === null : query.level === 'strategy' ? r.strategyNo !== null : true))
    .filter((r) => query.strategy === undefined || r.strategyNo === query.strategy)
    .map((r) => indicatorSummary(r, query.lang));
}

export function odIndicator(db: Db, code: string, lang: Lang): Out<typeof OdIndicatorDetail> {
  const [ind] = loadIndicatorsWithSeries(db, eq(indicatorTable.code, code));
  if (!ind) throw notFound('indicator', code, 'code');
  const withStatusRow = withStatus(ind, boundsOf(loadPlanBounds(db), ind.planId));
  const meta = db
    .select({ definitionTh: indicatorTable.definitionTh, definitionEn: indicatorTable.definitionEn })
    .from(indicatorTable)
    .where(eq(indicatorTable.id, ind.id))
    .get()!;
  return {
    ...indicatorSummary(withStatusRow, lang),
    ...meta,
    values: values(ind),
    targets: targets(ind),
    targetRevisions: loadTargetRevisions(db, ind.id).map((r) => ({
      year: year(r.year),
      previousValue: r.previousValue,
      newValue: r.newValue,
      reason: r.reason,
      revisedOn: r.revisedOn,
    })),
  };
}

export function odPlan(db: Db, lang: Lang): Out<typeof OdPlan> {
  const plan = getPlan(db);
  const indicatorsByStrategy = loadIndicatorsWithSeries(db);
  return {
    code: plan.code,
    name: pick(lang, plan.nameTh, plan.nameEn),
    nameTh: plan.nameTh,
    nameEn: plan.nameEn,
    years: { from: year(plan.startYear), to: year(plan.endYear) },
    visionTh: plan.visionTh,
    visionEn: plan.visionEn,
    missionTh: plan.missionTh,
    missionEn: plan.missionEn,
    goalTh: plan.goalTh,
    goalEn: plan.goalEn,
    ownerTh: plan.ownerTh,
    sourceUrl: plan.sourceUrl,
    englishIsUnofficial: true,
    strategies: listStrategies(db, plan.id).map((s) => ({
      no: s.no,
      title: pick(lang, s.titleTh, s.titleEn),
      titleTh: s.titleTh,
      titleEn: s.titleEn,
      measures: getStrategyByNo(db, { no: s.no }).measures.map((m) => ({
        code: m.code,
        name: pick(lang, m.nameTh, m.nameEn),
        nameTh: m.nameTh,
        nameEn: m.nameEn,
        isExample: m.isExample,
      })),
      indicatorCodes: indicatorsByStrategy.filter((i) => i.strategyNo === s.no).map((i) => i.code),
    })),
  };
}

export function odQuickWins(db: Db, lang: Lang): Out<typeof OdQuickWin>[] {
  return listQuickWins(db, {}).map((q) => ({
    code: q.code,
    title: pick(lang, q.titleTh, q.titleEn),
    titleTh: q.titleTh,
    titleEn: q.titleEn,
    strategyNo: q.strategyNo,
    levels: q.levels,
    startDate: q.startDate,
    endDate: q.endDate,
    state: q.state,
    progress: q.progress,
    isExample: q.isExample,
  }));
}

function index(view: IndexView, lang: Lang): Out<typeof OdIndex> {
  return {
    code: view.code,
    name: pick(lang, view.nameTh, view.nameEn),
    nameTh: view.nameTh,
    nameEn: view.nameEn,
    unit: view.unit,
    direction: view.direction,
    status: view.status.status,
    editions: view.editions.map((e) => ({
      year: year(e.year),
      value: e.value,
      rankOutOf: e.rankOutOf,
      publishedOn: e.publishedOn,
      source: e.sourceTh,
      sourceUrl: e.sourceUrl,
      isExample: e.isExample,
    })),
    targets: view.targets.map((t) => ({
      year: year(t.year),
      value: t.value,
      originalValue: null,
      source: t.sourceTh,
      sourceUrl: t.sourceUrl,
      isExample: t.isExample,
    })),
  };
}

export function odIndices(db: Db, lang: Lang): Out<typeof OdIndex>[] {
  const all = getInternationalIndices(db);
  return [all.cpi.score, all.cpi.rank, all.wgi, all.wjp].filter((v) => v !== null).map((v) => index(v, lang));
}

export function odItaNational(db: Db): Out<typeof OdItaNational> {
  const national = getItaNational(db);
  return {
    passMark: national.passMark,
    targetPercent: national.targetPercent,
    years: national.years.map((y) => ({
      year: year(y.year),
      assessed: y.assessed,
      mean: y.mean,
      passPercent: y.passPercent,
      demoRows: y.demoRows,
      published: y.published && {
        agencies: y.published.agencies,
        passed: y.published.passed,
        passPercent: passPercent(y.published.passed, y.published.agencies),
        mean: y.published.mean,
        sourceUrl: y.published.sourceUrl,
      },
    })),
  };
}

export function odProvinces(db: Db, lang: Lang): Out<typeof OdProvince>[] {
  return listProvinces(db, {}).map((p) => ({
    code: p.code,
    name: pick(lang, p.nameTh, p.nameEn),
    nameTh: p.nameTh,
    nameEn: p.nameEn,
    region: p.region,
    group: p.groupNameTh ? pick(lang, p.groupNameTh, p.groupNameEn) : null,
  }));
}

function agency(a: ReturnType<typeof listAgencies>['rows'][number], lang: Lang): Out<typeof OdAgency> {
  return {
    code: a.code,
    name: pick(lang, a.nameTh, a.nameEn),
    nameTh: a.nameTh,
    nameEn: a.nameEn,
    level: a.level,
    type: a.type,
    parentCode: a.parentCode,
    provinceCode: a.provinceCode,
    active: a.active,
    isDemo: a.isDemo,
  };
}

export function odAgencies(db: Db, q: OdAgencyListQuery) {
  const page = listAgencies(db, { q: q.q, provinceCode: q.province, level: q.level, type: q.type, active: true, limit: q.limit, offset: q.offset });
  return { rows: page.rows.map((a) => agency(a, q.lang)), total: page.total, limit: q.limit, offset: q.offset };
}

export function odAgency(db: Db, code: string, lang: Lang): Out<typeof OdAgency> {
  const found = listAgencies(db, { q: code, active: true, limit: 50, offset: 0 }).rows.find((a) => a.code === code);
  if (!found) throw notFound('agency', code, 'code');
  return agency(found, lang);
}

/**
 * Frozen committee packs of meetings the secretariat made public, newest meeting first and each
 * meeting's issues newest first: the same rule as an anonymous visitor's meetings list, so a
 * draft or a private meeting never appears.
 */
export function odMeetingPacks(db: Db, lang: Lang): Out<typeof OdMeetingPack>[] {
  return listMeetings(db, null).flatMap((m) =>
    [...m.packs].reverse().map((p) => {
      const at = `/meetings/${m.id}`;
      return {
        meeting: { number: pick(lang, m.numberTh, m.numberEn), numberTh: m.numberTh, numberEn: m.numberEn || null, date: m.meetingDate, isDemo: m.isDemo },
        issue: p.packVersion,
        reason: p.reason,
        frozenAt: p.frozenAt,
        links: {
          pdf: p.hasPdf ? `${at}/pack.pdf?v=${p.packVersion}` : null,
          html: `${at}/pack.html?v=${p.packVersion}${lang === 'en' ? '&lang=en' : ''}`,
          page: `${at}/pack?v=${p.packVersion}${lang === 'en' ? '&lang=en' : ''}`,
        },
      };
    }),
  );
}
