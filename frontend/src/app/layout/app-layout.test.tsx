import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n/i18n';
import { json, stubApi } from '@/testing/fetch-stub';
import { eksempelby, meWith, musterstadt } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';

import { AppLayout } from './app-layout';

function renderLayout() {
  return renderRoutes(
    [{ element: <AppLayout />, children: [{ path: '/', element: <h1>Start</h1> }] }],
    { initialEntry: '/' },
  );
}

describe('AppLayout', () => {
  it('showsTheSignedInUserAndTheirOrganisations', async () => {
    stubApi({
      'GET /api/v1/me': () =>
        json(
          meWith([
            { organization: musterstadt, role: 'EDITOR' },
            { organization: eksempelby, role: 'VIEWER' },
          ]),
        ),
    });
    renderLayout();

    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Erika Mustermann')).toBeInTheDocument();
    expect(
      within(banner).getByText('Musterstadt (Editor), Eksempelby Kommune (Viewer)'),
    ).toBeInTheDocument();
  });

  it('hasASkipLinkToTheMainLandmark', () => {
    stubApi({ 'GET /api/v1/me': () => json(meWith()) });
    renderLayout();

    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#main-content',
    );
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it('logsOutThroughTheAuthSession', async () => {
    stubApi({ 'GET /api/v1/me': () => json(meWith()) });
    const { user, auth } = renderLayout();

    await user.click(screen.getByRole('button', { name: 'Log out' }));

    expect(auth.logout).toHaveBeenCalledOnce();
  });

  it('switchesTheLanguageOfLabelsAndDocument', async () => {
    stubApi({ 'GET /api/v1/me': () => json(meWith()) });
    await i18n.changeLanguage('de');
    const { user } = renderLayout();

    expect(screen.getByRole('link', { name: 'Strategien' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('de');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('link', { name: 'Strategies' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('cch.language')).toBe('en');

    await user.click(screen.getByRole('button', { name: 'Dansk' }));

    expect(screen.getByRole('link', { name: 'Strategier' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log ud' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('da');
  });
});
