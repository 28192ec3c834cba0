import { type RefObject, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';

import { SkipLink } from '../components/ui/skip-link';
import { aboutPath } from '../features/about/paths';
import { profilePath } from '../features/profile/paths';
import { LanguageSwitch } from './language-switch';
import { LoadingPage } from '../routing/loading-page';
import { RouteErrorBoundary } from './route-error-boundary';
import { paths } from '../routing/paths';

const mainId = 'main-content';

function useFocusHeadingOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    // The first page load keeps the browser's own focus start; only a change of page moves focus.
    if (previous.current === pathname) return;
    previous.current = pathname;
    const root = main.current;
    if (root === null) return;
    // A page loaded on demand shows its heading a moment later, and while it loads the previous page may still be
    // on screen. So focus whichever h1 is there now, and move on to a newer one when it replaces it — unless the
    // person has already moved focus somewhere else, which is never taken away.
    // A page opened at a part of itself (an open point on the "About the rules" page) marks that part's heading with
    // data-arrival-focus; it takes the place of the h1, so the reader lands where the link said it would lead.
    let focused: HTMLElement | null = null;
    const observer = new MutationObserver(() => {
      focusHeading();
    });
    function focusHeading() {
      const heading = root?.querySelector<HTMLElement>('[data-arrival-focus]') ?? root?.querySelector<HTMLElement>('h1') ?? null;
      if (heading === null || heading === focused) return;
      const active = document.activeElement;
      if (focused !== null && active !== null && active !== document.body && active !== focused) {
        observer.disconnect();
        return;
      }
      focused = heading;
      heading.focus();
    }
    focusHeading();
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
    };
  }, [main, pathname]);
}

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigation(main);

  return (
    <div className="page">
      <SkipLink targetId={mainId}>{t('layout.skipLink')}</SkipLink>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-header__brand">
            <Link className="site-header__name" to={paths.start}>
              {t('app.name')}
            </Link>
            <span className="site-header__subtitle">{t('app.subtitle')}</span>
          </p>
          <LanguageSwitch />
        </div>
      </header>
      <main className="site-main" id={mainId} ref={main} tabIndex={-1}>
        {/* A page whose words are still loading shows the loading notice inside the layout, not a blank screen. */}
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<LoadingPage />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('layout.footer.disclaimer')}</p>
          <p>{t('layout.footer.privacy')}</p>
          <p>{t('layout.footer.source')}</p>
          {/* In the footer, not the header: the header stays one line, so each page's own content starts higher. */}
          <nav className="site-footer__nav" aria-label={t('layout.nav.label')}>
            <ul>
              <li>
                <Link to={aboutPath} aria-current={pathname.startsWith(aboutPath) ? 'page' : undefined}>
                  {t('layout.footer.aboutLink')}
                </Link>
              </li>
              <li>
                <Link to={profilePath} aria-current={pathname === profilePath ? 'page' : undefined}>
                  {t('layout.nav.profile')}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </div>
  );
}
