// Activity rounds (e.g. the OCSC seminars): their provinces, target groups and each province's
// ITA before and after the round; editing a round, audited and version-checked.
import { TRPCError } from '@trpc/server';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { activities, activityRoundProvinces, activityRounds, activityTargetGroups, provinces } from '../../db/schema';
import type { ItaRoundDeleteInput, ItaRoundSaveInput } from '../../shared/schemas/ita';
import { fiscalYearOf } from '../../shared/years';
import { provinceYearStats } from '../ita/province-stats';
import { writeAudit } from '../lib/audit';
import type { SessionUser } from '../lib/session-user';

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

function loadRounds(db: Db, roundIds?: number[]) {
  const rounds = db
    .select({
      id: activityRounds.id,
      activityId: activityRounds.activityId,
      activityNameTh: activities.nameTh,
      activityNameEn: activities.nameEn,
      roundNo: activityRounds.roundNo,
      startDate: activityRounds.startDate,
      endDate: activityRounds.endDate,
      venue: activityRounds.venue,
      basisYear: activityRounds.basisYear,
      evaluationScore: activityRounds.evaluationScore,
      note: activityRounds.note,
      isExample: activityRounds.isExample,
      version: activityRounds.version,
    })
    .from(activityRounds)
    .innerJoin(activities, eq(activities.id, activityRounds.activityId))
    .where(roundIds ? inArray(activityRounds.id, roundIds) : undefined)
    .orderBy(asc(activityRounds.activityId), asc(activityRounds.roundNo))
    .all();
  const ids = rounds.map((x) => x.id);
  const roundProvinces = ids.length
    ? db
        .select({ roundId: activityRoundProvinces.roundId, code: p.code, nameTh: p.nameTh, nameEn: p.nameEn, groupId: p.groupId })
        .from(activityRoundProvinces)
        .innerJoin(p, eq(p.code, activityRoundProvinces.provinceCode))
        .where(inArray(activityRoundProvinces.roundId, ids))
        .orderBy(asc(p.code))
        .all()
    : [];
  const groups = ids.length
    ? db
        .select({
          id: activityTargetGroups.id,
          roundId: activityTargetGroups.roundId,
          nameTh: activityTargetGroups.nameTh,
          nameEn: activityTargetGroups.nameEn,
          planned: activityTargetGroups.planned,
          actual: activityTargetGroups.actual,
        })
        .from(activityTargetGroups)
        .where(inArray(activityTargetGroups.roundId, ids))
        .orderBy(asc(activityTargetGroups.id))
        .all()
    : [];
  const withYears = rounds.map((x) => ({ ...x, ...beforeAfterYears(x) }));
  const years = [...new Set(withYears.flatMap((x) => [x.beforeYear, x.afterYear]).filter((y): y is number => y !== null))];
  const stats = provinceYearStats(db, [...new Set(roundProvinces.map((x) => x.code))], years);
  const statOf = (code: string, year: number | null) => (year === null ? null : (stats.get(`${code}:${year}`) ?? null));
  return withYears.map((round) => {
    const targetGroups = groups.filter((x) => x.roundId === round.id).map(({ roundId: _r, ...x }) => x);
    return {
      ...round,
      provinces: roundProvinces
        .filter((x) => x.roundId === round.id)
        .map(({ roundId: _r, ...x }) => {
          const before = statOf(x.code, round.beforeYear);
          const after = statOf(x.code, round.afterYear);
          return {
            ...x,
            before,
            after,
            change: before?.mean != null && after?.mean != null ? Math.round((after.mean - before.mean) * 100) / 100 : null,
          };
        }),
      targetGroups,
      planned: targetGroups.reduce((s, x) => s + x.planned, 0),
      actual: targetGroups.some((x) => x.actual !== null) ? targetGroups.reduce((s, x) => s + (x.actual ?? 0), 0) : null,
    };
  });
}

/** Activities with their rounds, provinces (ITA before and after) and target groups. */
export function listItaActivities(db: Db) {
  const list = db
    .select({
      id: activities.id,
      nameTh: activities.nameTh,
      nameEn: activities.nameEn,
      ownerTh: activities.ownerTh,
      sourceNote: activities.sourceNote,
      isExample: activities.isExample,
    })
    .from(activities)
    .orderBy(asc(activities.id))
    .all();
  const rounds = loadRounds(db);
  return list.map((act) => ({ ...act, rounds: rounds.filter((x) => x.activityId === act.id) }));
}

/** Rounds that included a province, with that province's before/after ITA. */
export function roundsForProvince(db: Db, provinceCode: string) {
  const ids = db
    .select({ id: activityRoundProvinces.roundId })
    .from(activityRoundProvinces)
    .where(eq(activityRoundProvinces.provinceCode, provinceCode))
    .all()
    .map((x) => x.id);
  if (!ids.length) return [];
  return loadRounds(db, ids).map(({ provinces: list, ...round }) => ({
    ...round,
    provinceCount: list.length,
    province: list.find((x) => x.code === provinceCode) ?? null,
  }));
}

function roundSnapshot(db: Db, roundId: number) {
  return loadRounds(db, [roundId])[0] ?? null;
}

/** Creates or edits a round with its provinces and target groups (replaced as a whole), audited. */
export function saveItaRound(db: Db, user: SessionUser, input: ItaRoundSaveInput) {
  const activity = db.select({ id: activities.id }).from(activities).where(eq(activities.id, input.activityId)).get();
  if (!activity) {
    throw new TRPCError({ code: 'NOT_FOUND', message: `activityId: ไม่พบกิจกรรม ${input.activityId} / activity not found` });
  }
  const codes = [...new Set(input.provinceCodes)];
  const known = new Set(
    codes.length ? db.select({ code: p.code }).from(p).where(inArray(p.code, codes)).all().map((x) => x.code) : [],
  );
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `provinceCodes: ไม่พบจังหวัดรหัส ${unknown.join(', ')} / unknown province codes ${unknown.join(', ')}`,
    });
  }
  const clash = db
    .select({ id: activityRounds.id })
    .from(activityRounds)
    .where(and(eq(activityRounds.activityId, input.activityId), eq(activityRounds.roundNo, input.roundNo)))
    .get();
  if (clash && clash.id !== input.roundId) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: `roundNo: มีครั้งที่ ${input.roundNo} แล้ว / round ${input.roundNo} already exists for this activity`,
    });
  }
  const before = input.roundId ? roundSnapshot(db, input.roundId) : null;
  if (input.roundId && (!before || before.activityId !== input.activityId)) {
    throw new TRPCError({ code: 'NOT_FOUND', message: `roundId: ไม่พบรอบกิจกรรม ${input.roundId} / round not found` });
  }
  const fields = {
    roundNo: input.roundNo,
    startDate: input.startDate,
    endDate: input.endDate,
    venue: input.venue,
    basisYear: input.basisYear,
    evaluationScore: input.evaluationScore,
    note: input.note,
  };
  const id = db.transaction((tx) => {
    let roundId: number;
    if (input.roundId) {
      roundId = input.roundId;
      // Optimistic concurrency: an edit made on a stale copy is refused, never merged.
      const updated = tx
        .update(activityRounds)
        .set({ ...fields, version: sql`${activityRounds.version} + 1` })
        .where(and(eq(activityRounds.id, roundId), eq(activityRounds.version, input.version ?? -1)))
        .run();
      if (updated.changes !== 1) throw staleRound();
      tx.delete(activityRoundProvinces).where(eq(activityRoundProvinces.roundId, roundId)).run();
      tx.delete(activityTargetGroups).where(eq(activityTargetGroups.roundId, roundId)).run();
    } else {
      roundId = tx
        .insert(activityRounds)
        .values({ activityId: input.activityId, ...fields })
        .returning({ id: activityRounds.id })
        .get().id;
    }
    if (codes.length) tx.insert(activityRoundProvinces).values(codes.map((provinceCode) => ({ roundId, provinceCode }))).run();
    if (input.targetGroups.length) {
      tx.insert(activityTargetGroups).values(input.targetGroups.map((tg) => ({ roundId, ...tg }))).run();
    }
    writeAudit(tx, {
      userId: user.id,
      action: input.roundId ? 'update' : 'create',
      entity: 'activity_round',
      entityId: roundId,
      before: before && pickAudit(before),
      after: { activityId: input.activityId, ...fields, provinceCodes: codes, targetGroups: input.targetGroups },
    });
    return roundId;
  });
  return roundSnapshot(db, id)!;
}

function staleRound(): TRPCError {
  return new TRPCError({
    code: 'CONFLICT',
    message: 'version: รอบกิจกรรมนี้ถูกแก้ไขโดยผู้อื่นหลังจากที่คุณเปิดไว้ กรุณาโหลดใหม่ / this round was changed by someone else since you loaded it; reload and try again',
  });
}

function pickAudit(round: NonNullable<ReturnType<typeof roundSnapshot>>) {
  return {
    roundNo: round.roundNo,
    startDate: round.startDate,
    endDate: round.endDate,
    venue: round.venue,
    basisYear: round.basisYear,
    evaluationScore: round.evaluationScore,
    note: round.note,
    provinceCodes: round.provinces.map((x) => x.code),
    targetGroups: round.targetGroups.map(({ id: _id, ...x }) => x),
  };
}

export function deleteItaRound(db: Db, user: SessionUser, input: ItaRoundDeleteInput) {
  const before = roundSnapshot(db, input.roundId);
  if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: `roundId: ไม่พบรอบกิจกรรม ${input.roundId} / round not found` });
  db.transaction((tx) => {
    // Provinces and target groups go with the round (ON DELETE CASCADE).
    tx.delete(activityRounds).where(eq(activityRounds.id, input.roundId)).run();
    writeAudit(tx, { userId: user.id, action: 'delete', entity: 'activity_round', entityId: input.roundId, before: pickAudit(before) });
  });
  return { deleted: input.roundId };
}
