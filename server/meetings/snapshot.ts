// What a meeting's pack shows, as one snapshot: built from the same committee-report service
// as /report plus the ready commentary, the decisions and actions, the ITA headline and the
// target revisions since the previous meeting, with what changed against the previous
// meeting's frozen pack. Frozen packs store it as it was (pack.ts).
import { and, asc, count, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, indicators, meetingCommentary, meetingPacks, provinces, targetRevisions, targets } from '../../db/schema';
import { ITA_INDICATORS } from '../../shared/ita';
import { getItaBreakdown, getItaGradeDistribution, getItaIndicatorTrend, getItaNational } from '../ita/analytics';
import { getCommitteeReport } from '../report/committee-report';
import { overdueAgencies } from '../reporting/completeness';
import { actionsForMeeting, listCommentary, loadMeeting, nextMeeting, previousMeeting, type MeetingRow } from './meetings';
import { comparePacks, type ComparablePack } from './pack-changes';

/**
 * Bumped when the snapshot's shape changes; old snapshots keep the format they were frozen in.
 * 2: `ita.provinces` (mean by province for the map); format-1 packs render without the map.
 * 3: ita.weakestGroups and overdueAgencies (earlier packs are rendered without them).
 */
export const PACK_FORMAT = 3;

const ITA_YEARS_SHOWN = 6;
/** Groups ranked among the weakest: the three lowest pass rates of those with at least this many agencies assessed. */
const WEAKEST_GROUPS = 3;
const MIN_GROUP_ASSESSED = 5;
/** Agencies named in the summary's overdue list (the count says how many more). */
const OVERDUE_AGENCIES_NAMED = 8;

/** Agencies in the registry (active) per agency type or province group: the N of "n of N". */
function agenciesPerGroup(db: Db, by: 'type' | 'group'): Map<string | null, number> {
  const rows =
    by === 'type'
      ? db.select({ key: sql<string | null>`${agencies.type}`, n: count() }).from(agencies).where(eq(agencies.active, true)).groupBy(agencies.type).all()
      : db
          .select({ key: sql<string | null>`cast(${provinces.groupId} as text)`, n: count() })
          .from(agencies)
          .leftJoin(provinces, eq(provinces.code, agencies.provinceCode))
          .where(eq(agencies.active, true))
          .groupBy(provinces.groupId)
          .all();
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** The weakest agency types and province groups of a year, by pass rate then mean, with n of N and demo rows. */
function weakestGroups(db: Db, year: number) {
  return (['type', 'group'] as const).map((by) => {
    const registry = agenciesPerGroup(db, by);
    const groups = getItaBreakdown(db, { by, year })
      .rows.filter((r) => r.assessed >= MIN_GROUP_ASSESSED && r.mean !== null)
      .sort((x, y) => x.passPercent - y.passPercent || (x.mean ?? 0) - (y.mean ?? 0))
      .slice(0, WEAKEST_GROUPS)
      .map((r) => ({ key: r.key, label: r.label, assessed: r.assessed, agencies: registry.get(r.key) ?? null, mean: r.mean, passPercent: r.passPercent, demoRows: r.demoRows }));
    return { by, groups };
  });
}

/** One province's ITA in the pack; absent from packs frozen before format 2. */
export type PackItaProvince = { code: string; nameTh: string; nameEn: string; assessed: number; mean: number | null; demoRows: number };

function itaSection(db: Db) {
  const national = getItaNational(db);
  const years = national.years.slice(-ITA_YEARS_SHOWN).map((y) => ({
    year: y.year,
    assessed: y.assessed,
    mean: y.mean,
    passPercent: y.passPercent,
    meetsTarget: y.meetsTarget,
    demoRows: y.demoRows,
  }));
  const latest = years[years.length - 1] ?? null;
  const grades = latest ? (getItaGradeDistribution(db).find((g) => g.year === latest.year) ?? null) : null;
  const trend = getItaIndicatorTrend(db);
  const last = trend[trend.length - 1];
  const weakest = last
    ? ITA_INDICATORS.map((i) => ({ no: i.no, th: i.th, en: i.en, mean: (last as Record<string, unknown>)[i.key] as number | null }))
        .filter((i): i is typeof i & { mean: number } => i.mean !== null)
        .sort((x, y) => x.mean - y.mean)
        .slice(0, 3)
    : [];
  // The latest year's mean by province (all levels, as on /ita), for the pack's map and its table.
  const provinces: PackItaProvince[] | undefined = latest
    ? getItaBreakdown(db, { year: latest.year, by: 'province' })
        .rows.filter((row) => row.key !== null)
        .map((row) => ({ code: row.key!, nameTh: row.label.th, nameEn: row.label.en, assessed: row.assessed, mean: row.mean, demoRows: row.demoRows }))
    : undefined;
  return {
    passMark: national.passMark,
    targetPercent: national.targetPercent,
    targetSourceUrl: national.targetSourceUrl,
    years,
    grades,
    weakest,
    provinces,
    weakestGroups: latest ? { year: latest.year, minAssessed: MIN_GROUP_ASSESSED, dimensions: weakestGroups(db, latest.year) } : null,
  };
}

/** Target revisions recorded after `since` (ISO date; null: all), newest first. */
function revisionsSince(db: Db, since: string | null) {
  return db
    .select({
      code: indicators.code,
      nameTh: indicators.nameTh,
      nameEn: indicators.nameEn,
      year: targets.year,
      previousValue: targetRevisions.previousValue,
      newValue: targetRevisions.newValue,
      reason: targetRevisions.reason,
      revisedOn: targetRevisions.revisedOn,
      isExample: targets.isExample,
    })
    .from(targetRevisions)
    .innerJoin(targets, eq(targets.id, targetRevisions.targetId))
    .innerJoin(indicators, eq(indicators.id, targets.indicatorId))
    .where(since ? gt(targetRevisions.revisedOn, since) : undefined)
    .orderBy(desc(targetRevisions.revisedOn), asc(indicators.code))
    .all();
}

/** The latest frozen snapshot of a meeting, or null. */
function latestSnapshot(db: Db, meetingId: number): ComparablePack | null {
  const row = db
    .select({ snapshot: meetingPacks.snapshot })
    .from(meetingPacks)
    .where(eq(meetingPacks.meetingId, meetingId))
    .orderBy(desc(meetingPacks.packVersion))
    .get();
  return (row?.snapshot as ComparablePack | undefined) ?? null;
}

function countDrafts(db: Db, meetingId: number): number {
  return db.select({ id: meetingCommentary.id }).from(meetingCommentary).where(and(eq(meetingCommentary.meetingId, meetingId), eq(meetingCommentary.state, 'draft'))).all().length;
}

/**
 * Everything the pack of `meeting` shows, as of now. Draft commentary is left out (counted in
 * draftsLeftOut). `issue` says whether this is a frozen issue or the live draft.
 */
export function buildPackSnapshot(
  db: Db,
  meeting: MeetingRow,
  issue: { packVersion: number | null; frozenAt: string | null; frozenByName: string | null; reason: string | null },
) {
  const report = getCommitteeReport(db, { topChanges: 10 });
  const previous = previousMeeting(db, meeting);
  const previousPack = previous ? latestSnapshot(db, previous.id) : null;
  const actions = actionsForMeeting(db, meeting).map((a) => ({
    id: a.id,
    kind: a.kind,
    meetingNumberTh: a.meetingNumberTh,
    meetingNumberEn: a.meetingNumberEn,
    textTh: a.textTh,
    textEn: a.textEn,
    ownerAgencyCode: a.ownerAgencyCode,
    ownerAgencyNameTh: a.ownerAgencyNameTh,
    ownerAgencyNameEn: a.ownerAgencyNameEn,
    dueDate: a.dueDate,
    status: a.status,
    closedOn: a.closedOn,
    carried: a.carried,
    overdue: a.overdue,
  }));
  const body = {
    format: PACK_FORMAT,
    draft: issue.packVersion === null,
    ...issue,
    meeting: { id: meeting.id, numberTh: meeting.numberTh, numberEn: meeting.numberEn, meetingDate: meeting.meetingDate, agenda: meeting.agenda, isDemo: meeting.isDemo },
    previous: previous ? { numberTh: previous.numberTh, numberEn: previous.numberEn, meetingDate: previous.meetingDate, frozen: previousPack !== null } : null,
    generatedAt: report.generatedAt,
    dataAsOf: report.dataAsOf,
    latestDataYear: report.latestDataYear,
    plan: report.plan,
    status: report.status,
    goalIndicators: report.goalIndicators,
    strategies: report.strategies,
    largestChanges: report.largestChanges,
    overdue: report.overdue,
    overdueAgencies: overdueAgencies(db, { limit: OVERDUE_AGENCIES_NAMED }),
    quickWinsByLevel: report.quickWinsByLevel,
    commentary: listCommentary(db, meeting.id, true).map((c) => ({ subjectType: c.subjectType, subjectKey: c.subjectKey, bodyTh: c.bodyTh, bodyEn: c.bodyEn })),
    draftsLeftOut: countDrafts(db, meeting.id),
    actions,
    ita: itaSection(db),
    targetRevisions: revisionsSince(db, previous?.meetingDate ?? null),
  };
  return { ...body, changes: comparePacks(previousPack, body) };
}

export type PackSnapshot = ReturnType<typeof buildPackSnapshot>;

/** A snapshot as stored: packs frozen in format 1 lack what format 2 added. */
export type StoredPack = Omit<PackSnapshot, 'overdueAgencies' | 'ita'> & {
  overdueAgencies?: PackSnapshot['overdueAgencies'];
  ita: Omit<PackSnapshot['ita'], 'weakestGroups'> & { weakestGroups?: PackSnapshot['ita']['weakestGroups'] };
};

/** The live draft of a meeting's next pack (insiders). */
export function previewPack(db: Db, meetingId: number): PackSnapshot {
  return buildPackSnapshot(db, loadMeeting(db, meetingId), { packVersion: null, frozenAt: null, frozenByName: null, reason: null });
}


/** The live draft of the next meeting's pack (/report, insiders): see nextMeeting. */
export function previewNextPack(db: Db, now = new Date()): PackSnapshot {
  const { scheduled: _scheduled, ...meeting } = nextMeeting(db, now);
  return buildPackSnapshot(db, meeting, { packVersion: null, frozenAt: null, frozenByName: null, reason: null });
}
