// Worker threads: node-threads.ts must be evaluated before @jax-js/jax, so it is imported first.
import './node-threads.js';
import { describe, expect, it } from 'vitest';
import { adam, disposeParams, initMlp, initNN, mlp, np, paramsToFloat32, train } from './index.js';

describe('worker threads (opt-in, Node)', () => {
  it('runs kernels on 2 threads and gives the same numbers as the closed form', async () => {
    const info = await initNN();
    expect(info.threads).toBe(2);
    const n = 256;
    const a = np.ones([n, n]).mul(0.5);
    const c = await np.matmul(a.ref, a).sum().data(); // Σ_ij Σ_k ¼ = n³/4
    expect(c[0]).toBe((n * n * n) / 4);
    const x = new Float32Array(64).map((_, i) => i / 64);
    const r = await train({
      params: initMlp([1, 16, 1], { seed: 1 }),
      optimizer: adam(),
      lr: 1e-2,
      steps: 30,
      fixed: { x: { data: x, shape: [64, 1] }, y: { data: x, shape: [64] } },
      loss: (p, b) => np.square(mlp(p, b.x).reshape([-1]).sub(b.y)).mean(),
    });
    expect(r.history.loss[29]).toBeLessThan(r.history.loss[0]);
    expect((await paramsToFloat32(r.params)).every(Number.isFinite)).toBe(true);
    disposeParams(r.params);
    disposeParams(r.state);
  });
});
