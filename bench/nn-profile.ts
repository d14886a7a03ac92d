// Profile of a normscale training step on the f32 engine (issue 20): ms per step (wall, process
// CPU, main-thread CPU) for the d = 128 L = 4 model or the quick model, on 1 or 2 threads, with
// the SIMD kernels or the JavaScript loops.
//   npx tsx bench/nn-profile.ts big|full|small [threads 1|2] [simd|js]   (full: normscale's --full model, T = 64, B = 4)
// Where the time goes (self time by function, the wasm kernels as wasm-function[i]: 0 tileN,
// 1 tileT, 2 edge, 3 gemm, 4 packB, 5… the elementwise kernels in kernels.ts order):
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/nn-profile.ts big 1
//   python3 bench/nn-profile.py /tmp/prof
import '../src/core/nn/f32/node-thread.js';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { F32Engine } from '../src/core/nn/index.js';
import { trainLM, type CompileCache } from '../src/normscale/index.js';

function mainThreadCpuMs(): number {
  const f = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(f)) return NaN;
  const fields = readFileSync(f, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const which = process.argv[2] ?? 'big';
const threads = Number(process.argv[3] ?? 1) as 1 | 2;
const simd = (process.argv[4] ?? 'simd') === 'simd';
const V = 64;
const ids = Int32Array.from({ length: 200000 }, (_, i) => (i * 7919 + (i >> 3)) % V);
const data = { train: ids.subarray(0, 180000), val: ids.subarray(180000) };
const model =
  which === 'big'
    ? { vocabSize: V, seqLen: 128, dModel: 128, nHeads: 4, nLayers: 4, dFF: 512 }
    : which === 'full'
      ? { vocabSize: V, seqLen: 64, dModel: 128, nHeads: 4, nLayers: 4, dFF: 512 }
      : { vocabSize: V, seqLen: 32, dModel: 32, nHeads: 2, nLayers: 1, dFF: 64 };
const B = which === 'big' ? 16 : which === 'full' ? 4 : 8;
const steps = which === 'big' ? 12 : which === 'full' ? 60 : 300;
const cache: CompileCache = new Map();
const e = new F32Engine({ threads, simd });
cache.set('f32-engine', e);
const run = () => trainLM(data, { ...model, strategy: 'shared' }, { steps, batchSize: B, evalBatches: 1 }, { cache });
await run(); // warm-up (heap, JIT)
const m0 = mainThreadCpuMs();
const c0 = process.cpuUsage();
const t0 = performance.now();
const r = await run();
const wall = (performance.now() - t0) / steps;
const cu = process.cpuUsage(c0);
const cpu = (cu.user + cu.system) / 1e3 / steps;
const main = (mainThreadCpuMs() - m0) / steps;
const gflop = (6 * r.paramCount * B * model.seqLen) / 1e9;
console.log(
  `${which} (${r.paramCount} params, ${gflop.toFixed(4)} GFLOP/step), ${e.threads} thread(s), ${simd ? 'SIMD kernels' : 'JS loops'}: ` +
    `${wall.toFixed(2)} ms/step wall, ${cpu.toFixed(2)} ms CPU (all threads), ${main.toFixed(1)} ms main-thread CPU ` +
    `→ ${(gflop / (main / 1e3)).toFixed(2)} GFLOP/s by main-thread CPU; load average ${loadavg()[0].toFixed(1)}`,
);
e.dispose();
