// Single-use, expiring account links (invitation, password reset, e-mail confirmation): a random
// token in the link, only its SHA-256 in the database (as for sessions), so a copy of the database
// opens no account. Issuing a new link of a purpose expires the person's older ones.
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { accountTokens } from '../../db/schema';
import type { AccountTokenPurpose } from '../../shared/domain';
import { invalidField, refused } from '../lib/errors';
import type { DbOrTx } from '../lib/transaction';
import { hashToken } from './session';

/** How long each kind of link works: an invitation a week, a reset half an hour, a new address a day. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  password_reset: 30 * 60 * 1000,
  email_change: 24 * 60 * 60 * 1000,
};

export type IssuedToken = { id: number; token: string; expiresAt: string };

export function issueToken(
  tx: DbOrTx,
  link: { purpose: AccountTokenPurpose; userId: number; email: string; createdBy: number | null },
  now: Date,
): IssuedToken {
  const iso = now.toISOString();
  // Older unused links of the same purpose stop working now (kept: they count for rate limits).
  tx.update(accountTokens)
    .set({ expiresAt: iso })
    .where(and(eq(accountTokens.userId, link.userId), eq(accountTokens.purpose, link.purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, iso)))
    .run();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[link.purpose]).toISOString();
  const { id } = tx
    .insert(accountTokens)
    .values({ tokenHash: hashToken(token), purpose: link.purpose, userId: link.userId, email: link.email, createdBy: link.createdBy, createdAt: iso, expiresAt })
    .returning({ id: accountTokens.id })
    .get();
  return { id, token, expiresAt };
}

export type OpenToken = typeof accountTokens.$inferSelect;

/**
 * The link's row while it may still be used; otherwise `invalid_link` (unknown, or for another
 * purpose), `link_used` or `link_expired` on the field `token`.
 */
export function openToken(tx: DbOrTx, purpose: AccountTokenPurpose, token: string, now: Date): OpenToken {
  const row = tx.select().from(accountTokens).where(eq(accountTokens.tokenHash, hashToken(token))).get();
  if (!row || row.purpose !== purpose) throw invalidField('token', 'invalid_link');
  if (row.usedAt) throw invalidField('token', 'link_used');
  if (row.expiresAt <= now.toISOString()) throw invalidField('token', 'link_expired');
  return row;
}

/** Marks the link used; a second use racing this one finds it used and is refused. */
export function consumeToken(tx: DbOrTx, id: number, now: Date): void {
  const result = tx
    .update(accountTokens)
    .set({ usedAt: now.toISOString() })
    .where(and(eq(accountTokens.id, id), isNull(accountTokens.usedAt)))
    .run();
  if (result.changes === 0) throw refused('link_used', undefined, 'token');
}
