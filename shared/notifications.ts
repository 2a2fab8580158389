// Pure rules of the e-mail notices (unit-tested in test/unit/notifications.test.ts).
import type { MailKind, Role } from './domain';

/** Reminders go this many days before a period's deadline unless a period says otherwise. */
export const DEFAULT_REMINDER_DAYS = [14, 7, 1] as const;

/** Whole days from one ISO day (YYYY-MM-DD) to another: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Which reminder is due when `daysLeft` days remain: the tightest offset that is still ≥ daysLeft
 * (7 days left → the 7-day reminder; 6 days left after a missed run → still the 7-day one, never the
 * 14-day one as well). Null before the first offset and after the deadline (that is the overdue notice).
 */
export function dueReminderOffset(daysLeft: number, offsets: readonly number[] = DEFAULT_REMINDER_DAYS): number | null {
  if (daysLeft < 0) return null;
  const candidates = offsets.filter((o) => o >= daysLeft);
  return candidates.length ? Math.min(...candidates) : null;
}

/** The last reminder before the deadline: a reporter with work left always receives it. */
export const lastReminderOffset = (offsets: readonly number[] = DEFAULT_REMINDER_DAYS): number => Math.min(...offsets);

/** Seconds to wait before attempt `attempt + 1` after `attempt` failures: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(60 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60);
}

/** After this many failed attempts a message is `failed` (the secretariat may resend it). */
export const MAX_ATTEMPTS = 6;

/** The kinds each role can receive, so the preferences page lists only what applies. */
export const MAIL_KINDS_BY_ROLE: Record<Role, readonly MailKind[]> = {
  reporter: ['period_opened', 'reminder', 'overdue', 'returned', 'approved'],
  admin: ['digest'],
  committee: [],
  analyst: [],
};
