import type { Bilingual } from '../../../shared/domain';
import { useT } from '../../hooks/use-prefs';
import { SelectField, type SelectFieldProps } from './SelectField';

type Props<T extends string> = Omit<SelectFieldProps, 'options' | 'value' | 'onChange'> & {
  /** A vocabulary from shared/ (LEVELS, AGENCY_TYPES, …) and its labels. */
  values: readonly T[];
  labels: Record<T, Bilingual>;
  /** Anything not in the vocabulary (a stale URL) shows as the empty entry. */
  value: string | null | undefined;
  onChange: (value: T | null) => void;
};

/** A labelled select over one of the shared vocabularies, in the reader's language. */
export function EnumSelect<T extends string>({ values, labels, value, onChange, ...rest }: Props<T>) {
  const { label } = useT();
  return (
    <SelectField
      {...rest}
      value={(values as readonly string[]).includes(value ?? '') ? value : ''}
      onChange={(v) => onChange(v as T | null)}
      options={values.map((v) => ({ value: v, label: label(labels[v]) }))}
    />
  );
}
