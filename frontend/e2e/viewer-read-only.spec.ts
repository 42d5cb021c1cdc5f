import { expect, test } from '@playwright/test';

import { demoStrategy, openDemoAnalysis } from './demo-data';
import { apiUrl, expectNoAxeViolations, logIn } from './support';

/**
 * A viewer reads everything of their city but is offered no way to change it, and the API
 * refuses a write made with the viewer's own token (taken from the SPA's requests).
 */
test('a viewer reads outline, analysis and stakeholders without edit controls; the API refuses writes', async ({
  page,
}) => {
  let viewerToken = '';
  page.on('request', (request) => {
    const headers: Partial<Record<string, string>> = request.headers();
    const authorization = headers.authorization;
    if (request.url().startsWith(apiUrl) && authorization?.startsWith('Bearer ')) {
      viewerToken = authorization.slice('Bearer '.length);
    }
  });
  let strategyPath = '';

  await test.step('Musterstadt viewer signs in and opens the demo strategy', async () => {
    // '/' is the dashboard now; the deep link to the list survives the login.
    await page.goto('/strategies');
    await logIn(page, 'musterstadt-viewer', 'Max Mustermann');
    await expect(page.getByRole('heading', { level: 1, name: 'Strategien' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Neue Strategie' })).toHaveCount(0);

    await page.goto(`/strategies?q=${encodeURIComponent(demoStrategy)}`);
    await page.getByRole('link', { name: demoStrategy, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: demoStrategy })).toBeVisible();
    strategyPath = new URL(page.url()).pathname;
    await expect(page.getByRole('link', { name: 'Bearbeiten', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Zur Prüfung einreichen' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Neue Analyse' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'strategy detail (viewer)');
  });

  await test.step('the outline has no editing tools', async () => {
    await page.getByRole('link', { name: /^Gliederung öffnen/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Gliederung/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Baustein hinzufügen' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: /^Werkzeuge für/ })).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: /^(Bearbeiten|Löschen|Unterbaustein hinzufügen)/ }),
    ).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Neuer Indikator/ })).toHaveCount(0);
    await expectNoAxeViolations(page, 'outline (viewer)');
  });

  await test.step('the analysis offers no rating, editing or deleting', async () => {
    await openDemoAnalysis(page);
    await expect(
      page.getByRole('group', { name: /^Einfluss-Interesse-Matrix mit \d+ bewerteten/ }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Stakeholder bewerten' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: /^Stakeholder/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Bearbeiten', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Analyse löschen' })).toHaveCount(0);

    // Selecting a point shows the rating, but nothing to change it with.
    await page
      .getByRole('button', { name: /: Einfluss \d, Interesse \d, / })
      .first()
      .click();
    await expect(page.getByRole('link', { name: /^Bewertung bearbeiten/ })).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: /^Bewertung (bearbeiten|entfernen)/ }),
    ).toHaveCount(0);
    await expectNoAxeViolations(page, 'stakeholder analysis (viewer)');
  });

  await test.step('a stakeholder of the register has no edit controls', async () => {
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Stakeholder', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Stakeholder' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Neuer Stakeholder' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Aus CSV importieren' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'stakeholder list (viewer)');

    const first = page.getByRole('table').getByRole('row').nth(1).getByRole('link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bearbeiten', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /löschen/i })).toHaveCount(0);
    await expectNoAxeViolations(page, 'stakeholder detail (viewer)');
  });

  await test.step('the API answers 403 to a write with the viewer token', async () => {
    expect(viewerToken, 'the SPA sent the viewer token to the API').not.toBe('');
    const strategyId = strategyPath.split('/').pop() ?? '';
    const response = await page.request.post(
      `${apiUrl}/api/v1/strategies/${strategyId}/components`,
      {
        headers: { Authorization: `Bearer ${viewerToken}` },
        data: { type: 'GOAL', title: 'Darf ein Viewer nicht anlegen' },
      },
    );
    expect(response.status(), await response.text()).toBe(403);
  });
});
