import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, logIn } from './support';

/**
 * Starter projects: the editor creates one, adds a measure with a CO2e estimate, finds the
 * estimate in the project's impact total and the new project in the board's "Idee" column.
 */
test('an editor creates a starter project with a measure and sees its impact', async ({ page }) => {
  const title = `Bauteilbörse Musterstadt ${String(Date.now())} (E2E)`;
  const measureTitle = 'Rückbau des alten Rathausanbaus';

  await test.step('Musterstadt editor signs in and opens the starter projects', async () => {
    await page.goto('/');
    await logIn(page, 'musterstadt-editor', 'Erika Mustermann');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Starterprojekte' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Starterprojekte' })).toBeVisible();
    await expectNoAxeViolations(page, 'starter project list');
  });

  await test.step('creates a starter project', async () => {
    await page.getByRole('link', { name: 'Neues Starterprojekt' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Neues Starterprojekt' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'new starter project form');
    await page.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await page
      .getByRole('textbox', { name: /^Zusammenfassung/ })
      .fill('Gebrauchte Bauteile aus kommunalen Rückbauten werden wiederverwendet.');
    await page.getByRole('checkbox', { name: 'Bauen und Gebäude' }).check();
    await page.getByRole('button', { name: 'Starterprojekt anlegen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Idee', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Noch keine Maßnahmen.')).toBeVisible();
    await expectNoAxeViolations(page, 'starter project detail (no measures)');
  });

  await test.step('adds a measure with a CO2e estimate', async () => {
    await page.getByRole('link', { name: /^Maßnahme hinzufügen/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Maßnahme hinzufügen' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'new measure form');
    await page.getByRole('textbox', { name: /^Titel der Maßnahme/ }).fill(measureTitle);
    await page.getByRole('textbox', { name: /^CO2e-Einsparung \(t\/Jahr\)/ }).fill('42');
    await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  await test.step('sees the impact total on the project page', async () => {
    await expect(page.getByText(measureTitle).first()).toBeVisible();
    const impact = page.getByRole('table', { name: 'Wirkung' });
    await expect(impact).toBeVisible();
    const co2e = impact.getByRole('row').filter({ hasText: 'CO2e-Einsparung' });
    await expect(co2e).toContainText('42 t CO2e/a');
    await expect(page.getByText('Summe über 1 Maßnahme', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page, 'starter project detail (one measure)');
  });

  await test.step('the board lists it under "Idee"', async () => {
    await page.goto(`/projects?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Starterprojekte' })).toBeVisible();
    const board = page.getByRole('button', { name: 'Board' });
    await board.click();
    await expect(board).toHaveAttribute('aria-pressed', 'true');
    const ideas = page.getByRole('region', { name: /^Idee\b/ });
    await expect(ideas.getByRole('link', { name: title })).toBeVisible();
    await expectNoAxeViolations(page, 'starter project board');
  });
});
