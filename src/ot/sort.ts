/**
 * The sorts of the 1-D transport kernels: core/sort's WebAssembly MSD bucket sort on the
 * IEEE-754 keys (stable; the index variant is a stable argsort). This module keeps ot's
 * historical names; the scratch buffers are no longer needed (the kernel owns its memory)
 * and are accepted and ignored.
 */
import { argsort as coreArgsort, iota as coreIota, sortRange as coreSortRange, sortWithIndex as coreSortWithIndex } from '../core/sort.js';

/** Kept for callers that still pass one; unused. */
export interface SortScratch {
  capacity: number;
}

/** A scratch handle (unused; kept for compatibility). */
export function sortScratch(capacity: number): SortScratch {
  return { capacity };
}

/** Sort `a[off .. off+n)` ascending in place. */
export function sortRange(a: Float64Array, off: number, n: number, _scratch?: SortScratch): void {
  coreSortRange(a, off, n);
}

/** Sort a Float64Array ascending in place; returns it. */
export function sortInPlace(a: Float64Array, _scratch?: SortScratch): Float64Array {
  coreSortRange(a, 0, a.length);
  return a;
}

/**
 * Stable argsort: sorts `values` ascending in place and applies the same permutation to
 * `index` (so with `index = 0..n-1` on entry, `index[k]` is the original position of the
 * k-th smallest value). Ties keep their input order.
 */
export function sortWithIndex(values: Float64Array, index: Int32Array, _scratch?: SortScratch): void {
  coreSortWithIndex(values, index);
}

/** The identity permutation 0..n-1. */
export const iota = coreIota;

/** Stable argsort of `x` (not modified): the permutation and the sorted copy. */
export function argsort(x: ArrayLike<number>, _scratch?: SortScratch): { order: Int32Array; sorted: Float64Array } {
  return coreArgsort(x);
}
