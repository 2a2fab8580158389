import { useT } from '../../hooks/use-prefs';
import { formatChange, formatDate, formatNumber, formatYear } from '../../lib/format';
import { DataTable } from '../ui/DataTable';
import './activities.css';

type Stat = { assessed: number; mean: number | null; passPercent: number } | null;
export type RoundProvince = { code: string; nameTh: string; nameEn: string; before: Stat; after: Stat; change: number | null };

/** A round's provinces with their ITA before and after it (the years are stated in the headers). */
export function RoundProvincesTable({
  provinces,
  beforeYear,
  afterYear,
  caption,
  download,
}: {
  provinces: RoundProvince[];
  beforeYear: number | null;
  afterYear: number | null;
  caption: string;
  download: string | false;
}) {
  const { t, lang, cal, label } = useT();
  const year = (y: number | null) => (y === null ? '–' : formatYear(y, cal));
  return (
    <DataTable
      caption={caption}
      download={download}
      rows={provinces}
      rowKey={(p) => p.code}
      columns={[
        { key: 'province', header: t('ita.province'), rowHeader: true, value: (p) => p.nameTh, cell: (p) => label(p) },
        {
          key: 'before',
          header: t('ita.rounds.before', { year: year(beforeYear) }),
          align: 'end',
          value: (p) => p.before?.mean ?? null,
          cell: (p) => (p.before ? formatNumber(p.before.mean, lang, 2) : <span className="muted">{t('ita.rounds.noData')}</span>),
        },
        {
          key: 'after',
          header: t('ita.rounds.after', { year: year(afterYear) }),
          align: 'end',
          value: (p) => p.after?.mean ?? null,
          cell: (p) => (p.after ? formatNumber(p.after.mean, lang, 2) : <span className="muted">{t('ita.rounds.noData')}</span>),
        },
        { key: 'change', header: t('ita.change'), align: 'end', value: (p) => p.change, cell: (p) => formatChange(p.change, lang, 2) },
      ]}
    />
  );
}

/** "25–26 มิ.ย. 2562" style date range of a round. */
export function useRoundDates() {
  const { lang, cal } = useT();
  return (start: string | null, end: string | null) =>
    start ? (end && end !== start ? `${formatDate(start, lang, cal)} – ${formatDate(end, lang, cal)}` : formatDate(start, lang, cal)) : '–';
}
