import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useMe } from '@/lib/auth/me';

import { LanguageSwitch } from './language-switch';
import { UserSummary } from './user-summary';

export function AppLayout() {
  const { t } = useTranslation([
    'common',
    'projects',
    'dashboard',
    'workshops',
    'networks',
    'anchoring',
    'practices',
    'fieldsOfAction',
    'apiClients',
  ]);
  const me = useMe();
  const administersAny = me.data?.memberships.some((m) => m.role === 'ADMIN') ?? false;
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // After client-side navigation, start screen readers and keyboard users at the new content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main-content">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-header__brand">
            {t('appName')}
          </Link>
          <nav aria-label={t('nav.label')} className="app-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('dashboard:nav')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/strategies">{t('nav.strategies')}</NavLink>
              </li>
              <li>
                <NavLink to="/stakeholders">{t('nav.stakeholders')}</NavLink>
              </li>
              <li>
                <NavLink to="/projects">{t('projects:nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/workshops">{t('workshops:nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/networks">{t('networks:nav')}</NavLink>
                <NavLink to="/practices">{t('practices:nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/advisor-portfolio">{t('networks:portfolio.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/anchoring">{t('anchoring:nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/settings/fields-of-action">{t('fieldsOfAction:nav')}</NavLink>
              </li>
              {administersAny ? (
                <li>
                  <NavLink to="/settings/api-clients">{t('apiClients:nav')}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="app-header__tools">
            <LanguageSwitch />
            <UserSummary />
          </div>
        </div>
      </header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className="app-main">
        {me.isError ? <ProblemAlert error={me.error} /> : null}
        {/* Pages load on first visit (router.tsx); header and navigation stay while they do. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('footer.text')}</p>
      </footer>
    </div>
  );
}
