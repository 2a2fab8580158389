import { useT } from '../../hooks/use-prefs';

/** A figure's source: a link when there is a URL, the name otherwise. */
export function SourceLink({ url, label }: { url: string | null | undefined; label?: string | null }) {
  const { t } = useT();
  if (!url && !label) return <span className="muted">{t('source.none')}</span>;
  const text = label ?? hostOf(url!);
  return url ? (
    <a href={url} target="_blank" rel="noreferrer noopener" className="source-link">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
