import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { provinceGroups, provinces } from '../../db/schema';
import type { ProvinceListInput } from '../../shared/schemas/province';

export function listProvinces(db: Db, input: ProvinceListInput) {
  const conditions: SQL[] = [];
  if (input.region) conditions.push(eq(provinces.region, input.region));
  if (input.groupId) conditions.push(eq(provinces.groupId, input.groupId));
  return db
    .select({
      code: provinces.code,
      nameTh: provinces.nameTh,
      nameEn: provinces.nameEn,
      region: provinces.region,
      groupId: provinces.groupId,
      groupNameTh: provinceGroups.nameTh,
      groupNameEn: provinceGroups.nameEn,
      groupConfidence: provinces.groupConfidence,
    })
    .from(provinces)
    .leftJoin(provinceGroups, eq(provinceGroups.id, provinces.groupId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(provinces.code))
    .all();
}

export function listProvinceGroups(db: Db) {
  return db
    .select({ id: provinceGroups.id, nameTh: provinceGroups.nameTh, nameEn: provinceGroups.nameEn })
    .from(provinceGroups)
    .orderBy(asc(provinceGroups.id))
    .all();
}
