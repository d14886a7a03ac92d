/**
 * Merging e-values (non-negative statistics with E[e] ≤ 1 under the null). By Markov's
 * inequality, rejecting when the merged e-value is ≥ 1/α is a level-α test.
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions } from '../core/schema.js';
import { assertFiniteArray, assertWeights } from '../core/validate.js';

export const E_MERGE_METHODS = ['mean', 'product'] as const;
export type EMergeMethod = (typeof E_MERGE_METHODS)[number];

/** The parameter schema of {@link mergeEValues}. */
export const eMergeSchema = defineSchema({
  method: {
    type: 'enum',
    values: E_MERGE_METHODS,
    default: 'mean',
    description: "'mean' (weighted arithmetic mean: valid under any dependence) or 'product' (valid for independent e-values)",
  },
});

/** A merged e-value and the p-value it implies, min(1, 1/e). */
export interface EMergeResult {
  evalue: number;
  pvalue: number;
}

/**
 * Merge e-values e_1…e_m.
 * - mean: e = Σ w_i e_i with Σ w_i = 1 (uniform by default): an e-value under arbitrary dependence,
 *   and the essentially only admissible symmetric merging function (Vovk & Wang 2021, Prop. 3.1).
 * - product: e = Π e_i, an e-value when the e_i are independent (or sequential e-values).
 * The implied p-value min(1, 1/e) is valid by Markov's inequality.
 * @param e - e-values, finite and ≥ 0, non-empty
 * @param options.method - 'mean' (default) or 'product'
 * @param options.weights - for 'mean' only: non-negative, length m, not all zero (normalized to sum 1)
 * @returns `{ evalue, pvalue }` (evalue is +∞ when a product exceeds 1.8e308 or an e-value is ∞; pvalue is then 0)
 * @throws QuireError on an empty list, a negative or non-finite e-value, an unknown method, or bad weights
 * @example mergeEValues([2, 4, 0.5], { method: 'product' }) // { evalue: 4, pvalue: 0.25 }
 * @see Vovk & Wang (2021), "E-values: calibration, combination and applications", Ann. Statist. 49
 */
export function mergeEValues(e: ArrayLike<number>, options?: { method?: EMergeMethod; weights?: ArrayLike<number> }): EMergeResult {
  const fn = 'mergeEValues';
  assertFiniteArray(fn, 'e', e);
  for (let i = 0; i < e.length; i++) if (!(e[i] >= 0)) throw new QuireError(`${fn}: e[${i}] must be ≥ 0, got ${e[i]}`);
  const { weights, ...rest } = options ?? {};
  const { method } = parseOptions(fn, eMergeSchema, rest);
  let merged: number;
  if (method === 'mean') {
    let sw = 0;
    let s = 0;
    if (weights !== undefined) {
      assertWeights(fn, 'weights', weights, e.length, 'e');
      for (let i = 0; i < e.length; i++) {
        s += weights[i] * e[i];
        sw += weights[i];
      }
    } else {
      for (let i = 0; i < e.length; i++) s += e[i];
      sw = e.length;
    }
    merged = s / sw;
  } else {
    if (weights !== undefined) throw new QuireError(`${fn}: weights are not used by method 'product'`);
    // in the log domain, so that many large or small factors neither overflow nor underflow early
    let logE = 0;
    for (let i = 0; i < e.length; i++) logE += Math.log(e[i]);
    merged = Math.exp(logE);
  }
  return { evalue: merged, pvalue: merged > 0 ? Math.min(1, 1 / merged) : 1 };
}

/**
 * Calibrate a p-value into an e-value with the calibrator e = κ p^{κ−1}, κ ∈ (0, 1)
 * (Vovk & Wang 2021, eq. (4)), so p-values and e-values can be merged together.
 * @param p - a p-value in [0, 1]
 * @param kappa - calibrator parameter in (0, 1) (default 0.5)
 * @returns κ p^{κ−1} ≥ κ; +∞ at p = 0 (a p-value of 0 is infinite evidence against the null, and
 *   merging keeps it: the merged p-value is then 0)
 * @throws QuireError if p or kappa is out of range
 * @example pToE(0.01, 0.5) // 5
 */
export function pToE(p: number, kappa = 0.5): number {
  if (!(p >= 0 && p <= 1)) throw new QuireError(`pToE: p must be in [0, 1], got ${p}`);
  if (!(kappa > 0 && kappa < 1)) throw new QuireError(`pToE: kappa must be in (0, 1), got ${kappa}`);
  // in logs: κ·p^{κ−1} is finite for every p > 0 even when p^{κ−1} alone overflows (p = 5e-324, κ = 1e-300)
  return p === 0 ? Infinity : Math.exp(Math.log(kappa) + (kappa - 1) * Math.log(p));
}
