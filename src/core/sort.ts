/**
 * Sorting float64 arrays for the 1-D transport kernels and the Rips edge order. The fast path
 * is the WebAssembly MSD bucket sort in src/core/wasm/kernels.c: the IEEE-754 bits turned into
 * order-preserving unsigned 64-bit keys, 2^11 buckets a level over the key range (so heavy
 * tails and clusters cost extra levels, never a quadratic case), insertion sort for buckets of
 * at most 32; stable, so the index variant is a stable argsort. Without WebAssembly the
 * built-in typed-array sort (values) or a comparator sort (with an index) do the work; the
 * tests check the two paths agree. Inputs must be NaN-free (callers validate). −0 and +0 are
 * equal (ties); the sorted values may carry either sign of zero.
 */
import { kernels } from './wasm/index.js';

let useWasm = true;
/** Choose the sort: 'wasm' (default, when available) or 'ts'. Returns the previous choice. */
export function setSortBackend(b: 'wasm' | 'ts'): 'wasm' | 'ts' {
  const prev = useWasm ? 'wasm' : 'ts';
  useWasm = b === 'wasm';
  return prev;
}

/** Below this length the built-in sort wins over the copies into WebAssembly. */
const WASM_MIN = 64;
const CNT = (2048 + 2) * 8;

/** Sort `a[off .. off+n)` ascending in place. */
export function sortRange(a: Float64Array, off = 0, n = a.length - off): void {
  if (n < 2) return;
  const w = n >= WASM_MIN && useWasm ? kernels() : null;
  if (!w) {
    a.subarray(off, off + n).sort();
    return;
  }
  const px = w.f64(a.subarray(off, off + n));
  const pk = w.alloc(n * 8);
  const ptk = w.alloc(n * 8);
  const pc = w.i32(CNT);
  w.ex.sortf64(px, n, 0, pk, ptk, 0, pc);
  a.set(w.viewF64(px, n), off);
}

/** Sort a Float64Array ascending in place; returns it. */
export function sortF64(a: Float64Array): Float64Array {
  sortRange(a, 0, a.length);
  return a;
}

/**
 * Stable argsort in place: sorts `values` ascending and applies the same permutation to
 * `index` (so with `index = 0..n-1` on entry, `index[k]` is the original position of the k-th
 * smallest value). Ties keep their input order.
 */
export function sortWithIndex(values: Float64Array, index: Int32Array): void {
  const n = values.length;
  if (n < 2) return;
  const w = n >= WASM_MIN && useWasm ? kernels() : null;
  if (!w) {
    sortWithIndexTs(values, index);
    return;
  }
  const px = w.f64(values);
  const pi = w.i32(n);
  w.viewI32(pi, n).set(index.subarray(0, n));
  const pk = w.alloc(n * 8);
  const ptk = w.alloc(n * 8);
  const pti = w.i32(n);
  const pc = w.i32(CNT);
  w.ex.sortf64(px, n, pi, pk, ptk, pti, pc);
  values.set(w.viewF64(px, n));
  index.set(w.viewI32(pi, n));
}

/** The TypeScript twin of sortWithIndex (a comparator sort on positions; stable). */
export function sortWithIndexTs(values: Float64Array, index: Int32Array): void {
  const n = values.length;
  const pos = new Int32Array(n);
  for (let i = 0; i < n; i++) pos[i] = i;
  const v = values.slice();
  const ix = index.slice(0, n);
  pos.sort((i, j) => (v[i] < v[j] ? -1 : v[i] > v[j] ? 1 : i - j));
  for (let k = 0; k < n; k++) {
    values[k] = v[pos[k]] + 0;
    index[k] = ix[pos[k]];
  }
}

/** The identity permutation 0..n-1. */
export function iota(n: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  return p;
}

/** Stable argsort of `x` (not modified): the permutation and the sorted copy. */
export function argsort(x: ArrayLike<number>): { order: Int32Array; sorted: Float64Array } {
  const sorted = Float64Array.from(x);
  const order = iota(sorted.length);
  sortWithIndex(sorted, order);
  return { order, sorted };
}
