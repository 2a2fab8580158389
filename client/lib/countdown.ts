// The reporting deadline as days left, counted in Thailand's calendar days (UTC+7), so "due
// today" flips at midnight in Bangkok, not in the browser's or the server's time zone.

/** Today's date in Thailand (YYYY-MM-DD). */
export const todayInThailand = (now = new Date()) => new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** Whole days from `today` to `deadline` (both ISO dates): 0 on the day, negative once past. */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
