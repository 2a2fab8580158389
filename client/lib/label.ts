// The one way to pick a text in the reader's language: vocabulary labels ({ th, en } from
// shared/), rows' names and titles ({ nameTh, nameEn }, { titleTh, titleEn }) and other
// Thai/English column pairs. Thai is the official text, so it stands in for a missing English.
import type { Bilingual } from '../../shared/domain';
import type { Lang } from '../i18n';

type En = string | null | undefined;

/** A vocabulary label, or a row with a Thai and an English name or title (one of them, so it is clear which). */
export type Labelled =
  | (Bilingual & { nameTh?: never; titleTh?: never })
  | { nameTh: string; nameEn: En; th?: never; titleTh?: never }
  | { titleTh: string; titleEn: En; th?: never; nameTh?: never };

export function labelIn(lang: Lang, value: Labelled | string): string;
export function labelIn(lang: Lang, th: string, en: En): string;
export function labelIn(lang: Lang, value: Labelled | string, en?: En): string {
  const [thText, enText]: [string, En] =
    typeof value === 'string'
      ? [value, en]
      : value.th !== undefined
        ? [value.th, value.en]
        : value.nameTh !== undefined
          ? [value.nameTh, value.nameEn]
          : [value.titleTh, value.titleEn];
  return lang === 'en' && enText ? enText : thText;
}

/** `labelIn` bound to a language (what `useT().label` returns). */
export type LabelFn = {
  (value: Labelled | string): string;
  (th: string, en: En): string;
};

export const labeller =
  (lang: Lang): LabelFn =>
  (value: Labelled | string, en?: En) =>
    typeof value === 'string' ? labelIn(lang, value, en) : labelIn(lang, value);
