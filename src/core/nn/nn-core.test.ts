import { beforeAll, describe, expect, it } from 'vitest';
import { QuireError } from '../errors.js';
import {
  countParams,
  deeponet,
  deeponetPointwise,
  flattenParams,
  grad,
  initArray,
  initDeepONet,
  initMlp,
  initNN,
  initValues,
  JaxArray,
  jnn,
  mlp,
  np,
  paramsFromFloat32,
  paramsToFloat32,
  paramsToFloat32Sync,
  paramShapes,
  refParams,
  disposeParams,
  unflattenParams,
  valueAndGrad,
  vmap,
  type MlpParams,
} from './index.js';
import { hostMlp, hostMlpForward } from './testutil.js';

beforeAll(async () => {
  await initNN();
});

describe('runtime', () => {
  it('initNN is idempotent and reports the wasm device', async () => {
    const a = initNN();
    const b = initNN();
    expect(a).toBe(b);
    const info = await a;
    expect(info.device).toBe('wasm');
    expect(info.threads).toBe(1);
  });

  it('the iterator-helper shim makes einsum-based attention work (softmax rows sum to 1)', () => {
    // oracle: causal attention with identical keys averages the first i+1 values
    const T = 4;
    const q = np.ones([1, T, 1, 2]);
    const vData = new Float32Array([1, 0, 3, 0, 5, 0, 7, 0]);
    const v = np.array(vData, { shape: [1, T, 1, 2] });
    const out = jnn.dotProductAttention(q.ref, q, v, { isCausal: true }).dataSync();
    const expected = [1, 2, 3, 4]; // running means of 1,3,5,7
    for (let i = 0; i < T; i++) expect(out[i * 2]).toBeCloseTo(expected[i], 5);
  });
});

describe('params', () => {
  it('flattens in sorted-key order with dotted paths, and unflattens back', () => {
    const t = { z: np.zeros([2]), a: [np.ones([3]), { w: np.zeros([2, 2]) }] };
    const leaves = flattenParams(t);
    expect(leaves.map((l) => l.path)).toEqual(['a.0', 'a.1.w', 'z']);
    expect(countParams(t)).toBe(2 + 3 + 4);
    const back = unflattenParams(
      t,
      leaves.map((l) => l.array),
    );
    expect(back.a[1]).toHaveProperty('w');
    expect(paramShapes(back)).toEqual([
      { path: 'a.0', shape: [3] },
      { path: 'a.1.w', shape: [2, 2] },
      { path: 'z', shape: [2] },
    ]);
    expect(() => unflattenParams(t, [])).toThrow(QuireError);
    disposeParams(t);
  });

  it('round-trips through Float32Array bit-exactly, without consuming the tree', async () => {
    const p = initMlp([3, 5, 2], { seed: 11 });
    const flat = await paramsToFloat32(p);
    expect(flat.length).toBe(countParams(p));
    expect(countParams(p)).toBe(3 * 5 + 5 + 5 * 2 + 2);
    const q = paramsFromFloat32(p, flat);
    expect(Array.from(paramsToFloat32Sync(q))).toEqual(Array.from(flat));
    expect(p.layers[0].w.refCount).toBe(1); // untouched
    expect(() => paramsFromFloat32(p, flat.subarray(1))).toThrow(/expected 32/);
    const bad = flat.slice();
    bad[3] = NaN;
    expect(() => paramsFromFloat32(p, bad)).toThrow(QuireError);
    disposeParams(p);
    disposeParams(q);
  });
});

describe('initializers', () => {
  it('are deterministic for a seed and differ across seeds', () => {
    const a = initValues('glorotUniform', [20, 30], 5);
    const b = initValues('glorotUniform', [20, 30], 5);
    const c = initValues('glorotUniform', [20, 30], 6);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
    const p1 = paramsToFloat32Sync(initMlp([4, 8, 1], { seed: 9 }));
    const p2 = paramsToFloat32Sync(initMlp([4, 8, 1], { seed: 9 }));
    expect(Array.from(p1)).toEqual(Array.from(p2));
  });

  it('have the Glorot/He scales (bound and variance within sampling error)', () => {
    const [fi, fo] = [200, 300];
    const g = initValues('glorotUniform', [fi, fo], 1);
    const a = Math.sqrt(6 / (fi + fo));
    let mx = 0;
    let ss = 0;
    for (const v of g) {
      mx = Math.max(mx, Math.abs(v));
      ss += v * v;
    }
    expect(mx).toBeLessThanOrEqual(a);
    const n = g.length;
    // Var U(−a,a) = a²/3; the sample second moment has sd ≈ a²·√(4/45)/√n ≈ 5e-4·a²
    expect(Math.abs(ss / n - (a * a) / 3)).toBeLessThan((5 * a * a * Math.sqrt(4 / 45)) / Math.sqrt(n));
    const h = initValues('heNormal', [fi, fo], 2);
    let s2 = 0;
    for (const v of h) s2 += v * v;
    // E v² = 2/fi, sd of the mean of v² = (2/fi)·√2/√n
    expect(Math.abs(s2 / n - 2 / fi)).toBeLessThan((5 * (2 / fi) * Math.SQRT2) / Math.sqrt(n));
  });

  it('validates kind, shape and options', () => {
    expect(() => initValues('bogus' as never, [2], 0)).toThrow(/kind/);
    expect(() => initValues('normal', [2, 0], 0)).toThrow(/shape\[1\]/);
    expect(() => initValues('normal', [2], 0, { std: -1 })).toThrow(/std/);
    expect(() => initValues('normal', [2], -1)).toThrow(/seed/);
    expect(() => initMlp([3])).toThrow(/sizes/);
    expect(() => initDeepONet({ branch: [3, 4], trunk: [1, 5] })).toThrow(/expected 5/);
    const z = initArray('ones', [2, 2], 0);
    expect(Array.from(z.dataSync())).toEqual([1, 1, 1, 1]);
  });
});

function randomInput(n: number, d: number, seed: number): Float32Array {
  return initValues('uniform', [n, d], seed, { scale: 1 });
}

describe('autodiff oracles', () => {
  it('vmap(grad(grad(tanh))) matches the closed form −2 tanh(x)(1 − tanh²(x))', () => {
    const xs = new Float32Array(41).map((_, i) => -3 + (6 * i) / 40);
    const d2 = vmap(grad(grad(np.tanh)))(np.array(xs)).dataSync();
    for (let i = 0; i < xs.length; i++) {
      const t = Math.tanh(xs[i]);
      expect(Math.abs(d2[i] - -2 * t * (1 - t * t))).toBeLessThan(2e-6);
    }
  });

  it('the MLP forward pass matches a float64 host implementation', () => {
    const p = initMlp([3, 16, 16, 2], { seed: 4 });
    const h = hostMlp(p);
    const x = randomInput(5, 3, 8);
    const y = mlp(p, np.array(x, { shape: [5, 3] })).dataSync();
    for (let r = 0; r < 5; r++) {
      const ref = hostMlpForward(h, x.subarray(r * 3, r * 3 + 3));
      for (let j = 0; j < 2; j++) expect(Math.abs(y[r * 2 + j] - ref[j])).toBeLessThan(1e-5);
    }
  });

  it('parameter gradients match float64 central finite differences', () => {
    const p = initMlp([2, 8, 1], { seed: 3 });
    const x = randomInput(6, 2, 5);
    const yT = initValues('uniform', [6], 6, { scale: 1 });
    const h = hostMlp(p);
    const hostLoss = (m: typeof h): number => {
      let s = 0;
      for (let r = 0; r < 6; r++) s += (hostMlpForward(m, x.subarray(2 * r, 2 * r + 2))[0] - yT[r]) ** 2;
      return s / 6;
    };
    const lossFn = (q: MlpParams, xb: JaxArray, yb: JaxArray) => np.square(mlp(q, xb).reshape([6]).sub(yb)).mean();
    const [val, g] = valueAndGrad(lossFn)(p, np.array(x, { shape: [6, 2] }), np.array(yT));
    expect(Math.abs(val.dataSync()[0] - hostLoss(h))).toBeLessThan(1e-6);
    const gw0 = g.layers[0].w.dataSync();
    const gb1 = g.layers[1].b.dataSync();
    g.layers[0].b.dispose();
    g.layers[1].w.dispose();
    const eps = 1e-5;
    for (let i = 0; i < gw0.length; i++) {
      const hp = { ...h, w: h.w.map((a) => a.slice()) };
      hp.w[0][i] += eps;
      const lp = hostLoss(hp);
      hp.w[0][i] -= 2 * eps;
      const fd = (lp - hostLoss(hp)) / (2 * eps);
      expect(Math.abs(gw0[i] - fd)).toBeLessThan(1e-4 + 1e-3 * Math.abs(fd));
    }
    const hb = { ...h, b: h.b.map((a) => a.slice()) };
    hb.b[1][0] += eps;
    const lp = hostLoss(hb);
    hb.b[1][0] -= 2 * eps;
    expect(Math.abs(gb1[0] - (lp - hostLoss(hb)) / (2 * eps))).toBeLessThan(1e-4);
  });

  it("an MLP's input second derivative (PINN u'') matches float64 finite differences, and grad through it works", () => {
    const p = initMlp([1, 16, 16, 1], { seed: 12 });
    const h = hostMlp(p);
    const u = (q: MlpParams, x: JaxArray) => mlp(q, x.reshape([1, 1])).reshape([]);
    const xs = new Float32Array([-0.8, -0.1, 0.4, 0.9]);
    // closure rule: the inner function takes its own reference of q; the outer disposes its own
    const uxx = (q: MlpParams, x: JaxArray) => {
      const r = vmap(grad(grad((xx: JaxArray) => u(refParams(q), xx))))(x);
      disposeParams(q);
      return r;
    };
    const d2 = uxx(refParams(p), np.array(xs)).dataSync();
    const e = 1e-3;
    for (let i = 0; i < xs.length; i++) {
      const f = (z: number) => hostMlpForward(h, [z])[0];
      const fd = (f(xs[i] + e) - 2 * f(xs[i]) + f(xs[i] - e)) / (e * e);
      expect(Math.abs(d2[i] - fd)).toBeLessThan(2e-3 * Math.max(1, Math.abs(fd)));
    }
    // residual loss mean(u''²) is differentiable in the params (third-order autodiff)
    const g = grad((q: MlpParams) => np.square(uxx(q, np.array(xs))).mean())(refParams(p));
    const gl = paramsToFloat32Sync(g);
    expect(gl.every(Number.isFinite)).toBe(true);
    expect(gl.some((v) => v !== 0)).toBe(true);
    disposeParams(g);
    disposeParams(p);
  });
});

describe('DeepONet', () => {
  it('the grid form equals the pointwise form on every (function, point) pair', () => {
    const p = initDeepONet({ branch: [5, 12, 6], trunk: [1, 12, 6], seed: 2 });
    const B = 3;
    const N = 4;
    const u = randomInput(B, 5, 1);
    const y = randomInput(N, 1, 2);
    const grid = deeponet(refParams(p), np.array(u, { shape: [B, 5] }), np.array(y, { shape: [N, 1] })).dataSync();
    const uu = new Float32Array(B * N * 5);
    const yy = new Float32Array(B * N);
    for (let b = 0; b < B; b++)
      for (let j = 0; j < N; j++) {
        uu.set(u.subarray(b * 5, b * 5 + 5), (b * N + j) * 5);
        yy[b * N + j] = y[j];
      }
    const pw = deeponetPointwise(p, np.array(uu, { shape: [B * N, 5] }), np.array(yy, { shape: [B * N, 1] })).dataSync();
    expect(grid.length).toBe(B * N);
    for (let i = 0; i < B * N; i++) expect(Math.abs(grid[i] - pw[i])).toBeLessThan(1e-5);
  });
});
