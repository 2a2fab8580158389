import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, users } from '../../db/schema';
import type { AuditListInput } from '../../shared/schemas/audit';
import { paged } from '../lib/paging';

const nextDay = (isoDate: string) => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** Browse the append-only audit trail, newest first, filtered and paged. */
export function listAudit(db: Db, input: AuditListInput) {
  const conditions: SQL[] = [];
  if (input.entity) conditions.push(eq(auditLog.entity, input.entity));
  if (input.entityId) conditions.push(eq(auditLog.entityId, input.entityId));
  if (input.userId) conditions.push(eq(auditLog.userId, input.userId));
  if (input.action) conditions.push(eq(auditLog.action, input.action));
  if (input.from) conditions.push(gte(auditLog.at, input.from));
  if (input.to) conditions.push(lt(auditLog.at, nextDay(input.to)));
  const where = conditions.length ? and(...conditions) : undefined;
  return paged(input, {
    rows: (limit, offset) =>
      db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          userId: auditLog.userId,
          username: users.username,
          userDisplayName: users.displayName,
          action: auditLog.action,
          entity: auditLog.entity,
          entityId: auditLog.entityId,
          entityLabel: auditLog.entityLabel,
          changes: auditLog.changes,
          reason: auditLog.reason,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.userId))
        .where(where)
        .orderBy(desc(auditLog.id))
        .limit(limit)
        .offset(offset)
        .all(),
    total: () => db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0,
  });
}

/** The values the filters can take: entities, actions and the users who wrote anything. */
export function auditFacets(db: Db) {
  const entities = db.selectDistinct({ entity: auditLog.entity }).from(auditLog).orderBy(auditLog.entity).all().map((r) => r.entity);
  const actions = db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action).all().map((r) => r.action);
  const actors = db
    .selectDistinct({ id: users.id, username: users.username, displayName: users.displayName })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.userId))
    .orderBy(users.username)
    .all();
  return { entities, actions, users: actors };
}
