// The --full normscale model (d = 128, 4 layers, 4 heads, SwiGLU 512, T = 64, B = 4; QK-norm) per training step on the
// f32 engine: wall, process CPU and main-thread CPU from the difference of 40- and 10-step runs, for shared and
// unified on 2 and 1 threads (the --full arithmetic in src/normscale/README.md).  npx tsx bench/normscale-full-step.ts
import '../src/core/nn/f32/node-thread.js';
import { existsSync, readFileSync } from 'node:fs';
import { F32Engine } from '../src/core/nn/index.js';
import { trainLM, type CompileCache } from '../src/normscale/index.js';
function mainMs(): number {
  const f = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(f)) return NaN;
  const x = readFileSync(f, 'utf8').split(') ')[1].split(' ');
  return (Number(x[11]) + Number(x[12])) * 10;
}
const V = 64;
const ids = Int32Array.from({ length: 400000 }, (_, i) => (i * 7919 + (i >> 3)) % V);
const data = { train: ids.subarray(0, 360000), val: ids.subarray(360000) };
const m = { vocabSize: V, seqLen: 64, dModel: 128, nHeads: 4, nLayers: 4, dFF: 512, qkNorm: true, mlp: 'swiglu' };
for (const threads of [2, 1] as const)
  for (const strategy of ['shared', 'unified']) {
    const cache: CompileCache = new Map();
    const e = new F32Engine({ threads });
    cache.set('f32-engine', e);
    await trainLM(data, { ...m, strategy } as never, { steps: 5, batchSize: 4, evalBatches: 16 }, { cache });
    const res: number[][] = [];
    for (const steps of [10, 40]) {
      const m0 = mainMs();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await trainLM(data, { ...m, strategy } as never, { steps, batchSize: 4, evalBatches: 16 }, { cache });
      const cu = process.cpuUsage(c0);
      res.push([performance.now() - t0, (cu.user + cu.system) / 1e3, mainMs() - m0]);
    }
    const per = res[1].map((v, i) => (v - res[0][i]) / 30);
    console.log(
      `full model ${strategy}, ${e.threads} thread(s): per step ${per[0].toFixed(1)} ms wall, ${per[1].toFixed(1)} ms CPU, ${per[2].toFixed(1)} ms main-thread CPU; fixed per run (eval) ${(res[0][1] - 10 * per[1]).toFixed(0)} ms CPU`,
    );
    e.dispose();
  }
