import { useT } from '../../hooks/use-prefs';
import { formatNumber } from '../../lib/format';
import type { RouterOutputs } from '../../trpc';
import { DataTable } from '../ui/DataTable';

type Round = RouterOutputs['activity']['round'];

/** Each track with its length and "about" plan, and per sub-group the planned and actual attendance. */
export function TracksTable({ round, download = false }: { round: Pick<Round, 'tracks' | 'roundNo'>; download?: string | false }) {
  const { t, lang, label } = useT();
  const count = (n: number | null) => (n === null ? <span className="muted">{t('act.notRecorded')}</span> : formatNumber(n, lang));
  const rows = round.tracks.flatMap((track) => [
    ...track.audiences.map((a) => ({ key: `a${a.id}`, track, name: label(a.nameTh, a.nameEn), planned: a.planned, actual: a.actual, total: false })),
    { key: `t${track.id}`, track, name: t('act.trackTotal'), planned: track.plannedAbout, actual: track.actual, total: true },
  ]);
  return (
    <DataTable
      caption={t('act.tracksTable')}
      download={download}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { key: 'track', header: t('act.track'), rowHeader: true, value: (r) => r.track.titleTh, cell: (r) => label(r.track.titleTh, r.track.titleEn) },
        { key: 'days', header: t('act.duration'), align: 'end', value: (r) => r.track.durationDays, cell: (r) => t('act.days', { n: formatNumber(r.track.durationDays, lang, r.track.durationDays % 1 ? 1 : 0) }) },
        { key: 'audience', header: t('act.audience'), value: (r) => r.name, cell: (r) => (r.total ? <strong>{r.name}</strong> : r.name) },
        {
          key: 'planned',
          header: t('act.planned'),
          align: 'end',
          value: (r) => r.planned,
          cell: (r) => (r.planned === null ? '–' : r.total ? t('act.about', { n: formatNumber(r.planned, lang) }) : formatNumber(r.planned, lang)),
        },
        { key: 'actual', header: t('act.actual'), align: 'end', value: (r) => r.actual, cell: (r) => count(r.actual) },
      ]}
    />
  );
}
