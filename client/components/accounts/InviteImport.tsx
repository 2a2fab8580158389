import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../shared/domain';
import { usePaging } from '../../hooks/use-paging';
import { useT } from '../../hooks/use-prefs';
import { readFileBase64 } from '../../lib/read-file';
import { trpc, type RouterOutputs } from '../../trpc';
import { DataTable } from '../ui/DataTable';
import { ErrorText } from '../ui/ErrorText';
import { RowErrorsTable } from '../ui/RowErrorsTable';
import { PagedTable } from '../ui/PagedTable';
import { TextField } from '../ui/TextField';

type ImportResult = RouterOutputs['user']['importInvitations'];
type Agency = RouterOutputs['user']['unreachableAgencies']['rows'][number];

/** Invitations from a CSV/XLSX of agency contacts: check first (dry run), then invite all or none. */
export function InviteImport() {
  const { t, label } = useT();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<{ name: string; format: 'csv' | 'xlsx'; base64: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = useMutation(
    trpc.user.importInvitations.mutationOptions({
      onSuccess: (r) => {
        setResult(r);
        if (r.written) void queryClient.invalidateQueries(trpc.user.pathFilter());
      },
      onError: setError,
    }),
  );
  const choose = async (f: File | undefined) => {
    setResult(null);
    setError(null);
    if (!f) return setFile(null);
    setFile({ name: f.name, format: f.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv', base64: await readFileBase64(f) });
  };
  const go = (dryRun: boolean) => file && run.mutate({ fileName: file.name, format: file.format, contentBase64: file.base64, dryRun, language: 'th' });
  return (
    <div className="form-grid">
      <p className="hint">{t('inviteImport.hint')}</p>
      <TextField id="ii-file" label={t('inviteImport.file')} type="file" accept=".csv,.xlsx" onChange={(e) => void choose(e.target.files?.[0])} />
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" disabled={!file || run.isPending} onClick={() => go(true)}>
          {t('agency.importCheck')}
        </button>
        <button type="button" className="btn" disabled={!file || run.isPending || !result || result.errors.length > 0 || result.written} onClick={() => go(false)}>
          {t('inviteImport.run', { n: result?.inviteCount ?? 0 })}
        </button>
      </div>
      <ErrorText as="p" error={error} />
      {result ? (
        <div role="status">
          <p>{t(result.written ? 'inviteImport.done' : 'inviteImport.summary', { rows: result.rows, n: result.inviteCount, errors: result.errors.length })}</p>
          {result.errors.length > 0 ? (
            <RowErrorsTable errors={result.errors} showValue />
          ) : result.invites.length > 0 ? (
            <DataTable
              caption={t('inviteImport.preview', { n: result.invites.length, total: result.inviteCount })}
              rows={result.invites}
              rowKey={(i) => i.row}
              download={false}
              columns={[
                { key: 'row', header: t('agency.row'), rowHeader: true, cell: (i) => i.row },
                { key: 'agency', header: t('review.agency'), cell: (i) => i.agencyCode ?? '–' },
                { key: 'name', header: t('invite.displayName'), cell: (i) => i.name },
                { key: 'email', header: t('invite.email'), cell: (i) => i.email },
                { key: 'role', header: t('invite.role'), cell: (i) => label(ROLE_LABELS[i.role]) },
              ]}
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** Active agencies that no reporter with an address speaks for: nobody there is told about deadlines. */
export function UnreachableAgencies() {
  const { t, lang } = useT();
  const paging = usePaging([]);
  const list = useQuery(trpc.user.unreachableAgencies.queryOptions({ limit: paging.limit, offset: paging.offset }));
  return (
    <>
      <p className="muted small">{t('unreachable.intro')}</p>
      <PagedTable<Agency>
        query={list}
        paging={paging}
        caption={t('unreachable.caption', { n: list.data?.total ?? 0 })}
        rowKey={(a) => a.id}
        download={false}
        columns={[
          { key: 'code', header: t('unreachable.code'), rowHeader: true, cell: (a) => a.code },
          { key: 'name', header: t('unreachable.name'), cell: (a) => (lang === 'en' && a.nameEn ? a.nameEn : a.nameTh) },
        ]}
      />
    </>
  );
}
