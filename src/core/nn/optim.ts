/**
 * Optimizers as pure update rules over parameter trees (jit-compatible):
 *   `state = opt.init(params)`; `{ params, state } = opt.update(grads, state, params, lr)`.
 * `update` consumes grads, state, params (and lr when it is an array) and returns new trees;
 * `init` does not consume params. The step counter lives in the state as a float32 scalar, so a
 * jitted step never recompiles as t advances.
 */
import { QuireError } from '../errors.js';
import { flattenParams, unflattenParams, type ParamTree } from './params.js';
import { JaxArray, numpy as np } from './runtime.js';

/** Learning rate for one update: a number, or a scalar array (e.g. a jit argument). */
export type LearningRate = number | JaxArray;

/** An optimizer over parameter trees. */
export interface Optimizer<S extends ParamTree = ParamTree> {
  readonly name: string;
  /** Fresh state for params (params are only inspected, not consumed). */
  init(params: ParamTree): S;
  /** One update step; consumes every argument; returns the new params and state. */
  update<T extends ParamTree>(grads: T, state: S, params: T, lr: LearningRate): { params: T; state: S };
}

/** Per-leaf weight decay: a constant, or a function of the leaf's path and shape. */
export type WeightDecay = number | ((path: string, shape: number[]) => number);

/** One weight-decay group: leaves whose path matches get this decay. */
export interface DecayGroup {
  /** a RegExp tested on the path (e.g. /scale$/) or a predicate on (path, shape) */
  match: RegExp | ((path: string, shape: number[]) => boolean);
  weightDecay: number;
}

/**
 * Weight decay by groups: the first matching group wins, else `fallback`.
 * @example adamw({ weightDecay: decayGroups([{ match: /(norm|scale)/, weightDecay: 0 }], 0.1) })
 */
export function decayGroups(groups: DecayGroup[], fallback = 0): (path: string, shape: number[]) => number {
  checkNonNeg('decayGroups', 'fallback', fallback);
  groups.forEach((g, i) => checkNonNeg('decayGroups', `groups[${i}].weightDecay`, g.weightDecay));
  return (path, shape) => {
    for (const g of groups) {
      const hit = g.match instanceof RegExp ? g.match.test(path) : g.match(path, shape);
      if (hit) return g.weightDecay;
    }
    return fallback;
  };
}

function checkNonNeg(fn: string, name: string, v: number): void {
  if (!(v >= 0 && Number.isFinite(v))) throw new QuireError(`${fn}: ${name} is ${v}, expected a finite number ≥ 0`);
}
function checkUnit(fn: string, name: string, v: number): void {
  if (!(v >= 0 && v < 1)) throw new QuireError(`${fn}: ${name} is ${v}, expected a number in [0, 1)`);
}

function decayOf(wd: WeightDecay, path: string, shape: number[]): number {
  const v = typeof wd === 'number' ? wd : wd(path, shape);
  if (!(v >= 0 && Number.isFinite(v))) throw new QuireError(`optimizer: weight decay for '${path}' is ${v}, expected ≥ 0`);
  return v;
}

function zerosLikeTree<T extends ParamTree>(params: T): T {
  const leaves = flattenParams(params);
  return unflattenParams(
    params,
    leaves.map((l) => np.zeros([...l.array.shape])),
  );
}

/** Borrow lr for one use: numbers pass through, arrays get an extra reference. */
function lrUse(lr: LearningRate): number | JaxArray {
  return typeof lr === 'number' ? lr : lr.ref;
}
function lrDone(lr: LearningRate): void {
  if (typeof lr !== 'number') lr.dispose();
}
function checkLrNumber(fn: string, lr: LearningRate): void {
  if (typeof lr === 'number' && !(lr >= 0 && Number.isFinite(lr))) {
    throw new QuireError(`${fn}: lr is ${lr}, expected a finite number ≥ 0`);
  }
}

/** Options of `sgd`. */
export interface SgdOptions {
  /** momentum μ in [0, 1) (default 0) */
  momentum?: number;
  /** Nesterov momentum (default false) */
  nesterov?: boolean;
  /** coupled L2 weight decay λ added to the gradient, g + λθ (default 0) */
  weightDecay?: WeightDecay;
}

/** SGD state: the step count and the momentum buffers (absent without momentum). */
export type SgdState = { count: JaxArray; trace?: ParamTree };

/**
 * Stochastic gradient descent with optional (Nesterov) momentum:
 * g ← g + λθ; v ← μv + g; θ ← θ − lr·(Nesterov ? g + μv : v) (plain: θ ← θ − lr·g).
 * @throws QuireError if momentum ∉ [0, 1) or weightDecay < 0
 * @see Sutskever et al., ICML 2013 (Nesterov form as in PyTorch)
 */
export function sgd(options: SgdOptions = {}): Optimizer<SgdState> {
  const mu = options.momentum ?? 0;
  checkUnit('sgd', 'momentum', mu);
  const nesterov = options.nesterov ?? false;
  const wd = options.weightDecay ?? 0;
  if (typeof wd === 'number') checkNonNeg('sgd', 'weightDecay', wd);
  return {
    name: 'sgd',
    init(params) {
      return mu > 0 ? { count: np.zeros([]), trace: zerosLikeTree(params) } : { count: np.zeros([]) };
    },
    update<T extends ParamTree>(grads: T, state: SgdState, params: T, lr: LearningRate) {
      checkLrNumber('sgd.update', lr);
      const p = flattenParams(params);
      const g = flattenParams(grads);
      const tr = state.trace ? flattenParams(state.trace) : undefined;
      const newP: JaxArray[] = [];
      const newT: JaxArray[] = [];
      for (let i = 0; i < p.length; i++) {
        const lam = decayOf(wd, p[i].path, p[i].array.shape);
        const theta = p[i].array;
        let gi = g[i].array;
        if (lam > 0) gi = gi.add(theta.ref.mul(lam));
        let step: JaxArray;
        if (tr) {
          const v = tr[i].array.mul(mu).add(nesterov ? gi.ref : gi);
          step = nesterov ? gi.add(v.ref.mul(mu)) : v.ref;
          newT.push(v);
        } else step = gi;
        newP.push(theta.sub(step.mul(lrUse(lr))));
      }
      lrDone(lr);
      const state2: SgdState = { count: state.count.add(1) };
      if (tr && state.trace) state2.trace = unflattenParams(state.trace, newT);
      return { params: unflattenParams(params, newP), state: state2 };
    },
  };
}

/** Options of `adam` and `adamw`. */
export interface AdamOptions {
  /** β₁ in [0, 1) (default 0.9) */
  b1?: number;
  /** β₂ in [0, 1) (default 0.999) */
  b2?: number;
  /** ε > 0 added to √v̂ (default 1e-8) */
  eps?: number;
}

/** Options of `adamw`. */
export interface AdamWOptions extends AdamOptions {
  /**
   * Decoupled weight decay λ: a constant, or per leaf from its path and shape (see `decayGroups`);
   * default 0.01.
   */
  weightDecay?: WeightDecay;
}

/** Adam/AdamW state: step count, first and second moments. */
export type AdamState = { count: JaxArray; mu: ParamTree; nu: ParamTree };

function makeAdam(name: string, options: AdamWOptions, wd: WeightDecay): Optimizer<AdamState> {
  const b1 = options.b1 ?? 0.9;
  const b2 = options.b2 ?? 0.999;
  const eps = options.eps ?? 1e-8;
  checkUnit(name, 'b1', b1);
  checkUnit(name, 'b2', b2);
  if (!(eps > 0 && Number.isFinite(eps))) throw new QuireError(`${name}: eps is ${eps}, expected a finite number > 0`);
  if (typeof wd === 'number') checkNonNeg(name, 'weightDecay', wd);
  return {
    name,
    init(params) {
      return { count: np.zeros([]), mu: zerosLikeTree(params), nu: zerosLikeTree(params) };
    },
    update<T extends ParamTree>(grads: T, state: AdamState, params: T, lr: LearningRate) {
      checkLrNumber(`${name}.update`, lr);
      const p = flattenParams(params);
      const g = flattenParams(grads);
      const m = flattenParams(state.mu);
      const v = flattenParams(state.nu);
      if (g.length !== p.length || m.length !== p.length || v.length !== p.length) {
        throw new QuireError(`${name}.update: grads/state have ${g.length}/${m.length} leaves, expected ${p.length}`);
      }
      const t = state.count.add(1);
      // Bias corrections 1/(1 − β^t), computed in-graph so a jitted step is shape-stable.
      const c1 = np.reciprocal(
        np
          .exp(t.ref.mul(Math.log(b1 > 0 ? b1 : 1e-30)))
          .mul(-1)
          .add(1),
      );
      const c2 = np.reciprocal(
        np
          .exp(t.ref.mul(Math.log(b2 > 0 ? b2 : 1e-30)))
          .mul(-1)
          .add(1),
      );
      const newP: JaxArray[] = [];
      const newM: JaxArray[] = [];
      const newV: JaxArray[] = [];
      for (let i = 0; i < p.length; i++) {
        const gi = g[i].array;
        const mi = m[i].array.mul(b1).add(gi.ref.mul(1 - b1));
        const vi = v[i].array.mul(b2).add(gi.ref.mul(gi).mul(1 - b2));
        const mhat = mi.ref.mul(c1.ref);
        const vhat = vi.ref.mul(c2.ref);
        let dir = mhat.div(np.sqrt(vhat).add(eps));
        const lam = decayOf(wd, p[i].path, p[i].array.shape);
        const theta = p[i].array;
        if (lam > 0) dir = dir.add(theta.ref.mul(lam));
        newP.push(theta.sub(dir.mul(lrUse(lr))));
        newM.push(mi);
        newV.push(vi);
      }
      c1.dispose();
      c2.dispose();
      lrDone(lr);
      return {
        params: unflattenParams(params, newP),
        state: { count: t, mu: unflattenParams(state.mu, newM), nu: unflattenParams(state.nu, newV) },
      };
    },
  };
}

/**
 * Adam: m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; m̂ = m/(1−β₁ᵗ); v̂ = v/(1−β₂ᵗ);
 * θ ← θ − lr·m̂/(√v̂ + ε). The first step is θ − lr·g/(|g| + ε) ≈ θ − lr·sign(g).
 * @throws QuireError if β₁, β₂ ∉ [0, 1) or ε ≤ 0
 * @see Kingma & Ba, ICLR 2015, Algorithm 1
 */
export function adam(options: AdamOptions = {}): Optimizer<AdamState> {
  return makeAdam('adam', options, 0);
}

/**
 * AdamW (decoupled weight decay): θ ← θ − lr·(m̂/(√v̂ + ε) + λθ), with λ per leaf
 * (e.g. 0 on norm scale vectors and biases via `decayGroups`). With zero gradient the
 * parameters shrink by exactly (1 − lr·λ) per step.
 * @see Loshchilov & Hutter, ICLR 2019, Algorithm 2
 */
export function adamw(options: AdamWOptions = {}): Optimizer<AdamState> {
  return makeAdam('adamw', options, options.weightDecay ?? 0.01);
}

/**
 * Clip a gradient tree by its global norm: g ← g·min(1, c/‖g‖₂), ‖g‖₂ over all leaves.
 * Consumes grads; returns the clipped tree. jit-compatible.
 * @throws QuireError if maxNorm ≤ 0
 */
export function clipByGlobalNorm<T extends ParamTree>(grads: T, maxNorm: number): T {
  if (!(maxNorm > 0 && Number.isFinite(maxNorm))) {
    throw new QuireError(`clipByGlobalNorm: maxNorm is ${maxNorm}, expected a finite number > 0`);
  }
  const g = flattenParams(grads);
  let sq: JaxArray | undefined;
  for (const l of g) {
    const s = l.array.ref.mul(l.array.ref).sum();
    sq = sq ? sq.add(s) : s;
  }
  if (!sq) return grads;
  const scale = np.minimum(np.reciprocal(np.sqrt(sq).add(1e-30)).mul(maxNorm), 1);
  const out = g.map((l) => l.array.mul(scale.ref));
  scale.dispose();
  return unflattenParams(grads, out);
}
