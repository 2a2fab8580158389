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
  committee: ['meeting_digest'],
  analyst: [],
};

/**
 * Kinds that are off until the person turns them on (stored in mail_opt_in); every other kind is
 * on until turned off (mail_opt_out). The committee's digest is asked for, not imposed.
 */
export const OPT_IN_MAIL_KINDS: ReadonlySet<MailKind> = new Set(['meeting_digest']);

/** The committee's digest goes this many days before a meeting (on the first morning run within them). */
export const MEETING_DIGEST_DAYS = 3;

/** The most reminders one period may have, and the furthest ahead one may go. */
export const MAX_REMINDERS = 5;
export const MAX_REMINDER_DAYS = 90;

/** A period's reminder days are whole days 1–90, no repeats, one to five of them. */
export function validReminderDays(days: unknown): days is number[] {
  return (
    Array.isArray(days) &&
    days.length >= 1 &&
    days.length <= MAX_REMINDERS &&
    days.every((d) => Number.isInteger(d) && d >= 1 && d <= MAX_REMINDER_DAYS) &&
    new Set(days).size === days.length
  );
}

/** Reminder days as stored and shown: largest first. */
export const sortReminderDays = (days: readonly number[]): number[] => [...days].sort((a, b) => b - a);

/** "14, 7, 1" typed in a form (Thai digits too) → [14, 7, 1]; anything not a whole number → NaN (refused by the schema). */
export function parseReminderDays(text: string): number[] {
  const cleaned = text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).trim();
  if (cleaned === '') return [];
  return cleaned.split(/[\s,]+/).filter(Boolean).map((t) => (/^\d+$/.test(t) ? Number(t) : Number.NaN));
}
