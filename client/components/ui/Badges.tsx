import { useT } from '../../hooks/use-prefs';

/** Every example (not official) item carries this badge, everywhere it is shown. */
export function ExampleBadge() {
  const { t } = useT();
  return (
    <span className="badge badge-example" title={t('badge.exampleTitle')}>
      {t('badge.example')}
    </span>
  );
}

/** Generated demo data (e.g. per-agency ITA results) carries this badge. */
export function DemoBadge() {
  const { t } = useT();
  return (
    <span className="badge badge-demo" title={t('badge.demoTitle')}>
      {t('badge.demo')}
    </span>
  );
}
