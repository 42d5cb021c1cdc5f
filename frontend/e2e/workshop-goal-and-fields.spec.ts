import { expect, test } from '@playwright/test';

import { expectNoAxeViolations, logIn } from './support';

const kickOff = 'Auftaktworkshop Kreislaufstadt Musterstadt';

/**
 * The other two ways a workshop's results travel: Musterstadt adds a field of action of its own
 * and gives it to a project made from an idea, and a goal proposal becomes a goal in the
 * strategy's outline, which names the outcome it came from.
 */
test('an idea becomes a project in an own field of action and a goal proposal becomes a goal', async ({
  page,
}) => {
  const stamp = String(Date.now());
  const field = `Textilien ${stamp}`;
  const idea = `Reparaturcafé für Arbeitskleidung ${stamp}`;
  const goal = `Textilabfälle halbieren ${stamp}`;

  await page.goto('/');
  await logIn(page, 'musterstadt-editor', 'Erika Mustermann');

  await test.step('adds a field of action of its own', async () => {
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Handlungsfelder' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Handlungsfelder' })).toBeVisible();
    await page.getByRole('textbox', { name: /^Name/ }).fill(field);
    await page.getByRole('button', { name: 'Hinzufügen' }).click();
    await expect(page.getByText(`„${field}“ wurde hinzugefügt.`)).toBeVisible();
    await expect(page.getByRole('table', { name: /^Eigene Handlungsfelder/ })).toContainText(field);
    await expectNoAxeViolations(page, 'fields of action settings');
  });

  await test.step('opens the kick-off workshop', async () => {
    await page.goto(`/workshops?q=${encodeURIComponent(kickOff)}`);
    await page.getByRole('link', { name: kickOff }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: kickOff })).toBeVisible();
  });

  await test.step('turns an idea into a project in the new field of action', async () => {
    const outcomes = page.getByRole('region', { name: 'Ergebnisse' });
    await outcomes.getByRole('combobox', { name: /^Art/ }).selectOption({ label: 'Idee' });
    await outcomes.getByRole('textbox', { name: /^Ergebnis/ }).fill(idea);
    await outcomes.getByRole('button', { name: 'Ergebnis hinzufügen' }).click();
    await expect(outcomes.getByText('Idee hinzugefügt.')).toBeVisible();

    await outcomes.getByRole('button', { name: `In Starterprojekt umwandeln: ${idea}` }).click();
    const dialog = page.getByRole('dialog', { name: 'In Starterprojekt umwandeln' });
    await dialog.getByRole('checkbox', { name: field }).check();
    await dialog.getByRole('button', { name: 'Starterprojekt anlegen' }).click();
    await dialog.getByRole('link', { name: /^Projekt „.*“ öffnen$/ }).click();

    await expect(page.getByRole('heading', { level: 1, name: idea })).toBeVisible();
    await expect(page.getByText(field, { exact: true }).first()).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: kickOff })).toBeVisible();
  });

  await test.step('turns a goal proposal into a goal of the strategy', async () => {
    const outcomes = page.getByRole('region', { name: 'Ergebnisse' });
    await outcomes.getByRole('combobox', { name: /^Art/ }).selectOption({ label: 'Zielvorschlag' });
    await outcomes.getByRole('textbox', { name: /^Ergebnis/ }).fill(goal);
    await outcomes.getByRole('button', { name: 'Ergebnis hinzufügen' }).click();
    await expect(outcomes.getByText('Zielvorschlag hinzugefügt.')).toBeVisible();

    await outcomes.getByRole('button', { name: `In Ziel umwandeln: ${goal}` }).click();
    const dialog = page.getByRole('dialog', { name: 'In Ziel umwandeln' });
    await expectNoAxeViolations(page, 'convert to goal dialog');
    await dialog.getByRole('button', { name: 'Ziel anlegen' }).click();
    await expect(dialog.getByText('Das Ziel wurde der Strategie hinzugefügt.')).toBeVisible();
    await dialog.getByRole('link', { name: 'Gliederung der Strategie öffnen' }).click();

    await expect(page.getByText(goal, { exact: true }).first()).toBeVisible();
    await expectNoAxeViolations(page, 'outline with the converted goal');
  });
});
