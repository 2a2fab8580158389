// Notices caused by a write, queued in that write's transaction (docs/decisions/0012-email-outbox.md).
import { eq } from 'drizzle-orm';
import { agencies, indicators } from '../../db/schema';
import type { DbOrTx } from '../lib/transaction';
import { notify } from './notify';
import { agencyReporterIds } from './outbox';

type Reviewed = { id: number; version: number; indicatorId: number; year: number; agencyId: number | null; createdBy: number };

/**
 * A value was returned (with the reviewer's comment) or approved: tell the agency's reporters
 * (for a value without an agency, the person who entered it) — an in-app notice for each, the
 * e-mail to those who receive it. One per person and review decision (the submission's version
 * after the decision).
 */
export function queueReviewNotice(tx: DbOrTx, sub: Reviewed, decision: { kind: 'returned'; comment: string } | { kind: 'approved' }, now: Date): void {
  const indicator = tx.select({ code: indicators.code, nameTh: indicators.nameTh, nameEn: indicators.nameEn }).from(indicators).where(eq(indicators.id, sub.indicatorId)).get()!;
  const agency = sub.agencyId === null ? null : (tx.select({ code: agencies.code, nameTh: agencies.nameTh, nameEn: agencies.nameEn }).from(agencies).where(eq(agencies.id, sub.agencyId)).get() ?? null);
  const people = sub.agencyId === null ? [sub.createdBy] : agencyReporterIds(tx, sub.agencyId);
  notify(
    tx,
    {
      key: `${decision.kind}:${sub.id}:v${sub.version}`,
      people,
      payload:
        decision.kind === 'returned'
          ? { kind: 'returned', year: sub.year, indicator, agency, comment: decision.comment }
          : { kind: 'approved', year: sub.year, indicator, agency },
    },
    now,
  );
}
