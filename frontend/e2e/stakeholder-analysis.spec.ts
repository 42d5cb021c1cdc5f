import { expect, test } from '@playwright/test';

import { escapeRegExp, openDemoAnalysis } from './demo-data';
import { expectNoAxeViolations, logIn } from './support';

/**
 * Stakeholder analysis on the demo data: the editor re-rates one of the rated stakeholders of
 * "Stakeholderanalyse 2026" and its point on the power/interest grid moves (its accessible name
 * carries the position, which is what a screen-reader user gets).
 */
test('an editor re-rates a stakeholder and its point moves on the power/interest grid', async ({
  page,
}) => {
  await test.step('Musterstadt editor signs in and opens the demo analysis', async () => {
    await page.goto('/');
    await logIn(page, 'musterstadt-editor', 'Erika Mustermann');
    await openDemoAnalysis(page);
    await expect(
      page.getByRole('group', { name: /^Einfluss-Interesse-Matrix mit \d+ bewerteten/ }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'stakeholder analysis');
  });

  const picker = page.getByRole('combobox', { name: /^Stakeholder/ });
  const ratedOptions = (await picker.locator('option').allTextContents()).filter((label) =>
    label.endsWith(' (bewertet)'),
  );
  expect(ratedOptions.length, 'rated stakeholders in the demo analysis').toBeGreaterThan(5);
  const optionLabel = ratedOptions[0] ?? '';
  const name = optionLabel.replace(/ \(bewertet\)$/, '');
  const pointOf = (power: number | string, interest: number | string) =>
    page.getByRole('button', {
      name: new RegExp(
        `^${escapeRegExp(name)}: Einfluss ${String(power)}, Interesse ${String(interest)}, .+`,
      ),
    });

  const before = page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}: Einfluss`) });
  await expect(before).toHaveCount(1);
  const beforeName = (await before.getAttribute('aria-label')) ?? '';
  const match = /Einfluss (\d), Interesse (\d)/.exec(beforeName);
  expect(match, `position in "${beforeName}"`).not.toBeNull();
  const oldPower = Number(match?.[1]);
  const oldInterest = Number(match?.[2]);
  // Across the middle of the grid on both axes, so that the quadrant changes too.
  const newPower = oldPower >= 3 ? 1 : 5;
  const newInterest = oldInterest >= 3 ? 1 : 5;

  await test.step(`re-rates ${name}`, async () => {
    await picker.selectOption({ label: optionLabel });
    const form = page.getByRole('form', { name: `Bewertung von ${name} ändern` });
    await expect(form).toBeVisible();
    await expect(
      form
        .getByRole('radiogroup', { name: /^Einfluss/ })
        .getByRole('radio', { name: String(oldPower) }),
    ).toBeChecked();
    await expectNoAxeViolations(page, 'stakeholder analysis (rating form)');

    await form
      .getByRole('radiogroup', { name: /^Einfluss/ })
      .getByRole('radio', { name: String(newPower), exact: true })
      .check();
    await form
      .getByRole('radiogroup', { name: /^Interesse/ })
      .getByRole('radio', { name: String(newInterest), exact: true })
      .check();
    await form.getByRole('button', { name: 'Bewertung speichern' }).click();
  });

  await test.step('sees the point move', async () => {
    await expect(pointOf(newPower, newInterest)).toHaveCount(1);
    await expect(pointOf(oldPower, oldInterest)).toHaveCount(0);
    const afterName = (await pointOf(newPower, newInterest).getAttribute('aria-label')) ?? '';
    expect(afterName).not.toBe(beforeName);
    // Both axes crossed the middle of the grid, so the quadrant changed too.
    const quadrantOf = (label: string) => /, Interesse \d, ([^;]+)/.exec(label)?.[1];
    expect(quadrantOf(afterName)).toBeDefined();
    expect(quadrantOf(afterName)).not.toBe(quadrantOf(beforeName));
    await expect(page.getByText(/^Gespeichert\./)).toBeAttached();
    await expectNoAxeViolations(page, 'stakeholder analysis (after re-rating)');

    // It persists.
    await page.reload();
    await expect(pointOf(newPower, newInterest)).toHaveCount(1);
  });
});
