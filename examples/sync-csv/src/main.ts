/**
 * Example sync script for Circular City Hub (see README.md):
 *
 *   sync       mirror projects.csv and indicator-values.csv into the hub (bulk upserts by key)
 *   follow     read the change feed from the stored cursor (--watch keeps polling)
 *   receive    a local webhook receiver that verifies Standard Webhooks signatures
 *   subscribe  create a webhook subscription (needs an organisation admin's token)
 *
 * `--json` prints one JSON object per line instead of sentences.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import {
  bulkUpsert,
  clientCredentials,
  createHubClient,
  followChanges,
  HubError,
  newIdempotencyKey,
  upsertByExternalId,
  verifyWebhook,
  WebhookVerificationError,
  type components,
  type HubClient,
} from '@circular-city-hub/client';

import { readCsv } from './csv';
import { fileCursorStore, loadMirror, saveMirror, type Mirror } from './state';

type Schemas = components['schemas'];
type ProjectInput = Schemas['StarterProjectInput'] & { externalId: string };
type IndicatorInput = Schemas['IndicatorInput'];
type Indicator = Schemas['Indicator'];
type IndicatorValue = Schemas['IndicatorValue'];
type ValueInput = Schemas['IndicatorValueInput'] & { externalId: string };

const { positionals, values: args } = parseArgs({
  allowPositionals: true,
  options: {
    projects: { type: 'string', default: 'projects.csv' },
    indicators: { type: 'string', default: 'indicator-values.csv' },
    state: { type: 'string', default: process.env.CCH_STATE_DIR ?? '.state' },
    types: { type: 'string', default: 'starter-project,indicator' },
    watch: { type: 'boolean', default: false },
    interval: { type: 'string', default: '10' },
    port: { type: 'string', default: process.env.CCH_WEBHOOK_PORT ?? '8787' },
    url: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const env = {
  apiUrl: process.env.CCH_API_URL ?? 'http://localhost:8080',
  tokenUrl:
    process.env.CCH_TOKEN_URL ??
    'http://localhost:8180/realms/circular-city/protocol/openid-connect/token',
  clientId: process.env.CCH_CLIENT_ID ?? 'cch-sync-musterstadt',
  clientSecret: process.env.CCH_CLIENT_SECRET ?? 'musterstadt-sync-secret',
  organization: process.env.CCH_ORGANIZATION ?? 'musterstadt',
  strategyId: process.env.CCH_STRATEGY_ID,
};
const stateDir = resolve(args.state);

/** Prints an event: a JSON line with --json, otherwise the sentence. */
function emit(event: string, data: Record<string, unknown>, sentence: string): void {
  console.log(args.json ? JSON.stringify({ event, ...data }) : sentence);
}

function hubClient(token = clientCredentials(env)): HubClient {
  return createHubClient({ baseUrl: env.apiUrl, token });
}

async function organizationId(client: HubClient): Promise<string> {
  const { data, error, response } = await client.GET('/api/v1/organizations');
  if (!data) throw new HubError(response.status, error as never, 'GET /api/v1/organizations');
  const found = data.find((organization) => organization.slug === env.organization);
  if (!found?.id) throw new Error(`organisation ${env.organization} is not visible to this client`);
  return found.id;
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

function version(etag: string | undefined): number | undefined {
  const match = /^(?:W\/)?"(\d+)"$/.exec(etag ?? '');
  return match ? Number(match[1]) : undefined;
}

interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

const newCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, failed: 0 });

function addCounts(total: Counts, more: Counts): void {
  for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += more[key];
}

// --- projects ------------------------------------------------------------------------------

function projectInput(row: Record<string, string>): ProjectInput {
  const input: ProjectInput = {
    externalId: row.externalId ?? '',
    title: row.title ?? '',
    fieldsOfAction: (row.fieldsOfAction ?? '').split(';').filter(Boolean),
    visibility: (row.visibility || 'PRIVATE') as Schemas['Visibility'],
  };
  if (row.summary) input.summary = row.summary;
  if (row.startDate) input.startDate = row.startDate;
  if (row.budgetPlanned) input.budgetPlanned = Number(row.budgetPlanned);
  return input;
}

/** id → version of every starter project of the organisation (summaries: one request per 100). */
async function projectVersions(client: HubClient, orgId: string): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  let cursor: string | undefined;
  do {
    const { data, error, response } = await client.GET('/api/v1/starter-projects', {
      params: { query: { organizationId: orgId, limit: 100, ...(cursor ? { cursor } : {}) } },
    });
    if (!data) throw new HubError(response.status, error as never, 'GET /api/v1/starter-projects');
    for (const item of data.items) versions.set(item.id, item.version);
    cursor = data.next;
  } while (cursor);
  return versions;
}

/**
 * Sends only rows that differ from what the script last wrote, or whose record was changed or
 * deleted in the hub since (its version moved on): a second run over the same CSV writes nothing.
 */
async function syncProjects(client: HubClient, orgId: string, path: string): Promise<Counts> {
  const counts = newCounts();
  const rows = (await readCsv(path)).map(projectInput);
  const mirror: Mirror = await loadMirror(stateDir);
  const versions = await projectVersions(client, orgId);

  const pending = rows.filter((row) => {
    const known = mirror[row.externalId];
    const same = known?.hash === hash(row) && versions.get(known.id) === known.version;
    if (same) counts.unchanged++;
    return !same;
  });
  if (pending.length > 0) {
    const summary = await bulkUpsert(client, '/api/v1/starter-projects/bulk', pending, {
      organizationId: orgId,
    });
    for (const result of summary.results) {
      const row = pending[result.index];
      if (!row) continue;
      if (result.result === 'FAILED' || !result.id) {
        counts.failed++;
        emit(
          'failed',
          { externalId: row.externalId, problem: result.problem },
          `failed: ${row.externalId}: ${result.problem?.detail ?? result.problem?.title ?? ''}`,
        );
        continue;
      }
      const before = versions.get(result.id);
      const after = version(result.etag) ?? -1;
      if (result.result === 'CREATED') counts.created++;
      // A replace that left the version as it was stored nothing new.
      else if (before === after) counts.unchanged++;
      else counts.updated++;
      mirror[row.externalId] = { id: result.id, version: after, hash: hash(row) };
    }
    for (const request of summary.requests) {
      emit(
        'bulk-request',
        { ...request },
        `bulk request ${String(request.chunk)}: Idempotency-Key ${request.idempotencyKey}` +
          `${request.replayed ? ' (replayed)' : ''}, ${String(request.attempts)} attempt(s)`,
      );
    }
    await saveMirror(stateDir, mirror);
  }
  return counts;
}

// --- indicators ----------------------------------------------------------------------------

/** The strategy and GOAL the indicators belong to: CCH_STRATEGY_ID, else the first with a GOAL. */
async function indicatorTarget(
  client: HubClient,
  orgId: string,
): Promise<{ strategyId: string; componentId: string }> {
  const strategies: string[] = [];
  if (env.strategyId) {
    strategies.push(env.strategyId);
  } else {
    const { data } = await client.GET('/api/v1/strategies', {
      params: { query: { organizationId: orgId, limit: 100 } },
    });
    strategies.push(...(data?.items ?? []).flatMap((s) => (s.id ? [s.id] : [])));
  }
  for (const strategyId of strategies) {
    const { data } = await client.GET('/api/v1/strategies/{strategyId}/components', {
      params: { path: { strategyId } },
    });
    const goal = data?.items.find((component) => component.type === 'GOAL');
    if (goal?.id) return { strategyId, componentId: goal.id };
  }
  throw new Error('no strategy with a GOAL component: set CCH_STRATEGY_ID');
}

function sameIndicator(existing: Indicator, input: IndicatorInput): boolean {
  return (
    existing.componentId === input.componentId &&
    existing.name === input.name &&
    existing.unit === input.unit &&
    existing.kind === input.kind &&
    existing.direction === input.direction &&
    (existing.source ?? '') === (input.source ?? '')
  );
}

/** A value's key: the CSV's valueExternalId (the statistics office's, such as 2025-Q4), else date and kind. */
function valueKey(row: Record<string, string>): string {
  return row.valueExternalId || `${row.observedOn ?? ''}-${row.valueKind || 'ACTUAL'}`;
}

function valueInput(row: Record<string, string>): ValueInput {
  return {
    externalId: valueKey(row),
    observedOn: row.observedOn ?? '',
    value: Number(row.value),
    kind: (row.valueKind || 'ACTUAL') as Schemas['ValueKind'],
    ...(row.source ? { source: row.source } : {}),
  };
}

function sameValue(existing: IndicatorValue, input: ValueInput): boolean {
  return (
    existing.observedOn === input.observedOn &&
    existing.value === input.value &&
    existing.kind === input.kind &&
    (existing.source ?? '') === (input.source ?? '')
  );
}

/**
 * The indicator's values by their keys in one bulk upsert: new keys are added, changed values
 * corrected in place (no delete and add), and rows the hub already holds are not sent at all. A
 * replace that left the version as it was (the hub had it after all) counts as unchanged.
 */
async function syncValues(
  client: HubClient,
  strategyId: string,
  indicator: Indicator,
  rows: Record<string, string>[],
): Promise<Counts> {
  const counts = newCounts();
  const stored = new Map(indicator.values.map((value) => [value.externalId, value]));
  const pending = rows.map(valueInput).filter((input) => {
    const old = stored.get(input.externalId);
    const same = old !== undefined && sameValue(old, input);
    if (same) counts.unchanged++;
    return !same;
  });
  if (pending.length === 0) return counts;
  const summary = await bulkUpsert(
    client,
    '/api/v1/strategies/{strategyId}/indicators/{indicatorId}/values/bulk',
    pending,
    { path: { strategyId, indicatorId: indicator.id } },
  );
  for (const result of summary.results) {
    const input = pending[result.index];
    if (!input) continue;
    if (result.result === 'FAILED') {
      counts.failed++;
      emit(
        'failed',
        { externalId: indicator.externalId, value: input.externalId, problem: result.problem },
        `failed: ${indicator.externalId ?? indicator.id} ${input.externalId}: ` +
          `${result.problem?.detail ?? result.problem?.title ?? ''}`,
      );
    } else if (result.result === 'CREATED') {
      counts.created++;
    } else if (version(result.etag) === stored.get(input.externalId)?.version) {
      counts.unchanged++;
    } else {
      counts.updated++;
    }
  }
  return counts;
}

async function syncIndicators(client: HubClient, orgId: string, path: string): Promise<Counts> {
  const counts = newCounts();
  const rows = await readCsv(path);
  if (rows.length === 0) return counts;
  const { strategyId, componentId } = await indicatorTarget(client, orgId);
  const listed = await client.GET('/api/v1/strategies/{strategyId}/indicators', {
    params: { path: { strategyId } },
  });
  const existing = new Map(
    (listed.data ?? []).map((indicator) => [indicator.externalId, indicator]),
  );

  const groups = new Map<string, Record<string, string>[]>();
  for (const row of rows) {
    const key = row.indicatorExternalId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const [externalId, group] of groups) {
    const first = group[0];
    if (!first || !externalId) continue;
    const input: IndicatorInput = {
      componentId,
      name: first.indicatorName ?? externalId,
      unit: first.unit ?? '',
      kind: first.kind as Schemas['IndicatorKind'],
      direction: first.direction as Schemas['IndicatorDirection'],
      externalId,
      ...(first.source ? { source: first.source } : {}),
    };
    let indicator = existing.get(externalId);
    try {
      if (indicator && sameIndicator(indicator, input)) {
        counts.unchanged++;
      } else {
        const written = await upsertByExternalId(
          client,
          '/api/v1/strategies/{strategyId}/indicators/by-external-id/{externalId}',
          { params: { path: { strategyId, externalId } }, body: input },
        );
        indicator = written.data;
        counts[written.outcome === 'created' ? 'created' : 'updated']++;
      }
    } catch (error) {
      counts.failed++;
      emit(
        'failed',
        { externalId, error: String(error) },
        `failed: ${externalId}: ${String(error)}`,
      );
      continue;
    }
    try {
      addCounts(counts, await syncValues(client, strategyId, indicator, group));
    } catch (error) {
      counts.failed += group.length;
      emit(
        'failed',
        { externalId, error: String(error) },
        `failed: the values of ${externalId}: ${String(error)}`,
      );
    }
  }
  return counts;
}

// --- commands ------------------------------------------------------------------------------

async function sync(): Promise<void> {
  const client = hubClient();
  const orgId = await organizationId(client);
  const projects = await syncProjects(client, orgId, args.projects);
  const indicators = await syncIndicators(client, orgId, args.indicators);
  const total = newCounts();
  for (const counts of [projects, indicators]) addCounts(total, counts);
  const line = (counts: Counts) =>
    `created ${String(counts.created)}, updated ${String(counts.updated)}, ` +
    `unchanged ${String(counts.unchanged)}, failed ${String(counts.failed)}`;
  emit(
    'summary',
    { projects, indicators, total },
    `projects: ${line(projects)}\nindicators and values: ${line(indicators)}\ntotal: ${line(total)}`,
  );
  if (total.failed > 0) process.exitCode = 1;
}

async function follow(): Promise<void> {
  const client = hubClient();
  const orgId = await organizationId(client);
  for (;;) {
    const result = await followChanges(client, {
      store: fileCursorStore(stateDir),
      types: args.types.split(',').filter(Boolean),
      organizationId: orgId,
      onChange: (change) => {
        emit(
          'change',
          { change },
          `${change.operation} ${change.type} ${change.id}` +
            `${change.externalId ? ` (${change.externalId})` : ''} at ${change.changedAt}`,
        );
      },
      onResync: () => {
        // A real mirror would now read the full lists again (GET /api/v1/starter-projects …).
        emit(
          'resync',
          {},
          'the cursor expired (410 Gone): full resync, then the feed from its start',
        );
      },
    });
    emit('caught-up', { ...result }, `caught up: ${String(result.changes)} change(s)`);
    if (!args.watch) return;
    await new Promise((done) => setTimeout(done, Number(args.interval) * 1000));
  }
}

function receive(): void {
  const secrets = (process.env.CCH_WEBHOOK_SECRET ?? '').split(',').filter(Boolean);
  if (secrets.length === 0)
    throw new Error('set CCH_WEBHOOK_SECRET (whsec_…; comma-separated while rotating)');
  const seen = new Set<string>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      verifyWebhook<{ type: string; data: unknown }>(secrets, request.headers, body)
        .then((message) => {
          response.writeHead(204).end();
          // At least once: the same webhook-id may come again.
          if (seen.has(message.id)) return;
          seen.add(message.id);
          emit(
            'webhook',
            { id: message.id, type: message.payload.type, data: message.payload.data },
            `webhook ${message.payload.type} ${JSON.stringify(message.payload.data)}`,
          );
        })
        .catch((error: unknown) => {
          const refused = error instanceof WebhookVerificationError;
          response.writeHead(refused ? 401 : 500).end();
          emit(
            'webhook-refused',
            { reason: String(error) },
            `refused a delivery: ${String(error)}`,
          );
        });
    });
  });
  const port = Number(args.port);
  server.listen(port, '127.0.0.1', () => {
    emit(
      'listening',
      { port },
      `listening for webhooks on http://127.0.0.1:${String(port)}/webhooks`,
    );
  });
}

async function subscribe(): Promise<void> {
  const adminToken = process.env.CCH_ADMIN_TOKEN;
  if (!adminToken || !args.url)
    throw new Error('set CCH_ADMIN_TOKEN (an organisation admin) and pass --url');
  const client = hubClient(() => Promise.resolve(adminToken));
  const orgId = await organizationId(client);
  const { data, error, response } = await client.POST('/api/v1/webhooks', {
    params: { header: { 'Idempotency-Key': newIdempotencyKey('subscribe') } },
    body: {
      organizationId: orgId,
      url: args.url,
      description: 'Example sync script (examples/sync-csv)',
      eventTypes: args.types.split(',').filter(Boolean),
    },
  });
  if (!data) throw new HubError(response.status, error as never, 'POST /api/v1/webhooks');
  emit(
    'subscribed',
    { id: data.id, secret: data.secret },
    `webhook ${data.id} created; its secret (shown once): ${data.secret ?? ''}`,
  );
}

const commands: Record<string, () => void | Promise<void>> = { sync, follow, receive, subscribe };
const command = commands[positionals[0] ?? ''];
if (!command) {
  console.error('usage: tsx src/main.ts sync|follow|receive|subscribe [--json] [options]');
  process.exit(2);
}
Promise.resolve(command()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
