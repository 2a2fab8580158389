import { arabicDigits } from '../../shared/schemas/zod';
import { ceToBe, type Calendar } from '../../shared/years';

/**
 * A year a person typed back to confirm, in the calendar they read (Thai or Arabic digits),
 * as the B.E. year the server expects; null when it is not a plausible year.
 */
export function parseTypedYear(text: string, cal: Calendar): number | null {
  const digits = arabicDigits(text.trim());
  if (!/^\d{4}$/.test(digits)) return null;
  const n = Number(digits);
  return cal === 'ce' ? ceToBe(n) : n;
}

/** A count typed back to confirm ("๑๒", "1,250"); null when it is not a whole number. */
export function parseTypedCount(text: string): number | null {
  const digits = arabicDigits(text.trim()).replace(/[,\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
}
