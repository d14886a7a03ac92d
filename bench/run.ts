/**
 * `npm run bench [-- name…]`: runs every bench/<name>.bench.ts (or the named ones).
 * Each file exports `run(): Promise<void>` that prints its lines through the harness.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hasPythonAnchor } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace('.bench.ts', '')))
  .sort();
console.log(`quire benchmarks · node ${process.version} · python anchor: ${hasPythonAnchor() ? 'yes' : 'no'}`);
for (const f of files) {
  console.log(`\n== ${f.replace('.bench.ts', '')}`);
  const mod = (await import(pathToFileURL(`${here}/${f}`).href)) as { run: () => Promise<void> };
  await mod.run();
}
