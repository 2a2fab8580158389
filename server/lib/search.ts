import { or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** `%text%` with LIKE's own wildcards escaped, so a search for "_" or "%" finds those characters. */
export const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The one text search over a list: any of the columns contains the text, literally (case-insensitive for ASCII). */
export function containsText(text: string, columns: Array<SQLiteColumn | SQL>): SQL {
  const pattern = likeContains(text);
  return or(...columns.map((column) => sql`${column} like ${pattern} escape '\\'`))!;
}
