/**
 * The thin-plate-spline roughness matrix Ω and thin-plate interpolation of a basis to new
 * sites (SpatPCA's `thinPlateSplineMatrix`, spatial-adapter's `computeSmoothingPenaltyMatrix`
 * and `interpolateEigenFunction`).
 */
import { QuireError } from '../core/errors.js';
import { type Coords, type CoordsInput, toCoords } from './coords.js';
import { type FlatLu, choleskyFlat, choleskyInverse, luFactorFlat, luSolveFlat } from '../core/linalg.js';

/**
 * The thin-plate radial kernel for dimension d: r³/12 (1-D), r² log r/(8π) (2-D), −r/(8π) (3-D).
 * @param r - distance, finite and ≥ 0
 * @param d - dimension, 1, 2 or 3
 * @throws QuireError if r is negative or not finite, d is not 1, 2 or 3, or the value overflows
 * @example tpsKernel(2, 1) // 0.6666666666666666
 */
export function tpsKernel(r: number, d: number): number {
  if (!(r >= 0) || !Number.isFinite(r)) throw new QuireError(`tpsKernel: r must be a finite distance ≥ 0, got ${r}`);
  if (d !== 1 && d !== 2 && d !== 3) throw new QuireError(`tpsKernel: d must be 1, 2 or 3, got ${d}`);
  const v = kernel(r, d);
  if (!Number.isFinite(v)) throw new QuireError(`tpsKernel: the kernel overflows at r = ${r} (d = ${d})`);
  return v;
}

/** The kernel (inner: trusts its caller). */
function kernel(r: number, d: number): number {
  if (d === 1) return (r * r * r) / 12;
  if (d === 2) return r > 0 ? (r * r * Math.log(r)) / (8 * Math.PI) : 0;
  return -r / (8 * Math.PI);
}

function dist(a: Float64Array, i: number, b: Float64Array, j: number, d: number): number {
  let s = 0;
  for (let c = 0; c < d; c++) {
    const t = a[i * d + c] - b[j * d + c];
    s += t * t;
  }
  return Math.sqrt(s);
}

/** The (N+d+1)² thin-plate system L = [[E, F], [Fᵀ, 0]], F = [1, s], row-major. */
function systemMatrix(c: Coords): Float64Array {
  const { n, d, x } = c;
  const m = n + d + 1;
  const L = new Float64Array(m * m);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const e = kernel(dist(x, i, x, j, d), d);
      L[i * m + j] = e;
      L[j * m + i] = e;
    }
    L[i * m + n] = 1;
    L[n * m + i] = 1;
    for (let c2 = 0; c2 < d; c2++) {
      L[i * m + n + 1 + c2] = x[i * d + c2];
      L[(n + 1 + c2) * m + i] = x[i * d + c2];
    }
  }
  return L;
}

function factorSystem(fn: string, c: Coords, L: Float64Array): FlatLu {
  if (c.n < c.d + 2) throw new QuireError(`${fn}: coords has ${c.n} sites, expected at least ${c.d + 2} for ${c.d}-D thin-plate splines`);
  const f = luFactorFlat(L, c.n + c.d + 1, { tolerance: 1e-13 });
  if (f.singular) {
    throw new QuireError(`${fn}: the thin-plate system is singular (duplicate sites, or all sites on a line/plane of lower dimension)`);
  }
  return f;
}

/**
 * Thin-plate-spline roughness matrix Ω (N×N, row-major). For the interpolant g of values f
 * at the sites, fᵀΩf = ∫ (roughness of g), e.g. ∫ g″(x)² dx in 1-D. Ω is the top-left N×N
 * block of L⁻¹ with L = [[E, 1, S], [1ᵀ, 0, 0], [Sᵀ, 0, 0]], E_ij = η(‖s_i − s_j‖), and equals
 * the code's Lpᵀ·E·Lp (the block satisfies A·E·A = A). It is symmetric PSD and Ω·1 = Ω·s = 0.
 *
 * @param coords - N sites: numbers (1-D) or rows of 2 or 3 numbers; distinct, N ≥ d + 2
 * @returns { omega (row-major N×N), n, d }
 * @throws QuireError on empty, ragged or non-finite coordinates, d ∉ {1,2,3}, too few or degenerate sites
 * @example thinPlateOmega([0, 1, 2, 3]).omega // 4×4, rows sum to 0
 * @see Wang & Huang (2017) SpatPCA, JCGS 26:14–25, §2; Green & Silverman (1994) §7
 */
export function thinPlateOmega(coords: CoordsInput): { omega: Float64Array; n: number; d: number } {
  const c = toCoords('thinPlateOmega', 'coords', coords);
  return { omega: omegaFromCoords('thinPlateOmega', c), n: c.n, d: c.d };
}

/**
 * Ω from validated coordinates (inner). Computed through the null space of Fᵀ = [1, s]ᵀ so
 * that Ω·F = 0 holds to rounding: with Q = [Q₁ Q₂] from a Householder QR of F,
 * Ω = Q₂ (Q₂ᵀ E Q₂)⁻¹ Q₂ᵀ, which equals the top-left block of L⁻¹.
 */
export function omegaFromCoords(fn: string, c: Coords): Float64Array {
  const { n, d, x } = c;
  if (n < d + 2) throw new QuireError(`${fn}: coords has ${n} sites, expected at least ${d + 2} for ${d}-D thin-plate splines`);
  const q = d + 1;
  // F = [1, s] (n×q), Householder vectors kept in hv (q vectors of length n)
  const F = new Float64Array(n * q);
  for (let i = 0; i < n; i++) {
    F[i * q] = 1;
    for (let j = 0; j < d; j++) F[i * q + 1 + j] = x[i * d + j];
  }
  const hv: Float64Array[] = [];
  for (let j = 0; j < q; j++) {
    const v = new Float64Array(n);
    let norm = 0;
    for (let i = j; i < n; i++) norm += F[i * q + j] * F[i * q + j];
    norm = Math.sqrt(norm);
    const a0 = F[j * q + j];
    const alpha = a0 >= 0 ? -norm : norm;
    for (let i = j; i < n; i++) v[i] = F[i * q + j];
    v[j] -= alpha;
    let vn = 0;
    for (let i = j; i < n; i++) vn += v[i] * v[i];
    if (!(vn > 1e-24 * (norm * norm + 1))) {
      throw new QuireError(`${fn}: the sites are degenerate (duplicates, or all on a line/plane of lower dimension)`);
    }
    vn = Math.sqrt(vn);
    for (let i = j; i < n; i++) v[i] /= vn;
    // apply H = I − 2vvᵀ to the remaining columns of F
    for (let cc = j; cc < q; cc++) {
      let s = 0;
      for (let i = j; i < n; i++) s += v[i] * F[i * q + cc];
      for (let i = j; i < n; i++) F[i * q + cc] -= 2 * s * v[i];
    }
    if (!(Math.abs(F[j * q + j]) > 1e-10 * (norm + 1e-300))) {
      throw new QuireError(`${fn}: the sites are degenerate (duplicates, or all on a line/plane of lower dimension)`);
    }
    hv.push(v);
  }
  // B = Hq…H1 E H1…Hq
  const B = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const e = kernel(dist(x, i, x, j, d), d);
      B[i * n + j] = e;
      B[j * n + i] = e;
    }
  for (const v of hv) reflectBoth(B, n, v);
  // G = trailing block, SPD on the complement of the polynomials
  const m = n - q;
  const G = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) G[i * m + j] = B[(i + q) * n + (j + q)];
  const L = choleskyFlat(G, m);
  if (!L) throw new QuireError(`${fn}: the thin-plate system is singular (duplicate sites?)`);
  const Ginv = choleskyInverse(L, m);
  const C = new Float64Array(n * n);
  for (let i = 0; i < m; i++) C.set(Ginv.subarray(i * m, (i + 1) * m), (i + q) * n + q);
  for (let j = q - 1; j >= 0; j--) reflectBoth(C, n, hv[j]);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++) {
      const v = 0.5 * (C[i * n + j] + C[j * n + i]);
      C[i * n + j] = v;
      C[j * n + i] = v;
    }
  return C;
}

/** A ← H·A·H with H = I − 2vvᵀ (‖v‖ = 1), A symmetric row-major n×n. */
function reflectBoth(A: Float64Array, n: number, v: Float64Array): void {
  // A·H: each row a ← a − 2(a·v)vᵀ
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    const io = i * n;
    for (let j = 0; j < n; j++) s += A[io + j] * v[j];
    w[i] = s;
  }
  for (let i = 0; i < n; i++) {
    const io = i * n;
    const wi = 2 * w[i];
    if (wi !== 0) for (let j = 0; j < n; j++) A[io + j] -= wi * v[j];
  }
  // H·(A·H): each column c ← c − 2 v (vᵀc)
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const vi = v[i];
    if (vi === 0) continue;
    const io = i * n;
    for (let j = 0; j < n; j++) u[j] += vi * A[io + j];
  }
  for (let i = 0; i < n; i++) {
    const vi = 2 * v[i];
    if (vi === 0) continue;
    const io = i * n;
    for (let j = 0; j < n; j++) A[io + j] -= vi * u[j];
  }
}

/**
 * Thin-plate interpolation of K functions sampled at N sites to P new sites:
 * solve L·[c; a] = [F; 0], then f(s*) = Σ_j c_j η(‖s* − s_j‖) + a_0 + a_{1:}·s*.
 * Reproduces the values at the sites and affine functions everywhere.
 *
 * @param coords - the N sites (as for thinPlateOmega)
 * @param values - N×K values, row-major Float64Array of length N·K, or rows (number[][])
 * @param newCoords - P new sites, same dimension d
 * @param k - columns when values is flat (default: values.length / N)
 * @returns P×K values, row-major
 * @throws QuireError on bad coordinates, a dimension mismatch, or values of the wrong size
 * @example tpsInterpolate([0, 1, 2], [[0], [1], [2]], [0.5])[0] // 0.5
 * @see Green & Silverman (1994) Nonparametric Regression and GLMs, §7.3
 */
export function tpsInterpolate(
  coords: CoordsInput,
  values: Float64Array | ArrayLike<ArrayLike<number>>,
  newCoords: CoordsInput,
  k?: number,
): Float64Array {
  const fn = 'tpsInterpolate';
  const c = toCoords(fn, 'coords', coords);
  const p = toCoords(fn, 'newCoords', newCoords);
  if (p.d !== c.d) throw new QuireError(`${fn}: newCoords has ${p.d} coordinates per site, expected ${c.d} (as coords)`);
  let flat: Float64Array;
  let kk: number;
  if (values instanceof Float64Array) {
    kk = k ?? values.length / c.n;
    if (!Number.isInteger(kk) || kk < 1 || values.length !== c.n * kk) {
      throw new QuireError(`${fn}: values has length ${values.length}, expected ${c.n}·K (N = ${c.n} sites)`);
    }
    for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) throw new QuireError(`${fn}: values[${i}] must be finite`);
    flat = values;
  } else {
    if (values.length !== c.n) throw new QuireError(`${fn}: values has ${values.length} rows, expected ${c.n} (the number of sites)`);
    kk = values[0]?.length ?? 0;
    if (kk < 1) throw new QuireError(`${fn}: values must have at least one column`);
    flat = new Float64Array(c.n * kk);
    for (let i = 0; i < c.n; i++) {
      if (values[i].length !== kk)
        throw new QuireError(`${fn}: values is ragged: row ${i} has ${values[i].length} entries, expected ${kk}`);
      for (let j = 0; j < kk; j++) {
        const v = values[i][j];
        if (!Number.isFinite(v)) throw new QuireError(`${fn}: values[${i}][${j}] must be finite`);
        flat[i * kk + j] = v;
      }
    }
  }
  const out = interpolateFlat(fn, c, flat, kk, p);
  for (let i = 0; i < out.length; i++)
    if (!Number.isFinite(out[i]))
      throw new QuireError(`${fn}: the interpolant is not finite (values or coordinates too large); rescale them`);
  return out;
}

/** Thin-plate interpolation on validated inputs (inner). */
export function interpolateFlat(fn: string, c: Coords, values: Float64Array, k: number, p: Coords): Float64Array {
  const { n, d } = c;
  const m = n + d + 1;
  const Lsys = systemMatrix(c);
  const f = factorSystem(fn, c, Lsys);
  const rhs = new Float64Array(m * k);
  rhs.set(values.subarray(0, n * k));
  const para = luSolveFlat(f, rhs, k);
  // one step of iterative refinement (the 1-D system is ill-conditioned)
  const res = Float64Array.from(rhs);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < m; j++) {
      const a = Lsys[i * m + j];
      if (a === 0) continue;
      for (let r = 0; r < k; r++) res[i * k + r] -= a * para[j * k + r];
    }
  const corr = luSolveFlat(f, res, k);
  for (let i = 0; i < m * k; i++) para[i] += corr[i];
  const out = new Float64Array(p.n * k);
  for (let q = 0; q < p.n; q++) {
    const oo = q * k;
    for (let j = 0; j < n; j++) {
      const e = kernel(dist(p.x, q, c.x, j, d), d);
      if (e === 0) continue;
      const po = j * k;
      for (let r = 0; r < k; r++) out[oo + r] += e * para[po + r];
    }
    for (let r = 0; r < k; r++) {
      let v = out[oo + r] + para[n * k + r];
      for (let c2 = 0; c2 < d; c2++) v += para[(n + 1 + c2) * k + r] * p.x[q * d + c2];
      out[oo + r] = v;
    }
  }
  return out;
}
