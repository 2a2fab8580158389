import type { CodedError } from '../../lib/api-errors';
import { useT } from '../../hooks/use-prefs';
import { ErrorText } from './ErrorText';

type Props = {
  id: string;
  legend: string;
  /** '1' (มี), '0' (ไม่มี) or '' (not chosen yet): the form keeps the text the schema reads. */
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  error?: CodedError | undefined;
  disabled?: boolean;
};

/** A yes/no indicator's value as two radio buttons, มี / ไม่มี, never typed as 1 or 0. */
export function YesNoField({ id, legend, value, onChange, error, disabled }: Props) {
  const { t } = useT();
  const errorId = `${id}-error`;
  return (
    <fieldset className="radio-row" aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {(['1', '0'] as const).map((v) => (
        <label key={v} className="radio-option">
          <input type="radio" name={id} id={`${id}-${v}`} value={v} checked={value === v} disabled={disabled} onChange={() => onChange({ target: { value: v } })} />{' '}
          {t(v === '1' ? 'value.yes' : 'value.no')}
        </label>
      ))}
      {error ? <ErrorText id={errorId} error={error} /> : null}
    </fieldset>
  );
}
