// How an indicator's value reads, by unit. Uses the one number formatter.
import type { Unit } from '../../shared/domain';
import type { Lang } from '../i18n';
import { formatNumber } from './format';
import { labelIn } from './label';

type Meta = { unit: Unit; decimals: number };

/** มี / ไม่มี: a yes-or-no indicator's value. */
const YES = { th: 'มี', en: 'yes' };
const NO = { th: 'ไม่มี', en: 'no' };

export function formatIndicatorValue(value: number | null | undefined, meta: Meta, lang: Lang, rankOutOf?: number | null): string {
  if (value === null || value === undefined) return '–';
  switch (meta.unit) {
    case 'percent':
      return `${formatNumber(value, lang, meta.decimals)} %`;
    case 'rank':
      return rankOutOf ? `${formatNumber(value, lang, 0)}/${formatNumber(rankOutOf, lang, 0)}` : formatNumber(value, lang, 0);
    case 'boolean':
      return labelIn(lang, value >= 1 ? YES : NO);
    default:
      return formatNumber(value, lang, meta.decimals);
  }
}
