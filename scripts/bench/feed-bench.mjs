// Change feed and webhook figures on localhost (scripts/bench-feed.sh): `load` writes CCH_BENCH_FEED_CHANGES starter
// projects through POST /api/v1/starter-projects/bulk (one change each); `drain` follows GET /api/v1/changes from its
// start until caught up, as one sync client would, and checks that every written change arrived exactly once;
// `webhooks` subscribes a receiver on 127.0.0.1 as Musterstadt's admin, makes single writes spaced out and measures
// from each write's 2xx to its webhook's arrival. Tokens are signed here with the key whose public half the API was
// started with. Bounded loops and timeouts; nothing leaves this machine.
import { benchToken } from './lib/tokens.mjs';
import { createServer } from 'node:http';

const api = process.env.CCH_BENCH_API;
const changes = Number(process.env.CCH_BENCH_FEED_CHANGES ?? 100000);
const batch = 1000;
const pageSize = Number(process.env.CCH_BENCH_FEED_PAGE ?? 1000);
const writes = Number(process.env.CCH_BENCH_FEED_WEBHOOK_WRITES ?? 200);
const spacingMs = Number(process.env.CCH_BENCH_FEED_WEBHOOK_SPACING_MS ?? 100);
const PREFIX = 'feed-';

function headers(bearer) {
  return { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', Accept: 'application/json' };
}

const key = process.env.CCH_BENCH_KEY;
const editor = headers(benchToken(key, 'bench-feed', ['/organizations/musterstadt/editor']));
const admin = headers(benchToken(key, 'bench-feed-admin', ['/organizations/musterstadt/admin']));

async function call(method, path, h, body, expect) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: h,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60000),
  });
  if (response.status !== expect) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

function project(i, prefix) {
  return {
    externalId: `${prefix}${i}`,
    title: `Projekt ${i}`,
    fieldsOfAction: ['WASTE_RESOURCES'],
    visibility: 'PRIVATE',
  };
}

async function load() {
  const batches = Math.ceil(changes / batch);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      while (next < batches) {
        const b = next++;
        const items = [];
        for (let i = b * batch; i < Math.min(changes, (b + 1) * batch); i++) items.push(project(i, PREFIX));
        const result = await call('POST', '/api/v1/starter-projects/bulk?mode=partial', editor, { items }, 200);
        if (result.created !== items.length) throw new Error(`batch ${b}: ${JSON.stringify(result).slice(0, 500)}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`loaded ${changes} changes (new starter projects, bulk API, 2 clients) in ${seconds.toFixed(1)} s`);
}

async function page(after) {
  const query = new URLSearchParams({ limit: String(pageSize) });
  if (after) query.set('after', after);
  return call('GET', `/api/v1/changes?${query}`, editor, undefined, 200);
}

async function drain(maxPages) {
  const seen = new Set();
  const written = new Set();
  let read = 0;
  let pages = 0;
  let after;
  let repeated = 0;
  const started = performance.now();
  for (; pages < maxPages; ) {
    const p = await page(after);
    pages++;
    for (const c of p.items) {
      read++;
      const key = `${c.type}/${c.id}/${c.operation}/${c.changedAt}`;
      if (seen.has(key)) repeated++;
      seen.add(key);
      if (c.type === 'starter-project' && c.operation === 'CREATE' && c.externalId?.startsWith(PREFIX)) {
        written.add(c.id);
      }
    }
    after = p.next;
    if (!p.hasMore) break;
  }
  return { read, pages, seconds: (performance.now() - started) / 1000, repeated, written: written.size };
}

async function drainFigures() {
  // A short warm-up, so that the figure is not the JIT compiler's.
  await drain(20);
  const r = await drain(Math.ceil(1000000 / pageSize));
  console.log(
    `API drain from the start, pages of ${pageSize}, 1 client: ${r.read} changes in ${r.pages} pages, ` +
      `${r.seconds.toFixed(1)} s, ${(r.read / r.seconds).toFixed(0)} changes/s, ` +
      `${((r.seconds * 1000) / r.pages).toFixed(0)} ms/page`,
  );
  console.log(
    `check: ${r.written} of ${changes} written changes read, ${r.repeated} repeated, ` +
      `${r.read - r.repeated} distinct changes read in all`,
  );
  if (r.written !== changes || r.repeated !== 0) {
    console.log('CHECK FAILED: a written change is missing or one was repeated');
    process.exitCode = 1;
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function webhooks() {
  const arrived = new Map();
  let duplicates = 0;
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const at = performance.now();
      try {
        const message = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const id = message.data?.id;
        if (id) {
          if (arrived.has(id)) duplicates++;
          else arrived.set(id, at);
        }
      } catch {
        // not a change message: ignored
      }
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/hook`;
  const hook = await call(
    'POST',
    '/api/v1/webhooks',
    admin,
    { url, description: 'bench-feed receiver', eventTypes: ['starter-project'] },
    201,
  );
  const answered = new Map();
  for (let i = 0; i < writes; i++) {
    const created = await call('POST', '/api/v1/starter-projects', editor, project(i, 'hook-'), 201);
    answered.set(created.id, performance.now());
    await new Promise((resolve) => setTimeout(resolve, spacingMs * (0.5 + Math.random())));
  }
  const deadline = performance.now() + 60000;
  while (performance.now() < deadline && [...answered.keys()].some((id) => !arrived.has(id))) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  server.close();
  const latencies = [...answered]
    .filter(([id]) => arrived.has(id))
    .map(([id, at]) => arrived.get(id) - at)
    .sort((a, b) => a - b);
  const ms = (v) => `${v.toFixed(0)} ms`;
  console.log(
    `webhook ${hook.id}: ${writes} single writes ~${spacingMs} ms apart; ${latencies.length} delivered, ` +
      `${writes - latencies.length} missing after 60 s, ${duplicates} delivered twice`,
  );
  if (latencies.length > 0) {
    console.log(
      `latency write 2xx -> webhook arrival: min ${ms(latencies[0])}, p50 ${ms(percentile(latencies, 50))}, ` +
        `p95 ${ms(percentile(latencies, 95))}, max ${ms(latencies.at(-1))}`,
    );
  }
  if (latencies.length !== writes) process.exitCode = 1;
}

const phase = process.argv[2];
if (phase === 'load') await load();
else if (phase === 'drain') await drainFigures();
else if (phase === 'webhooks') await webhooks();
else throw new Error(`unknown phase ${phase}: load, drain or webhooks`);
