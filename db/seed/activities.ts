// Projects and activities: the OCSC project of the source document (real, verbatim), the reusable
// question sets, and one demo round (flagged) in the demo ITA years. Idempotent: it inserts what
// is missing and never touches rows that exist, so it also runs at start on an existing database.
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import {
  projectActivities,
  projectRounds,
  projects,
  provinces,
  questionSetItems,
  questionSets,
  roundProvinces,
  roundStaff,
  roundTracks,
  trackAudiences,
} from '../schema';
import { DEMO_PROJECT, OCSC_PROJECT, QUESTION_SETS } from './activities-data';

/** `demo`: also the flagged demo round (left out on a real database that has no demo data). */
export function seedActivities(db: Db, { demo = true }: { demo?: boolean } = {}): void {
  db.transaction(
    (tx) => {
      // Provinces come from the reference seed; without them there is nothing to attach rounds to.
      if (!tx.select({ code: provinces.code }).from(provinces).limit(1).get()) return;
      for (const set of QUESTION_SETS) {
        if (tx.select({ id: questionSets.id }).from(questionSets).where(eq(questionSets.code, set.code)).get()) continue;
        const row = tx.insert(questionSets).values({ code: set.code, nameTh: set.nameTh, nameEn: set.nameEn }).returning({ id: questionSets.id }).get();
        tx.insert(questionSetItems).values(set.items.map((item, i) => ({ setId: row.id, sortNo: i + 1, ...item }))).run();
      }
      seedOcsc(tx as unknown as Db);
      if (demo) seedDemoRound(tx as unknown as Db);
    },
    { behavior: 'immediate' },
  );
}

function seedOcsc(db: Db) {
  const P = OCSC_PROJECT;
  if (db.select({ id: projects.id }).from(projects).where(eq(projects.nameTh, P.nameTh)).get()) return;
  const project = db
    .insert(projects)
    .values({
      nameTh: P.nameTh,
      nameEn: P.nameEn,
      rationaleTh: P.rationaleTh,
      objectivesTh: P.objectivesTh,
      outcomesTh: P.outcomesTh,
      selectionTh: P.selectionTh,
      evaluationTh: P.evaluationTh,
      ownerTh: P.ownerTh,
      plannedRounds: P.plannedRounds,
      sourceNote: P.sourceNote,
    })
    .returning({ id: projects.id })
    .get();
  const activity = db
    .insert(projectActivities)
    .values({ projectId: project.id, nameTh: P.activity.nameTh, nameEn: P.activity.nameEn })
    .returning({ id: projectActivities.id })
    .get();
  const r = P.round5;
  const round = db
    .insert(projectRounds)
    .values({
      activityId: activity.id,
      roundNo: r.roundNo,
      status: 'confirmed',
      groupsTh: r.groupsTh,
      startDate: r.startDate,
      endDate: r.endDate,
      datesTh: r.datesTh,
      venue: r.venue,
      jointSessionTh: r.jointSessionTh,
      jointSessionDays: r.jointSessionDays,
    })
    .returning({ id: projectRounds.id })
    .get();
  db.insert(roundProvinces).values(r.provinceCodes.map((provinceCode) => ({ roundId: round.id, provinceCode }))).run();
  r.tracks.forEach((t, i) => {
    const track = db
      .insert(roundTracks)
      .values({ roundId: round.id, sortNo: i + 1, titleTh: t.titleTh, titleEn: t.titleEn, durationDays: t.durationDays, plannedAbout: t.plannedAbout })
      .returning({ id: roundTracks.id })
      .get();
    db.insert(trackAudiences).values(t.audiences.map((a, j) => ({ trackId: track.id, sortNo: j + 1, ...a }))).run();
  });
  db.insert(roundStaff).values({ roundId: round.id, ...r.staff }).run();
}

function seedDemoRound(db: Db) {
  const D = DEMO_PROJECT;
  if (db.select({ id: projects.id }).from(projects).where(eq(projects.nameTh, D.nameTh)).get()) return;
  const project = db
    .insert(projects)
    .values({
      nameTh: D.nameTh,
      nameEn: D.nameEn,
      rationaleTh: [],
      objectivesTh: ['ตัวอย่างวัตถุประสงค์เพื่อการสาธิต (ข้อมูลสาธิต)'],
      outcomesTh: ['ตัวอย่างผลที่คาดหวังเพื่อการสาธิต (ข้อมูลสาธิต)'],
      selectionTh: 'จังหวัดที่มีคะแนน ITA ระดับปานกลาง - ต่ำ (ข้อมูลสาธิต)',
      ownerTh: 'ศูนย์ส่งเสริมจริยธรรม สำนักงาน ก.พ. (ข้อมูลสาธิต)',
      isDemo: true,
    })
    .returning({ id: projects.id })
    .get();
  const activity = db.insert(projectActivities).values({ projectId: project.id, nameTh: D.activityTh }).returning({ id: projectActivities.id }).get();
  const round = db
    .insert(projectRounds)
    .values({ activityId: activity.id, roundNo: D.round.roundNo, status: 'confirmed', groupsTh: D.round.groupsTh, startDate: D.round.startDate, endDate: D.round.endDate, isDemo: true })
    .returning({ id: projectRounds.id })
    .get();
  db.insert(roundProvinces).values(D.round.provinceCodes.map((provinceCode) => ({ roundId: round.id, provinceCode }))).run();
  const track = db
    .insert(roundTracks)
    .values({ roundId: round.id, sortNo: 1, titleTh: 'การสัมมนาองค์กรคุ้มครองจริยธรรม (ข้อมูลสาธิต)', durationDays: 1, plannedAbout: 60 })
    .returning({ id: roundTracks.id })
    .get();
  db.insert(trackAudiences).values({ trackId: track.id, sortNo: 1, nameTh: 'คณะกรรมการจริยธรรมประจำจังหวัด (ข้อมูลสาธิต)', planned: 60, actual: 52 }).run();
}
