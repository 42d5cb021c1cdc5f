import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, logIn } from './support';

/**
 * The strategy model: an editor gives a new strategy a goal in its outline, measures the goal
 * with an indicator (baseline and a target), records a value and finds it in the chart and in
 * its table. A new strategy keeps the scenario independent of the demo data. German UI, then
 * the same pages in English.
 */
test('an editor adds a goal with an indicator to the outline and records a value', async ({
  page,
}) => {
  const stamp = String(Date.now());
  const strategyTitle = `Gliederungstest ${stamp} (E2E)`;
  const goalTitle = `Siedlungsabfälle halbieren ${stamp}`;
  const indicatorName = `Restmüll je Einwohner ${stamp}`;
  const unit = 'kg/EW';

  await test.step('Musterstadt editor signs in and creates a strategy', async () => {
    await page.goto('/strategies/new');
    await logIn(page, 'musterstadt-editor', 'Erika Mustermann');
    await expect(page.getByRole('heading', { level: 1, name: 'Neue Strategie' })).toBeVisible();
    await page.getByRole('textbox', { name: /^Titel/ }).fill(strategyTitle);
    await page.getByRole('textbox', { name: /^Zeitraum von/ }).fill('2025');
    await page.getByRole('textbox', { name: /^Zeitraum bis/ }).fill('2030');
    await page.getByRole('button', { name: 'Strategie anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: strategyTitle })).toBeVisible();
    await expectNoAxeViolations(page, 'strategy detail with outline section');
  });

  await test.step('opens the outline and adds a goal', async () => {
    await page.getByRole('link', { name: /^Gliederung öffnen/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Gliederung/ })).toBeVisible();
    await expect(page.getByText('Die Gliederung hat noch keine Bausteine.')).toBeVisible();
    await expectNoAxeViolations(page, 'outline (empty)');

    await page.getByRole('button', { name: 'Baustein hinzufügen' }).click();
    const form = page.getByRole('form', { name: 'Neuer Baustein' });
    await expect(form).toBeVisible();
    await expectNoAxeViolations(page, 'outline (new component form)');
    await form.getByRole('combobox', { name: /^Typ/ }).selectOption({ label: 'Ziel' });
    await form.getByRole('textbox', { name: /^Titel/ }).fill(goalTitle);
    await form.getByRole('button', { name: 'Baustein hinzufügen' }).click();

    await expect(page.getByRole('heading', { name: goalTitle })).toBeVisible();
    await expect(page.getByText(`„${goalTitle}“ wurde hinzugefügt.`)).toBeAttached();
    await expect(page.getByText('Noch kein Indikator misst dieses Ziel.')).toBeVisible();
    await expectNoAxeViolations(page, 'outline (one goal)');
  });

  await test.step('creates an indicator for the goal', async () => {
    await page.getByRole('link', { name: `Neuer Indikator ${goalTitle}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Neuer Indikator' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: /^Ziel/ })).toHaveValue(/.+/);
    await expectNoAxeViolations(page, 'new indicator form');

    await page.getByRole('textbox', { name: /^Name/ }).fill(indicatorName);
    await page.getByRole('textbox', { name: /^Einheit/ }).fill(unit);
    await page.getByRole('combobox', { name: /^Art/ }).selectOption({ label: 'Outcome' });
    await page.getByRole('radio', { name: 'Soll sinken' }).check();
    await page.getByRole('textbox', { name: /^Ausgangswert/ }).fill('200');
    await page.getByLabel(/^Datum des Ausgangswerts/).fill('2024-01-01');
    await page.getByRole('textbox', { name: /^Zielwert 1: Wert/ }).fill('100');
    await page.getByLabel(/^Zielwert 1: Datum/).fill('2030-12-31');
    await page.getByRole('button', { name: 'Indikator anlegen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: indicatorName })).toBeVisible();
    await expectNoAxeViolations(page, 'indicator detail (no values)');
  });

  await test.step('adds a value and sees it in the chart and the table', async () => {
    const valueForm = page.getByRole('form', { name: 'Wert erfassen' });
    await valueForm.getByLabel(/^Datum/).fill('2025-06-30');
    await valueForm.getByRole('textbox', { name: new RegExp(`^Wert in ${unit}`) }).fill('160');
    await valueForm.getByRole('button', { name: 'Wert hinzufügen' }).click();
    await expect(page.getByText(/^Wert 160 vom .*hinzugefügt\./)).toBeAttached();

    const chart = page.getByRole('img', { name: new RegExp(`^${indicatorName} im Zeitverlauf`) });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName(/160/);

    await page.getByText('Werte als Tabelle anzeigen').click();
    const table = page.getByRole('table', { name: `Werte in ${unit}` });
    await expect(table).toBeVisible();
    const row = table.getByRole('row').filter({ hasText: '30.06.2025' });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell', { name: '160', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'indicator detail (one value, table open)');
  });

  await test.step('the outline shows the latest value under the goal', async () => {
    await page.getByRole('link', { name: 'Zurück zur Gliederung' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Gliederung/ })).toBeVisible();
    await expect(page.getByRole('link', { name: indicatorName })).toBeVisible();
    await expect(page.getByText(/zuletzt 160 kg\/EW am 30\.06\.2025/)).toBeVisible();
  });
  await test.step('the same outline and indicator read in English', async () => {
    const english = page.getByRole('button', { name: 'English' });
    await english.click();
    await expect(english).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: /^Outline/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add component' })).toBeVisible();
    await expectNoAxeViolations(page, 'outline (English)');

    await page.getByRole('link', { name: indicatorName }).click();
    await expect(
      page.getByRole('img', { name: new RegExp(`^${indicatorName} over time`) }),
    ).toBeVisible();
    await page.getByText('Show the values as a table').click();
    const table = page.getByRole('table', { name: `Values in ${unit}` });
    await expect(table.getByRole('cell', { name: '160', exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'indicator detail (English)');
  });
});
