/**
 * Truncated Karhunen–Loève expansion of a zero-mean Gaussian field with exponential covariance
 * C(x, y) = exp(−|x − y|/ℓ) on (0, 1) (unit variance), with the analytic eigenpairs
 * (Ghanem & Spanos 1991, §2.3.3), and its tensor product on (0, 1)² for the separable
 * covariance exp(−|x₁ − y₁|/ℓ − |x₂ − y₂|/ℓ).
 */
import { QuireError } from '../core/errors.js';
import { assertInteger, assertPositive } from '../core/validate.js';

/** One 1-D eigenpair: λ = 2c/(ω² + c²), φ(x) = A·cos(ω(x − ½)) (even) or A·sin(ω(x − ½)) (odd). */
export interface KlMode1d {
  /** eigenvalue λ (> 0, decreasing in the mode index) */
  lambda: number;
  /** frequency ω, a root of the transcendental equation of its parity */
  omega: number;
  /** 'even' (cosine about x = ½) or 'odd' (sine) */
  parity: 'even' | 'odd';
  /** normalization A, so that ∫₀¹ φ² = 1 */
  amplitude: number;
}

function bisect(g: (w: number) => number, lo: number, hi: number): number {
  let glo = g(lo);
  for (let it = 0; it < 200; it++) {
    const mid = 0.5 * (lo + hi);
    const gm = g(mid);
    if (gm === 0) return mid;
    if (gm > 0 === glo > 0) {
      lo = mid;
      glo = gm;
    } else hi = mid;
    if (hi - lo <= 1e-15 * Math.max(1, hi)) break;
  }
  return 0.5 * (lo + hi);
}

/**
 * The first `modes` eigenpairs of the exponential covariance exp(−|x − y|/ℓ) on (0, 1), in
 * decreasing order of λ. With a = ½ and c = 1/ℓ the frequencies solve
 * c − ω tan(ωa) = 0 (even modes, ωa ∈ (kπ, kπ + π/2)) and ω + c tan(ωa) = 0 (odd modes,
 * ωa ∈ (kπ + π/2, (k+1)π)); λ = 2c/(ω² + c²); A = (a ± sin(2ωa)/(2ω))^{-1/2}.
 * @param modes - number of modes (integer ≥ 1)
 * @param lengthScale - correlation length ℓ > 0
 * @returns the eigenpairs, λ decreasing
 * @throws QuireError on a non-integer modes or a non-positive ℓ
 * @example klEigen1d(4, 0.3).map((m) => m.lambda) // [0.43625, 0.21682, 0.10700, 0.05931] (5 digits)
 * @see Ghanem & Spanos, Stochastic Finite Elements (1991), §2.3.3
 */
export function klEigen1d(modes: number, lengthScale: number): KlMode1d[] {
  return eigen1d('klEigen1d', modes, lengthScale);
}

/** klEigen1d with the caller's name in its errors. */
function eigen1d(fn: string, modes: number, lengthScale: number): KlMode1d[] {
  assertInteger(fn, 'modes', modes, 1, 10000);
  assertPositive(fn, 'lengthScale', lengthScale);
  const a = 0.5;
  const c = 1 / lengthScale;
  if (!Number.isFinite(c)) throw new QuireError(`${fn}: lengthScale ${lengthScale} is too small (1/ℓ overflows)`);
  const out: KlMode1d[] = [];
  // the even and odd roots interlace, so the k-th of each suffices for the first `modes`
  for (let k = 0; out.length < modes; k++) {
    const eps = 1e-12;
    const even = bisect((w) => c * Math.cos(w * a) - w * Math.sin(w * a), (k * Math.PI + eps) / a, ((k + 0.5) * Math.PI - eps) / a);
    out.push({
      lambda: (2 * c) / (even * even + c * c),
      omega: even,
      parity: 'even',
      amplitude: 1 / Math.sqrt(a + Math.sin(2 * even * a) / (2 * even)),
    });
    if (out.length >= modes) break;
    const odd = bisect((w) => w * Math.cos(w * a) + c * Math.sin(w * a), ((k + 0.5) * Math.PI + eps) / a, ((k + 1) * Math.PI - eps) / a);
    out.push({
      lambda: (2 * c) / (odd * odd + c * c),
      omega: odd,
      parity: 'odd',
      amplitude: 1 / Math.sqrt(a - Math.sin(2 * odd * a) / (2 * odd)),
    });
  }
  for (const m of out)
    if (!(Number.isFinite(m.lambda) && Number.isFinite(m.omega) && Number.isFinite(m.amplitude)))
      throw new QuireError(`${fn}: the modes are not finite at lengthScale ${lengthScale} (outside the range the root finder resolves)`);
  return out;
}

/** Value of a 1-D eigenfunction at x. */
export function klPhi1d(mode: KlMode1d, x: number): number {
  if (!Number.isFinite(x)) throw new QuireError(`klPhi1d: x must be a finite number, got ${x}`);
  const v = phi1d(mode, x);
  if (!Number.isFinite(v)) throw new QuireError(`klPhi1d: ω(x − ½) overflows at x = ${x} (ω = ${mode.omega})`);
  return v;
}

/** The eigenfunction (inner: trusts its caller). */
function phi1d(mode: KlMode1d, x: number): number {
  const t = mode.omega * (x - 0.5);
  return mode.amplitude * (mode.parity === 'even' ? Math.cos(t) : Math.sin(t));
}

/** A KL mode on (0,1)^d: its eigenvalue and the 1-D factor index per axis. */
export interface KlMode {
  lambda: number;
  /** indices into the 1-D modes, one per axis */
  factors: number[];
}

/** A truncated KL basis on (0,1)^d: the modes and their 1-D factors. */
export interface KlBasis {
  dim: 1 | 2;
  lengthScale: number;
  modes: KlMode[];
  modes1d: KlMode1d[];
}

/**
 * The `modes` leading KL modes on (0,1)^dim. In 2-D the separable covariance has eigenpairs
 * λ_iλ_j, φ_i(x₁)φ_j(x₂); the largest `modes` products are kept (ties by (i, j) order).
 * @param dim - 1 or 2
 * @param modes - number of modes (integer ≥ 1)
 * @param lengthScale - correlation length ℓ > 0
 * @throws QuireError on invalid arguments
 * @example klBasis(2, 6, 0.3).modes[1].factors // [0, 1]
 */
export function klBasis(dim: 1 | 2, modes: number, lengthScale: number): KlBasis {
  return klBasisFor('klBasis', dim, modes, lengthScale);
}

/** klBasis with the caller's name in its errors (e.g. heatProblem). */
export function klBasisFor(fn: string, dim: 1 | 2, modes: number, lengthScale: number): KlBasis {
  if (dim !== 1 && dim !== 2) throw new QuireError(`${fn}: dim is ${String(dim)}, expected 1 or 2`);
  assertInteger(fn, 'modes', modes, 1, 10000);
  assertPositive(fn, 'lengthScale', lengthScale);
  if (dim === 1) {
    const m1 = eigen1d(fn, modes, lengthScale);
    return { dim, lengthScale, modes1d: m1, modes: m1.map((m, i) => ({ lambda: m.lambda, factors: [i] })) };
  }
  const m1 = eigen1d(fn, modes, lengthScale);
  const all: KlMode[] = [];
  for (let i = 0; i < modes; i++) for (let j = 0; j < modes; j++) all.push({ lambda: m1[i].lambda * m1[j].lambda, factors: [i, j] });
  all.sort((p, q) => q.lambda - p.lambda || p.factors[0] - q.factors[0] || p.factors[1] - q.factors[1]);
  return { dim, lengthScale, modes1d: m1, modes: all.slice(0, modes) };
}

/**
 * The KL modes evaluated at points: row m holds φ_m at every point (row-major [M, P]).
 * @param points - coordinates, row-major [P, dim]
 */
export function klModesAt(basis: KlBasis, points: Float64Array): Float64Array {
  const d = basis.dim;
  if (points.length % d !== 0)
    throw new QuireError(`klModesAt: points has length ${points.length}, expected a multiple of ${d} (the dimension)`);
  for (let i = 0; i < points.length; i++)
    if (!Number.isFinite(points[i])) throw new QuireError(`klModesAt: points[${i}] must be a finite number, got ${points[i]}`);
  const P = points.length / d;
  const M = basis.modes.length;
  const out = new Float64Array(M * P);
  for (let m = 0; m < M; m++) {
    const f = basis.modes[m].factors;
    for (let p = 0; p < P; p++) {
      let v = phi1d(basis.modes1d[f[0]], points[p * d]);
      if (d === 2) v *= phi1d(basis.modes1d[f[1]], points[p * d + 1]);
      out[m * P + p] = v;
    }
  }
  return out;
}
