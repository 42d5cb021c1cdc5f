import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { expect, test, type Page } from '@playwright/test';

import { apiUrl, createEditorClient, logIn, realmUrl } from './support';

/**
 * The example sync script (examples/sync-csv) against the real stack, with a machine client that
 * Musterstadt's admin creates in the SPA: its first run creates, its second changes nothing, and
 * a deletion in the SPA reaches it through the change feed and through a signed webhook to its
 * local receiver.
 */
const exampleDir = resolve(process.cwd(), '../examples/sync-csv');
const tsx = join(exampleDir, 'node_modules/.bin/tsx');
const receiverPort = Number(process.env.CCH_E2E_WEBHOOK_PORT ?? 8497);
const run = promisify(execFile);

type Event = Record<string, unknown> & { event: string };
type Mirror = Partial<Record<string, { id: string; version: number }>>;

interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

function events(stdout: string): Event[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Event);
}

test('the example sync script mirrors a CSV once and hears of a deletion by feed and webhook', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const suffix = String(Date.now());
  const work = await mkdtemp(join(tmpdir(), 'cch-sync-e2e-'));
  const state = join(work, 'state');
  // The sample CSVs with external ids of this run, so that a rerun on the same database creates again.
  for (const file of ['projects.csv', 'indicator-values.csv']) {
    const text = await readFile(join(exampleDir, file), 'utf8');
    await writeFile(join(work, file), text.replace(/^(pdb|sync)-([^,]+)/gm, `$1-$2-${suffix}`));
  }
  const client =
    await test.step("Musterstadt's admin creates the script's client in the SPA", async () => {
      await page.goto('/settings/api-clients');
      await logIn(page, 'musterstadt-admin', 'Anna Amtmann');
      const created = await createEditorClient(page, `Projektdatenbank ${suffix}`, 'CSV-Abgleich');
      await page.getByRole('button', { name: 'Ich habe das Secret gespeichert' }).click();
      return created;
    });
  const env = {
    ...process.env,
    CCH_API_URL: apiUrl,
    CCH_TOKEN_URL: `${realmUrl}/protocol/openid-connect/token`,
    CCH_CLIENT_ID: client.clientId,
    CCH_CLIENT_SECRET: client.secret,
  };
  const script = async (extra: Record<string, string>, ...args: string[]): Promise<Event[]> => {
    const { stdout } = await run(
      tsx,
      [
        'src/main.ts',
        ...args,
        '--json',
        '--state',
        state,
        '--projects',
        join(work, 'projects.csv'),
        '--indicators',
        join(work, 'indicator-values.csv'),
      ],
      { cwd: exampleDir, env: { ...env, ...extra }, timeout: 90_000 },
    ).catch((error: unknown) => {
      const failed = error as { stdout?: string; stderr?: string };
      throw new Error(
        `sync script ${args.join(' ')} failed: ${failed.stderr ?? ''} ${failed.stdout ?? ''}`,
      );
    });
    return events(stdout);
  };
  const summary = (found: Event[]) =>
    found.find((e) => e.event === 'summary') as unknown as {
      projects: Counts;
      indicators: Counts;
      total: Counts;
    };

  await test.step('first run creates the three projects, two indicators and three values', async () => {
    const first = summary(await script({}, 'sync'));
    expect(first.projects).toEqual({ created: 3, updated: 0, unchanged: 0, failed: 0 });
    expect(first.indicators).toEqual({ created: 5, updated: 0, unchanged: 0, failed: 0 });
  });

  await test.step('second run over the same CSV changes nothing', async () => {
    const second = summary(await script({}, 'sync'));
    expect(second.total).toEqual({ created: 0, updated: 0, unchanged: 8, failed: 0 });
  });

  const mirror = JSON.parse(await readFile(join(state, 'projects.json'), 'utf8')) as Mirror;
  const externalId = `pdb-0817-${suffix}`;
  const doomed = mirror[externalId];
  expect(doomed, 'the mirror knows the project it created').toBeTruthy();
  const projectId = doomed?.id ?? 'missing';

  await test.step('the feed follower catches up to now', async () => {
    const caughtUp = (await script({}, 'follow')).find((e) => e.event === 'caught-up');
    expect(caughtUp).toMatchObject({ resynced: false });
  });

  const port = receiverPort;
  let receiver: ChildProcess | undefined;
  const received: Event[] = [];
  let webhook: { id: string } | undefined;
  let adminToken = '';
  try {
    adminToken =
      await test.step("Musterstadt's admin opens the SPA again (a fresh token)", async () => {
        const token = bearerOf(page);
        await page.goto('/');
        return token;
      });

    await test.step('the script subscribes its receiver with her token and starts it', async () => {
      const subscribed = (
        await script(
          { CCH_ADMIN_TOKEN: adminToken },
          'subscribe',
          '--url',
          `http://127.0.0.1:${String(port)}/webhooks`,
          '--types',
          'starter-project',
        )
      ).find((e) => e.event === 'subscribed');
      expect(subscribed?.secret).toMatch(/^whsec_/);
      webhook = { id: String(subscribed?.id) };
      receiver = spawn(tsx, ['src/main.ts', 'receive', '--json', '--port', String(port)], {
        cwd: exampleDir,
        env: { ...env, CCH_WEBHOOK_SECRET: String(subscribed?.secret) },
      });
      let buffer = '';
      receiver.stdout?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        received.push(...events(lines.join('\n')));
      });
      await expect.poll(() => received.some((e) => e.event === 'listening')).toBe(true);
    });

    await test.step('Musterstadt editor deletes one of the mirrored projects in the SPA', async () => {
      const context = await browser.newContext();
      const editor = await context.newPage();
      await editor.goto(`/projects/${projectId}`);
      await logIn(editor, 'musterstadt-editor', 'Erika Mustermann');
      await editor.goto(`/projects/${projectId}`);
      await expect(
        editor.getByRole('heading', { level: 1, name: 'Reparaturcafé Nord' }),
      ).toBeVisible();
      await editor.getByRole('button', { name: 'Starterprojekt löschen' }).click();
      await editor.getByRole('button', { name: 'Endgültig löschen' }).click();
      await expect(editor.getByText('Das Starterprojekt wurde gelöscht.')).toBeVisible();
      await context.close();
    });

    await test.step('the change feed hands the script the tombstone', async () => {
      const changes = (await script({}, 'follow')).filter((e) => e.event === 'change');
      expect(changes.map((e) => e.change)).toContainEqual(
        expect.objectContaining({
          operation: 'DELETE',
          id: projectId,
          externalId,
          type: 'starter-project',
        }),
      );
    });

    await test.step('the receiver gets the deletion as a signed webhook', async () => {
      await expect
        .poll(
          () =>
            received.find(
              (e) =>
                e.event === 'webhook' &&
                e.type === 'starter-project.deleted' &&
                (e.data as { id?: string } | undefined)?.id === projectId,
            ) ?? null,
          { timeout: 45_000 },
        )
        .toMatchObject({ data: { externalId, operation: 'DELETE' } });
      expect(received.filter((e) => e.event === 'webhook-refused')).toEqual([]);
    });

    await test.step('an identical upsert by external id keeps the version', async () => {
      const other = mirror[`pdb-0815-${suffix}`];
      const tokenResponse = await page.request.post(`${realmUrl}/protocol/openid-connect/token`, {
        form: {
          grant_type: 'client_credentials',
          client_id: client.clientId,
          client_secret: client.secret,
        },
      });
      const syncToken = ((await tokenResponse.json()) as { access_token: string }).access_token;
      const headers = { Authorization: `Bearer ${syncToken}` };
      const current = await page.request.get(
        `${apiUrl}/api/v1/starter-projects/${other?.id ?? ''}`,
        { headers },
      );
      const project = (await current.json()) as Record<string, unknown>;
      const body = Object.fromEntries(
        ['title', 'summary', 'fieldsOfAction', 'visibility', 'startDate', 'budgetPlanned']
          .filter((key) => project[key] !== undefined)
          .map((key) => [key, project[key]]),
      );
      const put = await page.request.put(
        `${apiUrl}/api/v1/starter-projects/by-external-id/pdb-0815-${suffix}`,
        { headers, data: body },
      );
      expect(put.status(), await put.text()).toBe(200);
      expect(put.headers().etag).toBe(current.headers().etag);
    });
  } finally {
    receiver?.kill();
    if (webhook && adminToken) {
      // Later scenarios should not keep a dead receiver busy.
      const headers = { Authorization: `Bearer ${adminToken}` };
      const current = await page.request.get(`${apiUrl}/api/v1/webhooks/${webhook.id}`, {
        headers,
      });
      await page.request.delete(`${apiUrl}/api/v1/webhooks/${webhook.id}`, {
        headers: { ...headers, 'If-Match': current.headers().etag },
      });
    }
  }
});

/** The bearer token of the SPA's next API request (the signed-in user's access token). */
function bearerOf(page: Page): Promise<string> {
  return page
    .waitForRequest(
      (request) => request.url().startsWith(apiUrl) && !!request.headers().authorization,
    )
    .then((request) => request.headers().authorization.replace(/^Bearer /, ''));
}
