// normscale: training throughput of the Pre-Norm char LM (jax-js, float32, wasm, 1 thread) in
// tokens/s and its model-FLOP rate, against the f32 matmul peak of the same engine measured in
// the same run (a 1024² jax matmul), and numpy's single-threaded f32 matmul as the anchor.
import { hasPythonAnchor, report, runPython, time } from './harness.js';
import { initNN, initValues, np, type JaxArray } from '../src/core/nn/index.js';
import { disposeCompiled, trainLM, type CompileCache, type ModelConfig } from '../src/normscale/index.js';

/** Model FLOPs per training token: 3 × forward (2 per matmul weight + causal attention 2·2·T·d per layer, full T²). */
function flopsPerToken(m: Pick<ModelConfig, 'vocabSize' | 'seqLen' | 'dModel' | 'nLayers' | 'dFF'>): number {
  const { vocabSize: V, seqLen: T, dModel: d, nLayers: L, dFF: F } = m;
  const matmulWeights = V * d + L * (4 * d * d + 3 * d * F) + d * V;
  return 3 * (2 * matmulWeights + L * 4 * T * d);
}

export async function run(): Promise<void> {
  await initNN();
  const n = 1024;
  const a = np.array(initValues('normal', [n, n], 1, { std: 1 }), { shape: [n, n] });
  const b = np.array(initValues('normal', [n, n], 2, { std: 1 }), { shape: [n, n] });
  const tm = await time(
    `jax-js f32 matmul ${n}²`,
    async () => {
      const c: JaxArray = np.matmul(a.ref, b.ref);
      await c.data();
    },
    { reps: 5, warmup: 1 },
  );
  a.dispose();
  b.dispose();
  const anchor = hasPythonAnchor()
    ? runPython(
        `import numpy as np, time
a=np.random.default_rng(0).standard_normal((${n},${n})).astype(np.float32); b=a.copy()
a@b
ts=[]
for _ in range(5):
  s=time.perf_counter(); a@b; ts.append((time.perf_counter()-s)*1e3)
print(json.dumps({'times_ms':ts}))`,
      )
    : undefined;
  report(tm, anchor && { name: 'numpy f32 matmul (1 thread)', times_ms: anchor.times_ms });
  const peak = (2 * n ** 3) / (tm.median / 1e3);
  console.log(`  measured jax-js f32 matmul peak: ${(peak / 1e9).toFixed(2)} GFLOP/s`);

  // Synthetic token stream (throughput does not depend on the text).
  const V = 64;
  const ids = Int32Array.from({ length: 60000 }, (_, i) => (i * 7919 + (i >> 3)) % V);
  const data = { train: ids.subarray(0, 50000), val: ids.subarray(50000) };
  const sizes: [string, Partial<ModelConfig>, number][] = [
    ['quick model (d=32, L=1, T=32, B=8)', { vocabSize: V, seqLen: 32, dModel: 32, nHeads: 2, nLayers: 1, dFF: 64 }, 8],
    ['full model (d=48, L=2, T=64, B=16)', { vocabSize: V, seqLen: 64, dModel: 48, nHeads: 4, nLayers: 2, dFF: 128 }, 16],
  ];
  for (const [name, model, batchSize] of sizes) {
    for (const strategy of ['shared', 'unified'] as const) {
      const steps = 60;
      // warm (compile) with a short run, then time a run of `steps` steps
      const cache: CompileCache = new Map();
      await trainLM(data, { ...model, strategy }, { steps: 3, batchSize, evalBatches: 1 }, { cache });
      const r = await trainLM(data, { ...model, strategy }, { steps, batchSize, evalBatches: 1 }, { cache });
      disposeCompiled(cache);
      const tokens = steps * batchSize * model.seqLen!;
      const tps = tokens / r.seconds;
      const rate = tps * flopsPerToken(model as ModelConfig);
      console.log(
        `${`train step, ${name}, ${strategy}`.padEnd(62)} ${((r.seconds / steps) * 1e3).toFixed(2)} ms/step, ${tps.toFixed(0)} tokens/s, ` +
          `${(rate / 1e9).toFixed(3)} GFLOP/s = ${((100 * rate) / peak).toFixed(1)}% of the matmul peak`,
      );
    }
  }
}
