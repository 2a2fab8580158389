// One year helper for the whole app. Years are stored as Buddhist Era (พ.ศ.) integers;
// the Common Era is BE − 543. Thai fiscal year BE y runs 1 Oct (y−1) – 30 Sep y.

export const BE_OFFSET = 543;
export type Calendar = 'be' | 'ce';

export const beToCe = (be: number): number => be - BE_OFFSET;
export const ceToBe = (ce: number): number => ce + BE_OFFSET;

/** The year as the user wants to read it: "2567" (พ.ศ.) or "2024" (ค.ศ.). */
export function displayYear(be: number, cal: Calendar): string {
  return String(cal === 'ce' ? beToCe(be) : be);
}

/** Inclusive list of years from..to. */
export function yearRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

/** Fiscal year (BE) that contains an ISO date: October starts the next fiscal year. */
export function fiscalYearOf(isoDate: string): number {
  const d = new Date(isoDate);
  const ce = d.getUTCFullYear() + (d.getUTCMonth() >= 9 ? 1 : 0);
  return ceToBe(ce);
}

/** First and last day (ISO) of fiscal year BE y. */
export function fiscalYearBounds(be: number): { start: string; end: string } {
  const ce = beToCe(be);
  return { start: `${ce - 1}-10-01`, end: `${ce}-09-30` };
}

/** The plan this product tracks: fiscal years 2565–2570 (the next plan gets its own row in `plan`). */
export const PLAN_FIRST_YEAR = 2565;
export const PLAN_LAST_YEAR = 2570;
