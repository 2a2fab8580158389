// The main menu. Features add their entry here (one line each). `roles` hides an entry from
// users who may not use it — the server enforces the same rule on every procedure.
import type { Role } from '../../../shared/domain';
import type { MessageKey } from '../../i18n';

export type NavItem = {
  to: string;
  label: MessageKey;
  roles?: readonly Role[];
  end?: boolean;
  /** Also highlighted on every page under this path (e.g. any /strategies/N). */
  activePrefix?: string;
};

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.overview', end: true },
  { to: '/strategies/1', label: 'nav.strategies', activePrefix: '/strategies/' },
  { to: '/quick-wins', label: 'nav.quickWins' },
  { to: '/compare', label: 'nav.compare' },
  { to: '/indices', label: 'nav.indices' },
  { to: '/ita', label: 'nav.ita' },
  { to: '/report', label: 'nav.report' },
  { to: '/admin/plan', label: 'nav.planAdmin', roles: ['admin'] },
  { to: '/reporting', label: 'nav.reporting', roles: ['reporter'] },
  { to: '/review', label: 'nav.review', roles: ['admin', 'committee', 'analyst'] },
  { to: '/completeness', label: 'nav.completeness', roles: ['admin', 'committee', 'analyst'] },
  { to: '/audit', label: 'nav.audit', roles: ['admin', 'committee'] },
  { to: '/admin/agencies', label: 'nav.admin', roles: ['admin'] },
];
