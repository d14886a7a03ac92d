import { initNN, np, initMlp, mlp, adam, train, nnHeapBytes, countParams, Rng } from './nnall.js';
await initNN();
const n = 256;
const r = new Rng(1);
const xs = new Float32Array(n), ys = new Float32Array(n);
for (let i = 0; i < n; i++) { xs[i] = -2 + 4 * r.uniform(); ys[i] = Math.sin(2 * xs[i]); }
const params = initMlp([1, 32, 32, 1], { seed: 1 });
console.log(countParams(params));
const heap: number[] = [];
const t0 = performance.now();
const res = await train({
  params, optimizer: adam(), steps: 2000, lr: 1e-2, batchSize: 64,
  data: { x: { data: xs, shape: [n, 1] }, y: { data: ys, shape: [n, 1] } },
  loss: (p, b) => np.square(mlp(p, b.x).sub(b.y)).mean(),
  progressEvery: 100, onProgress: (d) => heap.push(nnHeapBytes()),
});
console.log('ms/step', (performance.now() - t0) / 2000);
console.log(res.history.loss[0], res.history.loss[1999], heap);
