// What a meeting's pack shows, as one snapshot: built from the same committee-report service
// as /report plus the ready commentary, the decisions and actions, the ITA headline and the
// target revisions since the previous meeting, with what changed against the previous
// meeting's frozen pack. Frozen packs store it as it was (pack.ts).
import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { indicators, meetingCommentary, meetingPacks, targetRevisions, targets } from '../../db/schema';
import { ITA_INDICATORS } from '../../shared/ita';
import { getItaBreakdown, getItaGradeDistribution, getItaIndicatorTrend, getItaNational } from '../ita/analytics';
import { getCommitteeReport } from '../report/committee-report';
import { actionsForMeeting, listCommentary, loadMeeting, previousMeeting, type MeetingRow } from './meetings';
import { comparePacks, type ComparablePack } from './pack-changes';

/**
 * Bumped when the snapshot's shape changes; old snapshots keep the format they were frozen in.
 * 2: `ita.provinces` (mean by province for the map); format-1 packs render without the map.
 */
export const PACK_FORMAT = 2;

const ITA_YEARS_SHOWN = 6;

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
  return { passMark: national.passMark, targetPercent: national.targetPercent, targetSourceUrl: national.targetSourceUrl, years, grades, weakest, provinces };
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

/** The live draft of a meeting's next pack (insiders). */
export function previewPack(db: Db, meetingId: number): PackSnapshot {
  return buildPackSnapshot(db, loadMeeting(db, meetingId), { packVersion: null, frozenAt: null, frozenByName: null, reason: null });
}

