import { beforeAll, describe, expect, it } from 'vitest';
import { QuireError } from '../errors.js';
import { Rng } from '../rng.js';
import { mat, solve, transpose, matmul } from '../linalg.js';
import {
  adam,
  disposeParams,
  initMlp,
  initNN,
  mlp,
  nnHeapBytes,
  np,
  refParams,
  sgd,
  train,
  paramsToFloat32Sync,
  grad,
  vmap,
  type JaxArray,
  type MlpParams,
} from './index.js';

beforeAll(async () => {
  await initNN();
});

/** y = X β + 0.3·noise, n × d. */
function linearData(n: number, d: number, seed: number): { x: Float32Array; y: Float32Array } {
  const r = new Rng(seed);
  const x = new Float32Array(n * d);
  const y = new Float32Array(n);
  const beta = [1.5, -2, 0.5, 1].slice(0, d);
  for (let i = 0; i < n; i++) {
    let s = 0.7;
    for (let j = 0; j < d; j++) {
      x[i * d + j] = r.normal();
      s += beta[j] * x[i * d + j];
    }
    y[i] = s + 0.3 * r.normal();
  }
  return { x, y };
}

/** Least-squares MSE with intercept, in float64 (the oracle). */
function lsMse(x: Float32Array, y: Float32Array, n: number, d: number): number {
  const rows: number[] = [];
  for (let i = 0; i < n; i++) rows.push(1, ...Array.from(x.subarray(i * d, (i + 1) * d)));
  const X = mat(n, d + 1, Float64Array.from(rows));
  const Y = mat(n, 1, Float64Array.from(y));
  const Xt = transpose(X);
  const b = solve(matmul(Xt, X), matmul(Xt, Y));
  const fit = matmul(X, b);
  let s = 0;
  for (let i = 0; i < n; i++) s += (fit.data[i] - y[i]) ** 2;
  return s / n;
}

const mse = (p: MlpParams, b: { [k: string]: ReturnType<typeof np.array> }) => np.square(mlp(p, b.x).reshape([-1]).sub(b.y)).mean();

describe('train', () => {
  it('a linear model (identity MLP) reaches the least-squares MSE', async () => {
    const [n, d] = [200, 3];
    const { x, y } = linearData(n, d, 1);
    const oracle = lsMse(x, y, n, d);
    const r = await train({
      params: initMlp([d, 1], { seed: 2 }),
      optimizer: adam(),
      lr: 0.05,
      steps: 400,
      data: { x: { data: x, shape: [n, d] }, y: { data: y, shape: [n] } },
      loss: (p, b) => mse(p, b),
    });
    const final = r.history.loss[399];
    expect(final).toBeGreaterThanOrEqual(oracle * (1 - 1e-4)); // cannot beat least squares
    expect(final).toBeLessThan(oracle * 1.01);
    disposeParams(r.params);
    disposeParams(r.state);
  });

  it('a tanh MLP fits sin(2x) ten times better than the best linear fit, deterministically', async () => {
    const n = 128;
    const r0 = new Rng(5);
    const x = new Float32Array(n);
    const y = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = -2 + 4 * r0.uniform();
      y[i] = Math.sin(2 * x[i]);
    }
    const oracle = lsMse(x, y, n, 1);
    const run = () =>
      train({
        params: initMlp([1, 24, 24, 1], { seed: 3 }),
        optimizer: adam(),
        lr: 1e-2,
        steps: 600,
        batchSize: 32,
        seed: 9,
        data: { x: { data: x, shape: [n, 1] }, y: { data: y, shape: [n] } },
        loss: (p, b) => mse(p, b),
        evalEvery: 200,
        evaluate: (p) => {
          const v = mse(p, { x: np.array(x, { shape: [n, 1] }), y: np.array(y) });
          return v.dataSync()[0];
        },
      });
    const a = await run();
    const fullMse = a.history.evalValues[a.history.evalValues.length - 1];
    expect(a.history.evalSteps).toEqual([200, 400, 600]);
    expect(fullMse).toBeLessThan(oracle / 10);
    const b = await run();
    expect(Array.from(b.history.loss)).toEqual(Array.from(a.history.loss));
    expect(Array.from(paramsToFloat32Sync(b.params))).toEqual(Array.from(paramsToFloat32Sync(a.params)));
    for (const r of [a, b]) {
      disposeParams(r.params);
      disposeParams(r.state);
    }
  });

  it('jitted and eager steps agree; fixed inputs and progress reports work', async () => {
    const { x, y } = linearData(64, 2, 4);
    const progress: number[] = [];
    const go = (jit: boolean) =>
      train({
        params: initMlp([2, 8, 1], { seed: 1 }),
        optimizer: sgd({ momentum: 0.9 }),
        lr: 0.01,
        steps: 20,
        jit,
        fixed: { x: { data: x, shape: [64, 2] }, y: { data: y, shape: [64] } },
        loss: (p, b) => mse(p, b),
        progressEvery: 5,
        onProgress: (done, total, label) => {
          if (jit) progress.push(done);
          expect(total).toBe(20);
          expect(label).toBe('train');
        },
      });
    const a = await go(true);
    const b = await go(false);
    for (let t = 0; t < 20; t++) expect(Math.abs(a.history.loss[t] - b.history.loss[t])).toBeLessThan(1e-4 * (1 + b.history.loss[t]));
    expect(progress).toEqual([5, 10, 15, 20]);
    for (const r of [a, b]) {
      disposeParams(r.params);
      disposeParams(r.state);
    }
  });

  it('rejects bad options and stops on a non-finite loss', async () => {
    const { x, y } = linearData(10, 2, 1);
    const base = {
      optimizer: adam(),
      loss: (p: MlpParams, b: { [k: string]: ReturnType<typeof np.array> }) => mse(p, b),
      data: { x: { data: x, shape: [10, 2] }, y: { data: y, shape: [10] } },
    };
    const p = initMlp([2, 1]);
    await expect(train({ ...base, params: refParams(p), steps: 0 })).rejects.toThrow(/steps/);
    await expect(train({ ...base, params: refParams(p), steps: 2, batchSize: 11 })).rejects.toThrow(/batchSize/);
    await expect(
      train({ ...base, params: refParams(p), steps: 2, data: { ...base.data, y: { data: y.subarray(1), shape: [9] } } }),
    ).rejects.toThrow(/rows/);
    await expect(
      train({ ...base, params: refParams(p), steps: 2, data: { ...base.data, x: { data: x, shape: [10, 3] } } }),
    ).rejects.toThrow(QuireError);
    await expect(train({ ...base, params: refParams(p), steps: 3, loss: (q, b) => np.log(mse(q, b).mul(-1)) })).rejects.toThrow(
      /loss is NaN/,
    );
    disposeParams(p);
  });
});

describe('memory discipline', () => {
  // Eager (un-jitted) grad-of-grad w.r.t. params leaks inside jax-js 0.1.25 (20–300 kB/step,
  // measured); under jit the heap is flat, so PINN steps must be jitted (README, rule 6).
  it("a jitted PINN loss (u'' by vmap∘grad∘grad, then grad in the params) trains with a flat heap", async () => {
    // −u'' = π² sin(πx) on (0,1), u(0) = u(1) = 0; exact u = sin(πx)
    const m = 32;
    const xc = new Float32Array(m).map((_, i) => (i + 0.5) / m);
    const f = xc.map((x) => Math.PI ** 2 * Math.sin(Math.PI * x));
    const u = (q: MlpParams, x: JaxArray) => mlp(q, x.reshape([1, 1])).reshape([]);
    const loss = (q: MlpParams, b: { [k: string]: JaxArray }) => {
      const uxx = vmap(grad(grad((xx: JaxArray) => u(refParams(q), xx))))(b.x);
      const bc = mlp(q, np.array(new Float32Array([0, 1]), { shape: [2, 1] }));
      return np.square(uxx.add(b.f)).mean().add(np.square(bc).mean().mul(10));
    };
    {
      const heap: number[] = [];
      const r = await train({
        params: initMlp([1, 16, 16, 1], { seed: 2 }),
        optimizer: adam(),
        lr: 5e-3,
        steps: 200,
        fixed: { x: { data: xc, shape: [m] }, f: { data: f, shape: [m] } },
        loss,
        progressEvery: 10,
        onProgress: () => heap.push(nnHeapBytes()),
      });
      expect(Math.max(...heap.slice(2))).toBe(heap[2]);
      expect(r.history.loss[r.history.loss.length - 1]).toBeLessThan(r.history.loss[0]);
      disposeParams(r.params);
      disposeParams(r.state);
    }
  });

  it('2000 jitted minibatch steps leave the jax heap flat after warm-up; a leak of one param tree per step is detected', async () => {
    const n = 256;
    const { x, y } = linearData(n, 4, 7);
    const heap: number[] = [];
    const run = (leak: boolean) =>
      train({
        params: initMlp([4, 64, 64, 1], { seed: 1 }),
        optimizer: adam(),
        lr: 1e-3,
        steps: leak ? 300 : 2000,
        batchSize: 32,
        data: { x: { data: x, shape: [n, 4] }, y: { data: y, shape: [n] } },
        loss: (p, b) => mse(p, b),
        evalEvery: leak ? 1 : 50,
        // the correct evaluate consumes its reference; the leaky one keeps it
        evaluate: (p) => {
          if (!leak) disposeParams(p);
          return 0;
        },
        progressEvery: 50,
        onProgress: () => heap.push(nnHeapBytes()),
      });
    const r = await run(false);
    expect(heap.length).toBe(40);
    const warm = heap[3]; // after 200 steps
    expect(warm).toBeGreaterThan(0);
    expect(Math.max(...heap.slice(3))).toBe(warm);
    disposeParams(r.params);
    disposeParams(r.state);
    // sensitivity: the probe sees a deliberate leak (one 4545-parameter tree per step, 300 steps)
    heap.length = 0;
    const before = nnHeapBytes();
    const l = await run(true);
    expect(nnHeapBytes() - before).toBeGreaterThanOrEqual(200 * 4545 * 4);
    disposeParams(l.params);
    disposeParams(l.state);
  });
});
