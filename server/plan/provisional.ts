// Publishing a provisional figure: a national figure derived from fewer agencies than the
// indicator's publication threshold is shown as provisional and left out of statuses, unless the
// secretariat publishes it with a reason. Both the publication and its withdrawal are audited.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { indicators, provisionalPublications } from '../../db/schema';
import type { ProvisionalPublishInput, ProvisionalWithdrawInput } from '../../shared/schemas/plan-admin';
import { invalidField, notFound, refused } from '../lib/errors';
import type { SessionUser } from '../lib/session-user';
import { writeTransaction } from '../lib/transaction';
import { deleteVersioned, insertAudited } from '../lib/versioned-write';
import { deriveNationalSeries } from './aggregates';

const label = (code: string, year: number) => `${code} ${year}`;

export function publishProvisional(db: Db, actor: SessionUser, input: ProvisionalPublishInput) {
  return writeTransaction(db, (tx) => {
    const indicator = tx.select({ id: indicators.id, code: indicators.code, scope: indicators.scope }).from(indicators).where(eq(indicators.code, input.indicatorCode)).get();
    if (!indicator) throw notFound('indicator', input.indicatorCode, 'indicatorCode');
    const point = deriveNationalSeries(tx, [indicator.id]).get(indicator.id)?.find((v) => v.year === input.year);
    // Only a figure below its threshold can be published early; one that already is, or is not provisional, is refused.
    if (!point || !point.provisional) throw refused('not_provisional', { key: indicator.code, year: input.year }, 'year');
    if (input.reason.trim().length < 3) throw invalidField('reason', 'reason_required');
    const row = insertAudited(
      tx,
      provisionalPublications,
      { indicatorId: indicator.id, year: input.year, reason: input.reason, publishedBy: actor.id },
      { actorId: actor.id, entity: 'publication', action: 'publish_provisional', label: () => label(indicator.code, input.year), reason: input.reason, fields: ['year', 'reason'], extra: { after: { coverage: `${point.coverage?.n}/${point.coverage?.N}` } } },
    );
    return { id: row.id, version: row.version };
  });
}

export function withdrawProvisional(db: Db, actor: SessionUser, input: ProvisionalWithdrawInput) {
  return writeTransaction(db, (tx) => {
    const row = tx
      .select({ id: provisionalPublications.id, year: provisionalPublications.year, code: indicators.code })
      .from(provisionalPublications)
      .innerJoin(indicators, eq(indicators.id, provisionalPublications.indicatorId))
      .where(and(eq(provisionalPublications.id, input.id)))
      .get();
    if (!row) throw notFound('publication', input.id);
    deleteVersioned(tx, provisionalPublications, input, {
      actorId: actor.id,
      entity: 'publication',
      action: 'withdraw_provisional',
      label: () => label(row.code, row.year),
      reason: input.reason,
      fields: ['year', 'reason'],
    });
    return { ok: true as const };
  });
}
