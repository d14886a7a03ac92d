/**
 * Forward operators Φ: M(𝕋^d) → ℝ^m on the torus [0, 1)^d, d = 1 or 2, given by a feature
 * map x ↦ φ_x ∈ ℝ^m: Φμ = Σ_i a_i φ_{x_i}, (Φ*r)(x) = ⟨φ_x, r⟩, ∇(Φ*r)(x) = ⟨∇φ_x, r⟩.
 *
 * - Fourier (ideal low-pass): the real form of the frequencies |k|_∞ ≤ fc,
 *   φ_x = (1, √2 cos 2π⟨k,x⟩, √2 sin 2π⟨k,x⟩)_{k ∈ H}, H a half-set of the nonzero
 *   frequencies, so ⟨φ_x, φ_x'⟩ = Σ_{|k|_∞ ≤ fc} e^{2πi⟨k, x−x'⟩} (the Dirichlet kernel) and
 *   ‖φ_x‖² = (2fc + 1)^d.
 * - Gaussian convolution sampled on a regular grid s_j = (j + ½)/n (per axis), periodised:
 *   φ_x(s) = Π_c g(s_c − x_c), g(t) = Σ_{ℓ ∈ {−1,0,1}} exp(−(t̃ + ℓ)²/(2σ²)), t̃ = t wrapped to [−½, ½).
 */
import { QuireError } from '../core/errors.js';
import { assertFiniteArray } from '../core/validate.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { assertMeasure, type SpikeMeasure } from './measure.js';

const TWO_PI = 2 * Math.PI;
const SQRT2 = Math.SQRT2;

/** A forward operator, defined by its feature map. Instances keep scratch buffers: not re-entrant. */
export interface ForwardOperator {
  readonly kind: 'fourier' | 'gaussian';
  readonly dim: 1 | 2;
  /** m, the length of a measurement vector */
  readonly size: number;
  /** a human-readable description */
  readonly label: string;
  /** sup_x ‖φ_x‖² */
  readonly kernelAtZero: number;
  /** ‖∂φ_x/∂x_1‖² (the curvature −K''(0) along one axis) */
  readonly curvature: number;
  /**
   * Write φ_x (x = point `i` of the row-major array `x`) into out[0..m), and, when `grad`
   * is given, ∂φ_x/∂x_c into grad[c·m .. c·m + m).
   */
  feature(x: Float64Array, i: number, out: Float64Array, grad?: Float64Array): void;
}

export const operatorSchema = defineSchema({
  kernel: { type: 'enum', values: ['fourier', 'gaussian'] as const, default: 'fourier', description: 'forward operator' },
  dim: { type: 'integer', min: 1, max: 2, default: 1, description: 'dimension of the torus' },
  fc: { type: 'integer', min: 1, max: 64, default: 6, description: 'Fourier cutoff frequency (|k|∞ ≤ fc)' },
  sigma: { type: 'number', min: 0.005, max: 0.2, default: 0.05, description: 'Gaussian kernel width (torus units)' },
  samples: { type: 'integer', min: 0, max: 512, default: 0, description: 'Gaussian grid samples per axis (0: 64 in 1-D, 24 in 2-D)' },
});
export type OperatorOptions = OptionsOf<typeof operatorSchema>;

class Fourier1D implements ForwardOperator {
  readonly kind = 'fourier' as const;
  readonly dim = 1 as const;
  readonly size: number;
  readonly label: string;
  readonly kernelAtZero: number;
  readonly curvature: number;
  constructor(readonly fc: number) {
    this.size = 2 * fc + 1;
    this.label = `Fourier, d = 1, fc = ${fc}`;
    this.kernelAtZero = 2 * fc + 1;
    let c = 0;
    for (let k = 1; k <= fc; k++) c += 2 * (TWO_PI * k) ** 2;
    this.curvature = c;
  }
  feature(x: Float64Array, i: number, out: Float64Array, grad?: Float64Array): void {
    const xi = x[i];
    const t = TWO_PI * (xi - Math.floor(xi)); // wrapped first: 2π·x overflows for |x| near 1e308
    const c1 = Math.cos(t);
    const s1 = Math.sin(t);
    let c = 1;
    let s = 0;
    out[0] = 1;
    if (grad) grad[0] = 0;
    for (let k = 1; k <= this.fc; k++) {
      const cn = c * c1 - s * s1;
      s = s * c1 + c * s1;
      c = cn;
      out[2 * k - 1] = SQRT2 * c;
      out[2 * k] = SQRT2 * s;
      if (grad) {
        const w = SQRT2 * TWO_PI * k;
        grad[2 * k - 1] = -w * s;
        grad[2 * k] = w * c;
      }
    }
  }
}

class Fourier2D implements ForwardOperator {
  readonly kind = 'fourier' as const;
  readonly dim = 2 as const;
  readonly size: number;
  readonly label: string;
  readonly kernelAtZero: number;
  readonly curvature: number;
  private readonly k1: Int32Array;
  private readonly k2: Int32Array;
  private readonly c1: Float64Array;
  private readonly s1: Float64Array;
  private readonly c2: Float64Array;
  private readonly s2: Float64Array;
  constructor(readonly fc: number) {
    const nh = ((2 * fc + 1) ** 2 - 1) / 2;
    this.size = 2 * nh + 1;
    this.label = `Fourier, d = 2, fc = ${fc}`;
    this.kernelAtZero = (2 * fc + 1) ** 2;
    this.k1 = new Int32Array(nh);
    this.k2 = new Int32Array(nh);
    let h = 0;
    let curv = 0;
    for (let a = -fc; a <= fc; a++) {
      for (let b = -fc; b <= fc; b++) {
        if (a > 0 || (a === 0 && b > 0)) {
          this.k1[h] = a;
          this.k2[h] = b;
          curv += 2 * (TWO_PI * a) ** 2;
          h++;
        }
      }
    }
    this.curvature = curv;
    const L = 2 * fc + 1;
    this.c1 = new Float64Array(L);
    this.s1 = new Float64Array(L);
    this.c2 = new Float64Array(L);
    this.s2 = new Float64Array(L);
  }
  private table(x: number, c: Float64Array, s: Float64Array): void {
    const fc = this.fc;
    const t = TWO_PI * (x - Math.floor(x));
    const cc = Math.cos(t);
    const ss = Math.sin(t);
    c[fc] = 1;
    s[fc] = 0;
    for (let k = 1; k <= fc; k++) {
      const cp = c[fc + k - 1];
      const sp = s[fc + k - 1];
      c[fc + k] = cp * cc - sp * ss;
      s[fc + k] = sp * cc + cp * ss;
      c[fc - k] = c[fc + k];
      s[fc - k] = -s[fc + k];
    }
  }
  feature(x: Float64Array, i: number, out: Float64Array, grad?: Float64Array): void {
    const fc = this.fc;
    const m = this.size;
    this.table(x[2 * i], this.c1, this.s1);
    this.table(x[2 * i + 1], this.c2, this.s2);
    out[0] = 1;
    if (grad) {
      grad[0] = 0;
      grad[m] = 0;
    }
    const nh = this.k1.length;
    for (let h = 0; h < nh; h++) {
      const a = this.k1[h];
      const b = this.k2[h];
      const ca = this.c1[fc + a];
      const sa = this.s1[fc + a];
      const cb = this.c2[fc + b];
      const sb = this.s2[fc + b];
      const c = ca * cb - sa * sb;
      const s = sa * cb + ca * sb;
      out[1 + 2 * h] = SQRT2 * c;
      out[2 + 2 * h] = SQRT2 * s;
      if (grad) {
        const wa = SQRT2 * TWO_PI * a;
        const wb = SQRT2 * TWO_PI * b;
        grad[1 + 2 * h] = -wa * s;
        grad[2 + 2 * h] = wa * c;
        grad[m + 1 + 2 * h] = -wb * s;
        grad[m + 2 + 2 * h] = wb * c;
      }
    }
  }
}

/** g(s_j − x) and g'(·) w.r.t. x for the periodised Gaussian on the 1-D grid. */
function gaussianAxis(x: number, n: number, inv2s2: number, invs2: number, g: Float64Array, dg: Float64Array | undefined): void {
  for (let j = 0; j < n; j++) {
    let t = (j + 0.5) / n - x;
    t -= Math.round(t);
    let v = 0;
    let dv = 0;
    for (let l = -1; l <= 1; l++) {
      const u = t + l;
      const e = Math.exp(-u * u * inv2s2);
      v += e;
      dv += u * invs2 * e; // d/dx exp(−(s − x + l)²/2σ²) = (s − x + l)/σ² · e
    }
    g[j] = v;
    if (dg) dg[j] = dv;
  }
}

class Gaussian implements ForwardOperator {
  readonly kind = 'gaussian' as const;
  readonly size: number;
  readonly label: string;
  readonly kernelAtZero: number;
  readonly curvature: number;
  private readonly inv2s2: number;
  private readonly invs2: number;
  private readonly g1: Float64Array;
  private readonly g2: Float64Array;
  private readonly dg1: Float64Array;
  private readonly dg2: Float64Array;
  constructor(
    readonly dim: 1 | 2,
    readonly sigma: number,
    readonly n: number,
  ) {
    this.size = dim === 1 ? n : n * n;
    this.label = `Gaussian, d = ${dim}, σ = ${sigma}, ${n}${dim === 2 ? `×${n}` : ''} samples`;
    this.inv2s2 = 1 / (2 * sigma * sigma);
    this.invs2 = 1 / (sigma * sigma);
    this.g1 = new Float64Array(n);
    this.g2 = new Float64Array(n);
    this.dg1 = new Float64Array(n);
    this.dg2 = new Float64Array(n);
    // sup ‖φ_x‖² and the curvature, scanned over one grid cell
    let k0 = 0;
    let curv = 0;
    const probe = new Float64Array(dim);
    const f = new Float64Array(this.size);
    const gr = new Float64Array(this.size * dim);
    for (let q = 0; q < 16; q++) {
      probe.fill(0.5 + q / (16 * n));
      this.feature(probe, 0, f, gr);
      let a = 0;
      let b = 0;
      for (let j = 0; j < this.size; j++) {
        a += f[j] * f[j];
        b += gr[j] * gr[j];
      }
      k0 = Math.max(k0, a);
      curv = Math.max(curv, b);
    }
    this.kernelAtZero = k0;
    this.curvature = curv;
  }
  feature(x: Float64Array, i: number, out: Float64Array, grad?: Float64Array): void {
    const n = this.n;
    if (this.dim === 1) {
      gaussianAxis(x[i], n, this.inv2s2, this.invs2, this.g1, grad ? this.dg1 : undefined);
      out.set(this.g1.subarray(0, n));
      if (grad) grad.set(this.dg1.subarray(0, n));
      return;
    }
    gaussianAxis(x[2 * i], n, this.inv2s2, this.invs2, this.g1, grad ? this.dg1 : undefined);
    gaussianAxis(x[2 * i + 1], n, this.inv2s2, this.invs2, this.g2, grad ? this.dg2 : undefined);
    const m = this.size;
    for (let a = 0; a < n; a++) {
      const ga = this.g1[a];
      const row = a * n;
      for (let b = 0; b < n; b++) out[row + b] = ga * this.g2[b];
      if (grad) {
        const dga = this.dg1[a];
        for (let b = 0; b < n; b++) {
          grad[row + b] = dga * this.g2[b];
          grad[m + row + b] = ga * this.dg2[b];
        }
      }
    }
  }
}

/**
 * Build a forward operator.
 * @param options.kernel - 'fourier' (default) or 'gaussian'
 * @param options.dim - 1 (default) or 2
 * @param options.fc - Fourier cutoff, integer in [1, 64] (default 6); m = (2fc + 1)^d
 * @param options.sigma - Gaussian width in (0.005, 0.2) torus units (default 0.05)
 * @param options.samples - Gaussian samples per axis, [4, 512] (0 → 64 in 1-D, 24 in 2-D)
 * @returns the operator (its `feature` writes φ_x and ∇φ_x)
 * @throws QuireError on an out-of-range option
 * @example const op = makeOperator({ kernel: 'fourier', dim: 1, fc: 4 }); op.size // 9
 * @see Candès & Fernandez-Granda (2014), "Towards a mathematical theory of super-resolution"
 */
export function makeOperator(options: Partial<OperatorOptions> = {}): ForwardOperator {
  const o = parseOptions('makeOperator', operatorSchema, options);
  const dim = o.dim as 1 | 2;
  if (o.kernel === 'fourier') return dim === 1 ? new Fourier1D(o.fc) : new Fourier2D(o.fc);
  if (o.samples !== 0 && o.samples < 4) throw new QuireError(`makeOperator: samples must be 0 (default) or in [4, 512], got ${o.samples}`);
  const n = o.samples === 0 ? (dim === 1 ? 64 : 24) : o.samples;
  return new Gaussian(dim, o.sigma, n);
}

// ---------------------------------------------------------------- inner kernels (trusted)

/** Φμ into out (length m). `phi` is scratch of length m. */
export function forwardInto(
  op: ForwardOperator,
  positions: Float64Array,
  amplitudes: Float64Array,
  n: number,
  out: Float64Array,
  phi: Float64Array,
): void {
  const m = op.size;
  out.fill(0);
  for (let i = 0; i < n; i++) {
    op.feature(positions, i, phi);
    const a = amplitudes[i];
    for (let j = 0; j < m; j++) out[j] += a * phi[j];
  }
}

/** (Φ*r)(x_i) into out[i], and ∇(Φ*r)(x_i) into grad[i·d + c] when given. */
export function adjointInto(
  op: ForwardOperator,
  r: Float64Array,
  points: Float64Array,
  n: number,
  out: Float64Array,
  grad: Float64Array | undefined,
  phi: Float64Array,
  dphi: Float64Array,
): void {
  const m = op.size;
  const d = op.dim;
  for (let i = 0; i < n; i++) {
    op.feature(points, i, phi, grad ? dphi : undefined);
    let v = 0;
    for (let j = 0; j < m; j++) v += phi[j] * r[j];
    out[i] = v;
    if (grad) {
      for (let c = 0; c < d; c++) {
        let g = 0;
        const off = c * m;
        for (let j = 0; j < m; j++) g += dphi[off + j] * r[j];
        grad[i * d + c] = g;
      }
    }
  }
}

// ---------------------------------------------------------------- public, validated

function checkVector(fn: string, name: string, op: ForwardOperator, v: unknown): asserts v is ArrayLike<number> {
  assertFiniteArray(fn, name, v);
  if ((v as ArrayLike<number>).length !== op.size) {
    throw new QuireError(
      `${fn}: ${name} has length ${(v as ArrayLike<number>).length}, expected ${op.size} (the operator's measurement size)`,
    );
  }
}

function checkPoints(fn: string, name: string, op: ForwardOperator, p: unknown): number {
  assertFiniteArray(fn, name, p, { minLength: 0 });
  const len = (p as ArrayLike<number>).length;
  if (len % op.dim !== 0) throw new QuireError(`${fn}: ${name} has length ${len}, not a multiple of the dimension ${op.dim}`);
  return len / op.dim;
}

/**
 * Apply the forward operator: Φμ = Σ_i a_i φ_{x_i} ∈ ℝ^m.
 * @param op - a forward operator
 * @param mu - a measure of the operator's dimension
 * @returns Φμ (length op.size)
 * @throws QuireError if mu is malformed or of the wrong dimension
 * @example forward(makeOperator({ fc: 2 }), spikes(1, [0], [1])) // [1, √2, 0, √2, 0]
 */
export function forward(op: ForwardOperator, mu: SpikeMeasure): Float64Array {
  assertMeasure('forward', 'mu', mu, op.dim);
  const out = new Float64Array(op.size);
  forwardInto(op, Float64Array.from(mu.positions), Float64Array.from(mu.amplitudes), mu.amplitudes.length, out, new Float64Array(op.size));
  for (let j = 0; j < out.length; j++)
    if (!Number.isFinite(out[j])) throw new QuireError(`forward: Φμ overflows float64 (mu.amplitudes too large; |a| ≤ ~1e307 / ‖φ‖∞)`);
  return out;
}

/**
 * Apply the adjoint at points: (Φ*r)(x) = ⟨φ_x, r⟩ for each x.
 * @param op - a forward operator
 * @param r - a measurement-space vector of length op.size
 * @param points - row-major coordinates (length a multiple of op.dim)
 * @returns the values (one per point)
 * @throws QuireError on a length mismatch or non-finite input
 * @example adjoint(op, y, Float64Array.of(0.1, 0.5))
 */
export function adjoint(op: ForwardOperator, r: ArrayLike<number>, points: ArrayLike<number>): Float64Array {
  checkVector('adjoint', 'r', op, r);
  const n = checkPoints('adjoint', 'points', op, points);
  const out = new Float64Array(n);
  const m = op.size;
  adjointInto(op, Float64Array.from(r), Float64Array.from(points), n, out, undefined, new Float64Array(m), new Float64Array(m * op.dim));
  for (let i = 0; i < n; i++) if (!Number.isFinite(out[i])) throw new QuireError(`adjoint: Φ*r overflows float64 (r too large)`);
  return out;
}

/**
 * Gradient of the adjoint at points: ∇(Φ*r)(x) = ⟨∇φ_x, r⟩ (row-major, d per point).
 * @param op - a forward operator
 * @param r - a measurement-space vector of length op.size
 * @param points - row-major coordinates
 * @returns n·d partial derivatives
 * @throws QuireError on a length mismatch or non-finite input
 * @example adjointGradient(op, y, Float64Array.of(0.1))
 */
export function adjointGradient(op: ForwardOperator, r: ArrayLike<number>, points: ArrayLike<number>): Float64Array {
  checkVector('adjointGradient', 'r', op, r);
  const n = checkPoints('adjointGradient', 'points', op, points);
  const out = new Float64Array(n);
  const grad = new Float64Array(n * op.dim);
  const m = op.size;
  adjointInto(op, Float64Array.from(r), Float64Array.from(points), n, out, grad, new Float64Array(m), new Float64Array(m * op.dim));
  for (let i = 0; i < grad.length; i++)
    if (!Number.isFinite(grad[i])) throw new QuireError(`adjointGradient: ∇Φ*r overflows float64 (r too large)`);
  return grad;
}

/** Validate a measurement vector against an operator (used by the solvers). */
export function assertMeasurements(fn: string, name: string, op: ForwardOperator, y: unknown): asserts y is ArrayLike<number> {
  checkVector(fn, name, op, y);
}
