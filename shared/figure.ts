// How an indicator's published figure reads. A per-agency indicator's national figure can have
// another unit than the agencies' values: "share of agencies with a yes" is a percentage, not a
// yes/no — so a yes/no per agency is drawn as a percentage line, a national yes/no as ✓/✗.
import type { Unit } from './domain';

export type FigureMeta = { unit: Unit; decimals: number };

export function figureMeta(indicator: { unit: Unit; decimals: number; scope: 'national' | 'agency'; aggregation: 'mean' | 'share_at_least' | 'sum' | null }): FigureMeta {
  if (indicator.scope === 'agency' && indicator.aggregation === 'share_at_least') return { unit: 'percent', decimals: 1 };
  if (indicator.scope === 'agency' && indicator.unit === 'boolean' && indicator.aggregation === 'sum') return { unit: 'count', decimals: 0 };
  return { unit: indicator.unit, decimals: indicator.decimals };
}
