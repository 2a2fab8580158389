// Projects, their activities and rounds: tracks with sub-groups (planned "about" vs actual), the
// staff who run a round, its provinces, and their ITA before and after beside the national change.
// Analysts draft rounds; the secretariat confirms them (docs/decisions/0013-activities.md).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  agencies,
  evaluationForms,
  formResponses,
  itaResults,
  projectActivities,
  projectRounds,
  projects,
  provinces,
  roundObservations,
  roundProvinces,
  roundStaff,
  roundTracks,
  trackAudiences,
  users,
} from '../../db/schema';
import { PROVINCE_LEVELS, hasRole } from '../../shared/domain';
import type { ObservationAddInput, ProjectIdInput, RoundPlanInput, RoundSaveInput, RoundVersionInput } from '../../shared/schemas/activities';
import { fiscalYearOf } from '../../shared/years';
import { provinceYearStats, provinceStats } from '../ita/province-stats';
import { duplicate, forbidden, invalidField, notFound, refused } from '../lib/errors';
import type { SessionUser } from '../lib/session-user';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { deleteVersioned, insertAudited, updateVersioned } from '../lib/versioned-write';
import { writeAudit } from '../lib/audit';

const p = provinces;

/**
 * The years compared around a round: "before" is the ITA the provinces were chosen on (the
 * round's basis year, else the fiscal year before the round); "after" is the first assessment
 * held wholly after it (the next fiscal year — each year's ITA runs January to June).
 */
export function beforeAfterYears(round: { startDate: string | null; basisYear: number | null }) {
  const fiscalYear = round.startDate ? fiscalYearOf(round.startDate) : null;
  return {
    fiscalYear,
    beforeYear: round.basisYear ?? (fiscalYear === null ? null : fiscalYear - 1),
    afterYear: fiscalYear === null ? null : fiscalYear + 1,
  };
}

const isInsider = (user: SessionUser | null) => hasRole(user?.role, 'insiders');

/** A year's ITA for a set of agencies: mean, how many were assessed, how many of them demo rows. */
type ItaFigure = { year: number; mean: number | null; assessed: number; demoRows: number; provincesWithResults?: number; provinces?: number };

function roundIta(db: DbOrTx, codes: string[], year: number | null): ItaFigure | null {
  if (year === null || !codes.length) return null;
  const rows = db
    .select({ code: agencies.provinceCode, ...provinceStats, sumTotal: sql<number>`sum(${itaResults.total})` })
    .from(itaResults)
    .innerJoin(agencies, eq(agencies.id, itaResults.agencyId))
    .where(and(eq(itaResults.year, year), inArray(agencies.provinceCode, codes), inArray(agencies.level, PROVINCE_LEVELS)))
    .groupBy(agencies.provinceCode)
    .all();
  const assessed = rows.reduce((s, x) => s + x.assessed, 0);
  return {
    year,
    // Pooled over the provinces' regional and local agencies (not a mean of province means).
    mean: assessed ? Math.round((rows.reduce((s, x) => s + x.sumTotal, 0) / assessed) * 100) / 100 : null,
    assessed,
    demoRows: rows.reduce((s, x) => s + x.demoRows, 0),
    provincesWithResults: rows.length,
    provinces: codes.length,
  };
}

function nationalIta(db: DbOrTx, year: number | null): ItaFigure | null {
  if (year === null) return null;
  const row = db
    .select({ assessed: provinceStats.assessed, mean: provinceStats.mean, demoRows: provinceStats.demoRows })
    .from(itaResults)
    .where(eq(itaResults.year, year))
    .get();
  return { year, mean: row?.assessed ? row.mean : null, assessed: row?.assessed ?? 0, demoRows: row?.demoRows ?? 0 };
}

const change = (before: ItaFigure | null, after: ItaFigure | null) =>
  before?.mean != null && after?.mean != null ? Math.round((after.mean - before.mean) * 100) / 100 : null;

/** The round's provinces' ITA before and after, beside the national change over the same years. */
function beforeAfter(db: DbOrTx, round: { startDate: string | null; basisYear: number | null }, codes: string[]) {
  const years = beforeAfterYears(round);
  const provincesBefore = roundIta(db, codes, years.beforeYear);
  const provincesAfter = roundIta(db, codes, years.afterYear);
  const nationalBefore = nationalIta(db, years.beforeYear);
  const nationalAfter = nationalIta(db, years.afterYear);
  const provincesChange = change(provincesBefore, provincesAfter);
  const nationalChange = change(nationalBefore, nationalAfter);
  return {
    ...years,
    provinces: { before: provincesBefore, after: provincesAfter, change: provincesChange },
    national: { before: nationalBefore, after: nationalAfter, change: nationalChange },
    /** Both sides measured: the provinces' change minus the national one. Otherwise not available — never filled. */
    available: provincesChange !== null && nationalChange !== null,
    relativeChange: provincesChange !== null && nationalChange !== null ? Math.round((provincesChange - nationalChange) * 100) / 100 : null,
    demo: [provincesBefore, provincesAfter, nationalBefore, nationalAfter].some((x) => (x?.demoRows ?? 0) > 0),
  };
}

const roundColumns = {
  id: projectRounds.id,
  activityId: projectRounds.activityId,
  projectId: projectActivities.projectId,
  roundNo: projectRounds.roundNo,
  status: projectRounds.status,
  groupsTh: projectRounds.groupsTh,
  startDate: projectRounds.startDate,
  endDate: projectRounds.endDate,
  datesTh: projectRounds.datesTh,
  venue: projectRounds.venue,
  jointSessionTh: projectRounds.jointSessionTh,
  jointSessionDays: projectRounds.jointSessionDays,
  basisYear: projectRounds.basisYear,
  isDemo: projectRounds.isDemo,
  version: projectRounds.version,
};

/** Rounds with their provinces, tracks, sub-groups and staff. Drafts only for insiders. */
function loadRounds(db: DbOrTx, where: { roundIds?: number[]; activityIds?: number[] }, user: SessionUser | null) {
  const conditions = [
    where.roundIds ? inArray(projectRounds.id, where.roundIds) : undefined,
    where.activityIds ? inArray(projectRounds.activityId, where.activityIds) : undefined,
    isInsider(user) ? undefined : eq(projectRounds.status, 'confirmed'),
  ].filter((x) => x !== undefined);
  const rounds = db
    .select(roundColumns)
    .from(projectRounds)
    .innerJoin(projectActivities, eq(projectActivities.id, projectRounds.activityId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(projectRounds.activityId), asc(projectRounds.roundNo))
    .all();
  const ids = rounds.map((x) => x.id);
  if (!ids.length) return [];
  const provinceRows = db
    .select({ roundId: roundProvinces.roundId, code: p.code, nameTh: p.nameTh, nameEn: p.nameEn, groupId: p.groupId })
    .from(roundProvinces)
    .innerJoin(p, eq(p.code, roundProvinces.provinceCode))
    .where(inArray(roundProvinces.roundId, ids))
    .all();
  const tracks = db
    .select({
      id: roundTracks.id,
      roundId: roundTracks.roundId,
      sortNo: roundTracks.sortNo,
      titleTh: roundTracks.titleTh,
      titleEn: roundTracks.titleEn,
      durationDays: roundTracks.durationDays,
      plannedAbout: roundTracks.plannedAbout,
    })
    .from(roundTracks)
    .where(inArray(roundTracks.roundId, ids))
    .orderBy(asc(roundTracks.sortNo))
    .all();
  const audiences = tracks.length
    ? db
        .select({
          id: trackAudiences.id,
          trackId: trackAudiences.trackId,
          nameTh: trackAudiences.nameTh,
          nameEn: trackAudiences.nameEn,
          planned: trackAudiences.planned,
          actual: trackAudiences.actual,
        })
        .from(trackAudiences)
        .where(inArray(trackAudiences.trackId, tracks.map((t) => t.id)))
        .orderBy(asc(trackAudiences.sortNo))
        .all()
    : [];
  const staff = db
    .select({ roundId: roundStaff.roundId, descriptionTh: roundStaff.descriptionTh, plannedAbout: roundStaff.plannedAbout, actual: roundStaff.actual })
    .from(roundStaff)
    .where(inArray(roundStaff.roundId, ids))
    .all();
  return rounds.map((round) => {
    // The source's own order (กาญจนบุรี first) is kept by insertion; sort by code for a stable list.
    const list = provinceRows.filter((x) => x.roundId === round.id).map(({ roundId: _r, ...x }) => x);
    const ownTracks = tracks
      .filter((t) => t.roundId === round.id)
      .map(({ roundId: _r, ...t }) => {
        const subs = audiences.filter((a) => a.trackId === t.id).map(({ trackId: _t, ...a }) => a);
        return {
          ...t,
          audiences: subs,
          actual: subs.some((a) => a.actual !== null) ? subs.reduce((s, a) => s + (a.actual ?? 0), 0) : null,
        };
      });
    return {
      ...round,
      provinces: list,
      tracks: ownTracks,
      staff: staff.find((s) => s.roundId === round.id) ?? null,
    };
  });
}

const projectColumns = {
  id: projects.id,
  nameTh: projects.nameTh,
  nameEn: projects.nameEn,
  rationaleTh: projects.rationaleTh,
  objectivesTh: projects.objectivesTh,
  outcomesTh: projects.outcomesTh,
  selectionTh: projects.selectionTh,
  evaluationTh: projects.evaluationTh,
  ownerTh: projects.ownerTh,
  strategyId: projects.strategyId,
  plannedRounds: projects.plannedRounds,
  sourceNote: projects.sourceNote,
  isDemo: projects.isDemo,
};

/** Projects with their activities and rounds (summaries). */
export function listProjects(db: Db, user: SessionUser | null) {
  const list = db.select(projectColumns).from(projects).orderBy(asc(projects.isDemo), asc(projects.id)).all();
  const acts = db
    .select({ id: projectActivities.id, projectId: projectActivities.projectId, nameTh: projectActivities.nameTh, nameEn: projectActivities.nameEn })
    .from(projectActivities)
    .orderBy(asc(projectActivities.id))
    .all();
  const rounds = loadRounds(db, {}, user);
  return list.map((project) => ({
    ...project,
    activities: acts
      .filter((a) => a.projectId === project.id)
      .map(({ projectId: _p, ...a }) => ({ ...a, rounds: rounds.filter((r) => r.activityId === a.id) })),
  }));
}

/** One project with every round's before/after (the project report across rounds). */
export function getProject(db: Db, user: SessionUser | null, input: ProjectIdInput) {
  const project = listProjects(db, user).find((x) => x.id === input.projectId);
  if (!project) throw notFound('project', input.projectId, 'projectId');
  return {
    ...project,
    activities: project.activities.map((a) => ({
      ...a,
      rounds: a.rounds.map((r) => ({ ...r, beforeAfter: beforeAfter(db, r, r.provinces.map((x) => x.code)) })),
    })),
  };
}

/** A round in full: project texts, tracks, provinces with ITA, before/after, observations (insiders). */
export function getRound(db: Db, user: SessionUser | null, input: { roundId: number }) {
  const round = loadRounds(db, { roundIds: [input.roundId] }, user)[0];
  if (!round) throw notFound('round', input.roundId, 'roundId');
  const project = db.select(projectColumns).from(projects).where(eq(projects.id, round.projectId)).get()!;
  const activity = db.select({ id: projectActivities.id, nameTh: projectActivities.nameTh, nameEn: projectActivities.nameEn }).from(projectActivities).where(eq(projectActivities.id, round.activityId)).get()!;
  const years = beforeAfterYears(round);
  const stats = provinceYearStats(db, round.provinces.map((x) => x.code), [years.beforeYear, years.afterYear].filter((y): y is number => y !== null));
  const statOf = (code: string, year: number | null) => (year === null ? null : (stats.get(`${code}:${year}`) ?? null));
  const insider = isInsider(user);
  return {
    ...round,
    project,
    activity,
    provinces: round.provinces.map((x) => {
      const before = statOf(x.code, years.beforeYear);
      const after = statOf(x.code, years.afterYear);
      return { ...x, before, after, change: before?.mean != null && after?.mean != null ? Math.round((after.mean - before.mean) * 100) / 100 : null };
    }),
    beforeAfter: beforeAfter(db, round, round.provinces.map((x) => x.code)),
    observations: insider
      ? db
          .select({ id: roundObservations.id, noteTh: roundObservations.noteTh, createdAt: roundObservations.createdAt, author: users.displayName })
          .from(roundObservations)
          .leftJoin(users, eq(users.id, roundObservations.authorId))
          .where(eq(roundObservations.roundId, round.id))
          .orderBy(asc(roundObservations.id))
          .all()
      : [],
    forms: insider
      ? db
          .select({
            id: evaluationForms.id,
            publicId: evaluationForms.publicId,
            titleTh: evaluationForms.titleTh,
            opensAt: evaluationForms.opensAt,
            closesAt: evaluationForms.closesAt,
            version: evaluationForms.version,
            responses: sql<number>`(select count(*) from ${formResponses} where ${formResponses.formId} = ${evaluationForms.id})`,
          })
          .from(evaluationForms)
          .where(eq(evaluationForms.roundId, round.id))
          .orderBy(asc(evaluationForms.id))
          .all()
      : [],
  };
}

/** Rounds that included a province, with that province's before/after ITA (the province page). */
export function roundsForProvince(db: Db, user: SessionUser | null, provinceCode: string) {
  const ids = db
    .select({ id: roundProvinces.roundId })
    .from(roundProvinces)
    .where(eq(roundProvinces.provinceCode, provinceCode))
    .all()
    .map((x) => x.id);
  if (!ids.length) return [];
  const names = new Map(
    db
      .select({ id: projectActivities.id, nameTh: projectActivities.nameTh, nameEn: projectActivities.nameEn })
      .from(projectActivities)
      .all()
      .map((x) => [x.id, x]),
  );
  return loadRounds(db, { roundIds: ids }, user).map((round) => {
    const years = beforeAfterYears(round);
    const stats = provinceYearStats(db, [provinceCode], [years.beforeYear, years.afterYear].filter((y): y is number => y !== null));
    const before = years.beforeYear === null ? null : (stats.get(`${provinceCode}:${years.beforeYear}`) ?? null);
    const after = years.afterYear === null ? null : (stats.get(`${provinceCode}:${years.afterYear}`) ?? null);
    return {
      id: round.id,
      roundNo: round.roundNo,
      status: round.status,
      startDate: round.startDate,
      endDate: round.endDate,
      venue: round.venue,
      isDemo: round.isDemo,
      activityNameTh: names.get(round.activityId)?.nameTh ?? '',
      activityNameEn: names.get(round.activityId)?.nameEn ?? '',
      provinceCount: round.provinces.length,
      ...years,
      province: { before, after, change: before?.mean != null && after?.mean != null ? Math.round((after.mean - before.mean) * 100) / 100 : null },
    };
  });
}

const roundLabel = (activityName: string, roundNo: number) => `${activityName} · ครั้งที่ ${roundNo}`;

function checkProvinces(tx: DbOrTx, codes: string[]) {
  const known = new Set(codes.length ? tx.select({ code: p.code }).from(p).where(inArray(p.code, codes)).all().map((x) => x.code) : []);
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) throw invalidField('provinceCodes', 'unknown_reference', { entity: 'province', key: unknown.join(', ') });
}

function activityOf(tx: DbOrTx, activityId: number) {
  const activity = tx.select({ id: projectActivities.id, nameTh: projectActivities.nameTh }).from(projectActivities).where(eq(projectActivities.id, activityId)).get();
  if (!activity) throw notFound('activity', activityId, 'activityId');
  return activity;
}

const responsesFor = (tx: DbOrTx, column: typeof formResponses.trackId | typeof formResponses.audienceId, id: number) =>
  tx.select({ n: sql<number>`count(*)` }).from(formResponses).where(eq(column, id)).get()?.n ?? 0;

/**
 * Creates a draft round or edits one with its provinces, tracks (sub-groups by id: kept, edited,
 * added or removed) and staff. An analyst may only touch drafts; a confirmed round is the
 * secretariat's.
 */
export function saveRound(db: Db, user: SessionUser, input: RoundSaveInput) {
  return writeTransaction(db, (tx) => {
    const activity = activityOf(tx, input.activityId);
    const codes = [...new Set(input.provinceCodes)];
    checkProvinces(tx, codes);
    const clash = tx
      .select({ id: projectRounds.id })
      .from(projectRounds)
      .where(and(eq(projectRounds.activityId, input.activityId), eq(projectRounds.roundNo, input.roundNo)))
      .get();
    if (clash && clash.id !== input.roundId) throw duplicate('round', input.roundNo, 'roundNo');
    if (input.basisYear !== null && input.startDate && input.basisYear > fiscalYearOf(input.startDate)) {
      throw invalidField('basisYear', 'basis_after_round');
    }
    const existing = input.roundId
      ? tx.select({ id: projectRounds.id, activityId: projectRounds.activityId, status: projectRounds.status }).from(projectRounds).where(eq(projectRounds.id, input.roundId)).get()
      : undefined;
    if (input.roundId && (!existing || existing.activityId !== input.activityId)) throw notFound('round', input.roundId, 'roundId');
    if (existing?.status === 'confirmed' && user.role !== 'admin') throw forbidden('round_confirmed');
    const fields = {
      roundNo: input.roundNo,
      groupsTh: input.groupsTh,
      startDate: input.startDate,
      endDate: input.endDate,
      venue: input.venue,
      jointSessionTh: input.jointSessionTh,
      jointSessionDays: input.jointSessionDays,
      basisYear: input.basisYear,
    };
    const before = existing ? loadRounds(tx, { roundIds: [existing.id] }, user)[0] : undefined;
    const extraOf = (r: { provinces: Array<{ code: string }>; tracks: Array<{ titleTh: string; audiences: Array<{ nameTh: string; actual: number | null }> }> }) => ({
      provinceCodes: r.provinces.map((x) => x.code).sort(),
      tracks: r.tracks.map((t) => ({ titleTh: t.titleTh, audiences: t.audiences.map((a) => `${a.nameTh}: ${a.actual ?? '–'}`) })),
    });
    const audit = {
      actorId: user.id,
      entity: 'round' as const,
      label: (row: { roundNo: number }) => roundLabel(activity.nameTh, row.roundNo),
      extra: {
        before: before ? extraOf(before) : undefined,
        after: { provinceCodes: [...codes].sort(), tracks: input.tracks.map((t) => ({ titleTh: t.titleTh, audiences: t.audiences.map((a) => `${a.nameTh}: ${a.actual ?? '–'}`) })) },
      },
    };
    const roundId = input.roundId
      ? updateVersioned(tx, projectRounds, { id: input.roundId, version: input.version! }, fields, audit).id
      : insertAudited(tx, projectRounds, { activityId: input.activityId, status: 'draft', createdBy: user.id, ...fields }, audit).id;

    // Provinces and staff belong to the round: replaced with it.
    tx.delete(roundProvinces).where(eq(roundProvinces.roundId, roundId)).run();
    if (codes.length) tx.insert(roundProvinces).values(codes.map((provinceCode) => ({ roundId, provinceCode }))).run();
    tx.delete(roundStaff).where(eq(roundStaff.roundId, roundId)).run();
    if (input.staffTh) tx.insert(roundStaff).values({ roundId, descriptionTh: input.staffTh, plannedAbout: input.staffPlannedAbout, actual: input.staffActual }).run();
    saveTracks(tx, roundId, input.tracks);
    return getRoundIn(tx, user, roundId);
  });
}

/** Tracks and sub-groups by id, so evaluation responses keep pointing at the same ones. */
function saveTracks(tx: DbOrTx, roundId: number, tracks: RoundSaveInput['tracks']) {
  const current = tx.select({ id: roundTracks.id }).from(roundTracks).where(eq(roundTracks.roundId, roundId)).all().map((x) => x.id);
  const currentAudiences = current.length
    ? tx.select({ id: trackAudiences.id, trackId: trackAudiences.trackId, nameTh: trackAudiences.nameTh }).from(trackAudiences).where(inArray(trackAudiences.trackId, current)).all()
    : [];
  const keptTracks = new Set(tracks.map((t) => t.id).filter((x): x is number => x !== undefined));
  const keptAudiences = new Set(tracks.flatMap((t) => t.audiences.map((a) => a.id)).filter((x): x is number => x !== undefined));
  for (const id of keptTracks) if (!current.includes(id)) throw invalidField('tracks', 'not_in_round', { entity: 'track', key: id });
  for (const id of keptAudiences) if (!currentAudiences.some((a) => a.id === id)) throw invalidField('tracks', 'not_in_round', { entity: 'track', key: id });
  for (const a of currentAudiences) {
    if (keptAudiences.has(a.id)) continue;
    if (responsesFor(tx, formResponses.audienceId, a.id)) throw refused('has_responses', { entity: 'track', key: a.nameTh }, 'tracks');
    tx.delete(trackAudiences).where(eq(trackAudiences.id, a.id)).run();
  }
  for (const id of current) {
    if (keptTracks.has(id)) continue;
    if (responsesFor(tx, formResponses.trackId, id)) throw refused('has_responses', { entity: 'track', key: id }, 'tracks');
    tx.delete(roundTracks).where(eq(roundTracks.id, id)).run();
  }
  tracks.forEach((t, i) => {
    const values = { sortNo: i + 1, titleTh: t.titleTh, titleEn: t.titleEn, durationDays: t.durationDays, plannedAbout: t.plannedAbout };
    const trackId = t.id
      ? (tx.update(roundTracks).set(values).where(eq(roundTracks.id, t.id)).run(), t.id)
      : tx.insert(roundTracks).values({ roundId, ...values }).returning({ id: roundTracks.id }).get().id;
    t.audiences.forEach((a, j) => {
      const av = { sortNo: j + 1, nameTh: a.nameTh, nameEn: a.nameEn, planned: a.planned, actual: a.actual };
      if (a.id) tx.update(trackAudiences).set({ ...av, trackId }).where(eq(trackAudiences.id, a.id)).run();
      else tx.insert(trackAudiences).values({ trackId, ...av }).run();
    });
  });
}

function getRoundIn(tx: DbOrTx, user: SessionUser, roundId: number) {
  return loadRounds(tx, { roundIds: [roundId] }, user)[0]!;
}

/** "Plan a round from this selection": a draft with exactly these provinces and the next number. */
export function planRound(db: Db, user: SessionUser, input: RoundPlanInput) {
  return writeTransaction(db, (tx) => {
    const activity = activityOf(tx, input.activityId);
    const codes = [...new Set(input.provinceCodes)];
    checkProvinces(tx, codes);
    const last = tx.select({ n: sql<number | null>`max(${projectRounds.roundNo})` }).from(projectRounds).where(eq(projectRounds.activityId, input.activityId)).get()?.n ?? 0;
    const row = insertAudited(
      tx,
      projectRounds,
      { activityId: input.activityId, roundNo: last + 1, status: 'draft', groupsTh: input.groupsTh, basisYear: input.basisYear, createdBy: user.id },
      { actorId: user.id, entity: 'round', label: (r) => roundLabel(activity.nameTh, r.roundNo), extra: { after: { provinceCodes: [...codes].sort() } } },
    );
    tx.insert(roundProvinces).values(codes.map((provinceCode) => ({ roundId: row.id, provinceCode }))).run();
    return getRoundIn(tx, user, row.id);
  });
}

/** The secretariat confirms a drafted round. */
export function confirmRound(db: Db, user: SessionUser, input: RoundVersionInput) {
  return writeTransaction(db, (tx) => {
    const round = tx.select({ status: projectRounds.status, activityId: projectRounds.activityId }).from(projectRounds).where(eq(projectRounds.id, input.roundId)).get();
    if (!round) throw notFound('round', input.roundId, 'roundId');
    if (round.status === 'confirmed') throw refused('round_confirmed');
    const activity = activityOf(tx, round.activityId);
    updateVersioned(tx, projectRounds, { id: input.roundId, version: input.version }, { status: 'confirmed', confirmedBy: user.id }, {
      actorId: user.id,
      entity: 'round',
      action: 'confirm',
      label: (r) => roundLabel(activity.nameTh, r.roundNo),
      fields: ['status'],
    });
    return getRoundIn(tx, user, input.roundId);
  });
}

/** Deletes a round: an analyst a draft, the secretariat any round without responses. */
export function deleteRound(db: Db, user: SessionUser, input: RoundVersionInput) {
  return writeTransaction(db, (tx) => {
    const round = tx.select({ status: projectRounds.status, activityId: projectRounds.activityId }).from(projectRounds).where(eq(projectRounds.id, input.roundId)).get();
    if (!round) throw notFound('round', input.roundId, 'roundId');
    if (round.status === 'confirmed' && user.role !== 'admin') throw forbidden('round_confirmed');
    const answered = tx
      .select({ n: sql<number>`count(*)` })
      .from(formResponses)
      .innerJoin(evaluationForms, eq(evaluationForms.id, formResponses.formId))
      .where(eq(evaluationForms.roundId, input.roundId))
      .get()?.n ?? 0;
    if (answered) throw refused('has_responses', { entity: 'round', key: input.roundId });
    const activity = activityOf(tx, round.activityId);
    deleteVersioned(tx, projectRounds, { id: input.roundId, version: input.version }, {
      actorId: user.id,
      entity: 'round',
      label: (r) => roundLabel(activity.nameTh, r.roundNo),
    });
    return { deleted: input.roundId };
  });
}

/** An observation note (การสังเกตการณ์) on a round; notes are added, not edited. */
export function addObservation(db: Db, user: SessionUser, input: ObservationAddInput) {
  return writeTransaction(db, (tx) => {
    const round = tx.select({ id: projectRounds.id }).from(projectRounds).where(eq(projectRounds.id, input.roundId)).get();
    if (!round) throw notFound('round', input.roundId, 'roundId');
    const row = tx.insert(roundObservations).values({ roundId: input.roundId, noteTh: input.noteTh, authorId: user.id }).returning({ id: roundObservations.id }).get();
    writeAudit(tx, { actorId: user.id, action: 'create', entity: 'observation', entityId: row.id, label: `round ${input.roundId}`, changes: [{ field: 'noteTh', before: null, after: input.noteTh }] });
    return { id: row.id };
  });
}
