import type { ReactNode } from 'react';
import { useT } from '../../hooks/use-prefs';
import type { FieldErrors } from '../../lib/form-errors';
import { ErrorText } from './ErrorText';

type Props = {
  pending: boolean;
  errors: FieldErrors;
  /** The submit button's text (default "Save"). */
  submit?: string;
  /** A confirmation after a successful save: true for "Saved", or its own words. */
  done?: ReactNode;
  /** Errors of the form as a whole rather than one field (e.g. an id the form does not show). */
  formErrors?: readonly string[];
  /** More buttons: before the submit one (save as draft) and after it (cancel). */
  before?: ReactNode;
  children?: ReactNode;
};

/** The submit button, the "saved" confirmation and the form-level error (stale version, server refusal). */
export function FormActions({ pending, errors, submit, done, formErrors = ['_form', 'version'], before, children }: Props) {
  const { t } = useT();
  const formError = formErrors.map((k) => errors[k]).find(Boolean);
  return (
    <div className="form-actions">
      {before}
      <button type="submit" className="btn" disabled={pending}>
        {submit ?? t('common.save')}
      </button>
      {children}
      {done ? (
        <span className="ok-text" role="status">
          {done === true ? t('common.saved') : done}
        </span>
      ) : null}
      {formError ? <ErrorText error={formError} /> : null}
    </div>
  );
}
