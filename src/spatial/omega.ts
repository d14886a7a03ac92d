/**
 * The thin-plate-spline roughness matrix Ω and thin-plate interpolation of a basis to new
 * sites (SpatPCA's `thinPlateSplineMatrix`, spatial-adapter's `computeSmoothingPenaltyMatrix`
 * and `interpolateEigenFunction`).
 */
import { QuireError } from '../core/errors.js';
import { type Coords, type CoordsInput, toCoords } from './coords.js';
import { type LuFactor, luFactor, luSolve } from './dense.js';

/** The thin-plate radial kernel for dimension d: r³/12 (1-D), r² log r/(8π) (2-D), −r/(8π) (3-D). */
export function tpsKernel(r: number, d: number): number {
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
      const e = tpsKernel(dist(x, i, x, j, d), d);
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

function factorSystem(fn: string, c: Coords): LuFactor {
  if (c.n < c.d + 2) throw new QuireError(`${fn}: coords has ${c.n} sites, expected at least ${c.d + 2} for ${c.d}-D thin-plate splines`);
  const f = luFactor(systemMatrix(c), c.n + c.d + 1);
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

/** Ω from validated coordinates (inner). */
export function omegaFromCoords(fn: string, c: Coords): Float64Array {
  const n = c.n;
  const m = n + c.d + 1;
  const f = factorSystem(fn, c);
  const rhs = new Float64Array(m * n);
  for (let i = 0; i < n; i++) rhs[i * n + i] = 1;
  const x = luSolve(f, rhs, n);
  const omega = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      const v = 0.5 * (x[i * n + j] + x[j * n + i]);
      omega[i * n + j] = v;
      omega[j * n + i] = v;
    }
  return omega;
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
export function tpsInterpolate(coords: CoordsInput, values: Float64Array | ArrayLike<ArrayLike<number>>, newCoords: CoordsInput, k?: number): Float64Array {
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
      if (values[i].length !== kk) throw new QuireError(`${fn}: values is ragged: row ${i} has ${values[i].length} entries, expected ${kk}`);
      for (let j = 0; j < kk; j++) {
        const v = values[i][j];
        if (!Number.isFinite(v)) throw new QuireError(`${fn}: values[${i}][${j}] must be finite`);
        flat[i * kk + j] = v;
      }
    }
  }
  return interpolateFlat(fn, c, flat, kk, p);
}

/** Thin-plate interpolation on validated inputs (inner). */
export function interpolateFlat(fn: string, c: Coords, values: Float64Array, k: number, p: Coords): Float64Array {
  const { n, d } = c;
  const m = n + d + 1;
  const f = factorSystem(fn, c);
  const rhs = new Float64Array(m * k);
  rhs.set(values.subarray(0, n * k));
  const para = luSolve(f, rhs, k);
  const out = new Float64Array(p.n * k);
  for (let q = 0; q < p.n; q++) {
    const oo = q * k;
    for (let j = 0; j < n; j++) {
      const e = tpsKernel(dist(p.x, q, c.x, j, d), d);
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
