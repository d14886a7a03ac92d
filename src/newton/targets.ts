/**
 * The 1-D regression targets of the authors' experiments, written as sums over a basis of
 * {x, sin kπx}, the data grid, and the least-squares coefficient error per basis element
 * ("per frequency"), the spectral-bias diagnostic of the paper's Fig. 3.
 */
import { QuireError } from '../core/errors.js';
import { mat, solve } from '../core/linalg.js';
import { assertFiniteArray, assertInteger, assertOneOf } from '../core/validate.js';

/** One basis term: `x` (kind 'linear') or sin(kπx) (kind 'sin'), with its true coefficient. */
export interface BasisTerm {
  name: string;
  kind: 'linear' | 'sin';
  /** multiple of π for kind 'sin' */
  k: number;
  coef: number;
}

/** A target y(x) = Σ coef_j φ_j(x) on [0, 1]. */
export interface Target {
  id: string;
  formula: string;
  terms: BasisTerm[];
}

const sinTerm = (k: number, coef: number): BasisTerm => ({ name: `sin ${k}πx`, kind: 'sin', k, coef });

/** The targets of the paper: `multi` (Fig. 3/5), `fig1` and `fig2` (Figs. 1–2). */
export const targets: Record<'multi' | 'fig1' | 'fig2', Target> = {
  multi: {
    id: 'multi',
    formula: '4x + sin 2πx + 0.8(sin 8πx + sin 10πx + sin 16πx)',
    terms: [{ name: 'x', kind: 'linear', k: 0, coef: 4 }, sinTerm(2, 1), sinTerm(8, 0.8), sinTerm(10, 0.8), sinTerm(16, 0.8)],
  },
  fig1: { id: 'fig1', formula: '2x + 0.4 sin 5πx', terms: [{ name: 'x', kind: 'linear', k: 0, coef: 2 }, sinTerm(5, 0.4)] },
  fig2: { id: 'fig2', formula: '2x + 0.4 sin 20πx', terms: [{ name: 'x', kind: 'linear', k: 0, coef: 2 }, sinTerm(20, 0.4)] },
};
export type TargetId = keyof typeof targets;
export const targetIds = Object.keys(targets) as TargetId[];

function phi(t: BasisTerm, x: number): number {
  return t.kind === 'linear' ? x : Math.sin(t.k * Math.PI * x);
}

/**
 * The data set: M equispaced points x_m = m/(M−1) on [0, 1] and y_m = target(x_m).
 * @param target - a target id ('multi', 'fig1', 'fig2')
 * @param points - M ≥ 2
 * @returns { x, y } as Float64Arrays of length M
 * @throws QuireError on an unknown target or M < 2
 * @example makeData('fig1', 3).y // [0, 0.4·sin(2.5π)+1, 2]
 */
export function makeData(target: TargetId, points: number): { x: Float64Array; y: Float64Array } {
  assertOneOf('makeData', 'target', target, targetIds);
  assertInteger('makeData', 'points', points, 2, 10_000_000);
  const t = targets[target];
  const x = new Float64Array(points);
  const y = new Float64Array(points);
  for (let m = 0; m < points; m++) {
    x[m] = m / (points - 1);
    let s = 0;
    for (const term of t.terms) s += term.coef * phi(term, x[m]);
    y[m] = s;
  }
  return { x, y };
}

/**
 * Least-squares coefficients ĉ = argmin_c Σ_m (f_m − Σ_j c_j φ_j(x_m))² of values f on the
 * target's basis, and their relative errors |ĉ_j − c_j*| / |c_j*| against the true coefficients.
 * @param target - target id
 * @param x - grid (finite, length ≥ number of basis terms)
 * @param f - values on the grid (same length as x)
 * @returns { coefficients, relativeErrors }, one entry per basis term, in the target's order
 * @throws QuireError on mismatched lengths, non-finite values or a rank-deficient basis
 * @example coefficientErrors('fig1', makeData('fig1', 20).x, makeData('fig1', 20).y).relativeErrors // ≈ [0, 0]
 */
export function coefficientErrors(
  target: TargetId,
  x: ArrayLike<number>,
  f: ArrayLike<number>,
): { coefficients: Float64Array; relativeErrors: Float64Array } {
  const fn = 'coefficientErrors';
  assertOneOf(fn, 'target', target, targetIds);
  assertFiniteArray(fn, 'x', x);
  assertFiniteArray(fn, 'f', f);
  const terms = targets[target].terms;
  const K = terms.length;
  const M = x.length;
  if (f.length !== M) throw new QuireError(`${fn}: f has length ${f.length}, expected ${M} (the length of x)`);
  if (M < K) throw new QuireError(`${fn}: x has length ${M}, expected at least ${K} (the number of basis terms)`);
  const G = new Float64Array(K * K);
  const rhs = new Float64Array(K);
  const row = new Float64Array(K);
  for (let m = 0; m < M; m++) {
    for (let j = 0; j < K; j++) row[j] = phi(terms[j], x[m]);
    for (let j = 0; j < K; j++) {
      rhs[j] += row[j] * f[m];
      for (let l = 0; l < K; l++) G[j * K + l] += row[j] * row[l];
    }
  }
  let coef: Float64Array;
  try {
    coef = solve(mat(K, K, Float64Array.from(G)), mat(K, 1, Float64Array.from(rhs))).data;
  } catch {
    throw new QuireError(`${fn}: the basis is rank-deficient on this grid`);
  }
  if (!coef.every(Number.isFinite)) throw new QuireError(`${fn}: the basis is rank-deficient on this grid`);
  const rel = new Float64Array(K);
  for (let j = 0; j < K; j++) rel[j] = Math.abs(coef[j] - terms[j].coef) / Math.abs(terms[j].coef);
  if (!rel.every(Number.isFinite)) throw new QuireError(`${fn}: a relative coefficient error overflows float64 (f too large)`);
  return { coefficients: coef, relativeErrors: rel };
}
