/**
 * The three illustrative problems of the paper, each minimized by projected subgradient
 * descent on a sampled transport / sorting objective, with the subgradient assembled by the
 * chain rule from the sorting subgradients:
 * (a) risk-averse regression: min CVaR_α of absolute residuals of a linear model;
 * (b) fairness-constrained classification: logistic loss + λ·W_1 between the two groups' scores;
 * (c) sliced-Wasserstein generative fit of a Gaussian location–scale model.
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { assertFiniteArray } from '../core/validate.js';
import { projectBall, projectedSubgradientDescent, type DescentResult } from './descent.js';
import { chainRule, grad1dKernel, type DifferentiableModel } from './subgradients.js';
import { cvarWeightsKernel, spectralKernel } from './spectral.js';
import { slicedGradFlat, sphereDirections, toFlat, type FlatMatrix, type Points } from './sliced.js';
import { Rng } from '../core/rng.js';

/** A linear model with intercept, ŷ = Xβ + b, as a differentiable model of θ = (β, b). */
export function linearModel(X: FlatMatrix): DifferentiableModel {
  const { data, rows: n, cols: d } = toFlat('linearModel', 'X', X);
  const apply = (theta: Float64Array): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = theta[d];
      for (let q = 0; q < d; q++) s += data[i * d + q] * theta[q];
      out[i] = s;
    }
    return out;
  };
  return {
    dim: d + 1,
    value: apply,
    // the model is linear in θ, so J·t = f(t)
    jvp: (_theta, t) => apply(t),
    vjp(_theta, g) {
      if (g.length !== n) throw new QuireError(`linearModel: the cotangent has length ${g.length}, expected ${n} (the rows of X)`);
      const out = new Float64Array(d + 1);
      for (let i = 0; i < n; i++) {
        const gi = g[i];
        if (gi === 0) continue;
        for (let q = 0; q < d; q++) out[q] += gi * data[i * d + q];
        out[d] += gi;
      }
      return out;
    },
  };
}

/** projectedSubgradientDescent, with its QuireErrors (a non-finite objective, …) named after the caller. */
function descend(fn: string, ...args: Parameters<typeof projectedSubgradientDescent>): DescentResult {
  try {
    return projectedSubgradientDescent(...args);
  } catch (e) {
    if (e instanceof QuireError) throw new QuireError(`${fn}: ${e.message}`);
    throw e;
  }
}

function checkXY(fn: string, X: Points, y: ArrayLike<number>): FlatMatrix {
  const Xf = toFlat(fn, 'X', X);
  assertFiniteArray(fn, 'y', y);
  if (y.length !== Xf.rows) throw new QuireError(`${fn}: y has length ${y.length}, expected ${Xf.rows} (the number of rows of X)`);
  return Xf;
}

/** Parameters of {@link cvarRegression}. */
export const cvarRegressionSchema = defineSchema({
  alpha: { type: 'number', min: 0, max: 0.999, default: 0.9, description: 'CVaR level α ∈ [0, 0.999]' },
  iterations: { type: 'integer', min: 1, default: 1000, description: 'subgradient iterations K' },
  step: { type: 'number', min: 0, exclusive: true, default: 1, description: 'step constant c of γ_k = c/√k' },
  radius: { type: 'number', min: 0, exclusive: true, default: 100, description: 'radius of the feasible ball ‖θ‖ ≤ R' },
});

/**
 * (a) Risk-averse regression: min_{‖θ‖≤R} CVaR_α(|y_i − x_iᵀβ − b|) over θ = (β, b), by projected
 * subgradient descent with γ_k = c/√k. Subgradient: Σ_i w_{π⁻¹(i)} sign(ŷ_i − y_i)(x_i, 1), w the
 * CVaR spectral weights. Returns the best iterate (by objective value).
 * @param X - n × d features (rows); y - n targets
 * @param options - alpha ∈ [0, 0.999] (0.9), iterations (1000), step c (1), radius R (100)
 * @returns the descent result; `best` holds (β, b)
 * @throws QuireError on invalid data or options
 * @example cvarRegression([[0], [1], [2]], [1, 3, 5], { alpha: 0.5 }).best // ≈ [2, 1]
 * @see Rockafellar & Uryasev (2000); Le (2026), arXiv 2605.28134 (risk-averse optimization)
 */
export function cvarRegression(X: Points, y: ArrayLike<number>, options?: Partial<OptionsOf<typeof cvarRegressionSchema>>): DescentResult {
  const fn = 'cvarRegression';
  const Xf = checkXY(fn, X, y);
  const o = parseOptions(fn, cvarRegressionSchema, options);
  const model = linearModel(Xf);
  const n = Xf.rows;
  const w = cvarWeightsKernel(n, o.alpha);
  const r = new Float64Array(n);
  return descend(
    fn,
    {
      evaluate(theta) {
        const yhat = model.value(theta);
        for (let i = 0; i < n; i++) r[i] = Math.abs(yhat[i] - y[i]);
        const { value, grad } = spectralKernel(r, w);
        for (let i = 0; i < n; i++) grad[i] *= Math.sign(yhat[i] - y[i]);
        return { value, grad: chainRule(model, theta, grad) };
      },
      project: (t) => projectBall(t, o.radius),
    },
    new Float64Array(Xf.cols + 1),
    { iterations: o.iterations, step: o.step, rule: 'invsqrt' },
  );
}

/** Parameters of {@link fairLogistic}. */
export const fairLogisticSchema = defineSchema({
  lambda: { type: 'number', min: 0, default: 1, description: 'weight λ ≥ 0 of the W_1 fairness penalty' },
  iterations: { type: 'integer', min: 1, default: 1000, description: 'subgradient iterations K' },
  step: { type: 'number', min: 0, exclusive: true, default: 1, description: 'step constant c of γ_k = c/√k' },
  radius: { type: 'number', min: 0, exclusive: true, default: 20, description: 'radius of the feasible ball ‖θ‖ ≤ R' },
});

function sigmoid(t: number): number {
  return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
}

/** Logistic loss, accuracy and W_1 between the groups' scores σ(x·β + b) of a fitted θ. */
export function fairnessMetrics(
  X: Points,
  y: ArrayLike<number>,
  group: ArrayLike<number>,
  theta: ArrayLike<number>,
): { loss: number; accuracy: number; w1: number } {
  const fn = 'fairnessMetrics';
  const Xf = checkXY(fn, X, y);
  checkLabels(fn, Xf.rows, y, group);
  assertFiniteArray(fn, 'theta', theta);
  if (theta.length !== Xf.cols + 1) throw new QuireError(`${fn}: theta has length ${theta.length}, expected ${Xf.cols + 1}`);
  const f = fairParts(Xf, y, group);
  const z = linearModel(Xf).value(Float64Array.from(theta));
  let loss = 0;
  let correct = 0;
  const s = new Float64Array(Xf.rows);
  for (let i = 0; i < Xf.rows; i++) {
    s[i] = sigmoid(z[i]);
    loss += Math.log1p(Math.exp(-Math.abs(z[i]))) + Math.max(z[i], 0) - y[i] * z[i];
    if ((s[i] >= 0.5 ? 1 : 0) === y[i]) correct++;
  }
  const s0 = f.idx0.map((i) => s[i]);
  const s1 = f.idx1.map((i) => s[i]);
  return {
    loss: loss / Xf.rows,
    accuracy: correct / Xf.rows,
    w1: grad1dKernel(Float64Array.from(s0), null, Float64Array.from(s1), null, 1).value,
  };
}

function checkLabels(fn: string, n: number, y: ArrayLike<number>, group: ArrayLike<number>): void {
  assertFiniteArray(fn, 'group', group);
  if (group.length !== n) throw new QuireError(`${fn}: group has length ${group.length}, expected ${n} (the number of rows of X)`);
  let g0 = 0;
  let g1 = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new QuireError(`${fn}: y[${i}] must be 0 or 1, got ${y[i]}`);
    if (group[i] === 0) g0++;
    else if (group[i] === 1) g1++;
    else throw new QuireError(`${fn}: group[${i}] must be 0 or 1, got ${group[i]}`);
  }
  if (g0 === 0 || g1 === 0) throw new QuireError(`${fn}: both groups must be non-empty`);
}

function fairParts(Xf: FlatMatrix, _y: ArrayLike<number>, group: ArrayLike<number>): { idx0: number[]; idx1: number[] } {
  const idx0: number[] = [];
  const idx1: number[] = [];
  for (let i = 0; i < Xf.rows; i++) (group[i] === 0 ? idx0 : idx1).push(i);
  return { idx0, idx1 };
}

/**
 * (b) Fairness-regularized logistic regression: min_{‖θ‖≤R} (1/n) Σ ℓ_log(y_i, x_iᵀβ + b)
 * + λ·W_1(σ(scores) | group 0, σ(scores) | group 1), by projected subgradient descent with
 * γ_k = c/√k. The W_1 subgradient comes from the two groups' sorting permutations, then the
 * chain rule through σ and the linear model. Returns the best iterate.
 * @param X - n × d features; y - labels in {0, 1}; group - membership in {0, 1} (both non-empty)
 * @param options - lambda ≥ 0 (1), iterations (1000), step c (1), radius R (20)
 * @returns the descent result; `best` holds (β, b)
 * @throws QuireError on invalid data or options
 * @example fairLogistic(X, y, g, { lambda: 2 }) // then fairnessMetrics(X, y, g, result.best)
 * @see Jiang et al. (2020), Wasserstein fair classification, UAI; Le (2026), arXiv 2605.28134
 */
export function fairLogistic(
  X: Points,
  y: ArrayLike<number>,
  group: ArrayLike<number>,
  options?: Partial<OptionsOf<typeof fairLogisticSchema>>,
): DescentResult {
  const fn = 'fairLogistic';
  const Xf = checkXY(fn, X, y);
  checkLabels(fn, Xf.rows, y, group);
  const o = parseOptions(fn, fairLogisticSchema, options);
  const n = Xf.rows;
  const model = linearModel(Xf);
  const { idx0, idx1 } = fairParts(Xf, y, group);
  const s0 = new Float64Array(idx0.length);
  const s1 = new Float64Array(idx1.length);
  const gz = new Float64Array(n);
  return descend(
    fn,
    {
      evaluate(theta) {
        const z = model.value(theta);
        let loss = 0;
        for (let i = 0; i < n; i++) {
          const s = sigmoid(z[i]);
          loss += Math.log1p(Math.exp(-Math.abs(z[i]))) + Math.max(z[i], 0) - y[i] * z[i];
          gz[i] = (s - y[i]) / n;
        }
        loss /= n;
        let value = loss;
        if (o.lambda > 0) {
          for (let k = 0; k < idx0.length; k++) s0[k] = sigmoid(z[idx0[k]]);
          for (let k = 0; k < idx1.length; k++) s1[k] = sigmoid(z[idx1[k]]);
          const g = grad1dKernel(s0, null, s1, null, 1);
          value += o.lambda * g.value;
          for (let k = 0; k < idx0.length; k++) gz[idx0[k]] += o.lambda * g.gradU[k] * s0[k] * (1 - s0[k]);
          for (let k = 0; k < idx1.length; k++) gz[idx1[k]] += o.lambda * g.gradV[k] * s1[k] * (1 - s1[k]);
        }
        return { value, grad: chainRule(model, theta, gz) };
      },
      project: (t) => projectBall(t, o.radius),
    },
    new Float64Array(Xf.cols + 1),
    { iterations: o.iterations, step: o.step, rule: 'invsqrt' },
  );
}

/** One point of the accuracy–fairness frontier. */
export interface FrontierPoint {
  lambda: number;
  theta: Float64Array;
  /** metrics on the evaluation data (the training data when none is given) */
  accuracy: number;
  w1: number;
  loss: number;
}

/**
 * (b) The accuracy–fairness frontier: {@link fairLogistic} for each λ, scored on evaluation data.
 * @param train - { X, y, group }; lambdas - λ values ≥ 0 (non-empty); evalData - held-out data (optional)
 * @param options - as {@link fairLogistic} without lambda
 * @returns one point per λ, in the given order
 * @throws QuireError as {@link fairLogistic}
 * @example fairnessFrontier({ X, y, group }, [0, 1, 4]) // accuracy and W_1 fall as λ grows
 */
export function fairnessFrontier(
  train: { X: Points; y: ArrayLike<number>; group: ArrayLike<number> },
  lambdas: ArrayLike<number>,
  evalData?: { X: Points; y: ArrayLike<number>; group: ArrayLike<number> },
  options?: Omit<Partial<OptionsOf<typeof fairLogisticSchema>>, 'lambda'>,
): FrontierPoint[] {
  assertFiniteArray('fairnessFrontier', 'lambdas', lambdas);
  const ev = evalData ?? train;
  const out: FrontierPoint[] = [];
  for (let k = 0; k < lambdas.length; k++) {
    let res: DescentResult;
    let m: ReturnType<typeof fairnessMetrics>;
    try {
      res = fairLogistic(train.X, train.y, train.group, { ...options, lambda: lambdas[k] });
      m = fairnessMetrics(ev.X, ev.y, ev.group, res.best);
    } catch (e) {
      throw new QuireError(`fairnessFrontier: ${(e as Error).message}`);
    }
    out.push({ lambda: lambdas[k], theta: res.best, ...m });
  }
  return out;
}

/** Parameters of {@link swGaussianFit}. */
export const swFitSchema = defineSchema({
  samples: { type: 'integer', min: 2, default: 1000, description: 'model samples n (base draws z_i ~ N(0, I))' },
  projections: { type: 'integer', min: 1, default: 50, description: 'number of fixed directions L' },
  iterations: { type: 'integer', min: 1, default: 300, description: 'subgradient iterations K' },
  step: { type: 'number', min: 0, exclusive: true, default: 1, description: 'step constant c of γ_k = c/√k' },
  minScale: { type: 'number', min: 0, exclusive: true, default: 1e-3, description: 'lower bound of every scale s_q (the projection)' },
  seed: { type: 'integer', min: 0, default: 0, description: 'seed of the base draws and directions' },
});

/** The result of {@link swGaussianFit}. */
export interface SwFit {
  /** fitted location m, length d */
  location: Float64Array;
  /** fitted scales s, length d */
  scale: Float64Array;
  /** mean and (population, 1/n) standard deviation of each coordinate of the base sample ẑ_n */
  baseMean: Float64Array;
  baseSd: Float64Array;
  /** SW_2^2 at the fit */
  value: number;
  values: Float64Array;
  /**
   * The closed-form baseline on the same objective: moment matching to the same base sample
   * (s_q = sd(Y_q)/sd(ẑ_q), m_q = mean(Y_q) − s_q·mean(ẑ_q), population sds, s_q ≥ minScale) and the
   * empirical SW_2² there (same base sample, same directions). A converged fit has value ≤ moments.value.
   */
  moments: { location: Float64Array; scale: Float64Array; value: number };
}

/**
 * (c) Sliced-Wasserstein generative fit of x = m + s ⊙ z, z ~ N(0, I_d) (a fixed seeded base
 * sample): min_{s ≥ s_min} SW_2²(T_θ#ẑ_n, ν̂) over θ = (m, s), with L fixed seeded directions, by
 * projected subgradient descent with γ_k = c/√k (projection: s_q ← max(s_q, s_min)). The sliced
 * subgradient with respect to the points is chained through T_θ: ∂/∂m = Σ_i g_i, ∂/∂s = Σ_i g_i ⊙ z_i.
 * For a target N(m*, diag σ*²) the population minimizer is (m*, σ*) exactly (SW_2 = 0 there).
 * @param Y - target samples (rows), d ≥ 1 columns
 * @param options - samples n (1000), projections L (50), iterations K (300), step c (1), minScale, seed
 * @returns the fitted location and scales and the objective history
 * @throws QuireError on invalid data or options
 * @example swGaussianFit(samplesOfN(3, 4)).location // ≈ [3]
 * @see Bonneel et al. (2015); Le (2026), arXiv 2605.28134 (sliced Wasserstein problems)
 */
export function swGaussianFit(Y: Points, options?: Partial<OptionsOf<typeof swFitSchema>>): SwFit {
  const fn = 'swGaussianFit';
  const Yf = toFlat(fn, 'Y', Y);
  const o = parseOptions(fn, swFitSchema, options);
  const d = Yf.cols;
  const n = o.samples;
  const [sz, sd] = new Rng(o.seed).split(2);
  const Z = sz.fillNormal(new Float64Array(n * d));
  const theta = sphereDirections(d, o.projections, 'gaussian', sd.seed);
  const Xf: FlatMatrix = { data: new Float64Array(n * d), rows: n, cols: d };
  // the model as value + VJP: x_i = m + s ⊙ z_i
  const model: DifferentiableModel = {
    dim: 2 * d,
    value(t) {
      const x = new Float64Array(n * d);
      for (let i = 0; i < n; i++) for (let q = 0; q < d; q++) x[i * d + q] = t[q] + t[d + q] * Z[i * d + q];
      return x;
    },
    vjp(_t, g) {
      const out = new Float64Array(2 * d);
      for (let i = 0; i < n; i++)
        for (let q = 0; q < d; q++) {
          out[q] += g[i * d + q];
          out[d + q] += g[i * d + q] * Z[i * d + q];
        }
      return out;
    },
  };
  // start: location 0, scale 1
  const start = new Float64Array(2 * d);
  for (let q = 0; q < d; q++) start[d + q] = 1;
  const res = descend(
    fn,
    {
      evaluate(t) {
        Xf.data = model.value(t);
        const g = slicedGradFlat(Xf, Yf, theta, o.projections, 2);
        return { value: g.value, grad: chainRule(model, t, g.gradX) };
      },
      project(t) {
        for (let q = 0; q < d; q++) if (t[d + q] < o.minScale) t[d + q] = o.minScale;
      },
    },
    start,
    { iterations: o.iterations, step: o.step, rule: 'invsqrt' },
  );
  const baseMean = new Float64Array(d);
  const baseSd = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let q = 0; q < d; q++) baseMean[q] += Z[i * d + q] / n;
  for (let i = 0; i < n; i++) for (let q = 0; q < d; q++) baseSd[q] += (Z[i * d + q] - baseMean[q]) ** 2 / n;
  for (let q = 0; q < d; q++) baseSd[q] = Math.sqrt(baseSd[q]);
  // the closed-form baseline on the same base sample and directions
  const m = Yf.rows;
  const yMean = new Float64Array(d);
  const ySd = new Float64Array(d);
  for (let i = 0; i < m; i++) for (let q = 0; q < d; q++) yMean[q] += Yf.data[i * d + q] / m;
  for (let i = 0; i < m; i++) for (let q = 0; q < d; q++) ySd[q] += (Yf.data[i * d + q] - yMean[q]) ** 2 / m;
  const mom = new Float64Array(2 * d);
  for (let q = 0; q < d; q++) {
    mom[d + q] = Math.max(o.minScale, Math.sqrt(ySd[q]) / baseSd[q]);
    mom[q] = yMean[q] - mom[d + q] * baseMean[q];
  }
  Xf.data = model.value(mom);
  const momValue = slicedGradFlat(Xf, Yf, theta, o.projections, 2).value;
  return {
    location: res.best.slice(0, d),
    scale: res.best.slice(d),
    baseMean,
    baseSd,
    value: res.bestValue,
    values: res.values,
    moments: { location: mom.slice(0, d), scale: mom.slice(d), value: momValue },
  };
}

/** Parameters of {@link fairLogisticConstrained}. */
export const fairConstrainedSchema = defineSchema({
  epsilon: {
    type: 'number',
    min: 0,
    exclusive: true,
    default: 0.05,
    description: 'the constraint level ε > 0 of W_1(scores | 0, scores | 1) ≤ ε',
  },
  lambdaMax: { type: 'number', min: 0, exclusive: true, default: 64, description: 'upper end of the multiplier search' },
  bisections: { type: 'integer', min: 1, max: 200, default: 20, description: 'bisection steps on the multiplier' },
  iterations: { type: 'integer', min: 1, default: 1000, description: 'subgradient iterations K of each inner solve' },
  step: { type: 'number', min: 0, exclusive: true, default: 1, description: 'step constant c of γ_k = c/√k' },
  radius: { type: 'number', min: 0, exclusive: true, default: 20, description: 'radius of the feasible ball ‖θ‖ ≤ R' },
});

/** The result of {@link fairLogisticConstrained}. */
export interface FairConstrained {
  theta: Float64Array;
  /** the multiplier λ of the constraint (0 when it is inactive) */
  lambda: number;
  /** training loss and training W_1 at θ */
  loss: number;
  w1: number;
  /** KKT residuals: max(0, W_1 − ε) (primal feasibility) and λ·|W_1 − ε| (complementary slackness) */
  infeasibility: number;
  slackness: number;
}

/**
 * (b) The paper's constrained problem, min_θ logistic loss s.t. W_1(σ(scores) | group 0, σ(scores) | group 1) ≤ ε,
 * by the Lagrangian: θ(λ) minimizes loss + λ·W_1 ({@link fairLogistic}), and the dual is solved by bisection on
 * λ ∈ [0, λ_max] (W_1(θ(λ)) is non-increasing in λ for exact inner solutions), keeping the feasible end. If the
 * unconstrained fit already satisfies the constraint, λ = 0 (inactive constraint).
 * @param X - n × d features; y - labels in {0, 1}; group - membership in {0, 1}
 * @param options - epsilon (0.05), lambdaMax (64), bisections (20), iterations, step, radius
 * @returns θ, the multiplier and the KKT residuals on the training data
 * @throws QuireError on invalid data or options, or if even λ_max leaves the constraint violated
 * @see Jiang et al. (2020); Le (2026), arXiv 2605.28134 (fairness-constrained learning)
 */
export function fairLogisticConstrained(
  X: Points,
  y: ArrayLike<number>,
  group: ArrayLike<number>,
  options?: Partial<OptionsOf<typeof fairConstrainedSchema>>,
): FairConstrained {
  const fn = 'fairLogisticConstrained';
  const Xf = checkXY(fn, X, y);
  checkLabels(fn, Xf.rows, y, group);
  const o = parseOptions(fn, fairConstrainedSchema, options);
  const solveAt = (lambda: number): { theta: Float64Array; loss: number; w1: number } => {
    let res: DescentResult;
    try {
      res = fairLogistic(X, y, group, { lambda, iterations: o.iterations, step: o.step, radius: o.radius });
    } catch (e) {
      if (e instanceof QuireError) throw new QuireError(`${fn}: the inner solve at λ = ${lambda} failed (${e.message})`);
      throw e;
    }
    const m = fairnessMetrics(X, y, group, res.best);
    return { theta: res.best, loss: m.loss, w1: m.w1 };
  };
  const out = (lambda: number, s: { theta: Float64Array; loss: number; w1: number }): FairConstrained => ({
    theta: s.theta,
    lambda,
    loss: s.loss,
    w1: s.w1,
    infeasibility: Math.max(0, s.w1 - o.epsilon),
    slackness: lambda * Math.abs(s.w1 - o.epsilon),
  });
  const free = solveAt(0);
  if (free.w1 <= o.epsilon) return out(0, free);
  let hiSol = solveAt(o.lambdaMax);
  if (hiSol.w1 > o.epsilon)
    throw new QuireError(
      `${fn}: even λ = lambdaMax (${o.lambdaMax}) leaves W_1 = ${hiSol.w1} above epsilon (${o.epsilon}); raise lambdaMax or epsilon`,
    );
  let lo = 0;
  let hi = o.lambdaMax;
  for (let b = 0; b < o.bisections; b++) {
    const mid = 0.5 * (lo + hi);
    const s = solveAt(mid);
    if (s.w1 <= o.epsilon) {
      hi = mid;
      hiSol = s;
    } else lo = mid;
  }
  return out(hi, hiSol);
}
