// Drives the API on localhost and prints figures: create throughput, list latency percentiles (sequential and
// concurrent), and the JVM's resident memory. Bounded loops; no request leaves this machine.
import { readFileSync } from 'node:fs';

const api = process.env.CCH_BENCH_API;
const records = Number(process.env.CCH_BENCH_RECORDS);
const reads = Number(process.env.CCH_BENCH_READS);
const concurrency = Number(process.env.CCH_BENCH_CONCURRENCY);
const javaPid = process.env.CCH_BENCH_JAVA_PID;

function rssMiB() {
  const status = readFileSync(`/proc/${javaPid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
  return (kib / 1024).toFixed(0);
}

async function token() {
  const response = await fetch(process.env.CCH_BENCH_TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=cch-sync-musterstadt&client_secret=musterstadt-sync-secret',
  });
  if (!response.ok) throw new Error(`token: ${response.status}`);
  return (await response.json()).access_token;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
}

async function timed(count, parallel, request) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        const response = await request(i);
        if (!response.ok) throw new Error(`request ${i}: ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rate: (count / seconds).toFixed(0), p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

function report(name, r) {
  console.log(`${name.padEnd(44)} ${String(r.rate).padStart(6)} req/s   p50 ${r.p50} ms   p95 ${r.p95} ms   p99 ${r.p99} ms`);
}

const bearer = `Bearer ${await token()}`;
const headers = { Authorization: bearer, 'Content-Type': 'application/json', Accept: 'application/json' };
console.log(`JVM resident memory after start-up: ${rssMiB()} MiB`);

report(
  `create ${records} strategies (${concurrency} clients)`,
  await timed(records, concurrency, (i) =>
    fetch(`${api}/api/v1/strategies`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: `Benchmark ${i}`, summary: 'Leitbild und Ziele', periodFrom: 2025, periodTo: 2030 }),
    }),
  ),
);
const page = (i) => fetch(`${api}/api/v1/strategies?limit=50${i % 2 ? '&q=benchmark' : ''}`, { headers });
await timed(100, 4, page); // warm-up, not reported
report(`list 50 per page, sequential (${reads})`, await timed(reads, 1, page));
report(`list 50 per page, ${concurrency} clients (${reads})`, await timed(reads, concurrency, page));
const dashboard = () => fetch(`${api}/api/v1/dashboard`, { headers });
report(`dashboard, ${concurrency} clients (${Math.floor(reads / 4)})`, await timed(Math.floor(reads / 4), concurrency, dashboard));
console.log(`JVM resident memory after the run: ${rssMiB()} MiB`);
