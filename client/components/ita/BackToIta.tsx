import type { ReactNode } from 'react';
import { useT } from '../../hooks/use-prefs';
import { AppLink } from '../ui/AppLink';

/** The way back to /ita from its sub-pages, with any other links beside it. */
export function BackToIta({ children }: { children?: ReactNode }) {
  const { t } = useT();
  return (
    <p className="small">
      <AppLink to="/ita">← {t('ita.title')}</AppLink>
      {children ? <> · {children}</> : null}
    </p>
  );
}
