import { STATUS_LABELS } from '../../../shared/status';
import { useT } from '../../hooks/use-prefs';
import { formatValueYear } from '../../lib/format';
import { formatIndicatorValue } from '../../lib/indicator-format';
import type { RouterOutputs } from '../../trpc';
import { OverdueFlag, StatusBadge } from '../plan/StatusBadge';
import { DataTable } from '../ui/DataTable';
import { MiniTrend } from './MiniTrend';
import { useIndicatorColumn } from './use-indicator-column';

type ReportIndicator = RouterOutputs['report']['committee']['goalIndicators'][number];

/** Indicators of one section of the pack: status, latest value, target and trend. */
export function ReportIndicatorTable({ caption, indicators }: { caption: string; indicators: ReportIndicator[] }) {
  const { t, lang, cal, label } = useT();
  const indicatorColumn = useIndicatorColumn();
  if (indicators.length === 0) return <p className="muted">{t('strategy.noIndicators')}</p>;
  return (
    <DataTable
      caption={caption}
      rows={indicators}
      rowKey={(i) => i.code}
      className="report-table"
      columns={[
        indicatorColumn<ReportIndicator>({ withCode: true }),
        {
          key: 'status',
          header: t('report.status'),
          value: (i) => label(STATUS_LABELS[i.status.status]),
          cell: (i) => (
            <>
              <StatusBadge status={i.status.status} />{' '}
              <OverdueFlag staleness={i.staleness} yearKind={i.yearKind} />
            </>
          ),
        },
        {
          key: 'latest',
          header: t('report.latest'),
          align: 'end',
          value: (i) => i.trend.at(-1)?.value ?? null,
          cell: (i) => {
            const last = i.trend.at(-1);
            return last ? (
              <>
                {formatIndicatorValue(last.value, i, lang, last.rankOutOf)}
                <span className="muted small block">{formatValueYear(last.year, i.yearKind, cal)}</span>
              </>
            ) : (
              '–'
            );
          },
        },
        {
          key: 'target',
          header: t('report.target'),
          align: 'end',
          value: (i) => i.status.target?.value ?? null,
          cell: (i) =>
            i.status.target ? (
              <>
                {i.direction === 'higher' ? '≥ ' : '≤ '}
                {formatIndicatorValue(i.status.target.value, i, lang)}
                <span className="muted small block">{formatValueYear(i.status.target.year, i.yearKind, cal)}</span>
              </>
            ) : (
              '–'
            ),
        },
        {
          key: 'trend',
          header: t('report.trend'),
          value: (i) => i.trend.map((p) => `${p.year}:${p.value}`).join(' '),
          cell: (i) => <MiniTrend points={i.trend} reversed={i.unit === 'rank'} target={i.status.target?.value ?? null} />,
        },
      ]}
    />
  );
}
