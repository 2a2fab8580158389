import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { usePrefs, useT } from '../../hooks/use-prefs';
import { AppLink } from './AppLink';
import { DownloadLinks } from './DownloadLinks';
import { NAV_ITEMS, type NavItem } from './nav';
import { PLAN_FIRST_YEAR, PLAN_LAST_YEAR } from '../../../shared/years';
import { formatPlanYears } from '../../lib/format';

type Props = { children: ReactNode; visibleNav?: (item: NavItem) => boolean; account?: ReactNode };

export function Layout({ children, visibleNav = (i) => !i.allow, account }: Props) {
  const { t, link } = useT();
  const { lang, cal, setLang, setCal } = usePrefs();
  const { pathname } = useLocation();
  // On a phone the menu (and the language and calendar switches) fold behind one button.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  };
  return (
    <div className="app" onKeyDown={closeOnEscape}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <AppLink to="/" className="brand-title">
            {t('app.title')}
          </AppLink>
          <span className="brand-subtitle">{t('app.subtitle', { years: formatPlanYears(PLAN_FIRST_YEAR, PLAN_LAST_YEAR, lang, cal) })}</span>
        </div>
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="app-menu app-switches"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="menu-icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
        <div className="prefs">
          <div className="switches" id="app-switches" data-open={menuOpen}>
            <fieldset className="switch">
              <legend className="sr-only">{t('prefs.language')}</legend>
              <button type="button" aria-pressed={lang === 'th'} onClick={() => setLang('th')} lang="th">
                ไทย
              </button>
              <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')} lang="en">
                EN
              </button>
            </fieldset>
            <fieldset className="switch">
              <legend className="sr-only">{t('prefs.calendar')}</legend>
              <button type="button" aria-pressed={cal === 'be'} onClick={() => setCal('be')}>
                {t('prefs.be')}
              </button>
              <button type="button" aria-pressed={cal === 'ce'} onClick={() => setCal('ce')}>
                {t('prefs.ce')}
              </button>
            </fieldset>
          </div>
          {account}
        </div>
      </header>
      <nav id="app-menu" className="app-nav" data-open={menuOpen} aria-label={t('nav.main')}>
        <ul>
          {NAV_ITEMS.filter(visibleNav).map((item) => (
            <li key={item.to}>
              <NavLink
                to={link(item.to)}
                end={item.end ?? false}
                onClick={() => setMenuOpen(false)}
                className={({ isActive }) => (isActive || (item.activePrefix && pathname.startsWith(item.activePrefix)) ? 'active' : undefined)}
              >
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" lang={lang}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('app.subtitle', { years: formatPlanYears(PLAN_FIRST_YEAR, PLAN_LAST_YEAR, lang, cal) })}</p>
        <p>
          {t('footer.downloadAll')}: <DownloadLinks file="indicators" />
        </p>
        <p>
          {t('footer.openData')}: <a href="/api/v1/docs">{t('footer.api')}</a> · <a href="/data/all.zip">all.zip</a> ·{' '}
          <a href="/data/catalog.json">{t('footer.catalog')}</a> · {t('footer.licence')}
        </p>
        <p className="small">{t('footer.note')}</p>
      </footer>
    </div>
  );
}
