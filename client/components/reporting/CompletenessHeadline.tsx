import { useQuery } from '@tanstack/react-query';
import { useT } from '../../hooks/use-prefs';
import { formatNumber, formatYear } from '../../lib/format';
import { trpc } from '../../trpc';
import { canUse, useMe } from '../accounts/use-me';
import { AppLink } from '../ui/AppLink';

/** Headline reporting completeness for the overview; shown to insiders only (the server refuses others). */
export function CompletenessHeadline() {
  const { me } = useMe();
  const allowed = canUse(me, 'insiders') && me !== null;
  const { t, lang, cal } = useT();
  const headline = useQuery({ ...trpc.completeness.headline.queryOptions({}), enabled: allowed });
  const h = headline.data;
  if (!allowed || !h) return null;
  const pct = (v: number | null) => (v === null ? '–' : formatNumber(v, lang, 1));
  return (
    <p className="card headline-completeness">
      <AppLink to="/completeness">
        {t('completeness.headline', { year: formatYear(h.year, cal), reported: pct(h.reportedPct), approved: pct(h.approvedPct) })}
      </AppLink>{' '}
      · {t('completeness.overdue')} {formatNumber(h.overdue, lang)}
    </p>
  );
}
