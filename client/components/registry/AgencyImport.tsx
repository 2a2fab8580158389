import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../hooks/use-prefs';
import { readFileBase64 } from '../../lib/read-file';
import { trpc, type RouterOutputs } from '../../trpc';
import { DataTable } from '../ui/DataTable';
import { TextField } from '../ui/TextField';
import { ErrorText, useErrorText } from '../ui/ErrorText';

type ImportResult = RouterOutputs['agency']['import'];

/** The registry from a CSV or XLSX file: check first (dry run), then import all or nothing. */
export function AgencyImport() {
  const { t } = useT();
  const word = useErrorText();
  const [file, setFile] = useState<{ name: string; format: 'csv' | 'xlsx'; base64: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = useMutation(trpc.agency.import.mutationOptions({ onSuccess: setResult, onError: setError }));
  const choose = async (f: File | undefined) => {
    setResult(null);
    setError(null);
    if (!f) return setFile(null);
    setFile({ name: f.name, format: f.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv', base64: await readFileBase64(f) });
  };
  const go = (dryRun: boolean) => file && run.mutate({ fileName: file.name, format: file.format, contentBase64: file.base64, dryRun });
  return (
    <div className="form-grid">
      <p className="hint">{t('agency.importHint')}</p>
      <TextField id="ai-file" label={t('agency.import')} type="file" accept=".csv,.xlsx" onChange={(e) => void choose(e.target.files?.[0])} />
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" disabled={!file || run.isPending} onClick={() => go(true)}>
          {t('agency.importCheck')}
        </button>
        <button type="button" className="btn" disabled={!file || run.isPending || !result || result.errors.length > 0 || result.written} onClick={() => go(false)}>
          {t('agency.importRun')}
        </button>
      </div>
      <ErrorText as="p" error={error} />
      {result ? (
        <div role="status">
          <p>{t('agency.importSummary', { rows: result.rows, added: result.added, updated: result.updated, unchanged: result.unchanged })}</p>
          {result.written ? <p className="ok-text">{t('agency.importDone')}</p> : null}
          {result.errors.length > 0 ? (
            <DataTable
              caption={t('agency.importErrors', { n: result.errors.length })}
              rows={result.errors.slice(0, 200)}
              rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
              download={false}
              columns={[
                { key: 'row', header: t('agency.row'), rowHeader: true, cell: (e) => e.row },
                { key: 'field', header: t('agency.field'), cell: (e) => e.column },
                { key: 'message', header: t('agency.message'), cell: (e) => word(e) },
              ]}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
