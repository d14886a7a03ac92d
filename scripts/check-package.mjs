// `npm run check:package`: does the published package work for a newcomer?
//  1. `npm pack` (prepack builds) → the tarball holds only dist/ (.js, .d.ts), README, LICENSE,
//     package.json and the postinstall script: no tests, fixtures, bench, sources or maps;
//  2. publint and @arethetypeswrong/cli (ESM-only profile) on the tarball;
//  3. it installs into a fresh, empty project, where every subpath export
//     - type-checks under TypeScript's moduleResolution node16 and bundler,
//     - imports and runs in Node (combinePValues from quire/meta gives Fisher's closed form),
//     - and `npx quire --version` prints the package's version;
//  4. Vite bundles the browser subpaths for the browser.
// Exits 1 with the first failure. Usage: node scripts/check-package.mjs [--keep]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const subpaths = Object.keys(pkg.exports).filter((s) => s !== './package.json');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const work = mkdtempSync(join(tmpdir(), 'quire-pack-'));
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const step = (s) => process.stdout.write(`== ${s}\n`);
function fail(msg) {
  process.stderr.write(`check:package: FAILED: ${msg}\n(work directory kept: ${work})\n`);
  process.exit(1);
}

step('npm pack');
const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]))[0];
const tarball = join(work, packed.filename);
const files = packed.files.map((f) => f.path);
const forbidden = files.filter((f) => /(^|\/)(test|tests|fixtures|bench|src|web)\/|\.test\.|\.map$|\.tsbuildinfo$/.test(f));
if (forbidden.length > 0) fail(`the tarball holds files a user does not need: ${forbidden.slice(0, 10).join(', ')}`);
for (const need of ['package.json', 'README.md', 'LICENSE', pkg.bin.quire, ...subpaths.map((s) => pkg.exports[s].types)]) {
  if (!files.includes(need.replace(/^\.\//, ''))) fail(`the tarball lacks ${need}`);
}
console.log(
  `${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked`,
);

step('publint');
console.log(run(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), 'run', '--strict', tarball]).trim());

step('@arethetypeswrong/cli (ESM-only package)');
console.log(
  run(process.execPath, [
    join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
    tarball,
    '--profile',
    'esm-only',
    '--format',
    'table-flipped',
  ]).trim(),
);

step('install into an empty project');
const app = join(work, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'quire-consumer', private: true, type: 'module' }, null, 2));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);

step('type-check every subpath under moduleResolution node16 and bundler');
const ident = (s) => 'm_' + s.slice(2).replace(/\W/g, '_');
const imports = subpaths.map((s) => `import * as ${ident(s)} from 'quire${s.slice(1)}';`).join('\n');
writeFileSync(
  join(app, 'check.ts'),
  `${imports}\nimport { combinePValues } from 'quire/meta';\nconst r: { statistic: number; pvalue: number } = combinePValues([0.01, 0.2], { method: 'fisher' });\nexport const all = [${subpaths.map(ident).join(', ')}, r];\n`,
);
for (const [mod, res] of [
  ['node16', 'node16'],
  ['esnext', 'bundler'],
]) {
  writeFileSync(
    join(app, `tsconfig.${res}.json`),
    JSON.stringify({
      compilerOptions: {
        module: mod,
        moduleResolution: res,
        target: 'es2022',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        lib: ['es2023', 'dom'],
        types: [],
      },
      files: ['check.ts'],
    }),
  );
  try {
    run(process.execPath, [tsc, '-p', `tsconfig.${res}.json`], app);
  } catch (e) {
    fail(`tsc (moduleResolution ${res}) failed:\n${e.stdout ?? e.message}`);
  }
  console.log(`moduleResolution ${res}: ok`);
}

step('import every subpath in Node and run combinePValues');
writeFileSync(
  join(app, 'run.mjs'),
  `${subpaths.map((s) => `await import('quire${s.slice(1)}');`).join('\n')}
const { combinePValues } = await import('quire/meta');
const r = combinePValues([0.01, 0.2], { method: 'fisher' });
const x = -2 * (Math.log(0.01) + Math.log(0.2));
const p = Math.exp(-x / 2) * (1 + x / 2); // chi-square(4) survival function
if (!(Math.abs(r.statistic - x) < 1e-12 && Math.abs(r.pvalue - p) < 1e-12)) throw new Error('fisher: ' + JSON.stringify(r));
console.log('node: ' + ${subpaths.length} + ' subpaths imported; fisher p = ' + r.pvalue);
`,
);
console.log(run(process.execPath, ['run.mjs'], app).trim());
const v = run('npx', ['--no-install', 'quire', '--version'], app).trim();
if (v !== pkg.version) fail(`npx quire --version printed '${v}', expected ${pkg.version}`);
console.log(`npx quire --version: ${v}`);

step('Vite bundles the browser subpaths');
const browser = subpaths;
writeFileSync(join(app, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
writeFileSync(
  join(app, 'main.js'),
  `import { combinePValues } from 'quire/meta';\nimport { wasserstein1d } from 'quire/ot';\n${browser.map((s) => `import * as ${ident(s)} from 'quire${s.slice(1)}';`).join('\n')}\nconsole.log(combinePValues([0.5], { method: 'fisher' }).pvalue, wasserstein1d([0], [1]), ${browser.map(ident).join(', ')});\n`,
);
const { build } = await import(join(root, 'node_modules/vite/dist/node/index.js'));
await build({ root: app, logLevel: 'error', build: { outDir: join(app, 'dist'), chunkSizeWarningLimit: 1e9 } });
console.log('vite: bundled');

if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
console.log('check:package: ok');
