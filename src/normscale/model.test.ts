import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { QuireError } from '../core/errors.js';
import { adamw, disposeParams, grad, initNN, np, paramsToFloat32Sync, type JaxArray, type ParamTree } from '../core/nn/index.js';
import { Rng } from '../core/rng.js';
import { STRATEGIES, initLM, lmLogits, lmLoss, modelConfig, rmsNormalize, type LMParams, type ModelConfig } from './model.js';
import { rmsNormalizeVec } from './mechanism.js';
import { paramRole, wdRouting } from './routing.js';

beforeAll(async () => {
  await initNN();
});

const base: Partial<ModelConfig> = { vocabSize: 11, seqLen: 6, dModel: 8, nHeads: 2, nLayers: 2, dFF: 12 };
const B = 2;

function oneHot(seed: number, cfg: ModelConfig): Float32Array {
  const rng = new Rng(seed);
  const out = new Float32Array(B * cfg.seqLen * cfg.vocabSize);
  for (let i = 0; i < B * cfg.seqLen; i++) out[i * cfg.vocabSize + rng.int(cfg.vocabSize)] = 1;
  return out;
}
function xArr(cfg: ModelConfig, seed = 5): JaxArray {
  return np.array(oneHot(seed, cfg), { shape: [B, cfg.seqLen, cfg.vocabSize] });
}
function read(a: JaxArray): Float64Array {
  return Float64Array.from(a.dataSync());
}
function host(a: JaxArray): Float32Array {
  return paramsToFloat32Sync(a.ref as unknown as ParamTree);
}
function randPos(n: number, seed: number): Float32Array {
  const rng = new Rng(seed);
  return Float32Array.from({ length: n }, () => 0.5 + rng.uniform());
}
function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
/** diag(γ)·W for W of shape [d, n] (x @ W layout): scales row j by γ_j. */
function scaleRows(w: JaxArray, g: Float32Array): JaxArray {
  const [d, n] = w.shape;
  const v = host(w);
  w.dispose();
  for (let j = 0; j < d; j++) for (let k = 0; k < n; k++) v[j * n + k] *= g[j];
  return np.array(v, { shape: [d, n] });
}

describe('RMSNorm', () => {
  it('has RMS 1 (‖Norm x‖₂ = √d) and is scale-invariant (fast-check invariant, float64)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (x, c) => {
          if (x.every((v) => Math.abs(v) < 1e-6)) return;
          const z = rmsNormalizeVec(x);
          let ss = 0;
          for (const v of z) ss += v * v;
          expect(Math.sqrt(ss / z.length)).toBeCloseTo(1, 12);
          const zc = rmsNormalizeVec(x.map((v) => v * c));
          expect(maxAbsDiff(z, zc)).toBeLessThan(1e-9);
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it('the jax RMSNorm matches the float64 one and is scale-invariant (float32 tolerance)', () => {
    const xs = randPos(24, 3).map((v, i) => (i % 3 === 0 ? -v : v) * 3);
    const z = read(rmsNormalize(np.array(xs, { shape: [3, 8] })));
    const z2 = read(
      rmsNormalize(
        np.array(
          xs.map((v) => v * 7.5),
          { shape: [3, 8] },
        ),
      ),
    );
    for (let r = 0; r < 3; r++) {
      const ref = rmsNormalizeVec(xs.subarray(r * 8, r * 8 + 8), 1e-6);
      expect(maxAbsDiff(z.subarray(r * 8, r * 8 + 8), ref)).toBeLessThan(1e-5);
    }
    expect(maxAbsDiff(z, z2)).toBeLessThan(1e-5);
  });
});

describe('expressivity: γ absorbs into the next weight for Input-Norms, not for QK-norm', () => {
  it('shared γ before attention equals γ = 1 with W_Q, W_K, W_V ← diag(γ)W (Pre-Norm absorption)', () => {
    const cfg = modelConfig({ ...base, qkNorm: false });
    const g = randPos(cfg.dModel, 7);
    const p1 = initLM(cfg, 3);
    (p1.layers[0].attn.in!.g as JaxArray).dispose();
    p1.layers[0].attn.in!.g = np.array(g, { shape: [cfg.dModel] });
    const l1 = read(lmLogits(cfg, p1, xArr(cfg)));
    const p2 = initLM(cfg, 3);
    const w = p2.layers[0].attn.w;
    w.q = scaleRows(w.q, g);
    w.k = scaleRows(w.k, g);
    w.v = scaleRows(w.v, g);
    const l2 = read(lmLogits(cfg, p2, xArr(cfg)));
    expect(maxAbsDiff(l1, l2)).toBeLessThan(2e-5);
    // and γ did change the function (so the check has teeth)
    const l0 = read(lmLogits(cfg, initLM(cfg, 3), xArr(cfg)));
    expect(maxAbsDiff(l1, l0)).toBeGreaterThan(1e-3);
  });

  it('QK-norm γ_q cannot be absorbed: Norm(q·W) has RMS 1 for every W, γ_q⊙Norm(q) does not', () => {
    const cfg = modelConfig(base);
    const hd = cfg.dModel / cfg.nHeads;
    const gq = randPos(hd, 9);
    const q = Float64Array.from(randPos(hd, 10), (v, i) => v - (i % 2));
    const n = rmsNormalizeVec(q);
    const rmsWith = Math.sqrt(n.reduce((s, v, i) => s + (gq[i] * v) ** 2, 0) / hd);
    expect(Math.abs(rmsWith - 1)).toBeGreaterThan(1e-2);
    // In the model: γ_q in QK-norm ≠ the same γ folded into the columns of W_Q.
    const p1 = initLM(cfg, 4);
    const qk = p1.layers[0].attn.qk!;
    (qk.q as JaxArray).dispose();
    qk.q = np.array(gq, { shape: [hd] });
    const l1 = read(lmLogits(cfg, p1, xArr(cfg)));
    const p2 = initLM(cfg, 4);
    const wq = p2.layers[0].attn.w.q;
    const v = host(wq);
    wq.dispose();
    for (let j = 0; j < cfg.dModel; j++) for (let c = 0; c < cfg.dModel; c++) v[j * cfg.dModel + c] *= gq[c % hd];
    p2.layers[0].attn.w.q = np.array(v, { shape: [cfg.dModel, cfg.dModel] });
    const l2 = read(lmLogits(cfg, p2, xArr(cfg)));
    expect(maxAbsDiff(l1, l2)).toBeGreaterThan(1e-3);
  });
});

describe('strategies', () => {
  it('all seven strategies compute the same logits at initialization (both MLP kinds)', () => {
    for (const mlp of ['swiglu', 'gelu'] as const) {
      const ref = read(lmLogits(modelConfig({ ...base, mlp }), initLM(modelConfig({ ...base, mlp }), 1), xArr(modelConfig(base))));
      for (const strategy of STRATEGIES) {
        const cfg = modelConfig({ ...base, mlp, strategy });
        const l = read(lmLogits(cfg, initLM(cfg, 1), xArr(cfg)));
        expect(maxAbsDiff(l, ref), `${strategy}/${mlp}`).toBeLessThan(2e-4);
      }
    }
  });

  it('a different seed gives different logits (the equivalence check is not vacuous)', () => {
    const cfg = modelConfig(base);
    const a = read(lmLogits(cfg, initLM(cfg, 1), xArr(cfg)));
    const b = read(lmLogits(cfg, initLM(cfg, 2), xArr(cfg)));
    expect(maxAbsDiff(a, b)).toBeGreaterThan(1e-2);
  });

  it('rejects bad configs', () => {
    expect(() => modelConfig({ ...base, nHeads: 3 })).toThrow(QuireError);
    expect(() => modelConfig({ ...base, strategy: 'bogus' as never })).toThrow(/strategy/);
    expect(() => modelConfig({ ...base, dModel: Number.NaN })).toThrow(QuireError);
    expect(() => initLM(modelConfig(base), -1)).toThrow(/seed/);
  });
});

describe('gradient bookkeeping', () => {
  const lossOf = (cfg: ModelConfig) => (p: LMParams) => {
    const y = np.array(oneHot(6, cfg), { shape: [B, cfg.seqLen, cfg.vocabSize] });
    return lmLoss(cfg, p, xArr(cfg), y);
  };
  const gradTree = (cfg: ModelConfig, p: LMParams) => (grad(lossOf(cfg)) as unknown as (q: LMParams) => LMParams)(p);

  it('magdir: ∂L/∂β = αᵀ∂L/∂γ and ∂L/∂α = β∂L/∂γ at γ = βα', () => {
    const d = base.dModel!;
    const alpha = randPos(d, 11);
    const beta = 1.3;
    const cm = modelConfig({ ...base, strategy: 'magdir' });
    const pm = initLM(cm, 2);
    const inM = pm.layers[1].mlp.in!;
    (inM.alpha as JaxArray).dispose();
    (inM.beta as JaxArray).dispose();
    inM.alpha = np.array(alpha, { shape: [d] });
    inM.beta = np.array(new Float32Array([beta]), { shape: [1] });
    const gm = gradTree(cm, pm);
    const gAlpha = read((gm.layers[1].mlp.in!.alpha as JaxArray).ref);
    const gBeta = read((gm.layers[1].mlp.in!.beta as JaxArray).ref)[0];
    disposeParams(gm as unknown as ParamTree);

    const cs = modelConfig({ ...base, strategy: 'shared' });
    const ps = initLM(cs, 2);
    (ps.layers[1].mlp.in!.g as JaxArray).dispose();
    ps.layers[1].mlp.in!.g = np.array(
      alpha.map((a) => a * beta),
      { shape: [d] },
    );
    const gs = gradTree(cs, ps);
    const gGamma = read((gs.layers[1].mlp.in!.g as JaxArray).ref);
    disposeParams(gs as unknown as ParamTree);
    const dot = gGamma.reduce((s, g, j) => s + alpha[j] * g, 0);
    const scale = Math.max(...gGamma.map(Math.abs));
    expect(scale).toBeGreaterThan(1e-4);
    expect(Math.abs(gBeta - dot)).toBeLessThan(1e-4 * Math.max(1, Math.abs(dot)) + 1e-6);
    expect(
      maxAbsDiff(
        gAlpha,
        gGamma.map((g) => beta * g),
      ),
    ).toBeLessThan(1e-4 * scale + 1e-7);
  });

  it('shared γ gets g_Q + g_K + g_V (hg with equal branch scales)', () => {
    const d = base.dModel!;
    const g = randPos(d, 12);
    const ch = modelConfig({ ...base, strategy: 'hg' });
    const ph = initLM(ch, 3);
    for (const b of ['q', 'k', 'v']) {
      (ph.layers[0].attn.in![b] as JaxArray).dispose();
      ph.layers[0].attn.in![b] = np.array(g, { shape: [d] });
    }
    const gh = gradTree(ch, ph);
    const parts = ['q', 'k', 'v'].map((b) => read((gh.layers[0].attn.in![b] as JaxArray).ref));
    disposeParams(gh as unknown as ParamTree);
    const cs = modelConfig({ ...base, strategy: 'shared' });
    const ps = initLM(cs, 3);
    (ps.layers[0].attn.in!.g as JaxArray).dispose();
    ps.layers[0].attn.in!.g = np.array(g, { shape: [d] });
    const gs = gradTree(cs, ps);
    const gShared = read((gs.layers[0].attn.in!.g as JaxArray).ref);
    disposeParams(gs as unknown as ParamTree);
    const sum = gShared.map((_, j) => parts[0][j] + parts[1][j] + parts[2][j]);
    const scale = Math.max(...gShared.map(Math.abs));
    expect(scale).toBeGreaterThan(1e-4);
    expect(maxAbsDiff(sum, gShared)).toBeLessThan(1e-4 * scale + 1e-7);
    // the branches really differ (heterogeneous dynamics)
    expect(maxAbsDiff(parts[0], parts[2])).toBeGreaterThan(1e-3 * scale);
  });
  it('dp: the output scale u_b gets ∂L/∂u_k = Σ_j W_jk ∂L/∂W_jk at u = 1 (u ⊙ zW = z·W diag u)', () => {
    const cd = modelConfig({ ...base, strategy: 'dp' });
    const pd = initLM(cd, 5);
    const wv = host(pd.layers[0].attn.w.v);
    const gd = gradTree(cd, pd);
    const gu = read((gd.layers[0].attn.out!.v as JaxArray).ref);
    const gw = read((gd.layers[0].attn.w.v as JaxArray).ref);
    disposeParams(gd as unknown as ParamTree);
    const d = base.dModel!;
    const colsum = Array.from({ length: d }, (_, k) => {
      let s = 0;
      for (let j = 0; j < d; j++) s += wv[j * d + k] * gw[j * d + k];
      return s;
    });
    const scale = Math.max(...gu.map(Math.abs));
    expect(scale).toBeGreaterThan(1e-4);
    expect(maxAbsDiff(gu, colsum)).toBeLessThan(1e-4 * scale + 1e-7);
  });
});

describe('weight-decay routing', () => {
  it('AdamW with zero gradient shrinks exactly the routed γ by (1 − lr·λ)', () => {
    const tree = () => ({
      layers: [{ attn: { in: { g: np.full([4], 2) }, qk: { q: np.full([2], 3) }, w: { q: np.full([2, 2], 5) } } }],
      final: { out: { head: np.full([3], 4) } },
    });
    const lr = 0.1;
    const cases: [string, number, number, number][] = [
      // routing, factor on Input γ, on output-side γ, on matrices
      ['none', 1, 1, 1 - lr * 0.3],
      ['all', 1 - lr * 0.2, 1 - lr * 0.2, 1 - lr * 0.3],
      ['input', 1 - lr * 0.2, 1, 1 - lr * 0.3],
      ['output', 1, 1 - lr * 0.2, 1 - lr * 0.3],
    ];
    for (const [routing, fin, fout, fmat] of cases) {
      const opt = adamw({ weightDecay: wdRouting(routing as never, 0.3, 0.2) });
      const p = tree();
      const zeros = tree();
      for (const a of [zeros.layers[0].attn.in, zeros.layers[0].attn.qk, zeros.layers[0].attn.w, zeros.final.out]) {
        for (const k of Object.keys(a)) {
          const arr = (a as Record<string, JaxArray>)[k];
          (a as Record<string, JaxArray>)[k] = np.zerosLike(arr.ref);
          arr.dispose();
        }
      }
      const s = opt.init(p as never);
      const r = opt.update(zeros as never, s, p as never, lr) as unknown as { params: ReturnType<typeof tree>; state: ParamTree };
      expect(read(r.params.layers[0].attn.in.g)[0]).toBeCloseTo(2 * fin, 6);
      expect(read(r.params.layers[0].attn.qk.q)[0]).toBeCloseTo(3 * fout, 6);
      expect(read(r.params.final.out.head)[0]).toBeCloseTo(4 * fout, 6);
      expect(read(r.params.layers[0].attn.w.q)[0]).toBeCloseTo(5 * fmat, 6);
      disposeParams(r.state);
    }
  });

  it('classifies paths and rejects bad routings', () => {
    expect(paramRole('layers.0.attn.in.q.alpha')).toBe('input-scale');
    expect(paramRole('final.in.g')).toBe('input-scale');
    expect(paramRole('layers.1.mlp.out.gate')).toBe('output-scale');
    expect(paramRole('layers.1.attn.qk.k')).toBe('output-scale');
    expect(paramRole('layers.1.attn.w.q')).toBe('matrix');
    expect(() => wdRouting('some' as never, 0.1, 0.1)).toThrow(/routing/);
    expect(() => wdRouting('all', -1, 0.1)).toThrow(/matrixDecay/);
    expect(() => wdRouting('all', 0.1, Number.NaN)).toThrow(/scaleDecay/);
  });
});
