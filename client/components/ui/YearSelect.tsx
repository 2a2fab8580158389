import { useId } from 'react';
import { useT } from '../../hooks/use-prefs';
import { formatYear } from '../../lib/format';

type Props = { label: string; years: number[]; value: number | null; onChange: (year: number) => void };

export function YearSelect({ label, years, value, onChange }: Props) {
  const { cal } = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {formatYear(y, cal)}
          </option>
        ))}
      </select>
    </div>
  );
}
