// Language and calendar live in the URL (?lang=en, ?cal=ce) so a shared link shows the same view.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router';
import type { Calendar } from '../../shared/years';
import { catalogueVersion, englishLoaded, loadEnglish, subscribeCatalogue, translate, type Lang, type MessageKey } from '../i18n';
import { labeller } from '../lib/label';
import { oneOf } from '../lib/one-of';

export type Prefs = { lang: Lang; cal: Calendar };

export function readPrefs(params: URLSearchParams): Prefs {
  return {
    lang: params.get('lang') === 'en' ? 'en' : 'th',
    cal: params.get('cal') === 'ce' ? 'ce' : 'be',
  };
}

/** Appends the current non-default preferences to an in-app path. */
export function withPrefs(path: string, prefs: Prefs): string {
  const [pathname, query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  if (prefs.lang !== 'th') params.set('lang', prefs.lang);
  if (prefs.cal !== 'be') params.set('cal', prefs.cal);
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : (pathname ?? '/');
}

/**
 * Changes the query string starting from the address bar, not the router's state: the router
 * commits URL changes in a transition, so two quick changes (language, then calendar) would
 * otherwise lose the first.
 */
function useUpdateSearch() {
  const [, setParams] = useSearchParams();
  return useCallback(
    (mutate: (params: URLSearchParams) => void) => {
      const next = new URLSearchParams(window.location.search);
      mutate(next);
      setParams(next, { replace: true });
    },
    [setParams],
  );
}

export function usePrefs() {
  const [params] = useSearchParams();
  const update = useUpdateSearch();
  const prefs = readPrefs(params);
  const setPref = useCallback(
    (key: 'lang' | 'cal', value: string, fallback: string) =>
      update((next) => (value === fallback ? next.delete(key) : next.set(key, value))),
    [update],
  );
  return {
    ...prefs,
    setLang: (lang: Lang) => setPref('lang', lang, 'th'),
    setCal: (cal: Calendar) => setPref('cal', cal, 'be'),
  };
}

/** Translation bound to the URL language, and the one label picker (lib/label.ts). */
export function useT() {
  const { lang, cal } = usePrefs();
  // English arrives as its own chunk the first time it is chosen: Thai until then.
  // A new catalogue (English, the pages' Thai) gives a new t(), so memoised users re-render.
  const version = useSyncExternalStore(subscribeCatalogue, catalogueVersion, catalogueVersion);
  useEffect(() => {
    if (lang === 'en' && !englishLoaded()) void loadEnglish();
  }, [lang, version]);
  return useMemo(
    () => ({
      lang,
      cal,
      t: (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars),
      /** A vocabulary label, a row's name or title, or a Thai/English pair, in the URL language. */
      label: labeller(lang),
      link: (path: string) => withPrefs(path, { lang, cal }),
    }),
    // `version`: a new t() when a catalogue arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lang, cal, version],
  );
}

/** A URL search parameter as state (for filters and chosen years), keeping the others. */
export function useSearchParam(key: string): [string | null, (value: string | null) => void] {
  const [params] = useSearchParams();
  const update = useUpdateSearch();
  const fromUrl = params.get(key);
  // Show the new choice at once: a controlled input (radio, select) would otherwise snap back
  // until the router's transition commits.
  const [pending, setPending] = useState<{ value: string | null } | null>(null);
  useEffect(() => setPending(null), [fromUrl]);
  const set = useCallback(
    (value: string | null) => {
      const next = value === '' ? null : value;
      setPending({ value: next });
      update((p) => (next === null ? p.delete(key) : p.set(key, next)));
    },
    [key, update],
  );
  return [pending ? pending.value : fromUrl, set];
}

/** Several search parameters in one URL update (null or '' removes one). */
export function useSearchParamsPatch(): (patch: Record<string, string | null>) => void {
  const update = useUpdateSearch();
  return useCallback(
    (patch) =>
      update((p) => {
        for (const [k, v] of Object.entries(patch)) {
          if (v === null || v === '') p.delete(k);
          else p.set(k, v);
        }
      }),
    [update],
  );
}

/** A search parameter holding one value of a vocabulary; anything else (a stale link) reads as unset. */
export function useEnumParam<T extends string>(key: string, values: readonly T[]): [T | undefined, (value: T | null) => void] {
  const [raw, set] = useSearchParam(key);
  return [oneOf(values, raw), set];
}
