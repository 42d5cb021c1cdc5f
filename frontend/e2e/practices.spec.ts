import { expect, test, type Page } from '@playwright/test';

import {
  apiUrl,
  clientCredentialsToken,
  expectKeycloakLoginPage,
  expectNoAxeViolations,
  logIn,
} from './support';

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expectKeycloakLoginPage(page);
}

/**
 * From lighthouse to broad application, as the issue describes it: Musterstadt publishes a good
 * practice drafted from one of its starter projects, Eksempelby finds it by a German word in
 * another form, adopts it into a starter project of its own and sees where it came from.
 */
test('a city publishes a practice from its project, another finds it and adopts it', async ({
  page,
  request,
}) => {
  const run = String(Date.now());
  const projectTitle = `Werkzeugverleih im Quartier ${run}`;

  // The project itself comes through the API, as a sync script would push it.
  const token = await clientCredentialsToken(
    request,
    'cch-sync-musterstadt',
    'musterstadt-sync-secret',
  );
  const created = await request.post(`${apiUrl}/api/v1/starter-projects`, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      title: projectTitle,
      summary: 'Bürgerinnen und Bürger leihen Werkzeuge aus, statt sie zu kaufen.',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const projectId = ((await created.json()) as { id: string }).id;

  await page.goto(`/projects/${projectId}`);
  await logIn(page, 'musterstadt-editor', 'Erika Mustermann');

  await test.step('Musterstadt drafts a practice from the project and publishes it for all', async () => {
    await expect(page.getByRole('heading', { level: 1, name: projectTitle })).toBeVisible();
    await page.getByRole('button', { name: 'Als gute Praxis veröffentlichen' }).click();
    await expect(page).toHaveURL(/\/practices\/[0-9a-f-]+\/edit$/);
    const practiceId = /\/practices\/([0-9a-f-]+)\/edit$/.exec(page.url())?.[1] ?? '';
    await expectNoAxeViolations(page, 'practice edit form');

    await page.goto(`/practices/${practiceId}`);
    await expect(page.getByRole('heading', { level: 1, name: projectTitle })).toBeVisible();
    await page.getByRole('combobox', { name: /^Veröffentlichen für/ }).selectOption('PUBLIC');
    await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
    await expect(page.getByText('Veröffentlicht; sichtbar für: Öffentlich.')).toBeVisible();
    await expectNoAxeViolations(page, 'published practice');
    await logOut(page);
  });

  await test.step('Eksempelby finds it by a German word and adopts it', async () => {
    await page.goto('/practices');
    await logIn(page, 'eksempelby-editor', 'Jens Jensen');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bibliothek guter Praxis' }),
    ).toBeVisible();
    await page
      .getByRole('searchbox', { name: 'Suchwörter' })
      .or(page.getByLabel('Suchwörter'))
      .fill('Werkzeug');
    await page.getByRole('button', { name: 'Suchen' }).click();
    const hit = page.getByRole('link', { name: projectTitle });
    await expect(hit).toBeVisible();
    await expectNoAxeViolations(page, 'practice library with results');
    await hit.click();

    await expect(page.getByRole('heading', { level: 1, name: projectTitle })).toBeVisible();
    await page.getByRole('button', { name: 'In ein Starterprojekt übernehmen' }).click();
    await expect(page).toHaveURL(/\/projects\/[0-9a-f-]+$/);
    expect(page.url()).not.toContain(projectId);
    await expect(page.getByText('Übernommen aus der guten Praxis')).toBeVisible();
    await expect(page.getByRole('link', { name: projectTitle })).toBeVisible();
    await expectNoAxeViolations(page, 'adopted starter project');
  });
});
