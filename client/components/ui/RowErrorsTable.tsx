import type { RowError } from '../../../shared/errors';
import { useT } from '../../hooks/use-prefs';
import { DataTable } from './DataTable';
import { useErrorText } from './ErrorText';

/** How many of a file's row errors are listed (the count in the caption is always whole). */
const SHOWN = 200;

/** A file's row errors from an import's dry run: row, column, (the value as typed) and the problem in words. */
export function RowErrorsTable({ errors, showValue = false }: { errors: readonly RowError[]; showValue?: boolean }) {
  const { t } = useT();
  const word = useErrorText();
  return (
    <DataTable
      caption={t('agency.importErrors', { n: errors.length })}
      rows={errors.slice(0, SHOWN)}
      rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
      download={false}
      columns={[
        { key: 'row', header: t('agency.row'), rowHeader: true, cell: (e) => e.row },
        { key: 'field', header: t('agency.field'), cell: (e) => e.column },
        ...(showValue ? [{ key: 'value', header: t('inviteImport.value'), cell: (e: RowError) => e.value ?? '' }] : []),
        { key: 'message', header: t('agency.message'), cell: (e) => word(e) },
      ]}
    />
  );
}
