import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { useT } from '../../hooks/use-prefs';

/** An in-app link that keeps the language and calendar choice. */
export function AppLink({ to, ...rest }: Omit<ComponentProps<typeof Link>, 'to'> & { to: string }) {
  const { link } = useT();
  return <Link to={link(to)} {...rest} />;
}
