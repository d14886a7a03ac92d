// What the normscale quick profile costs per step: the six core variants (d = 32 default, 2 layers, T = 32, B = 16,
// 16 validation batches) at 50 and 250 steps, process CPU (the quick profile was re-derived from it, issue 20).
//   npx tsx bench/normscale-quick-cost.ts [d]
import '../src/core/nn/f32/node-thread.js';
import { F32Engine } from '../src/core/nn/index.js';
import { trainLM, type CompileCache } from '../src/normscale/index.js';
const V = 64;
const ids = Int32Array.from({ length: 400000 }, (_, i) => (i * 7919 + (i >> 3)) % V);
const data = { train: ids.subarray(0, 360000), val: ids.subarray(360000) };
const m = {
  vocabSize: V,
  seqLen: 32,
  dModel: Number(process.argv[2] ?? 32),
  nHeads: 2,
  nLayers: 2,
  dFF: 2 * Number(process.argv[2] ?? 32),
  qkNorm: true,
  mlp: 'swiglu',
};
const cache: CompileCache = new Map();
const e = new F32Engine();
cache.set('f32-engine', e);
const vs = [
  ['shared', 'none'],
  ['shared', 'none'],
  ['none', 'none'],
  ['shared', 'input'],
  ['shared', 'output'],
  ['unified', 'input'],
];
await trainLM(data, { ...m, strategy: 'unified' } as never, { steps: 20, batchSize: 16, evalBatches: 16 }, { cache });
for (const steps of [50, 250]) {
  const c0 = process.cpuUsage();
  for (const [s, w] of vs)
    await trainLM(data, { ...m, strategy: s } as never, { steps, batchSize: 16, evalBatches: 16, wdRouting: w as never }, { cache });
  const cu = process.cpuUsage(c0);
  const c = (cu.user + cu.system) / 1e3;
  console.log(`d=${m.dModel}: 6 variants × ${steps} steps: ${c.toFixed(0)} ms CPU`);
}
e.dispose();
