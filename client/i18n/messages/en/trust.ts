// English for messages/trust.ts, in a chunk of its own: it loads only when a reader
// chooses English (client/i18n/index.ts, loadEnglish). Every Thai key needs its English.
import type { trust } from '../trust';

type Th = (typeof trust)['th'];

export const en: Record<keyof Th, string> = {
  'coverage.header': 'Coverage',
  'coverage.nOfN': '{n} of {of} agencies',
  'coverage.provisional': 'Provisional',
  'coverage.provisionalShort': 'Provisional · {n} of {of}',
  'coverage.publishedEarly': 'published below the threshold on {date}',
  'coverage.derivedSource': 'Derived from {n} approved agency values ({method})',
  'coverage.method.mean': 'mean',
  'coverage.method.share_at_least': 'share of agencies meeting the threshold',
  'coverage.method.sum': 'sum',
  'coverage.rule': 'A national figure derived from agencies’ values is published once {pct}% of the agencies assigned that year are approved; below that it is provisional: shown, but left out of statuses.',
  'coverage.publishTitle': 'Publish a provisional figure',
  'coverage.publishHint': 'The {year} figure is below its threshold ({nOfN}). The secretariat may publish it early with a reason; the audit trail keeps it.',
  'coverage.publish': 'Publish with this reason',
  'coverage.withdraw': 'Withdraw the publication',
  'coverage.reason': 'Reason',
  'indicator.originalTargetRevised': 'Original target (revised {date})',
  'indicator.yesNoRow': 'Year by year: yes or no',
  'indicator.yes': 'Yes',
  'indicator.no': 'No',
  'compare.rankBetter': '{n} places better',
  'compare.rankWorse': '{n} places worse',
  'compare.rankSame': 'same rank',
  'compare.targetOf': '{year} target',
  'status.provisionalLeftOut': 'The {year} figure is provisional ({n} of {of} agencies), so it is left out of the status.',
};
