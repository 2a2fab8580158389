// English for messages/shell.ts, in the English chunk (client/i18n/english.ts).
import type { shell } from '../shell';

type Th = (typeof shell)['th'];

export const en = {
  'account.signIn': 'Sign in',
  'account.signedInAs': 'Signed in as {name}',
  'account.signOut': 'Sign out',
  'gate.forbidden': 'This account may not use this page',
  'gate.signIn': 'This page needs you to sign in',
  'nav.compare': 'Compare years',
  'nav.indices': 'International indices',
  'nav.ita': 'ITA results',
  'nav.activities': 'Activities',
  'nav.report': 'Committee report',
  'nav.meetings': 'Committee meetings',
  'nav.planAdmin': 'Plan admin',
  'nav.reporting': 'Reporting',
  'nav.review': 'Review',
  'nav.completeness': 'Completeness',
  'nav.audit': 'Audit trail',
  'nav.admin': 'Administration',
  'status.planStatus': 'Plan status',
  'status.overdueTitle': 'The {year} figure was due by {date} and is not in yet',
  'status.overdue': 'Newer figure overdue',
  'download.csv': 'CSV',
  'download.xlsx': 'Excel (XLSX)',
  'download.failed': 'Could not create the file',
  'status.examplesBehind': 'computed from {n} of {of} example indicators (not official data)',
  'status.withStatus': '{n} of {of} indicators have a status',
  'status.rollUpRule': 'Achieved only when every indicator is achieved; otherwise the worst status among the indicators that have one (at best on track). Indicators without data or without a target are counted apart.',
  'status.countsLabel': 'Indicators per status',
  'status.noIndicators': 'No indicators yet',
  'completeness.headline': 'Reporting {year}: {reported}% reported, {approved}% approved',
  'completeness.overdue': 'Overdue',
} satisfies Record<keyof Th, string>;
