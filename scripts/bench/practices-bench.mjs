// Times library searches through the API on localhost and prints p50/p95 per kind of search. The token is signed
// here with the key whose public half the API was started with (quarkus.oidc.public-key), so no Keycloak is needed.
import { benchToken } from './lib/tokens.mjs';

const api = process.env.CCH_BENCH_API;
const requests = Number(process.env.CCH_BENCH_SEARCHES ?? 300);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
}

const bearer = benchToken(process.env.CCH_BENCH_KEY, 'bench-user', ['/organizations/musterstadt/editor']);
const headers = { Authorization: `Bearer ${bearer}`, Accept: 'application/json' };
const terms = ['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'];

async function timed(name, count, url) {
  const latencies = [];
  let hits = 0;
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const response = await fetch(`${api}${url(i)}`, { headers });
    if (!response.ok) throw new Error(`${url(i)}: ${response.status} ${await response.text()}`);
    const body = await response.json();
    latencies.push(performance.now() - t0);
    hits += body.total;
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `API ${name.padEnd(46)} p50 ${percentile(latencies, 50).padStart(7)} ms   p95 ${percentile(latencies, 95).padStart(7)} ms` +
      `   (${count} requests, ${Math.round(hits / count)} hits each on average)`,
  );
}

const search = (i) => `/api/v1/practices?q=${encodeURIComponent(terms[i % terms.length])}`;
await timed('warm-up (not a figure)', 60, search);
await timed('q=<one of 6 terms>, first page of 20', requests, search);
await timed('q=<term>&country=DK&maturity=TESTED', requests, (i) => `${search(i)}&country=DK&maturity=TESTED`);
await timed('no q (newest first), first page', Math.max(20, Math.floor(requests / 3)), () => '/api/v1/practices');
