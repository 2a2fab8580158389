import { AppLink } from '../components/ui/AppLink';
import { useT } from '../hooks/use-prefs';

export function NotFoundPage() {
  const { t } = useT();
  return (
    <div className="page">
      <h1>{t('state.notFound')}</h1>
      <p>
        <AppLink to="/">{t('state.backHome')}</AppLink>
      </p>
    </div>
  );
}
