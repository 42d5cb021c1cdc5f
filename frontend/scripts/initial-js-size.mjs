// The JavaScript the first page load fetches, gzip-compressed: the entry chunk and every chunk it imports
// statically (transitively), as Vite's build manifest lists them, plus the largest language chunk (start-up loads
// the user's language, src/lib/i18n/i18n.ts). Lazily loaded route chunks are not counted.
// Fails the build above the budget. Usage: node scripts/initial-js-size.mjs [distDir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1000;
// The chunks of src/lib/i18n/languages/*.ts, named after their module.
const LANGUAGES = ['de', 'en', 'da'];
const dist = process.argv[2] ?? 'dist';

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length === 0) {
  console.error('initial JS: no entry chunk in the build manifest');
  process.exit(1);
}

const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
entries.forEach(visit);

const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const rows = [...initial].map((key) => ({
  file: manifest[key].file,
  bytes: gzipped(manifest[key].file),
}));
const languages = Object.keys(manifest)
  .filter((key) => LANGUAGES.includes(manifest[key].name))
  .map((key) => ({ file: manifest[key].file, bytes: gzipped(manifest[key].file) }))
  .sort((a, b) => b.bytes - a.bytes);
if (languages.length === 0) {
  console.error('initial JS: no language chunk in the build manifest');
  process.exit(1);
}
const language = languages[0];

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
rows.sort((a, b) => b.bytes - a.bytes);
for (const { file, bytes } of rows) {
  console.log(`  ${kb(bytes).padStart(9)}  ${file}`);
}
console.log(
  `  ${kb(language.bytes).padStart(9)}  ${language.file} (largest of ${languages.length} languages)`,
);
const total = rows.reduce((sum, row) => sum + row.bytes, 0) + language.bytes;
const lazy =
  Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js')).length - rows.length;
console.log(
  `initial JS: ${kb(total)} gzip in ${rows.length + 1} chunks (budget ${kb(BUDGET_BYTES)});` +
    ` ${lazy - 1} more chunks load on demand`,
);
if (total > BUDGET_BYTES) {
  console.error(`initial JS is over its budget by ${kb(total - BUDGET_BYTES)}`);
  process.exit(1);
}
