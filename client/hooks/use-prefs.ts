// Language and calendar live in the URL (?lang=en, ?cal=ce) so a shared link shows the same view.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Calendar } from '../../shared/years';
import { translate, type Lang, type MessageKey } from '../i18n';

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

export function usePrefs() {
  const [params, setParams] = useSearchParams();
  const prefs = readPrefs(params);
  const setPref = useCallback(
    (key: 'lang' | 'cal', value: string, fallback: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === fallback) next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return {
    ...prefs,
    setLang: (lang: Lang) => setPref('lang', lang, 'th'),
    setCal: (cal: Calendar) => setPref('cal', cal, 'be'),
  };
}

/** Translation bound to the URL language, plus a picker for bilingual database fields. */
export function useT() {
  const { lang, cal } = usePrefs();
  return useMemo(
    () => ({
      lang,
      cal,
      t: (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars),
      /** Thai field, or the English one when reading in English and it exists. */
      pick: (th: string, en: string | null | undefined) => (lang === 'en' && en ? en : th),
      link: (path: string) => withPrefs(path, { lang, cal }),
    }),
    [lang, cal],
  );
}

/** A URL search parameter as state (for filters and chosen years), keeping the others. */
export function useSearchParam(key: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [key, setParams],
  );
  return [params.get(key), set];
}
