// Load for scripts/bench-startup.sh: REQUESTS strategy list and detail reads at CONCURRENCY parallel clients,
// sampling the JVM's resident memory meanwhile; then, in outage mode, reads with the already-issued token.
// Bounded in count; localhost only. Prints one line per figure.
//   node startup-load.mjs load|outage API TOKEN_FILE JAVA_PID [REQUESTS] [CONCURRENCY]
import { readFileSync } from 'node:fs';

const [mode, api, tokenFile, javaPid, requestsArg = '4000', concurrencyArg = '8'] = process.argv.slice(2);
const token = readFileSync(tokenFile, 'utf8').trim();
const headers = { Authorization: `Bearer ${token}` };

const rssMiB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${javaPid}/status`, 'utf8'))[1]) / 1024;

async function get(path) {
  const response = await fetch(api + path, { headers });
  await response.arrayBuffer();
  return response.status;
}

if (mode === 'outage') {
  const statuses = [];
  for (let i = 0; i < 20; i++) statuses.push(await get('/api/v1/strategies?limit=5'));
  const ok = statuses.filter((status) => status === 200).length;
  console.log(`outage: ${ok}/20 reads with the already-issued token answered 200 (others: ${statuses.filter((s) => s !== 200).join(',') || 'none'})`);
  process.exit(ok === 20 ? 0 : 1);
}

const requests = Number(requestsArg);
const concurrency = Number(concurrencyArg);
const list = await fetch(`${api}/api/v1/strategies?limit=50`, { headers });
if (!list.ok) throw new Error(`strategies: ${list.status}`);
const ids = (await list.json()).items.map((item) => item.id);
if (ids.length === 0) throw new Error('no strategies to read: is the demo data loaded?');

let peak = rssMiB();
const sampler = setInterval(() => {
  peak = Math.max(peak, rssMiB());
}, 100);
const latencies = [];
const others = new Map();
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < requests) {
      const i = next++;
      const t0 = performance.now();
      const status = await get(i % 2 === 0 ? '/api/v1/strategies?limit=20' : `/api/v1/strategies/${ids[i % ids.length]}`);
      latencies.push(performance.now() - t0);
      if (status !== 200) others.set(status, (others.get(status) ?? 0) + 1);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, rssMiB());
latencies.sort((a, b) => a - b);
const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
console.log(
  `load: ${requests} reads (lists and details) at concurrency ${concurrency}: ${(requests / seconds).toFixed(0)} req/s,` +
    ` p50 ${p(0.5)} ms, p99 ${p(0.99)} ms; not 200: ${others.size === 0 ? 'none' : JSON.stringify(Object.fromEntries(others))}`,
);
console.log(`rss under load: peak ${peak.toFixed(0)} MiB, after ${rssMiB().toFixed(0)} MiB`);
process.exit(others.size === 0 ? 0 : 1);
