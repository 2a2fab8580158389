// How an indicator's value reads, by unit. Uses the one number formatter.
import type { Unit } from '../../shared/domain';
import { figureMeta } from '../../shared/figure';
import type { Lang } from '../i18n';
import { formatNumber } from './format';
import { labelIn } from './label';

/** Unit and decimals; with scope and aggregation, the national figure's own unit is used (shared/figure.ts). */
type Meta = { unit: Unit; decimals: number; scope?: 'national' | 'agency'; aggregation?: 'mean' | 'share_at_least' | 'sum' | null };

/** มี / ไม่มี: a yes-or-no indicator's value. */
const YES = { th: 'มี', en: 'yes' };
const NO = { th: 'ไม่มี', en: 'no' };

export function formatIndicatorValue(value: number | null | undefined, indicator: Meta, lang: Lang, rankOutOf?: number | null): string {
  if (value === null || value === undefined) return '–';
  const meta = indicator.scope ? figureMeta({ ...indicator, scope: indicator.scope, aggregation: indicator.aggregation ?? null }) : indicator;
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
