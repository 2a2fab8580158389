// Idempotent seed: plan texts, reference data (real, with sources) and flagged examples.
// Safe to run on every start; it inserts what is missing and never overwrites user edits.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import {
  agencies,
  indicators,
  indicatorValues,
  itaImports,
  itaResults,
  measures,
  plans,
  provinceGroups,
  provinces,
  quickWinLevels,
  quickWinMilestones,
  quickWins,
  strategies,
  targets,
} from '../schema';
import { CORE_AGENCIES } from './agencies-data';
import { PUBLISHED_ITA_RESULTS } from './ita-published-data';
import { EXAMPLE_QUICK_WINS, EXAMPLE_STRATEGIES } from './examples';
import { PLAN, STRATEGIES } from './plan-data';
import { PROVINCE_GROUPS, PROVINCES } from './provinces-data';
import { GOAL_INDICATORS } from './reference-data';
import { seedActivities } from './activities';

export function seedReference(db: Db): void {
  db.transaction((tx) => {
    tx.insert(plans).values(PLAN).onConflictDoNothing().run();
    const plan = tx.select({ id: plans.id }).from(plans).where(eq(plans.code, PLAN.code)).get();
    if (!plan) throw new Error('plan row missing after insert');

    for (const s of STRATEGIES) {
      tx.insert(strategies).values({ planId: plan.id, ...s }).onConflictDoNothing().run();
    }

    for (const g of PROVINCE_GROUPS) tx.insert(provinceGroups).values(g).onConflictDoNothing().run();
    const groupIds = new Map(
      tx.select({ id: provinceGroups.id, nameTh: provinceGroups.nameTh }).from(provinceGroups).all().map((g) => [g.nameTh, g.id]),
    );
    for (const p of PROVINCES) {
      tx.insert(provinces)
        .values({
          code: p.code,
          nameTh: p.nameTh,
          nameEn: p.nameEn,
          region: p.region,
          groupId: p.groupTh ? (groupIds.get(p.groupTh) ?? null) : null,
          groupConfidence: p.groupConfidence,
        })
        .onConflictDoNothing()
        .run();
    }

    for (const a of CORE_AGENCIES) tx.insert(agencies).values(a).onConflictDoNothing().run();
    seedPublishedItaResults(tx as unknown as Db);

    for (const ind of GOAL_INDICATORS) {
      const { values, targets: indTargets, ...meta } = ind;
      tx.insert(indicators)
        .values({ ...meta, planId: plan.id, scope: 'national', isExample: false })
        .onConflictDoNothing()
        .run();
      const row = tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, ind.code)).get();
      if (!row) throw new Error(`indicator ${ind.code} missing after insert`);
      for (const v of values) {
        tx.insert(indicatorValues)
          .values({
            indicatorId: row.id,
            year: v.year,
            value: v.value,
            rankOutOf: v.rankOutOf ?? null,
            sourceTh: v.sourceTh,
            sourceUrl: v.sourceUrl,
            secondarySourceTh: v.secondarySourceTh ?? null,
            secondarySourceUrl: v.secondarySourceUrl ?? null,
            publishedOn: v.publishedOn ?? null,
            note: v.note ?? null,
          })
          .onConflictDoNothing()
          .run();
      }
      for (const t of indTargets) {
        tx.insert(targets)
          .values({
            indicatorId: row.id,
            year: t.year,
            value: t.value,
            originalValue: t.value,
            sourceTh: t.sourceTh,
            sourceUrl: t.sourceUrl,
            carriedForward: t.carriedForward ?? false,
          })
          .onConflictDoNothing()
          .run();
      }
    }

  }, { behavior: 'immediate' });
}

/**
 * ITA results published for real agencies, as published (total and rating, with the source).
 * A year already replaced by an import keeps what was imported.
 */
function seedPublishedItaResults(db: Db): void {
  for (const r of PUBLISHED_ITA_RESULTS) {
    const imported = db
      .select({ id: itaImports.id })
      .from(itaImports)
      .where(and(eq(itaImports.year, r.year), eq(itaImports.isDemo, false)))
      .get();
    if (imported) continue;
    const agency = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, r.agencyCode)).get();
    if (!agency) throw new Error(`agency ${r.agencyCode} missing for its published ITA result`);
    db.insert(itaResults)
      .values({
        agencyId: agency.id,
        year: r.year,
        total: r.total,
        grade: r.grade,
        isDemo: false,
        sourceUrl: r.sourceUrl,
        sourceIsSecondary: r.sourceIsSecondary,
        sourceNote: r.sourceNote,
      })
      .onConflictDoNothing()
      .run();
  }
}

/** Examples, each flagged isExample so the UI badges it. */
export function seedExamples(db: Db): void {
  db.transaction((tx) => {
    const plan = tx.select({ id: plans.id }).from(plans).where(eq(plans.code, PLAN.code)).get();
    if (!plan) throw new Error('seedReference must run first');
    for (const es of EXAMPLE_STRATEGIES) {
      const strategy = tx
        .select({ id: strategies.id })
        .from(strategies)
        .where(and(eq(strategies.planId, plan.id), eq(strategies.no, es.no)))
        .get();
      if (!strategy) throw new Error(`strategy ${es.no} missing`);
      for (const m of es.measures) {
        tx.insert(measures).values({ strategyId: strategy.id, ...m, isExample: true }).onConflictDoNothing().run();
      }
      es.indicators.forEach((ind, i) => {
        const measure = tx
          .select({ id: measures.id })
          .from(measures)
          .where(and(eq(measures.strategyId, strategy.id), eq(measures.code, ind.measureCode)))
          .get();
        tx.insert(indicators)
          .values({
            planId: plan.id,
            strategyId: strategy.id,
            measureId: measure?.id ?? null,
            code: ind.code,
            nameTh: ind.nameTh,
            nameEn: ind.nameEn,
            unit: ind.unit,
            direction: 'higher',
            scope: ind.scope,
            aggregation: ind.aggregation,
            aggregationThreshold: ind.aggregationThreshold,
            yearKind: 'fiscal',
            sourceOrgTh: 'ตัวอย่าง — รอข้อมูลจากสำนักงาน ก.พ.',
            sourceOrgEn: 'Example — awaiting data from OCSC',
            definitionTh: 'ตัวชี้วัดตัวอย่างเพื่อสาธิตระบบ ไม่ใช่ตัวชี้วัดทางการ',
            definitionEn: 'An example indicator to demonstrate the system; not an official indicator.',
            decimals: ind.decimals,
            minValue: ind.minValue,
            maxValue: ind.maxValue,
            releaseLagMonths: 3,
            baselineYear: ind.baselineYear,
            baselineValue: ind.baselineValue,
            isExample: true,
            sortOrder: 100 + es.no * 10 + i,
          })
          .onConflictDoNothing()
          .run();
        const row = tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, ind.code)).get();
        if (!row) throw new Error(`indicator ${ind.code} missing`);
        for (const [year, value] of Object.entries(ind.targets)) {
          tx.insert(targets)
            .values({ indicatorId: row.id, year: Number(year), value, originalValue: value, isExample: true, sourceTh: 'ตัวอย่าง' })
            .onConflictDoNothing()
            .run();
        }
        for (const [year, value] of Object.entries(ind.values)) {
          tx.insert(indicatorValues)
            .values({ indicatorId: row.id, year: Number(year), value, isExample: true, sourceTh: 'ตัวอย่าง (ไม่ใช่ข้อมูลจริง)' })
            .onConflictDoNothing()
            .run();
        }
      });
    }

    for (const qw of EXAMPLE_QUICK_WINS) {
      if (tx.select({ id: quickWins.id }).from(quickWins).where(eq(quickWins.code, qw.code)).get()) continue;
      const strategy = tx.select({ id: strategies.id }).from(strategies).where(and(eq(strategies.planId, plan.id), eq(strategies.no, qw.strategyNo))).get();
      const lead = tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, qw.leadAgencyCode)).get();
      if (!strategy) throw new Error(`strategy ${qw.strategyNo} missing`);
      const inserted = tx
        .insert(quickWins)
        .values({
          planId: plan.id,
          strategyId: strategy.id,
          code: qw.code,
          titleTh: qw.titleTh,
          titleEn: qw.titleEn,
          descriptionTh: qw.descriptionTh,
          leadAgencyId: lead?.id ?? null,
          startDate: qw.startDate,
          endDate: qw.endDate,
          status: qw.status,
          progress: qw.progress,
          isExample: true,
        })
        .returning({ id: quickWins.id })
        .get();
      for (const level of qw.levels) tx.insert(quickWinLevels).values({ quickWinId: inserted.id, level }).run();
      for (const m of qw.milestones) tx.insert(quickWinMilestones).values({ quickWinId: inserted.id, ...m }).run();
    }
  }, { behavior: 'immediate' });
}

/** True when the database has no plan yet (the start command seeds only then). */
export function isEmpty(db: Db): boolean {
  return !db.select({ id: plans.id }).from(plans).limit(1).get();
}

/** Reference data and examples. Demo accounts and demo ITA data are added by their own seeders. */
export function seedAll(db: Db): void {
  seedReference(db);
  seedExamples(db);
  seedActivities(db);
}

