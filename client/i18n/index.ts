// Thai and English messages, merged from one file per feature (i18n/messages/*.ts). Thai is the
// first language and ships with the app; English (messages/en/*.ts) is a chunk loaded when a
// reader chooses it — until then, and for any missing key, the Thai message shows.
import { accounts } from './messages/accounts';
import { activities } from './messages/activities';
import { analysis } from './messages/analysis';
import { common } from './messages/common';
import { errors } from './messages/errors';
import { ita } from './messages/ita';
import { meetings } from './messages/meetings';
import { notifications } from './messages/notifications';
import { planAdmin } from './messages/plan-admin';
import { reporting } from './messages/reporting';
import { review } from './messages/review';
import { trust } from './messages/trust';

const th = { ...common.th, ...planAdmin.th, ...analysis.th, ...reporting.th, ...ita.th, ...errors.th, ...trust.th, ...notifications.th, ...activities.th, ...meetings.th, ...accounts.th, ...review.th };

export type MessageKey = keyof typeof th;
export type Lang = 'th' | 'en';
type Catalogue = Record<MessageKey, string>;

let en: Catalogue | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Loads the English catalogue once; resolves when it is in use. */
export function loadEnglish(): Promise<void> {
  loading ??= import('./english').then((m) => {
    // Every Thai key has its English (a missing one is a type error here).
    const all: Catalogue = m.en;
    en = all;
    for (const listener of listeners) listener();
  });
  return loading;
}

export const englishLoaded = (): boolean => en !== null;

/** For useSyncExternalStore: re-render when the English catalogue arrives. */
export function subscribeCatalogue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A language's messages: English once loaded, else Thai. */
export function catalogue(lang: Lang): Catalogue {
  return lang === 'en' && en ? en : th;
}

/** Looks a message up and fills `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const messages = catalogue(lang);
  // English needs a singular: a `key#one` message, when present, is used for n = 1.
  const one = vars?.n === 1 ? messages[`${key}#one` as MessageKey] : undefined;
  const text = one ?? messages[key] ?? th[key] ?? key;
  return fillVars(text, vars);
}

/** Fills `{name}` placeholders, leaving unknown ones visible. */
export function fillVars(text: string, vars?: Record<string, string | number>): string {
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
}
