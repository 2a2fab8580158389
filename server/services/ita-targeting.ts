// Target-province selection (the OCSC seminar chose provinces whose ITA is medium–low) and the
// activity rounds that follow it, with each province's ITA before and after its round.
import { TRPCError } from '@trpc/server';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  activities,
  activityRoundProvinces,
  activityRounds,
  activityTargetGroups,
  agencies,
  itaResults,
  provinceGroups,
  provinces,
} from '../../db/schema';
import type { Level } from '../../shared/domain';
import { ITA_PASS, passPercent } from '../../shared/ita';
import type { ItaRoundDeleteInput, ItaRoundSaveInput, ItaTargetingInput } from '../../shared/schemas/ita';
import { fiscalYearOf } from '../../shared/years';
import type { SessionUser } from '../context';
import { writeAudit } from './audit';

const r = itaResults;
const a = agencies;
const p = provinces;
const g = provinceGroups;

/** Provincial and local agencies: a central agency's HQ address says little about its province. */
export const PROVINCE_LEVELS: Level[] = ['regional', 'local'];

const provinceStats = {
  assessed: sql<number>`count(*)`,
  mean: sql<number | null>`round(avg(${r.total}), 2)`,
  passed: sql<number>`coalesce(sum(${r.total} >= ${ITA_PASS}), 0)`,
  demoRows: sql<number>`coalesce(sum(${r.isDemo}), 0)`,
};

export type Band = 'high' | 'medium' | 'low';

/** Value at a quantile of sorted values (nearest rank), to two decimals. */
function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.floor(q * sorted.length)));
  return Math.round((sorted[i] ?? 0) * 100) / 100;
}

export function bandOf(value: number | null, highFrom: number, mediumFrom: number): Band | null {
  if (value === null) return null;
  if (value >= highFrom) return 'high';
  if (value >= mediumFrom) return 'medium';
  return 'low';
}

/** Provinces and province groups ranked by their agencies' ITA, with the medium–low band flagged. */
export function getItaTargeting(db: Db, input: ItaTargetingInput) {
  const year =
    input.year ?? db.select({ y: sql<number | null>`max(${r.year})` }).from(r).get()?.y ?? null;
  const levels = [...new Set(input.levels)];
  const all = db
    .select({ code: p.code, nameTh: p.nameTh, nameEn: p.nameEn, region: p.region, groupId: p.groupId })
    .from(p)
    .orderBy(asc(p.code))
    .all();
  const stats =
    year === null
      ? []
      : db
          .select({ code: a.provinceCode, sumTotal: sql<number>`sum(${r.total})`, ...provinceStats })
          .from(r)
          .innerJoin(a, eq(a.id, r.agencyId))
          .where(and(eq(r.year, year), inArray(a.level, levels), isNotNull(a.provinceCode)))
          .groupBy(a.provinceCode)
          .all();
  const metricOf = (s: { assessed: number; mean: number | null; passed: number }) =>
    s.assessed === 0 ? null : input.metric === 'mean' ? s.mean : passPercent(s.passed, s.assessed);

  const provinceRows = all.map((prov) => {
    const s = stats.find((x) => x.code === prov.code);
    const assessed = s?.assessed ?? 0;
    return {
      ...prov,
      assessed,
      mean: s?.mean ?? null,
      passed: s?.passed ?? 0,
      passPercent: passPercent(s?.passed ?? 0, assessed),
      demoRows: s?.demoRows ?? 0,
      value: s ? metricOf(s) : null,
    };
  });
  const values = provinceRows.map((x) => x.value).filter((v): v is number => v !== null).sort((x, y) => x - y);
  const highFrom = input.highFrom ?? quantile(values, 2 / 3);
  const mediumFrom = input.mediumFrom ?? quantile(values, 1 / 3);
  const thresholdSource = input.highFrom !== undefined || input.mediumFrom !== undefined ? 'input' : 'terciles';

  const roundCounts = new Map(
    db
      .select({ code: activityRoundProvinces.provinceCode, rounds: sql<number>`count(*)`, lastStart: sql<string | null>`max(${activityRounds.startDate})` })
      .from(activityRoundProvinces)
      .innerJoin(activityRounds, eq(activityRounds.id, activityRoundProvinces.roundId))
      .groupBy(activityRoundProvinces.provinceCode)
      .all()
      .map((x) => [x.code, x]),
  );

  // Rank 1 = best; equal values share a rank (1 + the number of provinces strictly above).
  const rankOf = new Map(
    provinceRows.filter((x) => x.value !== null).map((x) => [x.code, values.filter((v) => v > (x.value ?? 0)).length + 1]),
  );
  const groupNames = new Map(
    db.select({ id: g.id, nameTh: g.nameTh, nameEn: g.nameEn }).from(g).all().map((x) => [x.id, { th: x.nameTh, en: x.nameEn }]),
  );
  const provincesOut = provinceRows
    .map((x) => {
      const band = bandOf(x.value, highFrom, mediumFrom);
      return {
        ...x,
        groupName: x.groupId === null ? null : (groupNames.get(x.groupId) ?? null),
        rank: rankOf.get(x.code) ?? null,
        band,
        mediumLow: band === 'medium' || band === 'low',
        rounds: roundCounts.get(x.code)?.rounds ?? 0,
        lastRoundStart: roundCounts.get(x.code)?.lastStart ?? null,
      };
    })
    // Lowest first: the provinces a planner looks at; no data last.
    .sort((x, y) => (x.value ?? Infinity) - (y.value ?? Infinity) || x.code.localeCompare(y.code));

  // A group's figures pool its provinces' agencies (sums of the province rows, not a mean of means).
  const groupsOut = [...groupNames.entries()]
    .map(([groupId, name]) => {
      const members = provincesOut.filter((pr) => pr.groupId === groupId);
      const withData = members.map((m) => stats.find((x) => x.code === m.code)).filter((x) => x !== undefined);
      const assessed = withData.reduce((sum, x) => sum + x.assessed, 0);
      const passed = withData.reduce((sum, x) => sum + x.passed, 0);
      const mean = assessed ? Math.round((withData.reduce((sum, x) => sum + x.sumTotal, 0) / assessed) * 100) / 100 : null;
      const value = metricOf({ assessed, mean, passed });
      const band = bandOf(value, highFrom, mediumFrom);
      return {
        groupId,
        nameTh: name.th,
        nameEn: name.en,
        provinces: members.length,
        assessed,
        mean,
        passed,
        passPercent: passPercent(passed, assessed),
        demoRows: withData.reduce((sum, x) => sum + x.demoRows, 0),
        value,
        band,
        mediumLow: band === 'medium' || band === 'low',
        mediumLowProvinces: members.filter((m) => m.mediumLow).map((m) => m.code),
      };
    })
    .sort((x, y) => (x.value ?? Infinity) - (y.value ?? Infinity) || x.groupId - y.groupId);

  return {
    year,
    metric: input.metric,
    levels,
    thresholds: { highFrom, mediumFrom, source: thresholdSource as 'input' | 'terciles' },
    provinces: provincesOut,
    groups: groupsOut,
  };
}

// ── Activities ────────────────────────────────────────────────────────────────

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

type ProvinceYearStat = { assessed: number; mean: number | null; passPercent: number };

function provinceYearStats(db: Db, codes: string[], years: number[]): Map<string, ProvinceYearStat> {
  if (!codes.length || !years.length) return new Map();
  const rows = db
    .select({ code: a.provinceCode, year: r.year, ...provinceStats })
    .from(r)
    .innerJoin(a, eq(a.id, r.agencyId))
    .where(and(inArray(a.provinceCode, codes), inArray(r.year, years), inArray(a.level, PROVINCE_LEVELS)))
    .groupBy(a.provinceCode, r.year)
    .all();
  return new Map(
    rows.map((x) => [`${x.code}:${x.year}`, { assessed: x.assessed, mean: x.mean, passPercent: passPercent(x.passed, x.assessed) }]),
  );
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
