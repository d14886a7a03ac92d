/**
 * A small Pre-Norm decoder LM on core/nn (jax-js, float32) whose normalization scale vectors
 * follow one of seven strategies (none, shared, hg, dp, dnp, magdir, unified). Every strategy
 * starts from the same matrices and unit scale vectors, so all compute the same function at
 * initialization; they differ only in how gradient descent moves the scales.
 *
 * Block (ℓ = 1..L), with Norm(x) = x / √(mean(x²) + ε):
 *   x ← x + W_O · Attn(q, k, v),  (q, k, v) = Branches(Norm x; W_Q, W_K, W_V)
 *   x ← x + W_down · φ(Branches(Norm x; W_gate, W_up))
 * and logits = Branches(Norm x; W_head). `Branches` applies the strategy's scale vectors around
 * each linear map that follows an Input-Norm (see README.md for the exact forms). With QK-norm,
 * q and k are further normalized per head and scaled by γ_q, γ_k (Output-Norm scale vectors).
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { initValues, jnn, np, type JaxArray } from '../core/nn/index.js';

/** The scale-vector strategies. */
export const STRATEGIES = ['none', 'shared', 'hg', 'dp', 'dnp', 'magdir', 'unified'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** Model options (one schema: option types, checks, CLI help). */
export const modelSchema = defineSchema({
  vocabSize: { type: 'integer', min: 2, max: 4096, default: 64, description: 'number of token ids' },
  seqLen: { type: 'integer', min: 1, max: 1024, default: 32, description: 'context length T' },
  dModel: { type: 'integer', min: 2, max: 1024, default: 32, description: 'residual width d' },
  nHeads: { type: 'integer', min: 1, max: 64, default: 2, description: 'attention heads (must divide d)' },
  nLayers: { type: 'integer', min: 1, max: 24, default: 2, description: 'decoder blocks' },
  dFF: { type: 'integer', min: 1, max: 8192, default: 64, description: 'MLP hidden width' },
  mlp: { type: 'enum', values: ['swiglu', 'gelu'] as const, default: 'swiglu', description: 'MLP kind' },
  qkNorm: { type: 'boolean', default: true, description: 'per-head QK-norm (an Output-Norm) on queries and keys' },
  strategy: {
    type: 'enum',
    values: STRATEGIES,
    default: 'shared',
    description: 'scale-vector strategy: none, shared, hg, dp, dnp, magdir or unified',
  },
});
export type ModelConfig = OptionsOf<typeof modelSchema>;

/** Resolve and check model options. @throws QuireError on an invalid option */
export function modelConfig(options: Partial<ModelConfig> = {}): ModelConfig {
  const c = parseOptions('modelConfig', modelSchema, options);
  if (c.dModel % c.nHeads !== 0) {
    throw new QuireError(`modelConfig: nHeads is ${c.nHeads}, expected a divisor of dModel (${c.dModel})`);
  }
  return c;
}

/** Scale-vector parameters of one Input-Norm (keys depend on the strategy). */
export type ScaleParams = { [k: string]: JaxArray | { [k: string]: JaxArray } };
/** The LM's parameter tree. */
export interface LMParams {
  [k: string]: unknown;
  embed: JaxArray;
  pos: JaxArray;
  layers: {
    attn: { w: { q: JaxArray; k: JaxArray; v: JaxArray; o: JaxArray }; in?: ScaleParams; out?: ScaleParams; qk?: ScaleParams };
    mlp: { w: { [k: string]: JaxArray }; in?: ScaleParams; out?: ScaleParams };
  }[];
  final: { in?: ScaleParams; out?: ScaleParams };
  head: JaxArray;
}

const EPS = 1e-6;

/** FNV-1a hash of a path, mixed with the seed: the same matrix for every strategy. */
function pathSeed(seed: number, path: string): number {
  let h = 2166136261 ^ (seed >>> 0);
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return (h ^ Math.floor(seed / 4294967296)) >>> 0;
}

/** Branch names of the maps after each Input-Norm. */
export function branchNames(config: ModelConfig): { attn: string[]; mlp: string[]; final: string[] } {
  return { attn: ['q', 'k', 'v'], mlp: config.mlp === 'swiglu' ? ['gate', 'up'] : ['up'], final: ['head'] };
}

/** One initial parameter: its dotted path (as `flattenParams` names it), shape and values. */
export interface LMInitSpec {
  path: string;
  shape: number[];
  values: Float32Array;
}

/** Unit scale-vector specs of one Input-Norm of width d at `prefix`, for branches with output widths `outDims`. */
function scaleSpecs(strategy: Strategy, prefix: string, d: number, branches: string[], outDims: number[]): LMInitSpec[] {
  const ones = (path: string, n: number): LMInitSpec => ({ path: `${prefix}.${path}`, shape: [n], values: new Float32Array(n).fill(1) });
  switch (strategy) {
    case 'none':
      return [];
    case 'shared':
      return [ones('in.g', d)];
    case 'hg':
      return branches.map((b) => ones(`in.${b}`, d));
    case 'magdir':
      return [ones('in.alpha', d), ones('in.beta', 1)];
    case 'dp':
    case 'dnp':
      return [ones('in.g', d), ...branches.map((b, i) => ones(`out.${b}`, outDims[i]))];
    case 'unified':
      return [
        ...branches.flatMap((b) => [ones(`in.${b}.alpha`, d), ones(`in.${b}.beta`, 1)]),
        ...branches.map((b, i) => ones(`out.${b}`, outDims[i])),
      ];
  }
}

/**
 * The initial parameters of the LM as a list of (path, shape, values), the same for every
 * engine: matrices N(0, σ²) with σ = 1/√fan_in (residual outputs W_O, W_down also divided by
 * √(2L)), token and position embeddings N(0, 1) and N(0, 0.1²), every scale vector 1. A matrix's
 * values depend only on (seed, its path), not on the strategy.
 * @throws QuireError if seed is not an integer ≥ 0 or the config is invalid (see `modelConfig`)
 */
export function lmInitSpecs(config: ModelConfig, seed: number, fn = 'lmInitSpecs'): LMInitSpec[] {
  if (!(Number.isInteger(seed) && seed >= 0)) throw new QuireError(`${fn}: seed is ${seed}, expected an integer ≥ 0`);
  modelConfig(config); // a config built by hand (not by modelConfig) is checked too: nHeads ∤ dModel gave fractional shapes
  const { vocabSize: V, seqLen: T, dModel: d, nLayers: L, dFF: F, strategy } = config;
  const br = branchNames(config);
  const resStd = 1 / Math.sqrt(2 * L);
  const normal = (path: string, shape: number[], std: number): LMInitSpec => ({
    path,
    shape,
    values: initValues('normal', shape, pathSeed(seed, path), { std }),
  });
  const specs: LMInitSpec[] = [normal('embed', [V, d], 1), normal('pos', [T, d], 0.1)];
  for (let l = 0; l < L; l++) {
    const p = `layers.${l}`;
    specs.push(
      normal(`${p}.attn.w.q`, [d, d], 1 / Math.sqrt(d)),
      normal(`${p}.attn.w.k`, [d, d], 1 / Math.sqrt(d)),
      normal(`${p}.attn.w.v`, [d, d], 1 / Math.sqrt(d)),
      normal(`${p}.attn.w.o`, [d, d], resStd / Math.sqrt(d)),
      ...scaleSpecs(strategy, `${p}.attn`, d, br.attn, [d, d, d]),
    );
    if (config.qkNorm && strategy !== 'none') {
      const hd = d / config.nHeads;
      specs.push(
        { path: `${p}.attn.qk.q`, shape: [hd], values: new Float32Array(hd).fill(1) },
        { path: `${p}.attn.qk.k`, shape: [hd], values: new Float32Array(hd).fill(1) },
      );
    }
    for (const b of br.mlp) specs.push(normal(`${p}.mlp.w.${b}`, [d, F], 1 / Math.sqrt(d)));
    specs.push(
      normal(`${p}.mlp.w.down`, [F, d], resStd / Math.sqrt(F)),
      ...scaleSpecs(
        strategy,
        `${p}.mlp`,
        d,
        br.mlp,
        br.mlp.map(() => F),
      ),
    );
  }
  specs.push(...scaleSpecs(strategy, 'final', d, br.final, [V]), normal('head', [d, V], 1 / Math.sqrt(d)));
  return specs;
}

/**
 * Initialize the LM as a jax parameter tree (values from `lmInitSpecs`; see there).
 * @param config - model options (see `modelSchema`)
 * @param seed - integer ≥ 0
 * @returns a fresh parameter tree (the caller owns it: `disposeParams` when done)
 * @example const p = initLM(modelConfig({ strategy: 'hg' }), 0);
 */
export function initLM(config: ModelConfig, seed: number): LMParams {
  const root: Record<string, unknown> = {};
  for (const s of lmInitSpecs(config, seed, 'initLM')) {
    const keys = s.path.split('.');
    let node: Record<string, unknown> | unknown[] = root;
    for (let i = 0; i < keys.length - 1; i++) {
      const k = keys[i];
      const nextIsIndex = /^\d+$/.test(keys[i + 1]);
      const cur = (node as Record<string, unknown>)[k];
      if (cur === undefined) (node as Record<string, unknown>)[k] = nextIsIndex ? [] : {};
      node = (node as Record<string, unknown>)[k] as Record<string, unknown>;
    }
    (node as Record<string, unknown>)[keys[keys.length - 1]] = np.array(s.values, { shape: s.shape });
  }
  if (!('final' in root)) root.final = {};
  return root as unknown as LMParams;
}

/** Norm(x) = x / √(mean(x²) + ε) over the last axis; consumes x. */
export function rmsNormalize(x: JaxArray): JaxArray {
  const ms = x.ref.mul(x.ref).mean(-1, { keepdims: true });
  return x.mul(np.reciprocal(np.sqrt(ms.add(EPS))));
}

/**
 * The linear maps after one Input-Norm, with the strategy's scale vectors:
 *   none: y_b = W_b ẑ;  shared: y_b = W_b(γ⊙ẑ);  hg: y_b = W_b(γ_b⊙ẑ);  magdir: y_b = W_b(βα⊙ẑ);
 *   dp: y_b = u_b ⊙ W_b(γ⊙ẑ);  dnp: y_b = u_b ⊙ W_b Norm(γ⊙ẑ);
 *   unified: y_b = u_b ⊙ W_b Norm(β_bα_b⊙ẑ),   with ẑ = Norm(x), x @ W layout ([.., d] @ [d, n]).
 * Consumes x, the weights and the scale trees.
 */
export function scaledBranches(
  strategy: Strategy,
  x: JaxArray,
  weights: JaxArray[],
  branches: string[],
  inP: ScaleParams | undefined,
  outP: ScaleParams | undefined,
): JaxArray[] {
  let z = rmsNormalize(x);
  const n = weights.length;
  const get = (t: ScaleParams | undefined, k: string): JaxArray => t![k] as JaxArray;
  // Shared input scale (one vector for all branches).
  if (strategy === 'shared' || strategy === 'dp' || strategy === 'dnp') z = z.mul(get(inP, 'g'));
  else if (strategy === 'magdir') z = z.mul(get(inP, 'alpha').mul(get(inP, 'beta')));
  if (strategy === 'dnp') z = rmsNormalize(z);
  const out: JaxArray[] = [];
  for (let i = 0; i < n; i++) {
    const b = branches[i];
    let zi = i === n - 1 ? z : z.ref;
    if (strategy === 'hg') zi = zi.mul(get(inP, b));
    else if (strategy === 'unified') {
      const ab = inP![b] as { alpha: JaxArray; beta: JaxArray };
      zi = rmsNormalize(zi.mul(ab.alpha.mul(ab.beta)));
    }
    let y = np.matmul(zi, weights[i]);
    if (outP) y = y.mul(get(outP, b));
    out.push(y);
  }
  return out;
}

/**
 * Logits of the LM for one-hot inputs x [B, T, V] → [B, T, V]. Consumes params and x.
 * @see README.md for the block equations
 */
export function lmLogits(config: ModelConfig, params: LMParams, x: JaxArray): JaxArray {
  const { seqLen: T, dModel: d, nHeads: H, strategy } = config;
  const B = x.shape[0];
  const hd = d / H;
  const br = branchNames(config);
  let h = np.matmul(x, params.embed).add(params.pos);
  for (const layer of params.layers) {
    const a = layer.attn;
    const [q0, k0, v0] = scaledBranches(strategy, h.ref, [a.w.q, a.w.k, a.w.v], br.attn, a.in, a.out);
    let q = q0.reshape([B, T, H, hd]);
    let k = k0.reshape([B, T, H, hd]);
    const v = v0.reshape([B, T, H, hd]);
    if (config.qkNorm) {
      q = rmsNormalize(q);
      k = rmsNormalize(k);
      if (a.qk) {
        q = q.mul(a.qk.q as JaxArray);
        k = k.mul(a.qk.k as JaxArray);
      }
    }
    const o = jnn.dotProductAttention(q, k, v, { isCausal: true }).reshape([B, T, d]);
    h = h.add(np.matmul(o, a.w.o));
    const m = layer.mlp;
    const ys = scaledBranches(
      strategy,
      h.ref,
      br.mlp.map((b) => m.w[b]),
      br.mlp,
      m.in,
      m.out,
    );
    const act = config.mlp === 'swiglu' ? jnn.silu(ys[0]).mul(ys[1]) : jnn.gelu(ys[0]);
    h = h.add(np.matmul(act, m.w.down));
  }
  const [logits] = scaledBranches(strategy, h, [params.head], br.final, params.final.in, params.final.out);
  return logits;
}

/**
 * Mean next-token cross-entropy (nats) for one-hot inputs x and targets y, both [B, T, V]:
 * L = −mean_{b,t} Σ_v y_{btv} log softmax(logits)_{btv}. Consumes its arguments.
 */
export function lmLoss(config: ModelConfig, params: LMParams, x: JaxArray, y: JaxArray): JaxArray {
  const lp = jnn.logSoftmax(lmLogits(config, params, x), -1);
  return lp.mul(y).sum(-1).mean().mul(-1);
}
