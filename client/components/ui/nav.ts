// The main menu. Features add their entry here (one line each). `allow` hides an entry from
// users who may not use it — the server enforces the same rule on every procedure.
import type { RoleSet } from '../../../shared/domain';
import type { MessageKey } from '../../i18n';

export type NavItem = {
  to: string;
  label: MessageKey;
  /** Shown only to this role set (shared/domain.ts ROLE_SETS). */
  allow?: RoleSet;
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
  { to: '/activities', label: 'nav.activities', activePrefix: '/activities/' },
  { to: '/report', label: 'nav.report' },
  { to: '/meetings', label: 'nav.meetings', activePrefix: '/meetings/' },
  { to: '/admin/plan', label: 'nav.planAdmin', allow: 'admin' },
  { to: '/reporting', label: 'nav.reporting', allow: 'reporters' },
  { to: '/review', label: 'nav.review', allow: 'insiders' },
  { to: '/completeness', label: 'nav.completeness', allow: 'insiders' },
  { to: '/audit', label: 'nav.audit', allow: 'auditReaders' },
  { to: '/admin/agencies', label: 'nav.admin', allow: 'admin' },
];
