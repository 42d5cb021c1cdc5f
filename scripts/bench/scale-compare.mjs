// Prints the tables scripts/bench-scale.sh kept for several sizes side by side: per case the API's p95 and the
// ratio API rate / pgbench rate at each size, so that "cost flat from 10 k to 1 M" can be judged.
//   node scale-compare.mjs bench-scale-10000.json bench-scale-1000000.json
import { readFileSync } from 'node:fs';

const tables = process.argv.slice(2).map((file) => JSON.parse(readFileSync(file, 'utf8')));
const names = [...new Set(tables.flatMap((t) => t.results.map((r) => r.name.replace(/ \((row )?\d+\)/, ''))))];
const cell = (v, width, digits) => (Number.isFinite(v) ? v.toFixed(digits) : '-').padStart(width);
console.log(
  `${'case'.padEnd(44)}` + tables.map((t) => `${`p95 ms @${t.total}`.padStart(16)}${'ratio'.padStart(7)}`).join(''),
);
for (const name of names) {
  const cells = tables.map((t) => {
    const r = t.results.find((x) => x.name.replace(/ \((row )?\d+\)/, '') === name);
    return r ? `${cell(r.api.p95, 16, 1)}${cell(r.sql ? r.api.rate / r.sql.rate : NaN, 7, 2)}` : ' '.repeat(23);
  });
  console.log(`${name.padEnd(44)}${cells.join('')}`);
}
