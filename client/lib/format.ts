// The one number/date formatter. Thai formatting goes through Intl (th-TH, Buddhist calendar).
import { beToCe, displayYear, type Calendar } from '../../shared/years';
import type { Lang } from '../i18n';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

const locale = (lang: Lang) => (lang === 'th' ? 'th-TH' : 'en-GB');

export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const key = `${lang}|${decimals}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(key, f);
  }
  return f.format(value);
}

/** A signed change such as "+1.73" or "−2" (true minus sign for readability). */
export function formatChange(value: number | null | undefined, lang: Lang, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const abs = formatNumber(Math.abs(value), lang, decimals);
  if (value > 0) return `+${abs}`;
  if (value < 0) return `−${abs}`;
  return abs;
}

/** An ISO date (YYYY-MM-DD or full timestamp) in the user's language and calendar. */
export function formatDate(iso: string | null | undefined, lang: Lang, cal: Calendar): string {
  if (!iso) return '–';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${lang}|${cal}`;
  let f = dateFormats.get(key);
  if (!f) {
    const calendar = cal === 'be' ? 'buddhist' : 'gregory';
    f = new Intl.DateTimeFormat(`${locale(lang)}-u-ca-${calendar}`, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(key, f);
  }
  return f.format(date);
}

/** "พ.ศ. 2567" / "2024" style year label. */
export function formatYear(be: number, cal: Calendar): string {
  return displayYear(be, cal);
}

/**
 * Year label for an indicator's value. International indices are editions named by their
 * calendar year (CPI 2024), so they always show the C.E. edition, with the B.E. in brackets
 * when the user reads B.E.
 */
export function formatValueYear(be: number, yearKind: 'fiscal' | 'edition', cal: Calendar): string {
  if (yearKind === 'edition') return cal === 'be' ? `${displayYear(be, 'ce')} (${be})` : displayYear(be, 'ce');
  return displayYear(be, cal);
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const toThaiDigits = (text: string) => text.replace(/\d/g, (d) => THAI_DIGITS[Number(d)]!);

/**
 * The plan period as running text in the reader's calendar: "พ.ศ. ๒๕๖๕–๒๕๗๐" (the plan's own
 * spelling, Thai digits) or "ค.ศ. 2022–2027"; in English "B.E. 2565–2570" or "2022–2027".
 */
export function formatPlanYears(fromBe: number, toBe: number, lang: Lang, cal: Calendar): string {
  if (cal === 'ce') return lang === 'th' ? `ค.ศ. ${beToCe(fromBe)}–${beToCe(toBe)}` : `${beToCe(fromBe)}–${beToCe(toBe)}`;
  return lang === 'th' ? `พ.ศ. ${toThaiDigits(`${fromBe}–${toBe}`)}` : `B.E. ${fromBe}–${toBe}`;
}

/** A plan's name with its period written in the reader's calendar (the stored name gives it in B.E.). */
export function formatPlanName(name: string, fromBe: number, toBe: number, lang: Lang, cal: Calendar): string {
  const period = /\(?\s*(พ\.ศ\.|B\.E\.)?\s*[\d๐-๙]{4}\s*[-–]\s*[\d๐-๙]{4}\s*\)?\s*$/;
  if (cal !== 'ce' || !period.test(name)) return name;
  return name.replace(period, `(${formatPlanYears(fromBe, toBe, lang, cal)})`);
}
