/**
 * The BLASSO objective F(μ) = ½‖Φμ − y‖² + λ|μ|(𝕋^d) and its dual certificate
 * η = Φ*(y − Φμ)/λ. μ is optimal iff ‖η‖∞ ≤ 1 and η(x_i) = sign(a_i) on its support.
 */
import { QuireError } from '../core/errors.js';
import { assertPositive } from '../core/validate.js';
import { assertMeasure, type SpikeMeasure } from './measure.js';
import { adjointInto, assertMeasurements, forwardInto, type ForwardOperator } from './operators.js';

/** Residual Φμ − y into out. */
export function residualInto(
  op: ForwardOperator,
  y: Float64Array,
  positions: Float64Array,
  amplitudes: Float64Array,
  n: number,
  out: Float64Array,
  phi: Float64Array,
): void {
  forwardInto(op, positions, amplitudes, n, out, phi);
  for (let j = 0; j < out.length; j++) out[j] -= y[j];
}

/** ½‖r‖² + λΣ|a_i|. */
export function objectiveFromResidual(r: Float64Array, amplitudes: Float64Array, n: number, lambda: number): number {
  let s = 0;
  for (let j = 0; j < r.length; j++) s += r[j] * r[j];
  let tv = 0;
  for (let i = 0; i < n; i++) tv += Math.abs(amplitudes[i]);
  return 0.5 * s + lambda * tv;
}

/** Grid of g^d points on [0, 1)^d (row-major), at j/g per axis. */
export function torusGrid(dim: 1 | 2, g: number): Float64Array {
  if (dim === 1) {
    const out = new Float64Array(g);
    for (let j = 0; j < g; j++) out[j] = j / g;
    return out;
  }
  const out = new Float64Array(2 * g * g);
  for (let a = 0; a < g; a++) {
    for (let b = 0; b < g; b++) {
      out[2 * (a * g + b)] = a / g;
      out[2 * (a * g + b) + 1] = b / g;
    }
  }
  return out;
}

/** Result of a certificate maximisation. */
export interface CertificateMax {
  /** max_x |η(x)| */
  value: number;
  /** sign of η at the maximiser */
  sign: number;
  /** the maximiser (length d) */
  argmax: Float64Array;
}

/**
 * Trusted kernel: max |η| for η(x) = −(Φ*r)(x)/λ, on a grid of g^d points, then refined
 * from the `starts` best grid points by gradient ascent on |η| with a backtracking line
 * search (step halved until |η| increases; stops below 1e-12).
 */
export function certificateMaxKernel(
  op: ForwardOperator,
  r: Float64Array,
  lambda: number,
  grid: Float64Array,
  starts: number,
  work: { phi: Float64Array; dphi: Float64Array },
): CertificateMax {
  const d = op.dim;
  const n = grid.length / d;
  const vals = new Float64Array(n);
  adjointInto(op, r, grid, n, vals, undefined, work.phi, work.dphi);
  // best `starts` indices by |value| (small insertion list)
  const k = Math.min(starts, n);
  const best = new Int32Array(k).fill(-1);
  const bestV = new Float64Array(k).fill(-1);
  for (let i = 0; i < n; i++) {
    const v = Math.abs(vals[i]);
    if (v <= bestV[k - 1]) continue;
    let p = k - 1;
    while (p > 0 && bestV[p - 1] < v) {
      bestV[p] = bestV[p - 1];
      best[p] = best[p - 1];
      p--;
    }
    bestV[p] = v;
    best[p] = i;
  }
  const gridStep = d === 1 ? 1 / n : 1 / Math.round(Math.sqrt(n));
  const x = new Float64Array(d);
  const xt = new Float64Array(d);
  const v1 = new Float64Array(1);
  const g1 = new Float64Array(d);
  const vt = new Float64Array(1);
  const gt = new Float64Array(d);
  let bestValue = -1;
  let bestSign = 1;
  const bestX = new Float64Array(d);
  for (let s = 0; s < k; s++) {
    if (best[s] < 0) continue;
    for (let c = 0; c < d; c++) x[c] = grid[best[s] * d + c];
    adjointInto(op, r, x, 1, v1, g1, work.phi, work.dphi);
    let f = Math.abs(v1[0]);
    let h = gridStep;
    for (let it = 0; it < 200 && h > 1e-13; it++) {
      const sg = v1[0] >= 0 ? 1 : -1;
      let gn = 0;
      for (let c = 0; c < d; c++) gn += g1[c] * g1[c];
      gn = Math.sqrt(gn);
      if (gn === 0) break;
      for (let c = 0; c < d; c++) xt[c] = x[c] + (h * sg * g1[c]) / gn;
      adjointInto(op, r, xt, 1, vt, gt, work.phi, work.dphi);
      if (Math.abs(vt[0]) > f) {
        x.set(xt);
        v1[0] = vt[0];
        g1.set(gt);
        f = Math.abs(vt[0]);
        h *= 1.5;
      } else {
        h *= 0.5;
      }
    }
    if (f > bestValue) {
      bestValue = f;
      bestSign = v1[0] >= 0 ? 1 : -1;
      bestX.set(x);
    }
  }
  for (let c = 0; c < d; c++) bestX[c] -= Math.floor(bestX[c]);
  // η = −Φ*r/λ: the sign flips
  return { value: bestValue / lambda, sign: -bestSign, argmax: bestX };
}

function checkLambda(fn: string, lambda: unknown): asserts lambda is number {
  assertPositive(fn, 'lambda', lambda);
}

/** Validate (y, μ, λ) for a public function and return the residual Φμ − y. */
function checkedResidual(fn: string, op: ForwardOperator, y: ArrayLike<number>, mu: SpikeMeasure, lambda: number): Float64Array {
  assertMeasurements(fn, 'y', op, y);
  assertMeasure(fn, 'mu', mu, op.dim);
  checkLambda(fn, lambda);
  const m = op.size;
  const r = new Float64Array(m);
  residualInto(
    op,
    Float64Array.from(y),
    Float64Array.from(mu.positions),
    Float64Array.from(mu.amplitudes),
    mu.amplitudes.length,
    r,
    new Float64Array(m),
  );
  return r;
}

/**
 * The BLASSO objective F(μ) = ½‖Φμ − y‖² + λ Σ_i |a_i|.
 * @param op - forward operator
 * @param y - measurements (length op.size, finite)
 * @param mu - a measure of the operator's dimension
 * @param lambda - regularisation λ > 0
 * @returns F(μ)
 * @throws QuireError on malformed input or λ ≤ 0
 * @example objective(op, forward(op, mu), mu, 0.1) // 0.1·|μ|
 * @see Chizat (2022), "Sparse optimization on measures with over-parameterized gradient descent", eq. (1)
 */
export function objective(op: ForwardOperator, y: ArrayLike<number>, mu: SpikeMeasure, lambda: number): number {
  const r = checkedResidual('objective', op, y, mu, lambda);
  const f = objectiveFromResidual(r, Float64Array.from(mu.amplitudes), mu.amplitudes.length, lambda);
  if (!Number.isFinite(f))
    throw new QuireError(`objective: F(μ) overflows float64 (y, mu.amplitudes or lambda too large); rescale them together`);
  return f;
}

/**
 * The dual certificate η(x) = Φ*(y − Φμ)(x)/λ and its gradient at the given points.
 * @param op - forward operator
 * @param y - measurements
 * @param mu - current measure
 * @param lambda - λ > 0
 * @param points - row-major coordinates (length a multiple of op.dim)
 * @returns { value: η at each point, gradient: ∇η row-major (n·d) }
 * @throws QuireError on malformed input
 * @example certificate(op, y, mu, 0.1, Float64Array.of(0.25)).value[0]
 */
export function certificate(
  op: ForwardOperator,
  y: ArrayLike<number>,
  mu: SpikeMeasure,
  lambda: number,
  points: ArrayLike<number>,
): { value: Float64Array; gradient: Float64Array } {
  const fn = 'certificate';
  const r = checkedResidual(fn, op, y, mu, lambda);
  if (points.length % op.dim !== 0)
    throw new QuireError(`${fn}: points has length ${points.length}, not a multiple of the dimension ${op.dim}`);
  for (let i = 0; i < points.length; i++)
    if (!Number.isFinite(points[i])) throw new QuireError(`${fn}: points[${i}] must be finite, got ${points[i]}`);
  const m = op.size;
  const n = points.length / op.dim;
  const value = new Float64Array(n);
  const gradient = new Float64Array(n * op.dim);
  adjointInto(op, r, Float64Array.from(points), n, value, gradient, new Float64Array(m), new Float64Array(m * op.dim));
  for (let i = 0; i < n; i++) value[i] /= -lambda;
  for (let i = 0; i < gradient.length; i++) gradient[i] /= -lambda;
  for (let i = 0; i < gradient.length; i++)
    if (!Number.isFinite(gradient[i]) || (i < n && !Number.isFinite(value[i])))
      throw new QuireError(
        `${fn}: η overflows float64 (lambda = ${lambda} too small for the residual's scale); rescale y, mu and lambda together`,
      );
  return { value, gradient };
}

/**
 * max_x |η(x)| over the torus: evaluated on a regular grid, then refined by gradient ascent
 * from the best grid points.
 * @param op - forward operator
 * @param y - measurements
 * @param mu - current measure
 * @param lambda - λ > 0
 * @param options.grid - grid points per axis (default 2048 in 1-D, 128 in 2-D; ≥ 8)
 * @param options.starts - refinement starts (default 8, ≥ 1)
 * @returns { value, sign, argmax }
 * @throws QuireError on malformed input
 * @example certificateMax(op, y, mu, 0.1).value // ≤ 1 at an optimum
 */
export function certificateMax(
  op: ForwardOperator,
  y: ArrayLike<number>,
  mu: SpikeMeasure,
  lambda: number,
  options: { grid?: number; starts?: number } = {},
): CertificateMax {
  const fn = 'certificateMax';
  const r = checkedResidual(fn, op, y, mu, lambda);
  const g = options.grid ?? (op.dim === 1 ? 2048 : 128);
  const starts = options.starts ?? 8;
  if (!(Number.isInteger(g) && g >= 8 && g <= 65536)) throw new QuireError(`${fn}: grid must be an integer in [8, 65536], got ${g}`);
  if (!(Number.isInteger(starts) && starts >= 1 && starts <= 1000))
    throw new QuireError(`${fn}: starts must be an integer in [1, 1000], got ${starts}`);
  const m = op.size;
  const res = certificateMaxKernel(op, r, lambda, torusGrid(op.dim, g), starts, {
    phi: new Float64Array(m),
    dphi: new Float64Array(m * op.dim),
  });
  if (!Number.isFinite(res.value))
    throw new QuireError(
      `${fn}: max|η| overflows float64 (lambda = ${lambda} too small for the residual's scale); rescale y, mu and lambda together`,
    );
  return res;
}
