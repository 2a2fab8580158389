// The English catalogue, merged from one file per feature (messages/en/*.ts). A chunk of its own:
// the Thai first view does not download it (~17 kB brotli); index.ts loads it when a reader
// chooses English.
import { en as accounts } from './messages/en/accounts';
import { en as activities } from './messages/en/activities';
import { en as analysis } from './messages/en/analysis';
import { en as common } from './messages/en/common';
import { en as errors } from './messages/en/errors';
import { en as ita } from './messages/en/ita';
import { en as meetings } from './messages/en/meetings';
import { en as notifications } from './messages/en/notifications';
import { en as planAdmin } from './messages/en/plan-admin';
import { en as reporting } from './messages/en/reporting';
import { en as review } from './messages/en/review';
import { en as shell } from './messages/en/shell';
import { en as trust } from './messages/en/trust';

export const en = { ...common, ...shell, ...planAdmin, ...analysis, ...reporting, ...ita, ...errors, ...trust, ...notifications, ...activities, ...meetings, ...accounts, ...review };
