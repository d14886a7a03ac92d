/**
 * scripts/patch-jax.mjs (postinstall): jax-js kernels are instantiated once, not per dispatch.
 * Oracles: the patch is a pure, idempotent text transform; and after warm-up a repeated jax
 * computation constructs zero WebAssembly instances (upstream 0.1.25 builds one per kernel call:
 * 195 per quick normscale step, measured).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initNN, np } from '../src/core/nn/index.js';

interface PatchModule {
  MARKER: string;
  patchSource(text: string): { text: string; status: 'patched' | 'already' | 'absent' };
}
const load = async (): Promise<PatchModule> => (await import(new URL('../scripts/patch-jax.mjs', import.meta.url).href)) as PatchModule;

const ORIGINAL = 'const func = new WebAssembly.Instance(program.module, { env: { memory: this.#memory } }).exports.kernel;';

describe('patch-jax', () => {
  it('patches the dispatch line once and is idempotent', async () => {
    const { patchSource, MARKER } = await load();
    const src = `a();\n\t\t\t\t${ORIGINAL}\n\t\t\t\tfunc(...ptrs, 0, program.workSize);\n`;
    const once = patchSource(src);
    expect(once.status).toBe('patched');
    expect(once.text).toContain(MARKER);
    expect(once.text).toContain('program.quireKernel = func');
    expect(once.text).not.toContain(ORIGINAL);
    const twice = patchSource(once.text);
    expect(twice.status).toBe('already');
    expect(twice.text).toBe(once.text);
    expect(patchSource('unrelated source').status).toBe('absent');
  });

  it('the installed jax-js bundles carry the patch (postinstall ran)', async () => {
    const { MARKER } = await load();
    const dist = join(fileURLToPath(new URL('../node_modules/@jax-js/jax/dist', import.meta.url)));
    const bundles = readdirSync(dist).filter((f) => /^backend-.*\.c?js$/.test(f));
    expect(bundles.length).toBeGreaterThan(0);
    for (const f of bundles) expect(readFileSync(join(dist, f), 'utf8')).toContain(MARKER);
  });

  it('a warmed-up jax computation builds no new WebAssembly instances', async () => {
    await initNN();
    const run = async () => {
      const x = np.array(new Float32Array([1, 2, 3, 4, 5, 6]), { shape: [2, 3] });
      const y = np.matmul(x.ref, x.transpose()).add(1).mul(2);
      return Array.from(await y.data());
    };
    const first = await run();
    expect(first).toEqual([30, 66, 66, 156]); // 2·(X Xᵀ + 1)
    const Orig = WebAssembly.Instance;
    let made = 0;
    (WebAssembly as { Instance: typeof WebAssembly.Instance }).Instance = new Proxy(Orig, {
      construct(target, args: [WebAssembly.Module, WebAssembly.Imports?]) {
        made++;
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      for (let i = 0; i < 5; i++) expect(await run()).toEqual(first);
    } finally {
      (WebAssembly as { Instance: typeof WebAssembly.Instance }).Instance = Orig;
    }
    expect(made).toBe(0);
  });
});
