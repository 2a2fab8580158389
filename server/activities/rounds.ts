// Activity rounds (e.g. the OCSC seminars): their provinces, target groups and each province's
// ITA before and after the round; editing a round, audited and version-checked.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { activities, activityRoundProvinces, activityRounds, activityTargetGroups, provinces } from '../../db/schema';
import type { ItaRoundDeleteInput, ItaRoundSaveInput } from '../../shared/schemas/ita';
import { fiscalYearOf } from '../../shared/years';
import { provinceYearStats } from '../ita/province-stats';
import { duplicate, invalidField, notFound } from '../lib/errors';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { deleteVersioned, insertAudited, updateVersioned } from '../lib/versioned-write';
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

function loadRounds(db: DbOrTx, roundIds?: number[]) {
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

const roundLabel = (activityName: string, roundNo: number) => `${activityName} · ครั้งที่ ${roundNo}`;

/** Provinces and target groups, recorded beside the round's own fields in its audit rows. */
function roundExtra(round: { provinces: Array<{ code: string }>; targetGroups: Array<{ nameTh: string; planned: number; actual: number | null }> }) {
  return {
    provinceCodes: round.provinces.map((x) => x.code),
    targetGroups: round.targetGroups.map(({ nameTh, planned, actual }) => ({ nameTh, planned, actual })),
  };
}

/** Creates or edits a round with its provinces and target groups (replaced as a whole), audited. */
export function saveItaRound(db: Db, user: SessionUser, input: ItaRoundSaveInput) {
  return writeTransaction(db, (tx) => {
    const activity = tx.select({ id: activities.id, nameTh: activities.nameTh }).from(activities).where(eq(activities.id, input.activityId)).get();
    if (!activity) throw notFound('activity', input.activityId, 'activityId');
    const codes = [...new Set(input.provinceCodes)];
    const known = new Set(codes.length ? tx.select({ code: p.code }).from(p).where(inArray(p.code, codes)).all().map((x) => x.code) : []);
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length) throw invalidField('provinceCodes', 'unknown_reference', { entity: 'province', key: unknown.join(', ') });
    const clash = tx
      .select({ id: activityRounds.id })
      .from(activityRounds)
      .where(and(eq(activityRounds.activityId, input.activityId), eq(activityRounds.roundNo, input.roundNo)))
      .get();
    if (clash && clash.id !== input.roundId) throw duplicate('round', input.roundNo, 'roundNo');
    const before = input.roundId ? loadRounds(tx, [input.roundId])[0] : null;
    if (input.roundId && (!before || before.activityId !== input.activityId)) throw notFound('round', input.roundId, 'roundId');
    const fields = {
      roundNo: input.roundNo,
      startDate: input.startDate,
      endDate: input.endDate,
      venue: input.venue,
      basisYear: input.basisYear,
      evaluationScore: input.evaluationScore,
      note: input.note,
    };
    const after = { provinceCodes: codes, targetGroups: input.targetGroups.map(({ nameTh, planned, actual }) => ({ nameTh, planned, actual })) };
    const audit = {
      actorId: user.id,
      entity: 'round' as const,
      label: (row: { roundNo: number }) => roundLabel(activity.nameTh, row.roundNo),
      extra: { before: before ? roundExtra(before) : undefined, after },
    };
    const roundId = input.roundId
      ? updateVersioned(tx, activityRounds, { id: input.roundId, version: input.version! }, fields, audit).id
      : insertAudited(tx, activityRounds, { activityId: input.activityId, ...fields }, audit).id;
    // Provinces and target groups belong to the round: replaced as a whole with it.
    tx.delete(activityRoundProvinces).where(eq(activityRoundProvinces.roundId, roundId)).run();
    tx.delete(activityTargetGroups).where(eq(activityTargetGroups.roundId, roundId)).run();
    if (codes.length) tx.insert(activityRoundProvinces).values(codes.map((provinceCode) => ({ roundId, provinceCode }))).run();
    if (input.targetGroups.length) tx.insert(activityTargetGroups).values(input.targetGroups.map((tg) => ({ roundId, ...tg }))).run();
    return loadRounds(tx, [roundId])[0]!;
  });
}

export function deleteItaRound(db: Db, user: SessionUser, input: ItaRoundDeleteInput) {
  return writeTransaction(db, (tx) => {
    const before = loadRounds(tx, [input.roundId])[0];
    if (!before) throw notFound('round', input.roundId, 'roundId');
    // Provinces and target groups go with the round (ON DELETE CASCADE).
    deleteVersioned(tx, activityRounds, { id: input.roundId, version: input.version }, {
      actorId: user.id,
      entity: 'round',
      label: () => roundLabel(before.activityNameTh, before.roundNo),
      extra: { before: roundExtra(before) },
    });
    return { deleted: input.roundId };
  });
}
