import type { ReactNode } from 'react';

type Props = {
  label: ReactNode;
  checked: boolean;
  onChange: (e: { target: { checked: boolean } }) => void;
  /** "wide" spans the form grid. */
  className?: string;
};

/** A checkbox inside its label (so the text is the control's name and clicking it ticks the box). */
export function Checkbox({ label, checked, onChange, className }: Props) {
  return (
    <label className={className ? `${className} checkbox-row` : 'checkbox-row'}>
      <input type="checkbox" checked={checked} onChange={onChange} /> {label}
    </label>
  );
}
