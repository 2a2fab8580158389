/** Deadlines are Thai calendar days: today's date in Asia/Bangkok (UTC+7, no daylight saving). */
export function todayInThailand(now = new Date()): string {
  return new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
