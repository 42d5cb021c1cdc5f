// Loads records through POST /api/v1/<collection>/bulk on localhost and prints records/s: new records (partial and
// atomic mode), then the same records again (replaces). CCH_BENCH_BULK_COLLECTION picks starter-projects (the default,
// through the batch writer) or stakeholders (through the shared item-by-item path). The token is signed here with the key whose
// public half the API was started with (quarkus.oidc.public-key). Bounded loops; nothing leaves this machine.
import { benchToken } from './lib/tokens.mjs';

const api = process.env.CCH_BENCH_API;
const records = Number(process.env.CCH_BENCH_BULK_RECORDS ?? 20000);
const batch = Number(process.env.CCH_BENCH_BULK_BATCH ?? 1000);
const concurrency = Number(process.env.CCH_BENCH_BULK_CONCURRENCY ?? 2);
const collection = process.env.CCH_BENCH_BULK_COLLECTION ?? 'starter-projects';

const bearer = benchToken(process.env.CCH_BENCH_KEY, 'bench-sync', ['/organizations/musterstadt/editor']);
const headers = { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', Accept: 'application/json' };

const items = {
  'starter-projects': (prefix, i, round) => ({
    externalId: `${prefix}-${i}`,
    title: `Projekt ${i}`,
    summary: `Aus dem Projektverzeichnis, Lauf ${round}`,
    fieldsOfAction: ['WASTE_RESOURCES'],
    startDate: '2026-04-01',
    plannedCompletion: '2027-06-30',
    budgetPlanned: 25000 + i,
    visibility: i % 20 === 0 ? 'NETWORK' : 'PRIVATE',
  }),
  stakeholders: (prefix, i, round) => ({
    externalId: `${prefix}-${i}`,
    name: `Betrieb ${i}`,
    sector: i % 3 === 0 ? 'ASSOCIATION' : 'BUSINESS',
    fieldsOfAction: ['WASTE_RESOURCES'],
    description: `Aus dem Firmenverzeichnis, Lauf ${round}`,
    visibility: i % 20 === 0 ? 'NETWORK' : 'PRIVATE',
  }),
};
const item = items[collection];
if (!item) throw new Error(`CCH_BENCH_BULK_COLLECTION: one of ${Object.keys(items).join(', ')}`);

async function load(name, prefix, count, mode, round, expect) {
  const batches = Math.ceil(count / batch);
  let next = 0;
  let stored = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < batches) {
        const b = next++;
        const items = [];
        for (let i = b * batch; i < Math.min(count, (b + 1) * batch); i++) items.push(item(prefix, i, round));
        const response = await fetch(`${api}/api/v1/${collection}/bulk?mode=${mode}`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ items }),
        });
        if (!response.ok) throw new Error(`batch ${b}: ${response.status} ${await response.text()}`);
        const result = await response.json();
        if (result[expect] !== items.length) throw new Error(`batch ${b}: ${JSON.stringify(result).slice(0, 500)}`);
        stored += items.length;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${name.padEnd(52)} ${String((stored / seconds).toFixed(0)).padStart(6)} records/s   (${stored} in ${seconds.toFixed(1)} s)`,
  );
}

// A short warm-up, so that the figures are not the JIT compiler's.
await load('warm-up (not a figure)', 'warmup', Math.min(2000, records), 'partial', 0, 'created');
const label = `${collection}, batches of ${batch}, ${concurrency} client(s)`;
await load(`API partial, new records, ${label}`, 'bench-p', records, 'partial', 1, 'created');
await load(`API atomic, new records, ${label}`, 'bench-a', records, 'atomic', 1, 'created');
await load(`API partial, replacing the same records, ${label}`, 'bench-p', records, 'partial', 2, 'replaced');
