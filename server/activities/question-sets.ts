// Reusable question sets (satisfaction, comments) offered by the form builder.
import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { questionSetItems, questionSets } from '../../db/schema';

export function listQuestionSets(db: Db) {
  const sets = db.select({ id: questionSets.id, code: questionSets.code, nameTh: questionSets.nameTh, nameEn: questionSets.nameEn }).from(questionSets).orderBy(asc(questionSets.id)).all();
  const items = db
    .select({ setId: questionSetItems.setId, kind: questionSetItems.kind, textTh: questionSetItems.textTh, textEn: questionSetItems.textEn })
    .from(questionSetItems)
    .orderBy(asc(questionSetItems.sortNo))
    .all();
  return sets.map((s) => ({ ...s, items: items.filter((i) => i.setId === s.id).map(({ setId: _s, ...i }) => i) }));
}
