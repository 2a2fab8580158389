import { useT } from '../../hooks/use-prefs';
import { formatYear } from '../../lib/format';
import { SelectField, type SelectFieldProps } from './SelectField';

type Props = Omit<SelectFieldProps, 'options' | 'value' | 'onChange' | 'empty'> & {
  years: readonly number[];
  value: number | null | undefined;
  onChange: (year: number) => void;
  /** How a year reads; by default in the chosen calendar (พ.ศ. or ค.ศ.). */
  format?: (year: number) => string;
};

/** A labelled select of years. */
export function YearSelect({ years, value, onChange, format, ...rest }: Props) {
  const { cal } = useT();
  return (
    <SelectField
      {...rest}
      value={value}
      onChange={(v) => onChange(Number(v))}
      options={years.map((y) => ({ value: y, label: format ? format(y) : formatYear(y, cal) }))}
    />
  );
}
