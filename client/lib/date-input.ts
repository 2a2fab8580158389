// Dates as people type them: day/month/year in the calendar they read (พ.ศ. or ค.ศ.), with
// Thai or Arabic digits, turned into the one ISO date the schemas take (shared/schemas/common.ts
// DateSchema), and back. A browser's <input type="date"> shows C.E. mm/dd/yyyy beside B.E.
// tables, so the app's date fields are text fields read here.
import { arabicDigits } from '../../shared/schemas/zod';
import { BE_OFFSET, type Calendar } from '../../shared/years';

const pad = (n: number) => String(n).padStart(2, '0');

function realDate(y: number, m: number, d: number): string | null {
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/**
 * "15/1/2569" (พ.ศ.) or "15/1/2026" (ค.ศ.) → "2026-01-15"; "/", "-", "." or spaces between the
 * parts; an ISO date as written (always C.E.) is taken as it is. null when it is no real day.
 */
export function parseDateText(text: string, cal: Calendar): string | null {
  const t = arabicDigits(text).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})$/.exec(t);
  if (!dmy) return null;
  const year = Number(dmy[3]);
  return realDate(cal === 'be' ? year - BE_OFFSET : year, Number(dmy[2]), Number(dmy[1]));
}

/** "2026-01-15" → "15/01/2569" (พ.ศ.) or "15/01/2026"; anything else is shown as it is. */
export function formatDateInput(value: string, cal: Calendar): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const year = Number(m[1]) + (cal === 'be' ? BE_OFFSET : 0);
  return `${m[3]}/${m[2]}/${year}`;
}
