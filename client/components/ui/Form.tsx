import type { FormHTMLAttributes } from 'react';

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & {
  /** What submitting does; the page never reloads. Left out, Enter in a filter bar does nothing. */
  onSubmit?: () => void;
};

/**
 * The one <form>: it stays on the page, and checking is left to the shared zod schema (useForm)
 * rather than the browser's own bubbles, so every message reads the same and sits by its field.
 */
export function Form({ onSubmit, children, ...rest }: Props) {
  return (
    <form
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
