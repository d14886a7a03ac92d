/**
 * Sorting float64 arrays for the 1-D transport kernels and the Rips edge order. The fast path
 * is the WebAssembly MSD bucket sort in src/core/wasm/kernels.c: the IEEE-754 bits turned into
 * order-preserving unsigned 64-bit keys, 2^11 buckets a level over the key range (so heavy
 * tails and clusters cost extra levels, never a quadratic case), insertion sort for buckets of
 * at most 32; stable, so the index variant is a stable argsort. Without WebAssembly the
 * built-in typed-array sort (values) or a comparator sort (with an index) do the work; the
 * tests check the two paths agree. ±Infinity sort to the ends. NaN has no place in an order:
 * every function throws a QuireError on one (an O(n) scan, small beside the sort). −0 and +0
 * are equal (ties); the sorted values may carry either sign of zero.
 */
import { QuireError } from './errors.js';
import { kernels } from './wasm/index.js';

function checkValues(fn: string, name: string, a: Float64Array, off: number, n: number): void {
  if (!(a instanceof Float64Array)) throw new QuireError(`${fn}: ${name} must be a Float64Array`);
  if (!Number.isInteger(off) || off < 0 || !Number.isInteger(n) || n < 0 || off + n > a.length)
    throw new QuireError(`${fn}: the range off = ${off}, n = ${n} is not inside ${name} (length ${a.length})`);
  for (let i = off; i < off + n; i++)
    if (a[i] !== a[i]) throw new QuireError(`${fn}: ${name}[${i}] is NaN, which has no place in an order`);
}

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

/**
 * Sort `a[off .. off+n)` ascending in place.
 * @throws QuireError on a NaN, or a range outside `a`
 */
export function sortRange(a: Float64Array, off = 0, n = a?.length - off): void {
  checkValues('sortRange', 'a', a, off, n);
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
  if (!(a instanceof Float64Array)) throw new QuireError('sortF64: a must be a Float64Array');
  sortRange(a, 0, a.length);
  return a;
}

/**
 * Stable argsort in place: sorts `values` ascending and applies the same permutation to
 * `index` (so with `index = 0..n-1` on entry, `index[k]` is the original position of the k-th
 * smallest value). Ties keep their input order.
 * @throws QuireError on a NaN, or an index shorter than the values
 */
export function sortWithIndex(values: Float64Array, index: Int32Array): void {
  checkIndexed('sortWithIndex', values, index);
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
  checkIndexed('sortWithIndexTs', values, index);
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

function checkIndexed(fn: string, values: Float64Array, index: Int32Array): void {
  checkValues(fn, 'values', values, 0, values?.length);
  if (!(index instanceof Int32Array) || index.length < values.length)
    throw new QuireError(`${fn}: index must be an Int32Array of length ≥ ${values.length} (the values)`);
}

/** The identity permutation 0..n-1. */
export function iota(n: number): Int32Array {
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 31 - 1) throw new QuireError(`iota: n must be an integer in [0, 2^31), got ${n}`);
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  return p;
}

/** Stable argsort of `x` (not modified): the permutation and the sorted copy. */
export function argsort(x: ArrayLike<number>): { order: Int32Array; sorted: Float64Array } {
  if (x === null || typeof x !== 'object' || typeof x.length !== 'number') throw new QuireError('argsort: x must be an array of numbers');
  const sorted = Float64Array.from(x);
  for (let i = 0; i < sorted.length; i++)
    if (sorted[i] !== sorted[i]) throw new QuireError(`argsort: x[${i}] = ${String(x[i])} is not a number`);
  const order = iota(sorted.length);
  sortWithIndex(sorted, order);
  return { order, sorted };
}
