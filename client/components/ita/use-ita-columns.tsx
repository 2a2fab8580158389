// Table columns that several ITA tables share, so they read (and download) the same everywhere.
import { AGENCY_TYPE_LABELS, type AgencyType } from '../../../shared/domain';
import { useT } from '../../hooks/use-prefs';
import { formatNumber } from '../../lib/format';
import { AppLink } from '../ui/AppLink';
import type { Column } from '../ui/DataTable';
import { GradeChip } from './GradeChip';

type Agency = { code: string; nameTh: string; nameEn: string | null; type: AgencyType };
type Stats = { assessed: number; mean: number | null; passPercent: number };
type Scores = { total: number | null; iit: number | null; eit: number | null; oit: number | null; grade: string };

export function useItaColumns() {
  const { t, lang, label } = useT();
  const score = (v: number | null) => formatNumber(v, lang, 2);
  return {
    /** The agency, linking to its ITA profile, and its type. */
    agency: <T extends Agency>(): Column<T>[] => [
      {
        key: 'agency',
        header: t('ita.agency'),
        rowHeader: true,
        value: (a) => a.nameTh,
        cell: (a) => <AppLink to={`/ita/agencies/${encodeURIComponent(a.code)}`}>{label(a)}</AppLink>,
      },
      { key: 'type', header: t('ita.type'), value: (a) => a.type, cell: (a) => label(AGENCY_TYPE_LABELS[a.type]) },
    ],
    /** Agencies assessed, their mean score and the share at or above the pass mark. */
    stats: <T extends Stats>(): Column<T>[] => [
      { key: 'assessed', header: t('ita.assessed'), align: 'end', value: (r) => r.assessed, cell: (r) => formatNumber(r.assessed, lang) },
      { key: 'mean', header: t('ita.mean'), align: 'end', value: (r) => r.mean, cell: (r) => score(r.mean) },
      { key: 'pass', header: t('ita.passPercent'), align: 'end', value: (r) => r.passPercent, cell: (r) => `${formatNumber(r.passPercent, lang, 1)}\u00a0%` },
    ],
    /** An agency's total, its three tools' scores (IIT, EIT, OIT) and its grade. */
    scores: <T extends Scores>(): Column<T>[] => [
      { key: 'total', header: t('ita.total'), align: 'end', value: (r) => r.total, cell: (r) => score(r.total) },
      { key: 'iit', header: 'IIT', align: 'end', value: (r) => r.iit, cell: (r) => score(r.iit) },
      { key: 'eit', header: 'EIT', align: 'end', value: (r) => r.eit, cell: (r) => score(r.eit) },
      { key: 'oit', header: 'OIT', align: 'end', value: (r) => r.oit, cell: (r) => score(r.oit) },
      { key: 'grade', header: t('ita.grade'), value: (r) => r.grade, cell: (r) => <GradeChip grade={r.grade} /> },
    ],
  };
}
