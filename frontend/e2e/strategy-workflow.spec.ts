import { expect, test } from '@playwright/test';

import { expectKeycloakLoginPage, expectNoAxeViolations, logIn } from './support';

/**
 * The main path of a city's strategy work through the real login, API and database:
 * create, edit, submit for review, adopt, revise and adopt again (two versions); tenant
 * isolation; switching to Danish. Every page on the
 * way, the Keycloak login page included, is checked with axe-core (WCAG 2.1 AA).
 */
test('an editor drafts a strategy and submits it for review; another city cannot see it', async ({
  page,
}) => {
  const title = `Kreislaufstadt Musterstadt 2030 (E2E ${String(Date.now())})`;
  const editedTitle = `${title} – überarbeitet`;
  let strategyPath = '';

  await test.step('Musterstadt editor signs in', async () => {
    // '/' is the dashboard now; the deep link to the list survives the login.
    await page.goto('/strategies');
    await expectKeycloakLoginPage(page);
    await expectNoAxeViolations(page, 'Keycloak login page');
    await logIn(page, 'musterstadt-editor', 'Erika Mustermann');
    await expect(page.getByRole('heading', { level: 1, name: 'Strategien' })).toBeVisible();
    await expectNoAxeViolations(page, 'strategy list');
  });

  await test.step('creates a strategy', async () => {
    await page.getByRole('link', { name: 'Neue Strategie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Neue Strategie' })).toBeVisible();
    await expectNoAxeViolations(page, 'new strategy form');
    await page.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await page
      .getByRole('textbox', { name: /^Zusammenfassung/ })
      .fill('Leitbild, Ziele und Startprojekte für die Kreislaufwirtschaft in Musterstadt.');
    await page.getByRole('textbox', { name: /^Zeitraum von/ }).fill('2025');
    await page.getByRole('textbox', { name: /^Zeitraum bis/ }).fill('2030');
    await page.getByRole('button', { name: 'Strategie anlegen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveURL(/\/strategies\/[0-9a-f-]{36}$/);
    strategyPath = new URL(page.url()).pathname;
    await expect(page.getByText('Entwurf', { exact: true }).first()).toBeVisible();
    await expectNoAxeViolations(page, 'strategy detail (draft)');
  });

  await test.step('edits it', async () => {
    await page.getByRole('link', { name: 'Bearbeiten', exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Strategie bearbeiten' }),
    ).toBeVisible();
    const titleField = page.getByRole('textbox', { name: /^Titel/ });
    await expect(titleField).toHaveValue(title);
    await expectNoAxeViolations(page, 'edit strategy form');
    await titleField.fill(editedTitle);
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(page.getByRole('heading', { level: 1, name: editedTitle })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${strategyPath}$`));
  });

  await test.step('submits it for review', async () => {
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    // Only the transitions IN_REVIEW allows are offered now.
    await expect(page.getByRole('button', { name: 'Zurück in den Entwurf' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zur Prüfung einreichen' })).toHaveCount(0);
    await expect(page.getByText('In Prüfung', { exact: true }).first()).toBeVisible();
    // Screen readers hear about the change (WCAG 4.1.3 status messages).
    await expect
      .soft(page.getByRole('status').filter({ hasText: 'Neuer Status: In Prüfung' }))
      .toBeVisible();
    await expectNoAxeViolations(page, 'strategy detail (in review)');

    // The list shows it too, with its new status.
    await page.goto(`/strategies?q=${encodeURIComponent(editedTitle)}`);
    const row = page.getByRole('row').filter({ hasText: editedTitle });
    await expect(row).toHaveCount(1);
    await expect(row.getByText('In Prüfung', { exact: true })).toBeVisible();
  });

  await test.step('adopts it, revises it and adopts it again: two versions', async () => {
    await page.goto(strategyPath);
    await expect(page.getByRole('heading', { level: 1, name: editedTitle })).toBeVisible();
    const adopt = async (button: string, decidedOn: string, reference: string) => {
      await page.getByRole('button', { name: button }).click();
      const form = page.getByRole('form', { name: 'Beschluss erfassen' });
      await form
        .getByRole('textbox', { name: /^Beschlussgremium/ })
        .fill('Rat der Stadt Musterstadt');
      await form.getByLabel(/^Beschlossen am/).fill(decidedOn);
      await form.getByRole('textbox', { name: /^Aktenzeichen/ }).fill(reference);
      await form.getByRole('button', { name: 'Als beschlossen speichern' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Neuer Status: Beschlossen' }),
      ).toBeVisible();
    };
    await adopt('Beschluss erfassen …', '2026-03-12', 'Drucksache E2E/1');

    await page.getByRole('button', { name: 'Fortschreibung beginnen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Neuer Status: In Fortschreibung' }),
    ).toBeVisible();
    await expect(page.getByText(/Der Beschluss vom .* \(Drucksache E2E\/1\) gilt/)).toBeVisible();
    await expectNoAxeViolations(page, 'strategy detail (in revision)');

    // Version 1 against the outline in revision: the status, translated.
    await page.getByRole('button', { name: 'Fassungen anzeigen' }).click();
    const comparison = page.getByRole('group', { name: 'Zwei Fassungen vergleichen' });
    const status = comparison
      .getByRole('table', { name: 'Änderungen an der Strategie' })
      .getByRole('row', { name: /Status/ });
    await expect(status).toContainText('Beschlossen');
    await expect(status).toContainText('In Fortschreibung');
    await expect(status).not.toContainText('IN_REVISION');
    await page.getByRole('button', { name: 'Fassungen ausblenden' }).click();

    await adopt('Fortschreibung beschließen …', '2027-02-04', 'Drucksache E2E/2');
    await page.getByRole('button', { name: 'Fassungen anzeigen' }).click();
    const versions = page.getByRole('table', { name: /^Durch Beschlüsse festgehaltene Fassungen/ });
    await expect(versions.getByRole('rowheader')).toHaveText(['Fassung 2', 'Fassung 1']);
    await expect(versions).toContainText('Drucksache E2E/2');
    await expectNoAxeViolations(page, 'strategy detail with two versions');
  });

  await test.step('signs out', async () => {
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expectKeycloakLoginPage(page);
  });

  await test.step('Eksempelby editor signs in and does not see the Musterstadt strategy', async () => {
    await logIn(page, 'eksempelby-editor', 'Jens Jensen');
    await page.goto(`/strategies?q=${encodeURIComponent(editedTitle)}`);
    await expect(page.getByText('Keine Strategien gefunden.')).toBeVisible();
    await expect(page.getByRole('link', { name: editedTitle })).toHaveCount(0);
    await expectNoAxeViolations(page, 'strategy list (empty search)');

    // Not even by its address: the API answers 404 for other tenants' records.
    await page.goto(strategyPath);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Diese Strategie gibt es nicht' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: editedTitle })).toHaveCount(0);
    await expectNoAxeViolations(page, 'strategy detail (not found)');
  });

  await test.step('switches the language to Danish', async () => {
    await page.goto('/strategies');
    await expect(page.getByRole('heading', { level: 1, name: 'Strategien' })).toBeVisible();
    const danish = page.getByRole('button', { name: 'Dansk' });
    await danish.click();
    await expect(danish).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByRole('heading', { level: 1, name: 'Strategier' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hovednavigation' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ny strategi' })).toBeVisible();
    await expectNoAxeViolations(page, 'strategy list (Danish)');

    // The choice survives a reload.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Strategier' })).toBeVisible();
  });
});
