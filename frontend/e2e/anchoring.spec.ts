import { expect, test, type Page } from '@playwright/test';

import { demoStrategy } from './demo-data';
import { expectKeycloakLoginPage, expectNoAxeViolations, logIn } from './support';

const consortium = 'Städtekonsortium Kreislaufstadt';
const musterstadt = 'Stadt Musterstadt';
const followGroup = 'Politische Begleitgruppe Kreislaufstadt';
const decisionReference = 'Drucksache 0815/2025';

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expectKeycloakLoginPage(page);
}

/**
 * Advisors and political anchoring with the demo data: the consortium's advisor (Nora Netz of the
 * coordinator) sees Musterstadt in her portfolio and changes a check-in of its log; Musterstadt's
 * editor sees the council decision and the follow group on the anchoring page and on the adopted
 * strategy's page, which links to the decision. Every page is axe-clean.
 */
test('the advisor keeps the check-in log, and Musterstadt sees its political anchoring', async ({
  page,
}) => {
  const nextSteps = `Antragsentwurf an die Beraterin (E2E ${String(Date.now())})`;

  await page.goto('/advisor-portfolio');
  await logIn(page, 'network-coordinator', 'Nora Netz');

  await test.step('the advisor opens Musterstadt from her portfolio', async () => {
    await expect(
      page.getByRole('heading', { level: 1, name: 'Mein Beratungsportfolio' }),
    ).toBeVisible();
    const portfolio = page.getByRole('table', { name: 'Kommunen, die ich berate' });
    await expect(portfolio.getByRole('row').filter({ hasText: consortium })).toContainText(
      musterstadt,
    );
    await expectNoAxeViolations(page, 'advisor portfolio');
    await portfolio.getByRole('link', { name: musterstadt, exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Gesprächsprotokoll: ${musterstadt}` }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'check-in log');
  });

  await test.step('the advisor changes the next steps of a check-in', async () => {
    const log = page.getByRole('region', { name: 'Gespräche' });
    const entry = log
      .getByRole('listitem')
      .filter({ hasText: 'Kostenschätzung, Fördermöglichkeiten' });
    await entry.getByRole('button', { name: /^Bearbeiten/ }).click();
    const form = log.getByRole('form', { name: /^Gespräch vom .* ändern$/ });
    await expect(form.getByRole('heading', { name: /^Gespräch vom/ })).toBeFocused();
    await form.getByRole('textbox', { name: /^Nächste Schritte/ }).fill(nextSteps);
    await expectNoAxeViolations(page, 'check-in edit form');
    await form.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(log.getByText(nextSteps)).toBeVisible();
    await expect(page.getByText(/^Das Gespräch vom .* wurde geändert\.$/)).toBeAttached();
  });

  await test.step("the advisor section of the consortium's page links to the log", async () => {
    await page.goto('/networks');
    await page.getByRole('link', { name: consortium, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: consortium })).toBeVisible();
    const advisors = page.getByRole('region', { name: 'Beratung' });
    await expect(
      advisors.getByRole('table', { name: 'Beratung nach Mitgliedskommune' }),
    ).toContainText('Nora Netz');
    await expectNoAxeViolations(page, 'network page with its advisors');
    await advisors.getByRole('link', { name: `Gesprächsprotokoll ${musterstadt}` }).click();
    await expect(page.getByText(nextSteps)).toBeVisible();
    await logOut(page);
  });

  await test.step("Musterstadt's editor sees its decisions and follow group", async () => {
    await logIn(page, 'musterstadt-editor', 'Erika Mustermann');
    await page.getByRole('link', { name: 'Politische Verankerung' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Politische Verankerung' }),
    ).toBeVisible();
    const decisions = page.getByRole('table', {
      name: 'Rats- und Ausschussbeschlüsse, der neueste zuerst',
    });
    await expect(decisions.getByRole('link', { name: decisionReference })).toBeVisible();
    await expect(page.getByRole('heading', { name: followGroup, exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'anchoring page');

    // The visually hidden context after "Bearbeiten" makes the button's name unique per row.
    const edit = decisions
      .getByRole('row')
      .filter({ hasText: decisionReference })
      .getByRole('button', { name: /^Bearbeiten/ });
    await edit.click();
    const form = page.getByRole('form', { name: `Beschluss ${decisionReference} ändern` });
    await expect(form.getByRole('textbox', { name: /^Gremium/ })).toHaveValue(
      'Rat der Stadt Musterstadt',
    );
    await expectNoAxeViolations(page, 'decision edit form');
    await form.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(edit).toBeFocused();
  });

  await test.step("the adopted strategy's page shows its political anchoring", async () => {
    await page.goto(`/strategies?q=${encodeURIComponent(demoStrategy)}`);
    await page.getByRole('link', { name: demoStrategy, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: demoStrategy })).toBeVisible();
    await expect(
      page.getByRole('link', { name: `${decisionReference}, Rat der Stadt Musterstadt` }),
    ).toBeVisible();
    const anchoring = page.getByRole('region', { name: 'Politische Verankerung' });
    await expect(anchoring.getByRole('link', { name: decisionReference })).toBeVisible();
    await expect(anchoring.getByText('Hat die Strategie beschlossen')).toBeVisible();
    await expect(anchoring.getByText(followGroup, { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'strategy page with its political anchoring');

    // The demo strategy was adopted twice: the revision added the used-goods platform.
    await page.getByRole('button', { name: 'Fassungen anzeigen' }).click();
    const versions = page.getByRole('table', { name: /^Durch Beschlüsse festgehaltene Fassungen/ });
    await expect(versions.getByRole('rowheader')).toHaveText(['Fassung 2', 'Fassung 1']);
    await expect(versions).toContainText('Drucksache 0217/2024');
    const comparison = page.getByRole('group', { name: 'Zwei Fassungen vergleichen' });
    await comparison.getByLabel('Von').selectOption({ label: 'Fassung 1' });
    await comparison.getByLabel('Bis').selectOption({ label: 'Fassung 2' });
    await expect(
      comparison.getByText('Hinzugefügt: Gebrauchtwaren- und Bauteilplattform'),
    ).toBeVisible();
    await expect(comparison.getByText('Geändert: Zirkuläre Beschaffungsquote')).toBeVisible();
    await expectNoAxeViolations(page, 'demo strategy with two versions compared');
    await anchoring.getByRole('link', { name: 'Zur politischen Verankerung' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Politische Verankerung' }),
    ).toBeVisible();
  });
});
