import { useState, type RefObject } from 'react';
import { useT } from '../../hooks/use-prefs';
import { downloadCsv, downloadXlsx, readTable } from '../../lib/download';
import './TableDownloads.css';

type Props = { tableRef: RefObject<HTMLTableElement | null>; name: string };

/** CSV and XLSX buttons for the table next to them (every DataTable has them). */
export function TableDownloads({ tableRef, name }: Props) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const read = () => (tableRef.current ? readTable(tableRef.current) : null);
  return (
    <span className="table-downloads">
      <button type="button" className="btn btn-secondary btn-small" onClick={() => { const d = read(); if (d) downloadCsv(d, name); }}>
        {t('download.csv')}
      </button>
      <button
        type="button"
        className="btn btn-secondary btn-small"
        disabled={busy}
        onClick={() => {
          const d = read();
          if (!d) return;
          setBusy(true);
          setFailed(false);
          downloadXlsx(d, name, name)
            .catch(() => setFailed(true))
            .finally(() => setBusy(false));
        }}
      >
        {busy ? t('state.loading') : t('download.xlsx')}
      </button>
      {failed ? <span role="alert" className="state-error">{t('download.failed')}</span> : null}
    </span>
  );
}
