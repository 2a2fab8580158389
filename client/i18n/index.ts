// Thai and English messages, merged from one file per feature (i18n/messages/*.ts). Thai is the
// first language: what every page shows and the overview needs ships with the app (below); the
// other pages' Thai is a chunk loaded with those pages (thai-pages.ts); English (messages/en/*.ts)
// is a chunk loaded when a reader chooses it — until then, and for any missing key, the Thai
// message shows.
import { common } from './messages/common';
import { errors } from './messages/errors';
import { notifications } from './messages/notifications';
import { shell } from './messages/shell';
import { trust } from './messages/trust';
import type { pagesTh } from './thai-pages';

const shipped = { ...common.th, ...shell.th, ...errors.th, ...trust.th, ...notifications.th };

export type MessageKey = keyof typeof shipped | keyof typeof pagesTh;
export type Lang = 'th' | 'en';
type Catalogue = Record<MessageKey, string>;

let th: Partial<Catalogue> = shipped;
let en: Catalogue | null = null;
let englishLoading: Promise<void> | null = null;
let pagesLoading: Promise<void> | null = null;
let pagesLoaded = false;
/** Bumped when a catalogue arrives: the snapshot React re-renders on. */
let version = 0;
const listeners = new Set<() => void>();
const arrived = () => {
  version++;
  for (const listener of listeners) listener();
};

/** Loads the English catalogue once; resolves when it is in use. */
export function loadEnglish(): Promise<void> {
  englishLoading ??= import('./english').then((m) => {
    // Every Thai key has its English (a missing one is a type error here).
    const all: Catalogue = m.en;
    en = all;
    arrived();
  });
  return englishLoading;
}

/** Loads the Thai messages of the pages beyond the first once; resolves when they are in use. */
export function loadPageMessages(): Promise<void> {
  pagesLoading ??= import('./thai-pages').then(
    (m) => {
      th = { ...shipped, ...m.pagesTh };
      pagesLoaded = true;
      arrived();
    },
    (error: unknown) => {
      // A failed download (a network blip) is tried again by the next page that asks.
      pagesLoading = null;
      throw error;
    },
  );
  return pagesLoading;
}

export const englishLoaded = (): boolean => en !== null;

/** For useSyncExternalStore: changes when a catalogue arrives. */
export const catalogueVersion = (): number => version;

/** For useSyncExternalStore: re-render when a catalogue arrives. */
export function subscribeCatalogue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A language's messages in use: English once loaded, else Thai (the pages' once loaded). */
export function catalogue(lang: Lang): Partial<Catalogue> {
  return lang === 'en' && en ? en : th;
}

/** Looks a message up and fills `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const messages = catalogue(lang);
  // English needs a singular: a `key#one` message, when present, is used for n = 1.
  const one = vars?.n === 1 ? messages[`${key}#one` as MessageKey] : undefined;
  const text = one ?? messages[key] ?? th[key];
  if (text === undefined) {
    // Not among the messages loaded so far. Before the pages' Thai has arrived it may be one of
    // them (every page loads it first; the shipped keys are checked by
    // test/unit/i18n-chunks.test.ts): blank until it arrives and React re-renders, rather than
    // the key. Once everything is in, an unknown key shows as itself, as before.
    if (pagesLoaded) return key;
    void loadPageMessages();
    if (import.meta.env.DEV) console.warn(`message ${key} used before the page messages loaded`);
    return '';
  }
  return fillVars(text, vars);
}

/** Fills `{name}` placeholders, leaving unknown ones visible. */
export function fillVars(text: string, vars?: Record<string, string | number>): string {
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
}
