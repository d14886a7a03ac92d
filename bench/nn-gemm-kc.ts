// k-blocking of the f32 GEMM (Gemm.kc) on the normscale d = 128 step's GEMM shapes: GFLOP/s per CPU-second, best of 25,
// kc = 64…512 and unblocked, interleaved.  npx tsx bench/nn-gemm-kc.ts
import { F32Heap, Gemm } from '../src/core/nn/index.js';
const heap = new F32Heap();
const g = new Gemm(heap);
const shapes: [string, number, number, number, boolean, boolean][] = [
  ['dW xT·g 128x512 K2048 (A trans)', 128, 512, 2048, true, false],
  ['dW xT·g 512x128 K2048 (A trans)', 512, 128, 2048, true, false],
  ['fwd x·W 2048x512 K128', 2048, 512, 128, false, false],
  ['fwd 2048x128 K512', 2048, 128, 512, false, false],
  ['dx g·WT 2048x128 K512 (B trans)', 2048, 128, 512, false, true],
];
for (const [name, M, N, K, ta, tb] of shapes) {
  const a = heap.alloc(M * K),
    b = heap.alloc(K * N),
    c = heap.alloc(M * N);
  const h = heap.f32();
  for (let i = 0; i < M * K; i++) h[a + i] = Math.sin(i);
  for (let i = 0; i < K * N; i++) h[b + i] = Math.cos(i);
  const res: string[] = [];
  const best = new Map<number, number>();
  for (let rep = 0; rep < 25; rep++)
    for (const kc of [64, 128, 256, 512, 1 << 30]) {
      g.kc = kc;
      const t0 = process.cpuUsage();
      g.gemm(M, N, K, { off: a, ld: ta ? M : K, trans: ta }, { off: b, ld: tb ? K : N, trans: tb }, c, N);
      const cu = process.cpuUsage(t0);
      const dt = (cu.user + cu.system) / 1e3;
      best.set(kc, Math.min(best.get(kc) ?? Infinity, dt));
    }
  for (const [kc, t] of best) res.push(`kc=${kc > 1e6 ? '∞' : kc}: ${((2 * M * N * K) / t / 1e6).toFixed(1)}`);
  console.log(name, '→ GFLOP/s', res.join(', '));
}
