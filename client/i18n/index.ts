// Thai and English messages, merged from one file per feature (i18n/messages/*.ts).
import { activities } from './messages/activities';
import { analysis } from './messages/analysis';
import { errors } from './messages/errors';
import { common } from './messages/common';
import { ita } from './messages/ita';
import { notifications } from './messages/notifications';
import { meetings } from './messages/meetings';
import { planAdmin } from './messages/plan-admin';
import { reporting } from './messages/reporting';
import { trust } from './messages/trust';
import { accounts } from './messages/accounts';
import { review } from './messages/review';

const th = { ...common.th, ...planAdmin.th, ...analysis.th, ...reporting.th, ...ita.th, ...errors.th, ...trust.th, ...notifications.th, ...activities.th, ...meetings.th, ...accounts.th, ...review.th };
const en: Record<keyof typeof th, string> = { ...common.en, ...planAdmin.en, ...analysis.en, ...reporting.en, ...ita.en, ...errors.en, ...trust.en, ...notifications.en, ...activities.en, ...meetings.en, ...accounts.en, ...review.en };

export type MessageKey = keyof typeof th;
export type Lang = 'th' | 'en';

export const messages: Record<Lang, Record<MessageKey, string>> = { th, en };

/** Looks a message up and fills `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  // English needs a singular: a `key#one` message, when present, is used for n = 1.
  const one = vars?.n === 1 ? messages[lang][`${key}#one` as MessageKey] : undefined;
  const text = one ?? messages[lang][key] ?? messages.th[key] ?? key;
  return fillVars(text, vars);
}

/** Fills `{name}` placeholders, leaving unknown ones visible. */
export function fillVars(text: string, vars?: Record<string, string | number>): string {
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
}
