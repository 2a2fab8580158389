// Small shaping helpers of the activity pages (pure).

/** The Thai calendar day (UTC+7) of an instant, as YYYY-MM-DD: forms open and close by Thai time. */
export const bangkokDay = (iso: string): string => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);

/** "objective:2" → { kind: 'objective', n: 2 }; other sources (question sets) → null. */
export function sourceOf(source: string): { kind: 'objective' | 'outcome'; n: number } | null {
  const [kind, n] = source.split(':');
  return (kind === 'objective' || kind === 'outcome') && n ? { kind, n: Number(n) } : null;
}
