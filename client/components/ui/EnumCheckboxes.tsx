import type { CodedError } from '../../lib/api-errors';
import type { Bilingual } from '../../../shared/domain';
import { useT } from '../../hooks/use-prefs';
import { Checkbox } from './Checkbox';
import { ErrorText } from './ErrorText';

type Props<T extends string> = {
  legend: string;
  values: readonly T[];
  labels: Record<T, Bilingual>;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  /** Shown under the boxes and announced; `id` names it for aria-describedby. */
  error?: CodedError | undefined;
  id?: string;
  className?: string;
};

/** Several values of a shared vocabulary as checkboxes in a fieldset (e.g. the levels a Quick Win covers). */
export function EnumCheckboxes<T extends string>({ legend, values, labels, chosen, onChange, error, id, className = 'checkbox-row' }: Props<T>) {
  const { label } = useT();
  const errorId = id ? `${id}-error` : undefined;
  return (
    <fieldset className={className} aria-describedby={error && errorId ? errorId : undefined}>
      <legend>{legend}</legend>
      {values.map((v) => (
        <Checkbox
          key={v}
          label={label(labels[v])}
          checked={chosen.includes(v)}
          onChange={(e) => onChange(e.target.checked ? values.filter((x) => x === v || chosen.includes(x)) : chosen.filter((x) => x !== v))}
        />
      ))}
      {error ? <ErrorText id={errorId} error={error} /> : null}
    </fieldset>
  );
}
