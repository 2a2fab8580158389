// DEMO accounts, reporting periods, assignments and a few submissions, so every role can
// try the reporting workflow on a fresh install. Every account is flagged isDemo and the
// server warns at start while any exist. These passwords are public (README): never use
// them on a real deployment — deactivate the demo accounts and create real ones with
// `npm run user:create`.
import { hash, type Algorithm } from '@node-rs/argon2';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { fiscalYearBounds, fiscalYearOf } from '../../shared/years';
import type { Db } from '../client';
import { agencies, assignments, indicators, indicatorValues, reportingPeriods, users, valueSubmissions } from '../schema';

type Role = 'admin' | 'committee' | 'analyst' | 'reporter';

export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; password: string; displayName: string; role: Role; agencyCode: string | null }> = [
  { username: 'admin', password: 'demo-admin-2565', displayName: 'ผู้ดูแลระบบ (สาธิต)', role: 'admin', agencyCode: null },
  { username: 'committee', password: 'demo-committee-2565', displayName: 'กรรมการ ก.ม.จ. (สาธิต)', role: 'committee', agencyCode: null },
  { username: 'analyst', password: 'demo-analyst-2565', displayName: 'นักวิเคราะห์ (สาธิต)', role: 'analyst', agencyCode: null },
  { username: 'reporter.ocsc', password: 'demo-ocsc-2565', displayName: 'ผู้รายงาน สำนักงาน ก.พ. (สาธิต)', role: 'reporter', agencyCode: 'OCSC' },
  { username: 'reporter.udon', password: 'demo-udon-2565', displayName: 'ผู้รายงาน จังหวัดอุดรธานี (สาธิต)', role: 'reporter', agencyCode: 'P41' },
];

/** Algorithm.Argon2id (a const enum, not importable under verbatimModuleSyntax). */
const ARGON2ID = 2 as Algorithm;

export async function seedDemoAccounts(db: Db, log: (m: string) => void = console.log, now = new Date()): Promise<void> {
  const agencyIds = new Map(
    db.select({ id: agencies.id, code: agencies.code }).from(agencies).where(inArray(agencies.code, ['OCSC', 'P41'])).all().map((a) => [a.code, a.id]),
  );
  const existing = new Set(db.select({ username: users.username }).from(users).all().map((u) => u.username));
  // Hashing is async, so hash first, then write in one transaction.
  const toCreate = await Promise.all(
    DEMO_ACCOUNTS.filter((a) => !existing.has(a.username)).map(async (a) => ({ ...a, passwordHash: await hash(a.password, { algorithm: ARGON2ID }) })),
  );

  db.transaction((tx) => {
    for (const a of toCreate) {
      tx.insert(users)
        .values({ username: a.username, displayName: a.displayName, passwordHash: a.passwordHash, role: a.role, agencyId: a.agencyCode ? (agencyIds.get(a.agencyCode) ?? null) : null, isDemo: true })
        .run();
    }

    // The period of the fiscal year that just ended is open through the current one, so the
    // demo works whenever it is installed; the year before is locked (already reported).
    const year = fiscalYearOf(now.toISOString()) - 1;
    const current = fiscalYearBounds(year + 1);
    tx.insert(reportingPeriods).values({ year, opensOn: current.start, deadline: current.end, locked: false }).onConflictDoNothing().run();
    const previous = fiscalYearBounds(year);
    tx.insert(reportingPeriods).values({ year: year - 1, opensOn: previous.start, deadline: previous.end, locked: true }).onConflictDoNothing().run();

    const ind = new Map(
      tx.select({ id: indicators.id, code: indicators.code }).from(indicators).where(inArray(indicators.code, ['S1-EX-01', 'S1-EX-02', 'S3-EX-01'])).all().map((i) => [i.code, i.id]),
    );
    const ocsc = agencyIds.get('OCSC');
    const udon = agencyIds.get('P41');
    if (!ocsc || !udon || ind.size < 3) return;
    const assign = (indicatorId: number, target: { agencyId?: number; agencyType?: string; agencyLevel?: 'central' | 'regional' | 'local' }) => {
      const a = { agencyId: target.agencyId ?? null, agencyType: target.agencyType ?? null, agencyLevel: target.agencyLevel ?? null };
      const found = tx
        .select({ id: assignments.id })
        .from(assignments)
        .where(
          and(
            eq(assignments.indicatorId, indicatorId),
            a.agencyId === null ? isNull(assignments.agencyId) : eq(assignments.agencyId, a.agencyId),
            a.agencyType === null ? isNull(assignments.agencyType) : eq(assignments.agencyType, a.agencyType),
            a.agencyLevel === null ? isNull(assignments.agencyLevel) : eq(assignments.agencyLevel, a.agencyLevel),
          ),
        )
        .get();
      if (!found) tx.insert(assignments).values({ indicatorId, ...a }).run();
    };
    // Per-agency examples: every province (ส่วนภูมิภาค) and the OCSC; a national example: the OCSC alone.
    assign(ind.get('S1-EX-02')!, { agencyType: 'province' });
    assign(ind.get('S1-EX-02')!, { agencyId: ocsc });
    assign(ind.get('S3-EX-01')!, { agencyType: 'province' });
    assign(ind.get('S3-EX-01')!, { agencyId: ocsc });
    assign(ind.get('S1-EX-01')!, { agencyId: ocsc });

    // Last year's approved values of the two demo agencies, so review shows a change.
    const udonUser = tx.select({ id: users.id }).from(users).where(eq(users.username, 'reporter.udon')).get();
    const ocscUser = tx.select({ id: users.id }).from(users).where(eq(users.username, 'reporter.ocsc')).get();
    const adminUser = tx.select({ id: users.id }).from(users).where(eq(users.username, 'admin')).get();
    if (!udonUser || !ocscUser || !adminUser) return;
    const approvedAt = new Date(`${previous.end}T10:00:00Z`).toISOString();
    const lastYear: Array<[string, number, number, number]> = [
      ['S3-EX-01', udon, udonUser.id, 310],
      ['S1-EX-02', udon, udonUser.id, 1],
      ['S3-EX-01', ocsc, ocscUser.id, 95],
      ['S1-EX-02', ocsc, ocscUser.id, 1],
    ];
    for (const [code, agencyId, userId, value] of lastYear) {
      const indicatorId = ind.get(code)!;
      const has = tx
        .select({ id: valueSubmissions.id })
        .from(valueSubmissions)
        .where(and(eq(valueSubmissions.indicatorId, indicatorId), eq(valueSubmissions.year, year - 1), eq(valueSubmissions.agencyId, agencyId)))
        .get();
      if (has) continue;
      const note = 'ข้อมูลสาธิต (demo)';
      const sub = tx
        .insert(valueSubmissions)
        .values({ indicatorId, year: year - 1, agencyId, value, note, status: 'approved', createdBy: userId, submittedAt: approvedAt, reviewedBy: adminUser.id, reviewedAt: approvedAt })
        .returning({ id: valueSubmissions.id })
        .get();
      tx.insert(indicatorValues)
        .values({ indicatorId, year: year - 1, agencyId, value, note, sourceTh: 'ข้อมูลสาธิต (demo)', submissionId: sub.id, enteredBy: userId, approvedBy: adminUser.id, approvedAt, isExample: true })
        .onConflictDoNothing()
        .run();
    }
  }, { behavior: 'immediate' });
  log(`demo accounts: ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')} (passwords in the README; demo only)`);
}
