// ความพร้อมที่จะรับการพัฒนา: the secretariat's readiness mark per province (with a note), shown on
// the targeting page beside the province's ITA band — the project's second selection criterion.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { provinceReadiness, provinces } from '../../db/schema';
import type { ReadinessSetInput } from '../../shared/schemas/activities';
import { invalidField } from '../lib/errors';
import type { SessionUser } from '../lib/session-user';
import { writeTransaction } from '../lib/transaction';
import { deleteVersioned, insertAudited, updateVersioned } from '../lib/versioned-write';

export function listReadiness(db: Db) {
  return db
    .select({ provinceCode: provinceReadiness.provinceCode, readiness: provinceReadiness.readiness, note: provinceReadiness.note, version: provinceReadiness.version, updatedAt: provinceReadiness.updatedAt })
    .from(provinceReadiness)
    .all();
}

/** Sets, changes or clears (readiness null) a province's mark. */
export function setReadiness(db: Db, user: SessionUser, input: ReadinessSetInput) {
  return writeTransaction(db, (tx) => {
    const province = tx.select({ code: provinces.code, nameTh: provinces.nameTh }).from(provinces).where(eq(provinces.code, input.provinceCode)).get();
    if (!province) throw invalidField('provinceCode', 'unknown_reference', { entity: 'province', key: input.provinceCode });
    const existing = tx.select({ id: provinceReadiness.id }).from(provinceReadiness).where(eq(provinceReadiness.provinceCode, input.provinceCode)).get();
    const audit = { actorId: user.id, entity: 'readiness' as const, label: () => `${province.code} ${province.nameTh}` };
    if (!existing) {
      if (input.readiness === null) return { provinceCode: input.provinceCode, readiness: null, note: '', version: null };
      const row = insertAudited(tx, provinceReadiness, { provinceCode: input.provinceCode, readiness: input.readiness, note: input.note, setBy: user.id }, audit);
      return { provinceCode: row.provinceCode, readiness: row.readiness, note: row.note, version: row.version };
    }
    if (input.version === undefined) throw invalidField('version', 'version_required');
    if (input.readiness === null) {
      deleteVersioned(tx, provinceReadiness, { id: existing.id, version: input.version }, audit);
      return { provinceCode: input.provinceCode, readiness: null, note: '', version: null };
    }
    const row = updateVersioned(tx, provinceReadiness, { id: existing.id, version: input.version }, { readiness: input.readiness, note: input.note, setBy: user.id }, audit);
    return { provinceCode: row.provinceCode, readiness: row.readiness, note: row.note, version: row.version };
  });
}
