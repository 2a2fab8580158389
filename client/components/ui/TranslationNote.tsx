import { useT } from '../../hooks/use-prefs';

/**
 * The plan's official texts are Thai; the English beside them is the project's own translation.
 * Shown only in English, wherever plan texts (vision, mission, strategies, measures) appear.
 */
export function TranslationNote() {
  const { t, lang } = useT();
  if (lang !== 'en') return null;
  return <p className="small muted translation-note">{t('plan.unofficialTranslation')}</p>;
}
