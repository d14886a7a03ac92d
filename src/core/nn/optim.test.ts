import { beforeAll, describe, expect, it } from 'vitest';
import { QuireError } from '../errors.js';
import {
  adam,
  adamw,
  clipByGlobalNorm,
  constantSchedule,
  cosineDecay,
  decayGroups,
  disposeParams,
  initNN,
  linearWarmup,
  np,
  paramsToFloat32Sync,
  sgd,
  warmupCosine,
  type ParamTree,
} from './index.js';

beforeAll(async () => {
  await initNN();
});

const theta0 = new Float32Array([0.5, -1.25, 2, 0.75]);
const gConst = new Float32Array([0.3, -2, 1e-3, -0.07]);

function tree(v: Float32Array): ParamTree {
  return { w: np.array(v.slice(0, 2)), norm: { scale: np.array(v.slice(2)) } };
}
/** host values in canonical order: norm.scale (2), w (2) */
function canon(v: Float32Array): number[] {
  return [v[2], v[3], v[0], v[1]];
}

describe('Adam', () => {
  it('first step is θ − lr·g/(|g|+ε) ≈ θ − lr·sign(g), and k steps of a constant gradient move k·lr·sign(g)', () => {
    const lr = 0.01;
    const opt = adam();
    let p = tree(theta0);
    let s = opt.init(p);
    const th = canon(theta0);
    const g = canon(gConst);
    for (let k = 1; k <= 5; k++) {
      const r = opt.update(tree(gConst), s, p, lr);
      p = r.params;
      s = r.state;
      const got = paramsToFloat32Sync(p);
      for (let i = 0; i < 4; i++) {
        // m̂ = g and v̂ = g² exactly for a constant gradient (bias correction), so each step is lr·g/(|g|+ε)
        const expected = th[i] - (k * lr * g[i]) / (Math.abs(g[i]) + 1e-8);
        expect(Math.abs(got[i] - expected)).toBeLessThan(2e-6);
      }
    }
    disposeParams(p);
    disposeParams(s);
  });
});

describe('AdamW', () => {
  it('with zero gradient shrinks θ by exactly (1 − lr·λ) per step, per group', () => {
    const lr = 0.05;
    const wd = 0.2;
    const opt = adamw({ weightDecay: decayGroups([{ match: /scale$/, weightDecay: 0 }], wd) });
    let p = tree(theta0);
    let s = opt.init(p);
    const zero = new Float32Array(4);
    for (let k = 0; k < 3; k++) {
      const r = opt.update(tree(zero), s, p, lr);
      p = r.params;
      s = r.state;
    }
    const got = paramsToFloat32Sync(p);
    const th = canon(theta0);
    const f = (1 - lr * wd) ** 3;
    expect(got[0]).toBe(th[0]); // norm.scale: no decay, no gradient → unchanged
    expect(got[1]).toBe(th[1]);
    expect(Math.abs(got[2] - th[2] * f)).toBeLessThan(1e-6);
    expect(Math.abs(got[3] - th[3] * f)).toBeLessThan(1e-6);
    disposeParams(p);
    disposeParams(s);
  });

  it('accepts the learning rate as an array (jit argument) with the same result', () => {
    const opt = adamw({ weightDecay: 0.1 });
    const p1 = tree(theta0);
    const r1 = opt.update(tree(gConst), opt.init(p1), p1, 0.01);
    const p2 = tree(theta0);
    const r2 = opt.update(tree(gConst), opt.init(p2), p2, np.array(0.01));
    expect(Array.from(paramsToFloat32Sync(r2.params))).toEqual(Array.from(paramsToFloat32Sync(r1.params)));
    for (const r of [r1, r2]) {
      disposeParams(r.params);
      disposeParams(r.state);
    }
  });

  it('validates its hyperparameters', () => {
    expect(() => adamw({ b1: 1 })).toThrow(/b1/);
    expect(() => adam({ eps: 0 })).toThrow(/eps/);
    expect(() => adamw({ weightDecay: -1 })).toThrow(QuireError);
    expect(() => sgd({ momentum: 1 })).toThrow(/momentum/);
    const opt = adam();
    const p = tree(theta0);
    expect(() => opt.update(tree(gConst), opt.init(p), p, -1)).toThrow(/lr/);
  });
});

describe('SGD', () => {
  it('plain, momentum and Nesterov steps match their closed forms over two steps', () => {
    const lr = 0.1;
    const mu = 0.9;
    const g = canon(gConst);
    const th = canon(theta0);
    const cases: [ReturnType<typeof sgd>, (gi: number) => number][] = [
      [sgd(), (gi) => 2 * gi], // θ − lr·g twice
      [sgd({ momentum: mu }), (gi) => gi + (1 + mu) * gi], // v1 = g, v2 = (1+μ)g
      [sgd({ momentum: mu, nesterov: true }), (gi) => gi * (1 + mu) + gi * (1 + mu + mu * mu)],
    ];
    for (const [opt, total] of cases) {
      let p = tree(theta0);
      let s = opt.init(p);
      for (let k = 0; k < 2; k++) {
        const r = opt.update(tree(gConst), s, p, lr);
        p = r.params;
        s = r.state;
      }
      const got = paramsToFloat32Sync(p);
      for (let i = 0; i < 4; i++) expect(Math.abs(got[i] - (th[i] - lr * total(g[i])))).toBeLessThan(2e-6);
      disposeParams(p);
      disposeParams(s);
    }
  });
});

describe('clipByGlobalNorm', () => {
  it('rescales to the max norm when above it and leaves it unchanged below', () => {
    const g = canon(gConst);
    const norm = Math.hypot(...g);
    const clipped = paramsToFloat32Sync(clipByGlobalNorm(tree(gConst), 1));
    expect(Math.abs(Math.hypot(...clipped) - 1)).toBeLessThan(1e-6);
    for (let i = 0; i < 4; i++) expect(Math.abs(clipped[i] - g[i] / norm)).toBeLessThan(1e-6);
    const same = paramsToFloat32Sync(clipByGlobalNorm(tree(gConst), 10));
    for (let i = 0; i < 4; i++) expect(Math.abs(same[i] - g[i])).toBeLessThan(1e-7);
    expect(() => clipByGlobalNorm(tree(gConst), 0)).toThrow(/maxNorm/);
  });
});

describe('schedules', () => {
  it('cosine decay hits peak at 0, final at T, the midpoint at T/2, and is monotone', () => {
    const s = cosineDecay(1e-2, 100, 1e-4);
    expect(s(0)).toBe(1e-2);
    expect(s(100)).toBeCloseTo(1e-4, 15);
    expect(s(250)).toBeCloseTo(1e-4, 15);
    expect(s(50)).toBeCloseTo((1e-2 + 1e-4) / 2, 15);
    for (let t = 1; t <= 100; t++) expect(s(t)).toBeLessThanOrEqual(s(t - 1));
  });

  it('linear warmup and warmup+cosine', () => {
    const w = linearWarmup(1, 4);
    expect([0, 1, 2, 3, 4, 10].map(w)).toEqual([0.25, 0.5, 0.75, 1, 1, 1]);
    const wc = warmupCosine(2, 10, 110, 0.5);
    expect(wc(0)).toBeCloseTo(0.2, 15);
    expect(wc(9)).toBe(2);
    expect(wc(10)).toBe(2);
    expect(wc(109)).toBeCloseTo(0.5, 12);
    // decay runs over T = total − 1 − warmup = 99 steps
    expect(wc(60)).toBeCloseTo(0.5 + (1.5 * (1 + Math.cos((Math.PI * 50) / 99))) / 2, 12);
    expect(constantSchedule(3e-4)(1234)).toBe(3e-4);
    expect(() => warmupCosine(1, 10, 10)).toThrow(/warmupSteps/);
    expect(() => cosineDecay(1, 0)).toThrow(/decaySteps/);
    expect(() => constantSchedule(NaN)).toThrow(QuireError);
  });
});
