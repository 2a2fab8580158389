import { useT } from '../../hooks/use-prefs';
import type { FieldErrors } from '../../lib/form-errors';

/** Save button, "saved" confirmation and the form-level error (stale version, server refusal). */
export function FormActions({ pending, saved, errors }: { pending: boolean; saved: boolean; errors: FieldErrors }) {
  const { t } = useT();
  const formError = errors._form ?? errors.version;
  return (
    <div className="form-actions">
      <button type="submit" className="btn" disabled={pending}>
        {t('planAdmin.save')}
      </button>
      {saved ? <span className="ok-text">{t('planAdmin.saved')}</span> : null}
      {formError ? (
        <span className="error-text" role="alert">
          {formError}
        </span>
      ) : null}
    </div>
  );
}
