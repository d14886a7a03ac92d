/**
 * The two-layer tanh regression model of Riedl, Spiliopoulos & Sirignano (arXiv 2605.08352):
 *
 *   f(x) = N^{-β} Σ_{i=1}^N c_i tanh(w_i x + η_i),   L(θ) = (1/2M) Σ_m (f(x_m) − y_m)²,
 *
 * with its exact gradient, Hessian–vector product, Jacobian and empirical NTK Gram, all
 * hand-derived (as in the authors' `model.py`) over Float64Array loops.
 *
 * Parameter layout: θ = [w_1..w_N | η_1..η_N | c_1..c_N] (length 3N). With the first layer
 * frozen (random-feature mode) only c is trainable and every trainable-parameter vector
 * (gradient, HVP input/output, Jacobian columns) has length N.
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { assertFiniteArray, assertInteger, assertSameLength } from '../core/validate.js';
import { defineSchema, parseOptions, type PartialOptionsOf } from '../core/schema.js';

/** Options of the model (one schema, also used for CLI help). */
export const modelSchema = defineSchema({
  width: { type: 'integer', min: 1, max: 10_000_000, default: 1000, description: 'number of hidden neurons N' },
  beta: { type: 'number', min: 0.5, max: 1, default: 0.52, description: 'output scaling exponent β in N^{-β} (paper: 0.52)' },
  freezeFirstLayer: { type: 'boolean', default: false, description: 'train only the output weights c (random-feature mode)' },
  seed: { type: 'integer', min: 0, max: 4294967295, default: 0, description: 'initialisation seed' },
});
export type ModelOptions = PartialOptionsOf<typeof modelSchema>;

/**
 * Initial parameters: w, η ~ N(0, 1), c ~ U(−1, 1) (the authors' `model.py`), drawn in that order.
 * @param width - N ≥ 1
 * @param seed - integer seed
 * @returns θ = [w | η | c], length 3N
 * @example initParams(4, 0).length // 12
 */
export function initParams(width: number, seed: number): Float64Array {
  assertInteger('initParams', 'width', width, 1, 10_000_000);
  assertInteger('initParams', 'seed', seed, 0, Number.MAX_SAFE_INTEGER);
  const rng = new Rng(seed);
  const theta = new Float64Array(3 * width);
  rng.fillNormal(theta.subarray(0, 2 * width));
  rng.fillUniform(theta.subarray(2 * width), -1, 1);
  return theta;
}

/**
 * A two-layer tanh network bound to a 1-D regression data set (x_m, y_m), m = 1..M, with a
 * cache of the hidden activations at the current parameters. Call `evaluate()` after changing
 * `theta` (or `params()`); `gradient`, `hvp`, `jvp`, `vjp`, `jacobian` and `ntk` then use the cache.
 *
 * @example
 * const m = new TanhRegression([0, 0.5, 1], [0, 1, 2], { width: 50, seed: 1 });
 * m.evaluate(); // the loss at initialisation
 * @see Riedl, Spiliopoulos & Sirignano, arXiv 2605.08352, §2 (model) and KonstantinRiedl/NNTK `model.py`
 */
export class TanhRegression {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** M, the number of data points */
  readonly points: number;
  /** N, the width */
  readonly width: number;
  readonly beta: number;
  /** N^{-β} */
  readonly scale: number;
  readonly freezeFirstLayer: boolean;
  /** all parameters [w | η | c] */
  readonly theta: Float64Array;
  /** number of trainable parameters P (3N, or N when the first layer is frozen) */
  readonly nParams: number;
  /** tanh(w_i x_m + η_i), row-major M×N (valid after evaluate) */
  readonly T: Float64Array;
  /** 1 − tanh², row-major M×N (valid after evaluate) */
  readonly D: Float64Array;
  /** network outputs f(x_m) (valid after evaluate) */
  readonly f: Float64Array;
  /** residuals r_m = f(x_m) − y_m (valid after evaluate) */
  readonly r: Float64Array;
  /** loss at the last evaluate */
  loss = NaN;
  private readonly offset: number;

  /**
   * @param x - inputs (finite, non-empty, |x| ≤ 1e100)
   * @param y - targets (finite, same length as x)
   * @param options - width N ≥ 1, beta β ∈ [0.5, 1], freezeFirstLayer, seed; or pass `theta` (length 3N) to set parameters
   * @throws QuireError on empty, non-finite or mismatched data, or bad options
   */
  constructor(x: ArrayLike<number>, y: ArrayLike<number>, options: ModelOptions = {}, theta?: ArrayLike<number>) {
    const fn = 'TanhRegression';
    assertFiniteArray(fn, 'x', x);
    assertFiniteArray(fn, 'y', y);
    assertSameLength(fn, 'y', y.length, 'x', x.length);
    for (let m = 0; m < x.length; m++)
      if (!(Math.abs(x[m]) <= 1e100))
        throw new QuireError(`${fn}: x[${m}] must lie in [−1e100, 1e100] (x² enters the Hessian and the NTK), got ${x[m]}`);
    let yy = 0;
    for (let m = 0; m < y.length; m++) yy += y[m] * y[m];
    if (!Number.isFinite(yy / (2 * y.length))) throw new QuireError(`${fn}: y is too large (the loss ½Σy²/M overflows float64); rescale y`);
    const o = parseOptions(fn, modelSchema, options);
    this.x = Float64Array.from(x);
    this.y = Float64Array.from(y);
    this.points = x.length;
    this.width = o.width;
    this.beta = o.beta;
    this.scale = Math.pow(o.width, -o.beta);
    this.freezeFirstLayer = o.freezeFirstLayer;
    if (theta !== undefined) {
      assertFiniteArray(fn, 'theta', theta);
      if (theta.length !== 3 * o.width)
        throw new QuireError(`${fn}: theta has length ${theta.length}, expected ${3 * o.width} (3 × width)`);
      this.theta = Float64Array.from(theta);
    } else {
      this.theta = initParams(o.width, o.seed);
    }
    this.offset = o.freezeFirstLayer ? 2 * o.width : 0;
    this.nParams = 3 * o.width - this.offset;
    const mn = this.points * this.width;
    this.T = new Float64Array(mn);
    this.D = new Float64Array(mn);
    this.f = new Float64Array(this.points);
    this.r = new Float64Array(this.points);
  }

  /** The trainable parameters, a live view into `theta` (length P). */
  params(): Float64Array {
    return this.theta.subarray(this.offset);
  }

  /**
   * Recompute activations, outputs, residuals and the loss at the current θ.
   * @throws QuireError if the loss overflows float64 at the current parameters
   */
  evaluate(): number {
    const { points: M, width: N, theta, x, T, D, f, r, y, scale } = this;
    let s2 = 0;
    for (let m = 0; m < M; m++) {
      const xm = x[m];
      const row = m * N;
      let acc = 0;
      for (let i = 0; i < N; i++) {
        const t = Math.tanh(theta[i] * xm + theta[N + i]);
        T[row + i] = t;
        D[row + i] = 1 - t * t;
        acc += theta[2 * N + i] * t;
      }
      f[m] = scale * acc;
      const res = f[m] - y[m];
      r[m] = res;
      s2 += res * res;
    }
    this.loss = s2 / (2 * M);
    if (!Number.isFinite(this.loss)) throw new QuireError(`TanhRegression.evaluate: the loss overflows float64 at the current parameters`);
    return this.loss;
  }

  /**
   * The loss at trainable parameters p (length P, finite) without touching θ or the cache.
   * @returns the loss, or Infinity when it overflows float64 (a trial step that diverged; never NaN)
   * @throws QuireError if p has the wrong length or a non-finite entry
   */
  lossAt(p: Float64Array): number {
    this.checkVector('TanhRegression.lossAt', 'p', p, this.nParams);
    return this.trialLoss(p);
  }

  /** Unchecked `lossAt` (inner loops): Infinity when the loss overflows. */
  trialLoss(p: Float64Array): number {
    const { points: M, width: N, theta, x, y, scale, offset } = this;
    const wOff = offset === 0 ? p : theta;
    const cOff = offset === 0 ? 2 * N : 0;
    let s2 = 0;
    for (let m = 0; m < M; m++) {
      const xm = x[m];
      let acc = 0;
      for (let i = 0; i < N; i++) acc += p[cOff + i] * Math.tanh(wOff[i] * xm + wOff[N + i]);
      const res = scale * acc - y[m];
      s2 += res * res;
    }
    return s2 / (2 * M);
  }

  /** @throws QuireError naming `name` if v has the wrong length or a non-finite entry */
  private checkVector(fn: string, name: string, v: ArrayLike<number>, len: number): void {
    if (v === null || typeof v !== 'object' || v.length !== len)
      throw new QuireError(`${fn}: ${name} has length ${v?.length}, expected ${len}`);
    for (let i = 0; i < len; i++) if (!Number.isFinite(v[i])) throw new QuireError(`${fn}: ${name}[${i}] must be finite, got ${v[i]}`);
  }

  /** @throws QuireError if a product overflowed float64 */
  private checkOutput(fn: string, out: Float64Array): void {
    for (let i = 0; i < out.length; i++)
      if (!Number.isFinite(out[i])) throw new QuireError(`${fn}: the product overflows float64 (inputs or parameters too large)`);
  }

  /** Network outputs at arbitrary inputs (current θ). */
  predict(xs: ArrayLike<number>): Float64Array {
    assertFiniteArray('TanhRegression.predict', 'xs', xs);
    const { width: N, theta, scale } = this;
    const out = new Float64Array(xs.length);
    for (let m = 0; m < xs.length; m++) {
      let acc = 0;
      for (let i = 0; i < N; i++) acc += theta[2 * N + i] * Math.tanh(theta[i] * xs[m] + theta[N + i]);
      out[m] = scale * acc;
    }
    return out;
  }

  /**
   * Jᵀu for u ∈ R^M, J = ∂f/∂θ (M×P): (Jᵀu)_c_i = s Σ_m u_m t_mi, (Jᵀu)_w_i = s c_i Σ_m u_m d_mi x_m,
   * (Jᵀu)_η_i = s c_i Σ_m u_m d_mi, with s = N^{-β}, t = tanh, d = 1 − t².
   */
  vjp(u: Float64Array, out: Float64Array = new Float64Array(this.nParams)): Float64Array {
    this.checkVector('TanhRegression.vjp', 'u', u, this.points);
    this.vjpKernel(u, out);
    this.checkOutput('TanhRegression.vjp', out);
    return out;
  }

  /** Unchecked Jᵀu (inner loops). */
  vjpKernel(u: Float64Array, out: Float64Array): Float64Array {
    const { points: M, width: N, T, D, x, theta, scale, offset } = this;
    out.fill(0);
    const cBase = offset === 0 ? 2 * N : 0;
    for (let m = 0; m < M; m++) {
      const um = u[m];
      const row = m * N;
      for (let i = 0; i < N; i++) out[cBase + i] += um * T[row + i];
      if (offset === 0) {
        const ux = um * x[m];
        for (let i = 0; i < N; i++) {
          const d = D[row + i];
          out[i] += ux * d;
          out[N + i] += um * d;
        }
      }
    }
    for (let i = 0; i < cBase + N; i++) out[i] *= scale;
    if (offset === 0) {
      for (let i = 0; i < N; i++) {
        const c = theta[2 * N + i];
        out[i] *= c;
        out[N + i] *= c;
      }
    }
    return out;
  }

  /** Jv for v ∈ R^P: (Jv)_m = s Σ_i [v_c_i t_mi + c_i d_mi (x_m v_w_i + v_η_i)]. */
  jvp(v: Float64Array, out: Float64Array = new Float64Array(this.points)): Float64Array {
    this.checkVector('TanhRegression.jvp', 'v', v, this.nParams);
    this.jvpKernel(v, out);
    this.checkOutput('TanhRegression.jvp', out);
    return out;
  }

  /** Unchecked Jv (inner loops). */
  jvpKernel(v: Float64Array, out: Float64Array): Float64Array {
    const { points: M, width: N, T, D, x, theta, scale, offset } = this;
    const cBase = offset === 0 ? 2 * N : 0;
    for (let m = 0; m < M; m++) {
      const row = m * N;
      const xm = x[m];
      let acc = 0;
      for (let i = 0; i < N; i++) acc += v[cBase + i] * T[row + i];
      if (offset === 0) {
        for (let i = 0; i < N; i++) acc += theta[2 * N + i] * D[row + i] * (xm * v[i] + v[N + i]);
      }
      out[m] = scale * acc;
    }
    return out;
  }

  /** ∇L = Jᵀr / M (length P). */
  gradient(out: Float64Array = new Float64Array(this.nParams)): Float64Array {
    this.gradientKernel(out);
    this.checkOutput('TanhRegression.gradient', out);
    return out;
  }

  /** Unchecked ∇L (inner loops). */
  gradientKernel(out: Float64Array = new Float64Array(this.nParams)): Float64Array {
    this.vjpKernel(this.r, out);
    const inv = 1 / this.points;
    for (let i = 0; i < out.length; i++) out[i] *= inv;
    return out;
  }

  /**
   * Exact Hessian–vector product Hv = (1/M)[Jᵀ(Jv) + Σ_m r_m ∇²f(x_m) v]. Per neuron, with
   * q = x v_w + v_η, d' = −2 t d:  (∇²f v)_c = s d q,  (∇²f v)_w = s x (d v_c + c d' q),
   * (∇²f v)_η = s (d v_c + c d' q). With the first layer frozen, H = JᵀJ/M.
   * @param v - direction, length P
   * @param out - output buffer, length P
   * @param work - scratch of length M (optional)
   */
  hvp(
    v: Float64Array,
    out: Float64Array = new Float64Array(this.nParams),
    work: Float64Array = new Float64Array(this.points),
  ): Float64Array {
    this.checkVector('TanhRegression.hvp', 'v', v, this.nParams);
    this.hvpKernel(v, out, work);
    this.checkOutput('TanhRegression.hvp', out);
    return out;
  }

  /** Unchecked Hv (inner loops). */
  hvpKernel(
    v: Float64Array,
    out: Float64Array = new Float64Array(this.nParams),
    work: Float64Array = new Float64Array(this.points),
  ): Float64Array {
    const { points: M, width: N, T, D, x, theta, scale, offset, r } = this;
    const a = this.jvpKernel(v, work);
    out.fill(0);
    if (offset !== 0) {
      for (let m = 0; m < M; m++) {
        const am = a[m];
        const row = m * N;
        for (let i = 0; i < N; i++) out[i] += am * T[row + i];
      }
    } else {
      for (let m = 0; m < M; m++) {
        const am = a[m];
        const bm = r[m];
        const xm = x[m];
        const row = m * N;
        for (let i = 0; i < N; i++) {
          const t = T[row + i];
          const d = D[row + i];
          const c = theta[2 * N + i];
          const vw = v[i];
          const ve = v[N + i];
          const vc = v[2 * N + i];
          const q = xm * vw + ve;
          const e = am * c * d + bm * (d * vc - 2 * t * d * c * q);
          out[i] += xm * e;
          out[N + i] += e;
          out[2 * N + i] += am * t + bm * d * q;
        }
      }
    }
    const k = scale / M;
    for (let i = 0; i < out.length; i++) out[i] *= k;
    return out;
  }

  /** The Jacobian J = ∂f(x_m)/∂θ_j, row-major M×P. */
  jacobian(): Float64Array {
    const { points: M, width: N, T, D, x, theta, scale, offset, nParams: P } = this;
    const J = new Float64Array(M * P);
    for (let m = 0; m < M; m++) {
      const row = m * N;
      const base = m * P;
      const cBase = offset === 0 ? 2 * N : 0;
      for (let i = 0; i < N; i++) J[base + cBase + i] = scale * T[row + i];
      if (offset === 0) {
        for (let i = 0; i < N; i++) {
          const g = scale * theta[2 * N + i] * D[row + i];
          J[base + i] = g * x[m];
          J[base + N + i] = g;
        }
      }
    }
    return J;
  }

  /**
   * Empirical NTK Gram K = JJᵀ (M×M, row-major), computed without forming J:
   * K_mn = s² Σ_i [t_mi t_ni + c_i² d_mi d_ni (x_m x_n + 1)] (only the first term when frozen).
   */
  ntk(): Float64Array {
    const { points: M, width: N, T, D, x, theta, scale, offset } = this;
    const K = new Float64Array(M * M);
    const s2 = scale * scale;
    let B: Float64Array | undefined;
    if (offset === 0) {
      B = new Float64Array(M * N);
      for (let m = 0; m < M; m++) for (let i = 0; i < N; i++) B[m * N + i] = theta[2 * N + i] * D[m * N + i];
    }
    for (let m = 0; m < M; m++) {
      const rm = m * N;
      for (let n = 0; n <= m; n++) {
        const rn = n * N;
        let a = 0;
        for (let i = 0; i < N; i++) a += T[rm + i] * T[rn + i];
        if (B !== undefined) {
          let b = 0;
          for (let i = 0; i < N; i++) b += B[rm + i] * B[rn + i];
          a += b * (x[m] * x[n] + 1);
        }
        K[m * M + n] = s2 * a;
        K[n * M + m] = s2 * a;
      }
    }
    return K;
  }
}
