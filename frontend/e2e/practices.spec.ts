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
 * another form, adopts it into a starter project of its own and sees where it came from; the
 * coordinator of Musterstadt's network sees the new practice and its adoption in the member comparison.
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

  // Where Musterstadt stands in its consortium before: practices published and their adoptions.
  const networks = await request.get(`${apiUrl}/api/v1/networks?limit=100`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(networks.status()).toBe(200);
  const consortium = (
    (await networks.json()) as { items: { id: string; name: string }[] }
  ).items.find((network) => network.name === 'Städtekonsortium Kreislaufstadt');
  expect(consortium).toBeDefined();
  const consortiumId = consortium?.id ?? '';
  const musterstadtStanding = async () => {
    const answer = await request.get(`${apiUrl}/api/v1/networks/${consortiumId}/dashboard`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(answer.status()).toBe(200);
    const { members } = (await answer.json()) as {
      members: {
        organization: { name: string };
        practicesPublished: number;
        practiceAdoptions: number;
      }[];
    };
    const standing = members.find((member) => member.organization.name === 'Stadt Musterstadt');
    expect(standing).toBeDefined();
    return {
      published: standing?.practicesPublished ?? 0,
      adopted: standing?.practiceAdoptions ?? 0,
    };
  };
  const before = await musterstadtStanding();

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

  await test.step('the coordinator sees the practice and its adoption in the member comparison', async () => {
    await logOut(page);
    await page.goto(`/networks/${consortiumId}/dashboard`);
    await logIn(page, 'network-coordinator', 'Nora Netz');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Mitgliedervergleich' }),
    ).toBeVisible();
    const row = page
      .getByRole('table', { name: 'Mitgliedskommunen im Vergleich' })
      .getByRole('row', { name: /^Stadt Musterstadt/ });
    await expect(row.getByRole('cell').last()).toHaveText(
      `${String(before.published + 1)} (${String(before.adopted + 1)})`,
    );
    await expectNoAxeViolations(page, 'network member comparison');
  });
});
