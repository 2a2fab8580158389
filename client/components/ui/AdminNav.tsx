import { NavLink } from 'react-router';
import { useT } from '../../hooks/use-prefs';
import './AdminNav.css';

const LINKS = [
  { to: '/admin/agencies', label: 'admin.agencies' },
  { to: '/admin/users', label: 'admin.users' },
  { to: '/admin/periods', label: 'admin.periods' },
  { to: '/admin/plan', label: 'admin.plan' },
  { to: '/admin/outbox', label: 'admin.outbox' },
] as const;

/** The secretariat's pages, one tab each. */
export function AdminNav() {
  const { t, link } = useT();
  return (
    <nav className="admin-nav" aria-label={t('nav.admin')}>
      <ul>
        {LINKS.map((l) => (
          <li key={l.to}>
            <NavLink to={link(l.to)}>{t(l.label)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
