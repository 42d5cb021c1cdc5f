import { expect, test, type Page } from '@playwright/test';

import { escapeRegExp } from './demo-data';
import { expectKeycloakLoginPage, expectNoAxeViolations, logIn } from './support';

const consortium = 'Städtekonsortium Kreislaufstadt';

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expectKeycloakLoginPage(page);
}

async function openConsortium(page: Page): Promise<void> {
  await page.goto('/networks');
  await expect(page.getByRole('heading', { level: 1, name: 'Netzwerke' })).toBeVisible();
  await page.getByRole('link', { name: consortium, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: consortium })).toBeVisible();
}

/**
 * Membership as consent and a virtual status update, as the issue describes it: the coordinator
 * invites Eksempelby into the demo consortium and plans a status update, Eksempelby's admin
 * accepts, Musterstadt submits its report pre-filled from its own records, and the coordinator
 * sees who has reported. Needs a fresh demo database (Eksempelby is not yet a member).
 */
test('the coordinator invites, the member accepts, and a member reports for a status update', async ({
  page,
}) => {
  const eventTitle = `Virtueller Statustermin ${String(Date.now())} (E2E)`;
  let eventUrl = '';

  await page.goto('/networks');
  await logIn(page, 'network-coordinator', 'Nora Netz');

  await test.step('the coordinator invites Eksempelby and plans a status update', async () => {
    await openConsortium(page);
    await expectNoAxeViolations(page, 'network page (coordinator)');
    const invite = page.getByRole('form', { name: 'Organisation einladen' });
    await invite
      .getByRole('combobox', { name: /^Organisation/ })
      .selectOption({ label: 'Eksempelby Kommune' });
    await invite.getByRole('button', { name: 'Einladung senden' }).click();
    await expect(page.getByText(/Eksempelby Kommune ist eingeladen/)).toBeVisible();
    const members = page.getByRole('table', { name: 'Mitglieder mit ihren Rollen' });
    await expect(members.getByRole('row').filter({ hasText: 'Eksempelby Kommune' })).toContainText(
      'Eingeladen',
    );

    await page.getByRole('link', { name: 'Termin planen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Termin planen' })).toBeVisible();
    await page
      .getByRole('combobox', { name: /^Art/ })
      .selectOption({ label: 'Virtueller Statustermin' });
    await page.getByRole('textbox', { name: /^Titel/ }).fill(eventTitle);
    await page.getByLabel(/^Beginn/).fill('2027-02-17T10:00');
    await page.getByLabel(/^Ende/).fill('2027-02-17T11:30');
    await page.getByRole('textbox', { name: /^Online-Link/ }).fill('https://meet.example/e2e');
    await expectNoAxeViolations(page, 'event planning form');
    await page.getByRole('button', { name: 'Termin planen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: eventTitle })).toBeVisible();
    eventUrl = page.url();
    await expectNoAxeViolations(page, 'event page (coordinator)');
    await logOut(page);
  });

  await test.step("Eksempelby's admin accepts the invitation", async () => {
    await logIn(page, 'eksempelby-admin', 'Mette Madsen');
    await page.goto('/networks');
    const waiting = page.getByRole('region', { name: 'Zu entscheiden' });
    await waiting
      .getByRole('button', { name: `Für Eksempelby Kommune annehmen: ${consortium}` })
      .click();
    await expect(page.getByText(`Angenommen: ${consortium}.`)).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: 'Meine Netzwerke nach Name' })
        .getByRole('link', { name: consortium }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'networks list (member)');
    await logOut(page);
  });

  await test.step('Musterstadt submits its pre-filled status report', async () => {
    await logIn(page, 'musterstadt-editor', 'Erika Mustermann');
    await page.goto(eventUrl);
    await expect(page.getByRole('heading', { level: 1, name: eventTitle })).toBeVisible();
    await page.getByRole('link', { name: 'Unseren Statusbericht schreiben' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Statusbericht' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Was der Hub gezählt hat' })).toBeVisible();
    await expectNoAxeViolations(page, 'status report form');
    const progress = page.getByRole('textbox', { name: /^Fortschritt/ });
    await progress.fill(`${await progress.inputValue()}\nBauteilbörse gestartet (E2E)`.trim());
    await page.getByRole('textbox', { name: 'Nächste Schritte' }).fill('Ratsbeschluss vorbereiten');
    await page.getByRole('button', { name: 'Bericht absenden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: eventTitle })).toBeVisible();
    const reports = page.getByRole('region', { name: 'Statusberichte' });
    await expect(reports.getByText(/Bauteilbörse gestartet \(E2E\)/)).toBeVisible();
    await logOut(page);
  });

  await test.step('the coordinator sees who has reported', async () => {
    await logIn(page, 'network-coordinator', 'Nora Netz');
    await page.goto(eventUrl);
    const reports = page.getByRole('region', { name: 'Statusberichte' });
    await expect(reports.getByText(/von 5 Mitgliedskommunen haben berichtet/)).toBeVisible();
    await expect(
      reports.getByText(new RegExp(`^${escapeRegExp('Stadt Musterstadt')}: berichtet am`)),
    ).toBeVisible();
    await expect(reports.getByText('Eksempelby Kommune: noch kein Bericht')).toBeVisible();
    await expectNoAxeViolations(page, 'event page with reports (coordinator)');
  });
});
