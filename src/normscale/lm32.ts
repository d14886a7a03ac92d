/**
 * The normscale LM on core/nn's f32 engine (WASM SIMD GEMM, tape autodiff): the same model,
 * parameters (paths, shapes, initial values from `lmInitSpecs`) and loss as the jax-js
 * `lmLogits`/`lmLoss` in model.ts, which serve as its reference (lm32.test.ts checks loss and
 * every gradient against jax for all seven strategies). Inputs are token ids (an embedding
 * gather) instead of one-hot matrices.
 */
import { QuireError } from '../core/errors.js';
import { F32Engine, type F32NamedParam, type F32Tensor } from '../core/nn/index.js';
import { branchNames, lmInitSpecs, type ModelConfig } from './model.js';

/** An LM instantiated in an f32 engine. */
export interface LM32 {
  engine: F32Engine;
  config: ModelConfig;
  /** parameters in `lmInitSpecs` order, with their dotted paths */
  params: F32NamedParam[];
  byPath: Map<string, F32Tensor>;
}

/** Create the LM's parameters in `engine` (values as `initLM(config, seed)`). */
export function initLM32(engine: F32Engine, config: ModelConfig, seed: number): LM32 {
  const params = lmInitSpecs(config, seed, 'initLM32').map((s) => ({ path: s.path, tensor: engine.param(s.values, s.shape) }));
  return { engine, config, params, byPath: new Map(params.map((p) => [p.path, p.tensor])) };
}

/** Free the LM's parameters. */
export function disposeLM32(lm: LM32): void {
  for (const p of lm.params) lm.engine.freeParam(p.tensor);
  lm.params.length = 0;
  lm.byPath.clear();
}

function get(lm: LM32, path: string): F32Tensor {
  const t = lm.byPath.get(path);
  if (!t) throw new QuireError(`lm32: no parameter '${path}'`);
  return t;
}

/** The linear maps after one Input-Norm with the strategy's scale vectors (see `scaledBranches`). */
function branches32(lm: LM32, prefix: string, x: F32Tensor, weights: F32Tensor[], names: string[]): F32Tensor[] {
  const e = lm.engine;
  const { strategy, dModel: d } = lm.config;
  let z = e.rmsNorm(x, d);
  if (strategy === 'shared' || strategy === 'dp' || strategy === 'dnp') z = e.mul(z, get(lm, `${prefix}.in.g`));
  else if (strategy === 'magdir') z = e.mul(z, e.mul(get(lm, `${prefix}.in.alpha`), get(lm, `${prefix}.in.beta`)));
  if (strategy === 'dnp') z = e.rmsNorm(z, d);
  return names.map((b, i) => {
    let zi = z;
    if (strategy === 'hg') zi = e.mul(z, get(lm, `${prefix}.in.${b}`));
    else if (strategy === 'unified') {
      zi = e.rmsNorm(e.mul(z, e.mul(get(lm, `${prefix}.in.${b}.alpha`), get(lm, `${prefix}.in.${b}.beta`))), d);
    }
    let y = e.matmul(zi, weights[i]);
    if (strategy === 'dp' || strategy === 'dnp' || strategy === 'unified') y = e.mul(y, get(lm, `${prefix}.out.${b}`));
    return y;
  });
}

/** Logits [B, T, V] for token ids [B·T] (row-major windows). */
export function lm32Logits(lm: LM32, ids: Int32Array, B: number): F32Tensor {
  const e = lm.engine;
  const c = lm.config;
  const { seqLen: T, dModel: d, nHeads: H } = c;
  if (!(Number.isInteger(B) && B >= 1)) throw new QuireError(`lm32Logits: B is ${B}, expected an integer ≥ 1 (windows)`);
  if (!(ids instanceof Int32Array)) throw new QuireError('lm32Logits: ids must be an Int32Array of token ids');
  if (ids.length !== B * T) throw new QuireError(`lm32Logits: ids has length ${ids.length}, expected B·T = ${B * T}`);
  const br = branchNames(c);
  let h = e.add(e.embedding(ids, get(lm, 'embed'), [B, T]), get(lm, 'pos'));
  for (let l = 0; l < c.nLayers; l++) {
    const p = `layers.${l}`;
    const w = (n: string) => get(lm, `${p}.${n}`);
    const qkv = branches32(lm, `${p}.attn`, h, [w('attn.w.q'), w('attn.w.k'), w('attn.w.v')], br.attn);
    let [q, k] = qkv;
    const v = qkv[2];
    if (c.qkNorm) {
      q = e.rmsNorm(q, d / H);
      k = e.rmsNorm(k, d / H);
      if (lm.byPath.has(`${p}.attn.qk.q`)) {
        q = e.mul(q, w('attn.qk.q'));
        k = e.mul(k, w('attn.qk.k'));
      }
    }
    const o = e.attention(q, k, v, B, T, H);
    h = e.add(h, e.matmul(o, w('attn.w.o')));
    const ys = branches32(
      lm,
      `${p}.mlp`,
      h,
      br.mlp.map((b) => w(`mlp.w.${b}`)),
      br.mlp,
    );
    const act = c.mlp === 'swiglu' ? e.swiglu(ys[0], ys[1]) : e.gelu(ys[0]);
    h = e.add(h, e.matmul(act, w('mlp.w.down')));
  }
  return branches32(lm, 'final', h, [get(lm, 'head')], br.final)[0];
}

/** Mean next-token cross-entropy (nats) of windows `ids` [B·T] against `targets` [B·T]. */
export function lm32Loss(lm: LM32, ids: Int32Array, targets: Int32Array, B: number): F32Tensor {
  return lm.engine.crossEntropy(lm32Logits(lm, ids, B), targets);
}
