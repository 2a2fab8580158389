import { text, z } from './zod';

/** A Buddhist Era year in the range the product handles (CPI history starts 2555 = 2012). */
export const YearSchema = z.number().int().min(2540).max(2600);

export const IdSchema = z.number().int().positive();

/** The version of a record as it was loaded: an edit or delete names it (optimistic concurrency). */
export const VersionSchema = z.number().int().positive();

/**
 * The one date: a real calendar day as YYYY-MM-DD (2026-02-30 is refused: zod's ISO date checks
 * the days of each month and leap years). Forms enter B.E. or C.E. and convert before this.
 */
export const DateSchema = z.iso.date({ error: 'invalid_date' });

/** A link people open: http(s) only, so no javascript: or file: links. */
export const HttpUrlSchema = z.url({ protocol: /^https?$/, error: 'invalid_url' }).max(2000);

/** One paging input for every long list: how many rows, from where. */
export const PageSchema = z.object({
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});

/** Free-text search over a list (matched literally: % and _ are not wildcards). */
export const SearchSchema = text().max(100);

/** Agency codes across the app (registry, imports): upper-cased, A–Z 0–9 . _ - */
export const AgencyCodeSchema = text()
  .toUpperCase()
  .min(1)
  .max(40)
  .regex(/^[A-Z0-9._-]+$/);

export const ProvinceCodeSchema = text().regex(/^\d{2}$/);

/** An e-mail address as stored: trimmed, lower-cased, at most 254 characters. */
export const EmailSchema = text().toLowerCase().max(254).pipe(z.email());
