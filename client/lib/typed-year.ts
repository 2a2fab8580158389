import { ceToBe, type Calendar } from '../../shared/years';

const THAI_DIGITS = /[๐-๙]/g;

/**
 * A year a person typed back to confirm, in the calendar they read (Thai or Arabic digits),
 * as the B.E. year the server expects; null when it is not a plausible year.
 */
export function parseTypedYear(text: string, cal: Calendar): number | null {
  const digits = text.trim().replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));
  if (!/^\d{4}$/.test(digits)) return null;
  const n = Number(digits);
  return cal === 'ce' ? ceToBe(n) : n;
}
