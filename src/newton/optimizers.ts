/**
 * Full-batch optimizers for the two-layer tanh regression: gradient descent, Adam,
 * Gauss–Newton (exact function-space solve through an M×M Cholesky factorisation) and
 * regularized Newton (exact HVP + truncated CG), with fixed λ or Levenberg–Marquardt-adapted λ.
 */
import { QuireError } from '../core/errors.js';
import { choleskySolve, mat } from '../core/linalg.js';
import { defineSchema, parseOptions, type OptionsOf, type PartialOptionsOf } from '../core/schema.js';
import { assertPositive } from '../core/validate.js';
import { cgKernel, type CgResult } from './cg.js';
import { exactNewtonKernel } from './hessian.js';
import { gramSpectrum, lambdaForWidth } from './kernels.js';
import { TanhRegression } from './model.js';

export const optimizerNames = ['gd', 'adam', 'gauss-newton', 'newton'] as const;
export type OptimizerName = (typeof optimizerNames)[number];

/** The training options (one schema; drives option types, checks and CLI help). */
export const trainSchema = defineSchema({
  optimizer: { type: 'enum', values: optimizerNames, default: 'newton', description: 'optimizer' },
  iters: { type: 'integer', min: 0, max: 100_000_000, default: 1000, description: 'number of iterations' },
  lr: {
    type: 'number',
    min: 0,
    default: 0,
    description: 'step size for gd/adam; 0 = auto (gd: 0.9·2M/μ_max of the NTK at initialisation; adam: 0.01)',
  },
  adamBeta1: { type: 'number', min: 0, max: 1, default: 0.9, description: 'Adam first-moment decay' },
  adamBeta2: { type: 'number', min: 0, max: 1, default: 0.999, description: 'Adam second-moment decay' },
  adamEps: { type: 'number', min: 0, max: 1, exclusive: true, default: 1e-8, description: 'Adam ε' },
  lambda: {
    type: 'number',
    min: 0,
    max: 1e6,
    exclusive: true,
    default: 1e-8,
    description: 'regulariser λ₀ for newton/gauss-newton (initial value when adapted); λ = λ₀·N^{1−2β} under width scaling',
  },
  lambdaScaling: {
    type: 'enum',
    values: ['width', 'none'] as const,
    default: 'width',
    description: "'width': λ = λ₀ N^{1−2β}; 'none': λ = λ₀",
  },
  adaptLambda: { type: 'boolean', default: true, description: 'Levenberg–Marquardt adaptation of λ (×0.8 on accept, ×2 on reject)' },
  lambdaMin: { type: 'number', min: 0, exclusive: true, default: 1e-12, description: 'lower clamp of the adapted λ' },
  lambdaMax: { type: 'number', min: 0, exclusive: true, default: 100, description: 'upper clamp of the adapted λ' },
  maxRetries: { type: 'integer', min: 0, max: 100, default: 6, description: 'retries with a larger λ per iteration (adapted λ)' },
  solver: {
    type: 'enum',
    values: ['exact', 'cg'] as const,
    default: 'exact',
    description:
      "newton's linear solve: 'exact' (the exact indefinite Hessian, block-diagonal + rank-M Woodbury solve) or 'cg' (truncated CG with exact HVPs, stopping on negative curvature)",
  },
  cgIters: { type: 'integer', min: 1, max: 1_000_000, default: 10, description: 'CG iterations per Newton step' },
  cgTol: { type: 'number', min: 0, default: 1e-4, description: 'CG relative residual tolerance' },
  records: {
    type: 'integer',
    min: 2,
    max: 100_000,
    default: 100,
    description: 'number of log-spaced iterations at which the history is recorded',
  },
});
export type TrainOptions = PartialOptionsOf<typeof trainSchema>;
type Resolved = OptionsOf<typeof trainSchema>;

/** Recorded training history. */
export interface TrainResult {
  optimizer: OptimizerName;
  /** recorded iteration numbers (0 = initialisation) */
  iterations: Int32Array;
  loss: Float64Array;
  /** cumulative optimizer wall time at each record, ms (excludes the record hook) */
  timeMs: Float64Array;
  /** λ at each record (NaN for gd/adam) */
  lambda: Float64Array;
  finalLoss: number;
  /** step size used by gd/adam (NaN otherwise) */
  lr: number;
  /** Newton/Gauss–Newton: accepted steps, rejected tries, and tries that met negative curvature (cg: stopped by it; exact: S + λI indefinite, step still taken) */
  accepted: number;
  rejected: number;
  negativeCurvature: number;
}

/** Hooks for training: a record callback (e.g. per-frequency errors), a clock, progress. */
export interface TrainHooks {
  onRecord?: (iteration: number, model: TanhRegression) => void;
  now?: () => number;
  progress?: (done: number, total: number) => void;
}

/**
 * Record schedule: about `n` log-spaced distinct iterations in [0, iters], always with 0 and iters.
 * @example recordSchedule(100, 5) // [0, 1, 3, 10, 32, 100]
 */
export function recordSchedule(iters: number, n: number): Int32Array {
  if (!(Number.isInteger(iters) && iters >= 0 && iters <= 100_000_000))
    throw new QuireError(`recordSchedule: iters must be an integer in [0, 1e8], got ${iters}`);
  if (!(Number.isInteger(n) && n >= 1 && n <= 100_000))
    throw new QuireError(`recordSchedule: n must be an integer in [1, 100000], got ${n}`);
  const set = new Set<number>([0, iters]);
  if (iters > 0) for (let j = 0; j < n; j++) set.add(Math.round(Math.pow(iters, j / Math.max(1, n - 1))));
  return Int32Array.from(set).sort();
}

/** Step size 0.9·2M/μ_max of the NTK at the current parameters (the GD stability limit is 2M/μ_max). */
export function autoLearningRate(model: TanhRegression): number {
  model.evaluate();
  const mu = gramSpectrum(model.ntk(), model.points).values[0];
  return (0.9 * 2 * model.points) / mu;
}

/**
 * The regularized Newton direction p solving (∇²L + λI) p = ∇L by truncated CG (model must be evaluated).
 * @param model - an evaluated TanhRegression
 * @param lambda - λ ≥ 0
 * @param options.cgIters - CG iterations (default 10), options.cgTol - relative tolerance (default 1e-4)
 * @returns the CG result; the step is θ ← θ − p
 * @throws QuireError if λ is negative or not finite
 * @see Riedl, Spiliopoulos & Sirignano, arXiv 2605.08352 (regularized Newton update)
 */
export function newtonDirection(model: TanhRegression, lambda: number, options: { cgIters?: number; cgTol?: number } = {}): CgResult {
  if (!(lambda >= 0 && Number.isFinite(lambda))) throw new QuireError(`newtonDirection: lambda must be a finite number ≥ 0, got ${lambda}`);
  const g = model.gradientKernel();
  for (let i = 0; i < g.length; i++)
    if (!Number.isFinite(g[i])) throw new QuireError(`newtonDirection: the gradient overflows float64 (parameters too large)`);
  const work = new Float64Array(model.points);
  const res = cgKernel(
    (v, out) => {
      model.hvpKernel(v, out, work);
      for (let i = 0; i < out.length; i++) out[i] += lambda * v[i];
    },
    g,
    options.cgIters ?? 10,
    options.cgTol ?? 1e-4,
  );
  let finite = Number.isFinite(res.residualNorm);
  for (let i = 0; i < res.x.length && finite; i++) finite = Number.isFinite(res.x[i]);
  if (!finite) throw new QuireError(`newtonDirection: the CG iteration overflowed float64 at lambda = ${lambda}`);
  return res;
}

/**
 * The Gauss–Newton direction p = (JᵀJ/M + λI)⁻¹ ∇L = Jᵀ (K + λM I)⁻¹ r, computed in function
 * space through a Cholesky solve of the M×M system (model must be evaluated).
 * @param model - an evaluated TanhRegression
 * @param lambda - λ > 0
 * @param K - the NTK Gram at the current parameters (computed if omitted)
 * @returns p (length P); the step is θ ← θ − p
 * @throws QuireError if λ ≤ 0, or if K + λM I is numerically not positive definite
 */
export function gaussNewtonDirection(model: TanhRegression, lambda: number, K?: Float64Array): Float64Array {
  assertPositive('gaussNewtonDirection', 'lambda', lambda);
  const M = model.points;
  const G = K ?? model.ntk();
  const A = mat(M, M, Float64Array.from(G));
  for (let i = 0; i < M; i++) A.data[i * M + i] += lambda * M;
  let alpha: Float64Array;
  try {
    alpha = choleskySolve(A, mat(M, 1, Float64Array.from(model.r))).data;
  } catch (e) {
    if (!(e instanceof QuireError)) throw e;
    throw new QuireError(`gaussNewtonDirection: K + λM I is numerically not positive definite at lambda = ${lambda}; raise lambda`);
  }
  for (let i = 0; i < M; i++)
    if (!Number.isFinite(alpha[i]))
      throw new QuireError(`gaussNewtonDirection: the step overflows float64 at lambda = ${lambda}; raise lambda`);
  const p = model.vjpKernel(alpha, new Float64Array(model.nParams));
  for (let i = 0; i < p.length; i++)
    if (!Number.isFinite(p[i]))
      throw new QuireError(`gaussNewtonDirection: the step overflows float64 at lambda = ${lambda}; raise lambda`);
  return p;
}

/**
 * Train the model in place with one of four full-batch optimizers:
 *  - gd: θ ← θ − η ∇L;
 *  - adam: Kingma & Ba (2015) with bias correction;
 *  - gauss-newton: θ ← θ − Jᵀ(K + λM I)⁻¹ r;
 *  - newton: θ ← θ − p, (∇²L + λI) p = ∇L solved exactly with the indefinite Hessian (solver 'exact',
 *    the default; see hessian.ts), or by truncated CG with exact HVPs (solver 'cg': cgIters, cgTol).
 * With adaptLambda (Levenberg–Marquardt, the authors' rule) a try is accepted if it lowers the loss
 * (λ ← max(0.8λ, λmin)); a rise or negative curvature in CG rejects it (λ ← min(2λ, λmax)), up to
 * maxRetries retries, after which θ is left unchanged for that iteration (the exact solver never rejects
 * a try for negative curvature, only for a rise in the loss). With a fixed λ every step is taken; when CG meets negative curvature on its first direction, Newton takes the Cauchy-like step
 * p = (gᵀg / (|gᵀHg| + λ gᵀg)) g instead.
 * @param model - the model (θ is updated in place)
 * @param options - see trainSchema
 * @param hooks - onRecord(iteration, model) at recorded iterations, a clock `now()` in ms, progress
 * @returns the recorded history
 * @throws QuireError on bad options, or if the loss diverges (overflows float64)
 * @example
 * const { x, y } = makeData('multi', 64);
 * const m = new TanhRegression(x, y, { width: 256, seed: 1 });
 * train(m, { optimizer: 'newton', iters: 100 }).finalLoss
 * @see Riedl, Spiliopoulos & Sirignano, arXiv 2605.08352; KonstantinRiedl/NNTK `optimizers.py`
 */
export function train(model: TanhRegression, options: TrainOptions = {}, hooks: TrainHooks = {}): TrainResult {
  const o = parseOptions('train', trainSchema, options);
  if (!(o.lambdaMin <= o.lambdaMax)) throw new QuireError(`train: lambdaMin (${o.lambdaMin}) must not exceed lambdaMax (${o.lambdaMax})`);
  const now = hooks.now ?? (() => performance.now());
  const schedule = recordSchedule(o.iters, o.records);
  const R = schedule.length;
  const res: TrainResult = {
    optimizer: o.optimizer,
    iterations: schedule,
    loss: new Float64Array(R),
    timeMs: new Float64Array(R),
    lambda: new Float64Array(R).fill(NaN),
    finalLoss: NaN,
    lr: NaN,
    accepted: 0,
    rejected: 0,
    negativeCurvature: 0,
  };
  const second = o.optimizer === 'newton' || o.optimizer === 'gauss-newton';
  let lambda = second ? (o.lambdaScaling === 'width' ? lambdaForWidth(o.lambda, model.width, model.beta) : o.lambda) : NaN;
  if (second && o.adaptLambda) lambda = Math.min(Math.max(lambda, o.lambdaMin), o.lambdaMax);
  let lr = o.lr;
  if (o.optimizer === 'gd' && lr === 0) lr = autoLearningRate(model);
  if (o.optimizer === 'adam' && lr === 0) lr = 0.01;
  if (!second) res.lr = lr;

  const P = model.nParams;
  const p = model.params();
  const g = new Float64Array(P);
  const m1 = o.optimizer === 'adam' ? new Float64Array(P) : g;
  const m2 = o.optimizer === 'adam' ? new Float64Array(P) : g;
  const trial = new Float64Array(P);
  const work = new Float64Array(model.points);
  let b1t = 1;
  let b2t = 1;
  let elapsed = 0;
  let next = 0;
  let loss = model.evaluate();
  const record = (k: number): void => {
    if (next < R && schedule[next] === k) {
      res.loss[next] = loss;
      res.timeMs[next] = elapsed;
      res.lambda[next] = lambda;
      next++;
      hooks.onRecord?.(k, model);
    }
  };
  record(0);
  const progressEvery = Math.max(1, Math.floor(o.iters / 50));

  for (let k = 1; k <= o.iters; k++) {
    const t0 = now();
    switch (o.optimizer) {
      case 'gd': {
        model.gradientKernel(g);
        for (let i = 0; i < P; i++) p[i] -= lr * g[i];
        break;
      }
      case 'adam': {
        model.gradientKernel(g);
        b1t *= o.adamBeta1;
        b2t *= o.adamBeta2;
        const c1 = 1 / (1 - b1t);
        const c2 = 1 / (1 - b2t);
        for (let i = 0; i < P; i++) {
          m1[i] = o.adamBeta1 * m1[i] + (1 - o.adamBeta1) * g[i];
          m2[i] = o.adamBeta2 * m2[i] + (1 - o.adamBeta2) * g[i] * g[i];
          p[i] -= (lr * m1[i] * c1) / (Math.sqrt(m2[i] * c2) + o.adamEps);
        }
        break;
      }
      case 'gauss-newton':
      case 'newton': {
        lambda = secondOrderIteration(model, o, lambda, p, g, trial, work, loss, res);
        break;
      }
    }
    try {
      loss = model.evaluate();
    } catch (e) {
      if (!(e instanceof QuireError)) throw e;
      throw new QuireError(`train: the loss diverged (overflowed float64) at iteration ${k}; lower lr or raise lambda`);
    }
    elapsed += now() - t0;
    record(k);
    if (hooks.progress && k % progressEvery === 0) hooks.progress(k, o.iters);
  }
  res.finalLoss = loss;
  return res;
}

function secondOrderIteration(
  model: TanhRegression,
  o: Resolved,
  lambda0: number,
  p: Float64Array,
  g: Float64Array,
  trial: Float64Array,
  work: Float64Array,
  loss: number,
  res: TrainResult,
): number {
  const P = p.length;
  const newton = o.optimizer === 'newton';
  const K = newton ? undefined : model.ntk();
  if (newton) model.gradientKernel(g);
  let lambda = lambda0;
  const tries = o.adaptLambda ? o.maxRetries + 1 : 1;
  for (let attempt = 0; attempt < tries; attempt++) {
    let dir: Float64Array | undefined;
    let neg = false;
    if (newton && o.solver === 'exact') {
      try {
        const ex = exactNewtonKernel('train', model, lambda, false);
        dir = ex.p;
        // diagnostic only: the try met indefinite curvature (S + λI has a negative eigenvalue)
        if (ex.negativeBlockEigenvalues > 0) res.negativeCurvature++;
      } catch (e) {
        if (!(e instanceof QuireError)) throw e;
        dir = undefined;
      }
    } else if (newton) {
      const lam = lambda;
      const cg = cgKernel(
        (v, out) => {
          model.hvpKernel(v, out, work);
          for (let i = 0; i < P; i++) out[i] += lam * v[i];
        },
        g,
        o.cgIters,
        o.cgTol,
      );
      neg = cg.negativeCurvature;
      dir = cg.x;
      if (neg && !o.adaptLambda && cg.iterations === 0) {
        const Hg = model.hvpKernel(g, new Float64Array(P), work);
        let gg = 0;
        let gHg = 0;
        for (let i = 0; i < P; i++) {
          gg += g[i] * g[i];
          gHg += g[i] * Hg[i];
        }
        const step = gg / (Math.abs(gHg) + lam * gg);
        dir = new Float64Array(P);
        for (let i = 0; i < P; i++) dir[i] = step * g[i];
      }
    } else {
      try {
        dir = gaussNewtonDirection(model, lambda, K);
      } catch (e) {
        if (!(e instanceof QuireError)) throw e;
        dir = undefined;
      }
    }
    if (neg) res.negativeCurvature++;
    if (!o.adaptLambda) {
      if (dir !== undefined) for (let i = 0; i < P; i++) p[i] -= dir[i];
      res.accepted++;
      return lambda;
    }
    if (dir !== undefined && !neg) {
      for (let i = 0; i < P; i++) trial[i] = p[i] - dir[i];
      const lt = model.trialLoss(trial);
      if (lt < loss) {
        p.set(trial);
        res.accepted++;
        return Math.max(lambda * 0.8, o.lambdaMin);
      }
    }
    res.rejected++;
    lambda = Math.min(lambda * 2, o.lambdaMax);
  }
  return lambda;
}
