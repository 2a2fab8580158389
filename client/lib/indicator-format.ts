// How an indicator's value reads, by unit. Uses the one number formatter.
import type { Unit } from '../../shared/domain';
import type { Lang } from '../i18n';
import { formatNumber } from './format';

type Meta = { unit: Unit; decimals: number };

export function formatIndicatorValue(value: number | null | undefined, meta: Meta, lang: Lang, rankOutOf?: number | null): string {
  if (value === null || value === undefined) return '–';
  switch (meta.unit) {
    case 'percent':
      return `${formatNumber(value, lang, meta.decimals)} %`;
    case 'rank':
      return rankOutOf ? `${formatNumber(value, lang, 0)}/${formatNumber(rankOutOf, lang, 0)}` : formatNumber(value, lang, 0);
    case 'boolean':
      return value >= 1 ? (lang === 'th' ? 'มี' : 'yes') : lang === 'th' ? 'ไม่มี' : 'no';
    default:
      return formatNumber(value, lang, meta.decimals);
  }
}
