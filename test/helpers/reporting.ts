// A reporting world for integration tests: the six identities, periods around today and
// the example assignments. Writes go through the real services (no shortcuts in SQL).
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, indicators } from '../../db/schema';
import type { SessionUser } from '../../server/lib/session-user';
import { createAssignment } from '../../server/reporting/assignments';
import { createPeriod } from '../../server/reporting/periods';
import { insertUser } from './users';

const day = 24 * 60 * 60 * 1000;
export const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString().slice(0, 10);

export type Identities = {
  anonymous: null;
  reporterA: SessionUser;
  reporterB: SessionUser;
  analyst: SessionUser;
  committee: SessionUser;
  admin: SessionUser;
};

export function setupReporting(db: Db) {
  const ids = {
    anonymous: null,
    reporterA: insertUser(db, 'reporter', 'OCSC'),
    reporterB: insertUser(db, 'reporter', 'P41'),
    analyst: insertUser(db, 'analyst'),
    committee: insertUser(db, 'committee'),
    admin: insertUser(db, 'admin'),
  } satisfies Identities;
  const agencyIds = Object.fromEntries(
    db.select({ id: agencies.id, code: agencies.code }).from(agencies).where(inArray(agencies.code, ['OCSC', 'P41', 'P10', 'NACC'])).all().map((a) => [a.code, a.id]),
  ) as Record<'OCSC' | 'P41' | 'P10' | 'NACC', number>;
  const ind = Object.fromEntries(
    db.select({ id: indicators.id, code: indicators.code }).from(indicators).all().map((i) => [i.code, i.id]),
  ) as Record<string, number>;

  // 2569 open now; 2568 locked; 2567 past its deadline; 2570 not open yet.
  const open = 2569;
  createPeriod(db, ids.admin, { year: open, opensOn: isoDay(-30), deadline: isoDay(30), locked: false });
  createPeriod(db, ids.admin, { year: 2568, opensOn: isoDay(-400), deadline: isoDay(-300), locked: true });
  createPeriod(db, ids.admin, { year: 2567, opensOn: isoDay(-700), deadline: isoDay(-600), locked: false });
  createPeriod(db, ids.admin, { year: 2570, opensOn: isoDay(200), deadline: isoDay(300), locked: false });

  // S3-EX-01 (count, sum): every province and the OCSC; S1-EX-02 (yes/no, share ≥ 1): OCSC only;
  // S1-EX-01 (national, %): the OCSC reports the national figure.
  createAssignment(db, ids.admin, { indicatorId: ind['S3-EX-01']!, agencyId: null, agencyType: 'province', agencyLevel: null, fromYear: 2565, toYear: null });
  createAssignment(db, ids.admin, { indicatorId: ind['S3-EX-01']!, agencyId: agencyIds.OCSC, agencyType: null, agencyLevel: null, fromYear: 2565, toYear: null });
  createAssignment(db, ids.admin, { indicatorId: ind['S1-EX-02']!, agencyId: agencyIds.OCSC, agencyType: null, agencyLevel: null, fromYear: 2565, toYear: null });
  createAssignment(db, ids.admin, { indicatorId: ind['S1-EX-01']!, agencyId: agencyIds.OCSC, agencyType: null, agencyLevel: null, fromYear: 2565, toYear: null });

  return { ids, agencyIds, ind, year: open };
}

export function indicatorId(db: Db, code: string): number {
  return db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code)).get()!.id;
}
