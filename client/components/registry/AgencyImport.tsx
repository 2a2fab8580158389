import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../hooks/use-prefs';
import { formatNumber } from '../../lib/format';
import { labelIn } from '../../lib/label';
import { readFileBase64 } from '../../lib/read-file';
import { parseTypedCount } from '../../lib/typed-year';
import { trpc, type RouterOutputs } from '../../trpc';
import { DataTable } from '../ui/DataTable';
import { TextField } from '../ui/TextField';
import { ErrorText } from '../ui/ErrorText';
import { RowErrorsTable } from '../ui/RowErrorsTable';

type ImportResult = RouterOutputs['agency']['import'];

/**
 * The registry from a CSV or XLSX file: check first (dry run), then import all or nothing. An
 * import that takes agencies out of use, or changes many, asks for the number of changed agencies
 * typed back; the server checks it, and that the file and the registry are as they were checked.
 */
export function AgencyImport() {
  const { t, lang } = useT();
  const [file, setFile] = useState<{ name: string; format: 'csv' | 'xlsx'; base64: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [confirmText, setConfirmText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const run = useMutation(trpc.agency.import.mutationOptions({ onSuccess: setResult, onError: setError }));
  const choose = async (f: File | undefined) => {
    setResult(null);
    setError(null);
    setConfirmText('');
    if (!f) return setFile(null);
    setFile({ name: f.name, format: f.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv', base64: await readFileBase64(f) });
  };
  const checked = result && !result.written ? result : null;
  const confirmCount = parseTypedCount(confirmText);
  const go = (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    run.mutate({
      fileName: file.name,
      format: file.format,
      contentBase64: file.base64,
      dryRun,
      ...(dryRun || !checked ? {} : { basis: checked.basis, ...(confirmCount === null ? {} : { confirmCount }) }),
    });
  };
  const n = (x: number) => formatNumber(x, lang, 0);
  const canImport = !!checked && checked.errors.length === 0 && (!checked.confirmationRequired || confirmCount === checked.updated);
  return (
    <div>
      <div className="form-grid">
        <p className="hint">{t('agency.importHint')}</p>
        <TextField id="ai-file" label={t('agency.import')} type="file" accept=".csv,.xlsx" onChange={(e) => void choose(e.target.files?.[0])} />
        <div className="form-actions">
          <button type="button" className="btn btn-secondary" disabled={!file || run.isPending} onClick={() => go(true)}>
            {t('agency.importCheck')}
          </button>
        </div>
      </div>
      {result ? (
        <div role="status">
          <p>{t('agency.importSummary', { rows: n(result.rows), added: n(result.added), updated: n(result.updated), unchanged: n(result.unchanged) })}</p>
          {result.written ? <p className="ok-text">{t('agency.importDone')}</p> : null}
        </div>
      ) : null}
      {checked && checked.deactivated > 0 ? (
        <>
          <p className="import-warning" role="alert" data-testid="agency-import-deactivations">
            {t('agency.importWarnDeactivated', { n: n(checked.deactivated) })}
          </p>
          <details className="import-list import-warning-list" open>
            <summary>{t('agency.importDeactivatedList', { n: n(checked.deactivated) })}</summary>
            <DataTable
              caption={t('agency.importDeactivatedList', { n: n(checked.deactivated) })}
              rows={checked.deactivatedList}
              rowKey={(a) => a.code}
              download={false}
              columns={[
                { key: 'code', header: t('agency.code'), rowHeader: true, cell: (a) => a.code },
                { key: 'name', header: t('agency.nameTh'), cell: (a) => labelIn(lang, a.nameTh, a.nameEn) },
              ]}
            />
            {checked.deactivated > checked.deactivatedList.length ? <p className="muted small">{t('agency.importListLimit', { n: n(checked.deactivatedList.length) })}</p> : null}
          </details>
        </>
      ) : null}
      <div className="form-grid">
      {checked && checked.confirmationRequired && checked.errors.length === 0 ? (
        <TextField
          id="ai-confirm"
          label={t('agency.importConfirmLabel', { n: n(checked.updated) })}
          hint={t('agency.importConfirmHint')}
          inputMode="numeric"
          autoComplete="off"
          value={confirmText}
          onChange={(e) => setConfirmText(e.target.value)}
        />
      ) : null}
      {checked && checked.errors.length === 0 ? (
        <div className="form-actions">
          <button type="button" className={checked.confirmationRequired ? 'btn btn-danger' : 'btn'} disabled={!canImport || run.isPending} onClick={() => go(false)}>
            {t('agency.importRun')}
          </button>
        </div>
      ) : null}
      </div>
      <ErrorText as="p" error={error} />
      {result && result.errors.length > 0 ? (
        <RowErrorsTable errors={result.errors} />
      ) : null}
    </div>
  );
}
