// The Thai messages of the pages beyond the first (ITA, activities, reporting and review,
// meetings, plan administration, compare years, indices, the committee report, accounts): a chunk
// of their own, loaded with any such page (App.tsx, `page`), so the overview's first load does not
// carry them (~12 kB brotli). What every page shows is in messages/shell.ts and ships with the app.
import { accounts } from './messages/accounts';
import { activities } from './messages/activities';
import { analysis } from './messages/analysis';
import { ita } from './messages/ita';
import { meetings } from './messages/meetings';
import { planAdmin } from './messages/plan-admin';
import { reporting } from './messages/reporting';
import { review } from './messages/review';

export const pagesTh = { ...planAdmin.th, ...analysis.th, ...reporting.th, ...ita.th, ...activities.th, ...meetings.th, ...accounts.th, ...review.th };
