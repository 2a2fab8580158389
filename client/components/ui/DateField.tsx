import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../../hooks/use-prefs';
import type { CodedError } from '../../lib/api-errors';
import { formatDateInput, parseDateText } from '../../lib/date-input';
import { TextField } from './TextField';

type Props = {
  id: string;
  label: ReactNode;
  /** An ISO date (YYYY-MM-DD), '' for none, or what was typed when it is not a date yet. */
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  error?: CodedError | undefined;
  hint?: ReactNode;
  disabled?: boolean;
};

/**
 * The one date input: day/month/year in the user's calendar (พ.ศ. when the page reads พ.ศ.),
 * Thai digits accepted. The form holds the ISO date; a text that is not a real day is passed on
 * as typed, so the schema names the field (invalid_date).
 */
export function DateField({ id, label, value, onChange, error, hint, disabled }: Props) {
  const { t, cal } = useT();
  const [text, setText] = useState(() => formatDateInput(value, cal));
  useEffect(() => {
    // Follow the form (a reset, a loaded record) and the calendar switch (a date typed in one
    // calendar no longer reads as the same day in the other), not our own typing.
    setText((current) => (parseDateText(current, cal) === value || current === value ? current : formatDateInput(value, cal)));
  }, [value, cal]);
  return (
    <TextField
      id={id}
      label={label}
      error={error}
      hint={hint ?? t(cal === 'be' ? 'date.hintBe' : 'date.hintCe')}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t(cal === 'be' ? 'date.placeholderBe' : 'date.placeholderCe')}
      disabled={disabled}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const raw = e.target.value.trim();
        onChange({ target: { value: raw === '' ? '' : (parseDateText(raw, cal) ?? raw) } });
      }}
    />
  );
}
