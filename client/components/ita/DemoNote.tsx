import { useT } from '../../hooks/use-prefs';
import { DemoBadge } from '../ui/Badges';

/** Says, next to the badge, that the figures shown are generated demo data (when any are). */
export function DemoNote({ demoRows }: { demoRows: number }) {
  const { t } = useT();
  if (demoRows <= 0) return null;
  return (
    <p className="demo-note">
      <DemoBadge /> {t('ita.demoNote')}
    </p>
  );
}
