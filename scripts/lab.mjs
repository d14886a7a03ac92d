// `npm run lab`: build the lab with Vite and serve it on localhost.
// `npm run lab:build`: build only, into web/dist (any static file server can host it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { createLabServer } from './lab-server.mjs';

const buildOnly = process.argv.includes('--build-only');
const portArg = process.argv.find((a) => a.startsWith('--port='));
const port = portArg ? Number(portArg.slice(7)) : Number(process.env.PORT ?? 5178);

await build({ configFile: 'web/vite.config.ts' });
// The home page shows the verdicts of the last `npm start`, when there is one.
const verdicts = {};
if (existsSync('report/results.json')) {
  const r = JSON.parse(readFileSync('report/results.json', 'utf8'));
  for (const s of r.studies ?? []) verdicts[s.id] = Object.fromEntries(s.claims.map((c) => [c.id, c.verdict]));
}
writeFileSync('web/dist/verdicts.json', JSON.stringify(verdicts));
console.log('lab built in web/dist');
if (!buildOnly) {
  createLabServer('web/dist').listen(port, '127.0.0.1', () => console.log(`quire lab: http://127.0.0.1:${port}/`));
}
