import { useT } from '../../hooks/use-prefs';

/** CSV and Excel links to a server download (/download/<file>.csv and .xlsx), with headers in the reader's language. */
export function DownloadLinks({ file, year }: { file: string; year?: number }) {
  const { lang } = useT();
  const params = new URLSearchParams();
  if (year !== undefined) params.set('year', String(year));
  if (lang !== 'th') params.set('lang', lang);
  const query = params.toString() ? `?${params.toString()}` : '';
  return (
    <>
      <a href={`/download/${file}.csv${query}`} download>
        CSV
      </a>{' '}
      ·{' '}
      <a href={`/download/${file}.xlsx${query}`} download>
        Excel (XLSX)
      </a>
    </>
  );
}
