/**
 * The f32-engine LM against the jax-js reference (model.ts): same loss and same gradient of
 * every parameter, for all seven strategies, both MLP kinds, with and without QK-norm, at random
 * (non-unit) scale vectors so that every scale path is exercised. Cross-check oracle: two
 * independent implementations (jax autodiff vs hand-written backward rules + SIMD GEMM).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { F32Engine, flattenParams, grad, initNN, np, paramsFromFloat32, type JaxArray, type ParamTree } from '../core/nn/index.js';
import { Rng } from '../core/rng.js';
import { disposeLM32, initLM32, lm32Loss } from './lm32.js';
import { STRATEGIES, initLM, lmLoss, modelConfig, type LMParams, type ModelConfig } from './model.js';

beforeAll(async () => {
  await initNN();
});

const B = 3;
function ids(seed: number, n: number, V: number): Int32Array {
  const rng = new Rng(seed);
  return Int32Array.from({ length: n }, () => rng.int(V));
}
function oneHot(t: Int32Array, V: number): Float32Array {
  const o = new Float32Array(t.length * V);
  t.forEach((v, i) => (o[i * V + v] = 1));
  return o;
}

function check(cfg: ModelConfig, seed: number): void {
  const T = cfg.seqLen;
  const V = cfg.vocabSize;
  const x = ids(seed, B * T, V);
  const y = ids(seed + 1, B * T, V);
  // Perturb the scale vectors away from 1 (and matrices stay as initialized) in both engines.
  const engine = new F32Engine();
  const lm = initLM32(engine, cfg, seed);
  const rng = new Rng(seed + 7);
  for (const p of lm.params) {
    if (!/(^|\.)(in|out|qk)\./.test(p.path)) continue;
    const v = p.tensor.data();
    for (let i = 0; i < v.length; i++) v[i] = 0.5 + rng.uniform();
  }
  const flat = new Float32Array(lm.params.reduce((s, p) => s + p.tensor.size, 0));
  // jax canonical order = sorted paths; build the flat vector in that order.
  const jaxTemplate = initLM(cfg, seed);
  const leaves = flattenParams(jaxTemplate as unknown as ParamTree);
  let off = 0;
  for (const l of leaves) {
    flat.set(lm.byPath.get(l.path)!.data(), off);
    off += l.array.size;
  }
  const pj = paramsFromFloat32(jaxTemplate as unknown as ParamTree, flat) as unknown as LMParams;
  for (const l of leaves) l.array.dispose();

  const xs = np.array(oneHot(x, V), { shape: [B, T, V] });
  const ys = np.array(oneHot(y, V), { shape: [B, T, V] });
  const lossJ = lmLoss(cfg, (flattenParams(pj as unknown as ParamTree).forEach((l) => void l.array.ref), pj), xs.ref, ys.ref);
  const lossJax = lossJ.dataSync()[0];
  const gj = (grad((p: LMParams) => lmLoss(cfg, p, xs.ref, ys.ref)) as unknown as (p: LMParams) => LMParams)(pj);
  xs.dispose();
  ys.dispose();

  const loss = lm32Loss(lm, x, y, B);
  const loss32 = loss.data()[0];
  engine.backward(loss);
  expect(Math.abs(loss32 - lossJax)).toBeLessThan(2e-5 * Math.max(1, Math.abs(lossJax)));
  for (const l of flattenParams(gj as unknown as ParamTree)) {
    const gJax = (l.array as JaxArray).dataSync();
    const g32 = lm.byPath.get(l.path)!.gradData();
    let scale = 0;
    let err = 0;
    for (let i = 0; i < gJax.length; i++) {
      scale = Math.max(scale, Math.abs(gJax[i]));
      err = Math.max(err, Math.abs(gJax[i] - g32[i]));
    }
    expect(err, `${cfg.strategy}/${cfg.mlp}/qk=${cfg.qkNorm}: gradient of ${l.path} (scale ${scale})`).toBeLessThan(2e-4 * scale + 1e-6);
  }
  engine.endStep();
  disposeLM32(lm);
  expect(engine.heap.liveFloats()).toBeLessThan(4096); // only the GEMM's packing buffers remain
}

describe('lm32 = jax LM (loss and gradients)', () => {
  for (const strategy of STRATEGIES) {
    it(`strategy ${strategy}, swiglu, QK-norm`, () => {
      check(modelConfig({ vocabSize: 11, seqLen: 7, dModel: 12, nHeads: 3, nLayers: 2, dFF: 10, strategy }), 3);
    });
  }
  it('gelu MLP without QK-norm (unified and shared)', () => {
    for (const strategy of ['unified', 'shared'] as const) {
      check(modelConfig({ vocabSize: 9, seqLen: 5, dModel: 8, nHeads: 2, nLayers: 1, dFF: 13, mlp: 'gelu', qkNorm: false, strategy }), 4);
    }
  });
});
