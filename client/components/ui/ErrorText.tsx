import { useT } from '../../hooks/use-prefs';
import { apiErrorOf, errorText, type CodedError } from '../../lib/api-errors';

/** Words a coded error (or any failed call's error) in the reader's language and calendar. */
export function useErrorText() {
  const { lang, cal } = useT();
  return (error: CodedError | unknown) => errorText(isCoded(error) ? error : apiErrorOf(error), lang, cal);
}

const isCoded = (e: unknown): e is CodedError => typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string' && !('data' in e);

/** A failed call's message, announced (role=alert). Nothing when there is no error. */
export function ErrorText({ error, id, as: Tag = 'span' }: { error: CodedError | unknown; id?: string; as?: 'span' | 'p' }) {
  const word = useErrorText();
  if (!error) return null;
  return (
    <Tag id={id} className="error-text" role="alert">
      {word(error)}
    </Tag>
  );
}
