import { useT } from '../../hooks/use-prefs';

function Badge({ kind }: { kind: 'example' | 'demo' }) {
  const { t } = useT();
  return (
    <span className={`badge badge-${kind}`} title={t(`badge.${kind}Title`)}>
      {t(`badge.${kind}`)}
    </span>
  );
}

/** Every example (not official) item carries this badge, everywhere it is shown. */
export const ExampleBadge = () => <Badge kind="example" />;

/** Generated demo data (e.g. per-agency ITA results) carries this badge. */
export const DemoBadge = () => <Badge kind="demo" />;
