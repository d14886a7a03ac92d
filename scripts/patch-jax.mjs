#!/usr/bin/env node
/**
 * postinstall: patch @jax-js/jax 0.1.25 so its wasm backend instantiates each compiled kernel
 * once, not on every dispatch.
 *
 * Upstream's single-threaded dispatch path runs
 *   new WebAssembly.Instance(program.module, { env: { memory } }).exports.kernel
 * for every kernel call (the compiled Module is cached, the Instance is not). Profiles of a
 * normscale training step put 14–16 % of the time there. The patch keeps the instance's
 * `kernel` export on the cached program object, keyed by the memory it was linked to, so the
 * instance is built once per (kernel, memory). Semantics are unchanged: the kernel only touches
 * the imported memory, and an instance over a grown memory sees the new pages.
 *
 * Idempotent (a marker comment is checked first) and safe to run on a shared node_modules.
 * Never fails the install: an unknown jax-js version or a missing pattern prints a warning.
 * Usage: node scripts/patch-jax.mjs [path/to/node_modules/@jax-js/jax]
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MARKER = '/* quire-patch: cached kernel instance */';
const ORIGINAL = 'const func = new WebAssembly.Instance(program.module, { env: { memory: this.#memory } }).exports.kernel;';
const PATCHED =
  `${MARKER} let func = program.quireKernel; ` +
  'if (func === void 0 || program.quireMemory !== this.#memory) { ' +
  'func = new WebAssembly.Instance(program.module, { env: { memory: this.#memory } }).exports.kernel; ' +
  'program.quireKernel = func; program.quireMemory = this.#memory; }';

/**
 * Patch one bundle's source text.
 * @returns the new text and 'patched' | 'already' | 'absent' (pattern not found)
 */
export function patchSource(text) {
  if (text.includes(MARKER)) return { text, status: 'already' };
  if (!text.includes(ORIGINAL)) return { text, status: 'absent' };
  return { text: text.split(ORIGINAL).join(PATCHED), status: 'patched' };
}

/** Patch every backend bundle under a jax-js package directory; returns per-file statuses. */
export function patchPackage(pkgDir) {
  const out = [];
  const dist = join(pkgDir, 'dist');
  if (!existsSync(dist)) return out;
  for (const f of readdirSync(dist)) {
    if (!/^backend-.*\.(c?js)$/.test(f)) continue;
    const file = join(dist, f);
    const src = readFileSync(file, 'utf8');
    const r = patchSource(src);
    if (r.status === 'patched') writeFileSync(file, r.text);
    out.push({ file, status: r.status });
  }
  return out;
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const pkgDir = resolve(process.argv[2] ?? join(here, '..', 'node_modules', '@jax-js', 'jax'));
  if (!existsSync(join(pkgDir, 'package.json'))) {
    console.warn(`patch-jax: ${pkgDir} not found; nothing patched`);
    return;
  }
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  if (version !== '0.1.25') console.warn(`patch-jax: @jax-js/jax is ${version}, the patch was written for 0.1.25`);
  const results = patchPackage(pkgDir);
  const patched = results.filter((r) => r.status === 'patched').length;
  const already = results.filter((r) => r.status === 'already').length;
  const absent = results.filter((r) => r.status === 'absent').length;
  if (absent > 0 && patched + already === 0) {
    console.warn('patch-jax: the dispatch pattern was not found; jax-js kernels are instantiated per dispatch (slower, still correct)');
  } else {
    console.log(`patch-jax: @jax-js/jax ${version}: ${patched} bundle(s) patched, ${already} already patched`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
