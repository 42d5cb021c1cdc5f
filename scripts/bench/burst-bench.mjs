// Does one caller's burst slow another? (scripts/bench-burst.sh) A quiet caller (a person: one list request every
// CCH_BENCH_QUIET_INTERVAL_MS) is timed alone, then while a noisy caller (a runaway sync script: CCH_BENCH_BURST_CLIENTS
// parallel loops, no pause) hammers the same endpoint for the same time. Prints the quiet caller's latency in both
// phases and what the noisy one got (served and refused). Both callers are editors of Musterstadt with their own token
// subject, i.e. their own rate-limit bucket. Bounded by time; nothing leaves this machine.
import { benchToken } from './lib/tokens.mjs';

const api = process.env.CCH_BENCH_API;
const seconds = Number(process.env.CCH_BENCH_BURST_SECONDS ?? 20);
const noisyClients = Number(process.env.CCH_BENCH_BURST_CLIENTS ?? 16);
const quietIntervalMs = Number(process.env.CCH_BENCH_QUIET_INTERVAL_MS ?? 200);
const label = process.argv[2] ?? '';
const path = '/api/v1/strategies?limit=20';
const group = ['/organizations/musterstadt/editor'];
const headersOf = (subject) => ({
  Authorization: `Bearer ${benchToken(process.env.CCH_BENCH_KEY, subject, group)}`,
  Accept: 'application/json',
});
const quiet = headersOf('bench-quiet');
const noisy = headersOf('bench-noisy');

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function get(headers) {
  const t0 = performance.now();
  const response = await fetch(`${api}${path}`, { headers, signal: AbortSignal.timeout(30000) });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - t0 };
}

async function quietCaller(until) {
  const latencies = [];
  const statuses = {};
  while (performance.now() < until) {
    const started = performance.now();
    const { status, ms } = await get(quiet);
    statuses[status] = (statuses[status] ?? 0) + 1;
    latencies.push(ms);
    const pause = quietIntervalMs - (performance.now() - started);
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  }
  return { latencies: latencies.sort((a, b) => a - b), statuses };
}

async function noisyCaller(until) {
  const statuses = {};
  const loop = async () => {
    while (performance.now() < until) {
      const { status } = await get(noisy);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: noisyClients }, loop));
  return statuses;
}

function quietLine(name, { latencies, statuses }) {
  const f = (p) => percentile(latencies, p).toFixed(1).padStart(7);
  const refused = statuses[429] ?? 0;
  console.log(
    `${label.padEnd(26)} ${name.padEnd(22)} p50 ${f(50)} ms  p95 ${f(95)} ms  p99 ${f(99)} ms` +
      `  (${latencies.length} requests, ${refused} refused)`,
  );
}

// Warm-up (not a figure): JIT, connection pool, both callers' token checks.
await Promise.all([quietCaller(performance.now() + 3000), noisyCaller(performance.now() + 3000)]);
// Let the noisy caller's bucket refill before the figures.
await new Promise((resolve) => setTimeout(resolve, 5000));

quietLine('quiet caller, alone', await quietCaller(performance.now() + seconds * 1000));
const until = performance.now() + seconds * 1000;
const [during, noisyStatuses] = await Promise.all([quietCaller(until), noisyCaller(until)]);
quietLine('quiet caller, in burst', during);
const served = noisyStatuses[200] ?? 0;
const refused = noisyStatuses[429] ?? 0;
const other = Object.entries(noisyStatuses)
  .filter(([status]) => status !== '200' && status !== '429')
  .map(([status, count]) => `${count} x ${status}`);
console.log(
  `${label.padEnd(26)} ${'noisy caller'.padEnd(22)} ${(served / seconds).toFixed(0).padStart(6)} served/s` +
    `  ${(refused / seconds).toFixed(0).padStart(6)} refused/s (429)  ${noisyClients} parallel loops` +
    (other.length > 0 ? `  other: ${other.join(', ')}` : ''),
);
