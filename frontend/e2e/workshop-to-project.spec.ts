import { expect, test, type Page } from '@playwright/test';

import { expectNoAxeViolations, logIn } from './support';

/** The dashboard's summed CO2e estimate in t/a, read from the page as a user sees it. */
async function dashboardCo2e(page: Page): Promise<number> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  const impact = page.getByRole('region', { name: 'Summierte Wirkung' });
  const value = impact
    .locator('div')
    .filter({ has: page.getByText('CO2e-Einsparung', { exact: true }) })
    .locator('dd');
  const text = (await value.textContent()) ?? '';
  const match = /([\d.,]+)\s*t CO2e\/a/.exec(text);
  if (!match?.[1]) {
    throw new Error(`no CO2e total on the dashboard: "${text}"`);
  }
  // German number format: "1.234,5".
  return Number(match[1].replaceAll('.', '').replace(',', '.'));
}

/**
 * The whole path from a workshop to measured impact: the Musterstadt editor plans a
 * workshop with an agenda, registers participants past its capacity (the last one waits),
 * records an outcome, turns it into a starter project, adds a measure with a CO2e estimate
 * and finds the dashboard's total grown by exactly that estimate.
 */
test('a workshop outcome becomes a starter project whose impact reaches the dashboard', async ({
  page,
}) => {
  const stamp = String(Date.now());
  const workshopTitle = `Projektwerkstatt Bauen ${stamp} (E2E)`;
  const outcomeText = `Bauteilbörse für Rückbaumaterial aus Schulen ${stamp}`;
  const projectTitle = `Bauteilbörse Schulen ${stamp} (E2E)`;
  const newcomer = `Abbruchunternehmen Stein ${stamp}`;
  const co2e = 17;
  let workshopUrl = '';

  await page.goto('/');
  await logIn(page, 'musterstadt-editor', 'Erika Mustermann');
  const co2eBefore = await dashboardCo2e(page);
  await expectNoAxeViolations(page, 'dashboard');

  await test.step('plans a workshop with two seats', async () => {
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Workshops' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
    await page.getByRole('link', { name: 'Workshop planen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Workshop planen' })).toBeVisible();
    await expectNoAxeViolations(page, 'plan workshop form');

    await page.getByRole('textbox', { name: /^Titel/ }).fill(workshopTitle);
    await page
      .getByRole('combobox', { name: /^Zweck/ })
      .selectOption({ label: 'Projektentwicklung' });
    await page.getByLabel(/^Beginn/).fill('2027-03-10T09:00');
    await page.getByLabel(/^Ende/).fill('2027-03-10T12:00');
    await page.getByRole('textbox', { name: /^Ort/ }).fill('Rathaus, Ratssaal');
    await page.getByRole('textbox', { name: /^Plätze/ }).fill('2');
    await page.getByRole('button', { name: 'Workshop planen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: workshopTitle })).toBeVisible();
    workshopUrl = page.url();
  });

  await test.step('builds the agenda and sees its running times', async () => {
    const agenda = page.getByRole('region', { name: 'Ablauf' });
    await agenda.getByRole('button', { name: 'Programmpunkt hinzufügen' }).click();
    await agenda
      .getByRole('textbox', { name: /^Titel/ })
      .nth(0)
      .fill('Begrüßung');
    await agenda
      .getByRole('textbox', { name: /^Dauer/ })
      .nth(0)
      .fill('30');
    await agenda.getByRole('button', { name: 'Programmpunkt hinzufügen' }).click();
    await agenda
      .getByRole('textbox', { name: /^Titel/ })
      .nth(1)
      .fill('Projektideen sammeln');
    await agenda
      .getByRole('textbox', { name: /^Dauer/ })
      .nth(1)
      .fill('90');
    await agenda
      .getByRole('textbox', { name: /^Methode/ })
      .nth(1)
      .fill('World Café');
    await agenda.getByRole('button', { name: 'Ablauf speichern' }).click();

    await expect(agenda.getByText('Ablauf gespeichert.')).toBeVisible();
    await expect(agenda.getByText('120 von 180 Minuten verplant.')).toBeVisible();
    await expect(agenda.getByRole('group', { name: /^Programmpunkt 2, 09:30/ })).toBeVisible();
    await expectNoAxeViolations(page, 'workshop detail with agenda');
  });

  await test.step('registers participants past the capacity: the third waits', async () => {
    const participants = page.getByRole('region', { name: 'Teilnehmende' });
    const search = participants.getByRole('searchbox', {
      name: /^Stakeholder-Register durchsuchen/,
    });

    for (const name of ['Textilpflege Weber KG', 'Repair-Werkstatt Heil & Ganz']) {
      await search.fill(name);
      await participants.getByRole('button', { name: `${name} hinzufügen` }).click();
      await expect(participants.getByText(`${name} hinzugefügt: Angemeldet.`)).toBeVisible();
    }
    await expect(participants.getByText('2 von 2 Plätzen belegt, 0 frei.')).toBeVisible();

    await participants.getByRole('radio', { name: 'Neuer Stakeholder' }).check();
    await participants.getByRole('textbox', { name: /^Name der Organisation/ }).fill(newcomer);
    await participants
      .getByRole('combobox', { name: /^Sektor/ })
      .selectOption({ label: 'Wirtschaft' });
    await participants
      .getByRole('button', { name: 'Ins Register und zum Workshop hinzufügen' })
      .click();
    await expect(
      participants.getByText(`Alle Plätze sind belegt: ${newcomer} steht auf der Warteliste.`),
    ).toBeVisible();
    await expect(participants.getByText('1 auf der Warteliste.')).toBeVisible();
    await expectNoAxeViolations(page, 'workshop participants with waitlist');
  });

  await test.step('a cancellation moves the waiting participant up', async () => {
    const participants = page.getByRole('region', { name: 'Teilnehmende' });
    await participants
      .getByRole('button', { name: 'Anmeldung von Textilpflege Weber KG absagen' })
      .click();
    await expect(
      participants.getByText(`${newcomer} ist von der Warteliste nachgerückt.`),
    ).toBeVisible();
    await expect(participants.getByText('2 von 2 Plätzen belegt, 0 frei.')).toBeVisible();
  });

  await test.step('records an outcome and turns it into a starter project', async () => {
    const outcomes = page.getByRole('region', { name: 'Ergebnisse' });
    await outcomes
      .getByRole('combobox', { name: /^Art/ })
      .selectOption({ label: 'Projektvorschlag' });
    await outcomes.getByRole('textbox', { name: /^Ergebnis/ }).fill(outcomeText);
    await outcomes.getByRole('button', { name: 'Ergebnis hinzufügen' }).click();
    await expect(outcomes.getByText('Projektvorschlag hinzugefügt.')).toBeVisible();
    await expect(outcomes.getByText(outcomeText, { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'workshop outcomes');

    await outcomes
      .getByRole('button', { name: `In Starterprojekt umwandeln: ${outcomeText}` })
      .click();
    const dialog = page.getByRole('dialog', { name: 'In Starterprojekt umwandeln' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: /^Projekttitel/ }).fill(projectTitle);
    await dialog.getByRole('checkbox', { name: 'Bauen und Gebäude' }).check();
    await expectNoAxeViolations(page, 'convert outcome dialog');
    await dialog.getByRole('button', { name: 'Starterprojekt anlegen' }).click();
    await dialog.getByRole('link', { name: `Projekt „${projectTitle}“ öffnen` }).click();

    await expect(page.getByRole('heading', { level: 1, name: projectTitle })).toBeVisible();
    // The outcome's text is the summary; the origin names the workshop.
    await expect(page.getByText(outcomeText).first()).toBeVisible();
    await expect(page.getByText(`Workshop "${workshopTitle}"`, { exact: false })).toBeVisible();
  });

  await test.step('adds a measure with a CO2e estimate', async () => {
    await page.getByRole('link', { name: /^Maßnahme hinzufügen/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Maßnahme hinzufügen' }),
    ).toBeVisible();
    await page
      .getByRole('textbox', { name: /^Titel der Maßnahme/ })
      .fill('Lager für Bauteile aus dem Schulrückbau');
    await page.getByRole('textbox', { name: /^CO2e-Einsparung \(t\/Jahr\)/ }).fill(String(co2e));
    await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: projectTitle })).toBeVisible();
    const impact = page.getByRole('table', { name: 'Wirkung' });
    await expect(impact.getByRole('row').filter({ hasText: 'CO2e-Einsparung' })).toContainText(
      `${String(co2e)} t CO2e/a`,
    );
  });

  await test.step('the dashboard total grew by the estimate', async () => {
    expect(await dashboardCo2e(page)).toBeCloseTo(co2eBefore + co2e, 5);
    await expectNoAxeViolations(page, 'dashboard after the new measure');
  });

  await test.step('prints the agenda with running times and the outcome', async () => {
    await page.goto(workshopUrl);
    await page.getByRole('link', { name: 'Agenda und Protokoll drucken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: workshopTitle })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
    await expect(page.getByRole('row', { name: /09:30.*Projektideen sammeln/ })).toBeVisible();
    await expect(page.getByText(outcomeText)).toBeVisible();
    await expectNoAxeViolations(page, 'workshop print view');
  });
});
