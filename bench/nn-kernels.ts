// Per-call time of a few f32 engine ops on a [32, 64] tensor, SIMD kernels vs the JS loops (best of 300 × 50 calls).
//   npx tsx bench/nn-kernels.ts
import { F32Engine } from '../src/core/nn/f32/engine.js';
const e = new F32Engine({ threads: 1 });
const n = 2048;
const x = e.param(
  Float32Array.from({ length: n }, (_, i) => Math.sin(i)),
  [32, 64],
);
const b = e.param(
  Float32Array.from({ length: n }, (_, i) => Math.cos(i)),
  [32, 64],
);
e.grad = false;
for (const simd of [true, false]) {
  e.simd = simd;
  for (const [name, f] of [
    ['tanh', () => e.tanh(x)],
    ['swiglu', () => e.swiglu(x, b)],
    ['add', () => e.add(x, b)],
    ['rms', () => e.rmsNorm(x, 64)],
  ] as const) {
    let best = Infinity;
    for (let r = 0; r < 300; r++) {
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) {
        f();
        e.endStep();
      }
      best = Math.min(best, (performance.now() - t0) / 50);
    }
    console.log(simd ? 'simd' : 'js  ', name.padEnd(7), (best * 1e3).toFixed(2), 'µs per call,', ((best * 1e6) / n).toFixed(2), 'ns/elem');
  }
}
