/**
 * Building blocks as pure functions of (params, inputs): dense layers, MLPs and DeepONets.
 * They follow the jax-js ownership rule: every array argument (params and inputs) is consumed;
 * pass `refParams(p)` / `x.ref` to keep using them. They work under grad, jit and vmap.
 */
import { QuireError } from '../errors.js';
import { splitSeeds } from '../rng.js';
import { assertInteger } from '../validate.js';
import { initArray } from './init.js';
import { JaxArray, jnn, numpy as np } from './runtime.js';

/** An activation: a built-in name or a function (consuming its argument). */
export type Activation = 'tanh' | 'relu' | 'gelu' | 'silu' | 'sigmoid' | 'softplus' | 'sin' | 'identity' | ((x: JaxArray) => JaxArray);

const ACTIVATIONS = ['tanh', 'relu', 'gelu', 'silu', 'sigmoid', 'softplus', 'sin', 'identity'];

/** Apply an activation (consumes x). */
export function activate(x: JaxArray, act: Activation): JaxArray {
  if (typeof act === 'function') return act(x);
  switch (act) {
    case 'tanh':
      return np.tanh(x);
    case 'relu':
      return jnn.relu(x);
    case 'gelu':
      return jnn.gelu(x);
    case 'silu':
      return jnn.silu(x);
    case 'sigmoid':
      return jnn.sigmoid(x);
    case 'softplus':
      return jnn.softplus(x);
    case 'sin':
      return np.sin(x);
    case 'identity':
      return x;
    default:
      throw new QuireError(`activate: activation is '${String(act)}', expected one of ${ACTIVATIONS.join(', ')} or a function`);
  }
}

/** A dense layer y = x W + b, W: [in, out], b: [out]. */
export type DenseParams = { w: JaxArray; b: JaxArray };
/** An MLP: a list of dense layers. */
export type MlpParams = { layers: DenseParams[] };

/** Options of `initMlp`. */
export interface MlpInitOptions {
  /** seed of the weights (non-negative integer, default 0) */
  seed?: number;
  /** weight initializer: 'glorot' (uniform, default; for tanh/sin) or 'he' (normal; for relu) */
  init?: 'glorot' | 'he';
}

/**
 * Parameters of an MLP with layer widths `sizes` = [in, h1, …, out] (weights by the chosen
 * initializer, biases zero). Layer i uses seed splitSeeds(seed, L)[i].
 * @param sizes - at least 2 positive integers
 * @throws QuireError on bad sizes, seed or init
 * @example const p = initMlp([64, 256, 256, 1], { seed: 1 }); countParams(p) // 82433
 */
export function initMlp(sizes: number[], options: MlpInitOptions = {}): MlpParams {
  const fn = 'initMlp';
  if (!Array.isArray(sizes) || sizes.length < 2) {
    throw new QuireError(`${fn}: sizes has length ${Array.isArray(sizes) ? sizes.length : 0}, expected at least 2`);
  }
  sizes.forEach((s, i) => assertInteger(fn, `sizes[${i}]`, s, 1));
  const seed = options.seed ?? 0;
  assertInteger(fn, 'seed', seed, 0, Number.MAX_SAFE_INTEGER);
  const init = options.init ?? 'glorot';
  if (init !== 'glorot' && init !== 'he') throw new QuireError(`${fn}: init is '${String(init)}', expected 'glorot' or 'he'`);
  const seeds = splitSeeds(seed, sizes.length - 1);
  const layers: DenseParams[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    layers.push({
      w: initArray(init === 'glorot' ? 'glorotUniform' : 'heNormal', [sizes[i], sizes[i + 1]], seeds[i]),
      b: np.zeros([sizes[i + 1]]),
    });
  }
  return { layers };
}

/** Options of `mlp`. */
export interface MlpOptions {
  /** hidden activation (default 'tanh') */
  activation?: Activation;
  /** activation after the last layer (default 'identity') */
  outputActivation?: Activation;
}

/** A dense layer x W + b (consumes all). */
export function dense(p: DenseParams, x: JaxArray): JaxArray {
  return np.matmul(x, p.w).add(p.b);
}

/**
 * MLP forward pass: h₀ = x, h_{i+1} = σ(h_i W_i + b_i), the last layer with the output
 * activation. x: [..., in] → [..., out]. Consumes params and x.
 * @example const y = mlp(refParams(p), x.ref, { activation: 'tanh' });
 */
export function mlp(params: MlpParams, x: JaxArray, options: MlpOptions = {}): JaxArray {
  const act = options.activation ?? 'tanh';
  const outAct = options.outputActivation ?? 'identity';
  const L = params.layers.length;
  let h = x;
  for (let i = 0; i < L; i++) {
    h = dense(params.layers[i], h);
    h = activate(h, i + 1 < L ? act : outAct);
  }
  return h;
}

/** DeepONet parameters: branch and trunk MLPs with a common latent width p, and a scalar bias. */
export type DeepONetParams = { branch: MlpParams; trunk: MlpParams; bias: JaxArray };

/** Options of `initDeepONet`. */
export interface DeepONetInitOptions extends MlpInitOptions {
  /** branch widths [m (sensors), …, p] */
  branch: number[];
  /** trunk widths [d (coordinates), …, p] */
  trunk: number[];
}

/**
 * DeepONet parameters (Lu et al. 2021): branch net on the m sensor values of the input
 * function, trunk net on the d query coordinates, both ending in width p.
 * @throws QuireError if the last widths differ or a width list is invalid
 * @example const p = initDeepONet({ branch: [50, 64, 32], trunk: [1, 64, 32], seed: 3 });
 */
export function initDeepONet(options: DeepONetInitOptions): DeepONetParams {
  const fn = 'initDeepONet';
  const { branch, trunk } = options;
  if (!Array.isArray(branch) || !Array.isArray(trunk) || branch.length < 2 || trunk.length < 2) {
    throw new QuireError(`${fn}: branch and trunk must list at least 2 widths each`);
  }
  if (branch[branch.length - 1] !== trunk[trunk.length - 1]) {
    throw new QuireError(
      `${fn}: branch ends in width ${branch[branch.length - 1]}, expected ${trunk[trunk.length - 1]} (the trunk's last width)`,
    );
  }
  const seed = options.seed ?? 0;
  assertInteger(fn, 'seed', seed, 0, Number.MAX_SAFE_INTEGER);
  const [sb, st] = splitSeeds(seed, 2);
  return {
    branch: initMlp(branch, { seed: sb, init: options.init }),
    trunk: initMlp(trunk, { seed: st, init: options.init }),
    bias: np.zeros([]),
  };
}

/** Options of `deeponet` and `deeponetPointwise`. */
export interface DeepONetOptions {
  /** hidden activation of both nets (default 'tanh') */
  activation?: Activation;
  /** activation after the trunk's last layer (default: the hidden activation, as in Lu et al.) */
  trunkOutputActivation?: Activation;
}

/**
 * DeepONet on a grid: G(u)(y_j) = Σ_k b_k(u) t_k(y_j) + b₀ for every input function and
 * every query point. u: [B, m], y: [N, d] → [B, N]. Consumes params, u and y.
 * @see Lu, Jin, Pang, Zhang & Karniadakis, Nat. Mach. Intell. 3 (2021), eq. (2)
 */
export function deeponet(params: DeepONetParams, u: JaxArray, y: JaxArray, options: DeepONetOptions = {}): JaxArray {
  const act = options.activation ?? 'tanh';
  const b = mlp(params.branch, u, { activation: act });
  const t = mlp(params.trunk, y, { activation: act, outputActivation: options.trunkOutputActivation ?? act });
  return np.matmul(b, t.transpose()).add(params.bias);
}

/**
 * DeepONet evaluated pairwise: row i pairs input function u_i with query point y_i.
 * u: [B, m], y: [B, d] → [B]. Use this under vmap/grad for PINN derivatives in y.
 * Consumes params, u and y.
 */
export function deeponetPointwise(params: DeepONetParams, u: JaxArray, y: JaxArray, options: DeepONetOptions = {}): JaxArray {
  const act = options.activation ?? 'tanh';
  const b = mlp(params.branch, u, { activation: act });
  const t = mlp(params.trunk, y, { activation: act, outputActivation: options.trunkOutputActivation ?? act });
  return b.mul(t).sum(-1).add(params.bias);
}
