import { useLayoutEffect, useRef, type FormHTMLAttributes } from 'react';

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & {
  /** What submitting does; the page never reloads. Left out, Enter in a filter bar does nothing. */
  onSubmit?: () => void;
};

/**
 * The one <form>: it stays on the page, and checking is left to the shared zod schema (useForm)
 * rather than the browser's own bubbles, so every message reads the same and sits by its field.
 * When a new set of fields is in error, the first of them takes the focus, so a keyboard or
 * screen-reader user lands on what to fix.
 */
export function Form({ onSubmit, children, ...rest }: Props) {
  const ref = useRef<HTMLFormElement>(null);
  const lastInvalid = useRef('');
  useLayoutEffect(() => {
    const invalid = [...(ref.current?.querySelectorAll<HTMLElement>('[aria-invalid="true"]') ?? [])];
    const signature = invalid.map((el) => el.id).join(' ');
    if (signature !== lastInvalid.current && invalid[0] && !invalid.includes(document.activeElement as HTMLElement)) invalid[0].focus();
    lastInvalid.current = signature;
  });
  return (
    <form
      ref={ref}
      noValidate
      {...rest}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit?.();
      }}
    >
      {children}
    </form>
  );
}
