/**
 * Fast numeric sorts for the 1-D transport kernels: an LSD radix sort on the IEEE-754
 * bit patterns of float64 values (six 11-bit passes), optionally carrying an index array
 * (a stable argsort), with the built-in `Float64Array.prototype.sort` for short arrays.
 * No comparator sorts. Inner kernels: inputs are trusted (finite numbers).
 */

/** Below this length the built-in typed-array sort is faster than six radix passes. */
const RADIX_MIN = 384;
const BITS = 11;
const BUCKETS = 1 << BITS;
const MASK = BUCKETS - 1;

/** Reusable buffers for repeated sorts of arrays of at most `capacity` elements. */
export interface SortScratch {
  capacity: number;
  values: Float64Array;
  index: Int32Array;
  loA: Uint32Array;
  hiA: Uint32Array;
  loB: Uint32Array;
  hiB: Uint32Array;
  bucketStart: Int32Array;
  counts: Int32Array;
}

/** Allocate scratch buffers for sorting up to `capacity` elements. */
export function sortScratch(capacity: number): SortScratch {
  return {
    capacity,
    values: new Float64Array(capacity),
    index: new Int32Array(capacity),
    loA: new Uint32Array(capacity),
    hiA: new Uint32Array(capacity),
    loB: new Uint32Array(capacity),
    hiB: new Uint32Array(capacity),
    bucketStart: new Int32Array(capacity + 1),
    counts: new Int32Array(6 * BUCKETS),
  };
}

function ensure(scratch: SortScratch | undefined, n: number): SortScratch {
  return scratch !== undefined && scratch.capacity >= n ? scratch : sortScratch(n);
}

/**
 * Turn the float64 values of `v[off .. off+n)` into order-preserving unsigned keys (lo, hi
 * words): flip the sign bit of non-negatives, all bits of negatives. Also counts all six
 * 11/11/10-bit digits in the same pass.
 */
function keysAndHistogram(v: Float64Array, off: number, n: number, lo: Uint32Array, hi: Uint32Array, counts: Int32Array): void {
  const u32 = new Uint32Array(v.buffer, v.byteOffset + off * 8, n * 2);
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const h0 = u32[2 * i + 1];
    const m = h0 >> 31; // -1 for negatives
    const l = (u32[2 * i] ^ m) >>> 0;
    const h = (h0 ^ (m | 0x80000000)) >>> 0;
    lo[i] = l;
    hi[i] = h;
    counts[l & MASK]++;
    counts[BUCKETS + ((l >>> 11) & MASK)]++;
    counts[2 * BUCKETS + (l >>> 22)]++;
    counts[3 * BUCKETS + (h & MASK)]++;
    counts[4 * BUCKETS + ((h >>> 11) & MASK)]++;
    counts[5 * BUCKETS + (h >>> 22)]++;
  }
}

/** Turn counts into start offsets; false when one bucket holds everything (pass skipped). */
function prefix(counts: Int32Array, base: number, n: number): boolean {
  let sum = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const c = counts[base + b];
    if (c === n) return false;
    counts[base + b] = sum;
    sum += c;
  }
  return true;
}

/**
 * The radix passes. Sorts the keys (lo, hi) with their values (and, when given, an index)
 * from the A buffers, using the B buffers as the other half; returns true when the result
 * ended in the B buffers.
 */
function radixPasses(
  n: number,
  counts: Int32Array,
  loA: Uint32Array,
  hiA: Uint32Array,
  vA: Float64Array,
  iA: Int32Array | null,
  loB: Uint32Array,
  hiB: Uint32Array,
  vB: Float64Array,
  iB: Int32Array | null,
): boolean {
  let inB = false;
  for (let pass = 0; pass < 6; pass++) {
    const base = pass * BUCKETS;
    if (!prefix(counts, base, n)) continue;
    const sh = (pass % 3) * 11;
    const useHi = pass >= 3;
    const sLo = inB ? loB : loA;
    const sHi = inB ? hiB : hiA;
    const sV = inB ? vB : vA;
    const dLo = inB ? loA : loB;
    const dHi = inB ? hiA : hiB;
    const dV = inB ? vA : vB;
    const keyArr = useHi ? sHi : sLo;
    if (iA !== null && iB !== null) {
      const sI = inB ? iB : iA;
      const dI = inB ? iA : iB;
      for (let i = 0; i < n; i++) {
        const k = counts[base + ((keyArr[i] >>> sh) & MASK)]++;
        dLo[k] = sLo[i];
        dHi[k] = sHi[i];
        dV[k] = sV[i];
        dI[k] = sI[i];
      }
    } else {
      for (let i = 0; i < n; i++) {
        const k = counts[base + ((keyArr[i] >>> sh) & MASK)]++;
        dLo[k] = sLo[i];
        dHi[k] = sHi[i];
        dV[k] = sV[i];
      }
    }
    inB = !inB;
  }
  return inB;
}

/**
 * Sort `a[off .. off+n)` ascending in place. Uses the radix sort above `RADIX_MIN`
 * elements, else the built-in numeric typed-array sort.
 */
function radixSortRange(a: Float64Array, off: number, n: number, scratch?: SortScratch): void {
  if (n < RADIX_MIN) {
    a.subarray(off, off + n).sort();
    return;
  }
  const s = ensure(scratch, n);
  const loA = s.loA.subarray(0, n);
  const hiA = s.hiA.subarray(0, n);
  keysAndHistogram(a, off, n, loA, hiA, s.counts);
  const vA = a.subarray(off, off + n);
  const inB = radixPasses(n, s.counts, loA, hiA, vA, null, s.loB, s.hiB, s.values, null);
  if (inB) vA.set(s.values.subarray(0, n));
}

/**
 * Distribution (bucket) sort of `a[off .. off+n)` in place: one pass assigns each value to one
 * of ~n/2 equal-width buckets between the minimum and maximum (a monotone map), a stable
 * scatter groups them, and each bucket is finished by insertion sort (or, when a bucket is
 * large because the data are clustered, by the radix sort). Expected O(n) for data with a
 * bounded density; never worse than the radix sort's O(n).
 */
export function sortRange(a: Float64Array, off: number, n: number, scratch?: SortScratch): void {
  if (n < RADIX_MIN) {
    a.subarray(off, off + n).sort();
    return;
  }
  const s = ensure(scratch, n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = off; i < off + n; i++) {
    const x = a[i];
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (!(max > min)) return; // all equal
  const nb = n;
  const scale = nb / (max - min);
  if (!Number.isFinite(scale)) {
    radixSortRange(a, off, n, s);
    return;
  }
  const start = s.bucketStart.length >= nb + 1 ? s.bucketStart : new Int32Array(nb + 1);
  start.fill(0, 0, nb + 1);
  const bidx = s.index;
  for (let i = 0; i < n; i++) {
    let b = ((a[off + i] - min) * scale) | 0;
    if (b >= nb) b = nb - 1;
    bidx[i] = b;
    start[b + 1]++;
  }
  for (let b = 0; b < nb; b++) start[b + 1] += start[b];
  const out = s.values;
  // scatter (stable), using loA as the moving cursor
  const cur = s.loA;
  for (let b = 0; b < nb; b++) cur[b] = start[b];
  for (let i = 0; i < n; i++) out[cur[bidx[i]]++] = a[off + i];
  for (let b = 0; b < nb; b++) {
    const lo = start[b];
    const hi = start[b + 1];
    const len = hi - lo;
    if (len < 2) continue;
    if (len <= 48) {
      for (let i = lo + 1; i < hi; i++) {
        const x = out[i];
        let j = i - 1;
        while (j >= lo && out[j] > x) {
          out[j + 1] = out[j];
          j--;
        }
        out[j + 1] = x;
      }
    } else {
      out.subarray(lo, hi).sort();
    }
  }
  a.set(out.subarray(0, n), off);
}

/**
 * Stable argsort by the same bucket scheme: sorts `values` ascending in place and applies
 * the same permutation to `index` (so with `index = 0..n-1` on entry, `index[k]` is the
 * original position of the k-th smallest value). Ties keep their input order.
 */
export function sortWithIndex(values: Float64Array, index: Int32Array, scratch?: SortScratch): void {
  const n = values.length;
  if (n < RADIX_MIN) {
    if (n > 1) insertionSortWithIndex(values, index, n);
    return;
  }
  const s = ensure(scratch, n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (!(max > min)) return;
  const nb = n >>> 1;
  const scale = nb / (max - min);
  if (!Number.isFinite(scale)) {
    radixSortWithIndex(values, index, s);
    return;
  }
  const start = s.bucketStart.length >= nb + 1 ? s.bucketStart : new Int32Array(nb + 1);
  start.fill(0, 0, nb + 1);
  const bidx = s.loB;
  for (let i = 0; i < n; i++) {
    let b = ((values[i] - min) * scale) | 0;
    if (b >= nb) b = nb - 1;
    bidx[i] = b;
    start[b + 1]++;
  }
  for (let b = 0; b < nb; b++) start[b + 1] += start[b];
  const out = s.values;
  const oidx = s.index;
  const cur = s.loA;
  for (let b = 0; b < nb; b++) cur[b] = start[b];
  for (let i = 0; i < n; i++) {
    const k = cur[bidx[i]]++;
    out[k] = values[i];
    oidx[k] = index[i];
  }
  values.set(out.subarray(0, n));
  index.set(oidx.subarray(0, n));
  for (let b = 0; b < nb; b++) {
    const lo = start[b];
    const hi = start[b + 1];
    const len = hi - lo;
    if (len < 2) continue;
    if (len <= 48) {
      for (let i = lo + 1; i < hi; i++) {
        const x = values[i];
        const xi = index[i];
        let j = i - 1;
        while (j >= lo && values[j] > x) {
          values[j + 1] = values[j];
          index[j + 1] = index[j];
          j--;
        }
        values[j + 1] = x;
        index[j + 1] = xi;
      }
    } else {
      const v = values.slice(lo, hi);
      const ix = index.slice(lo, hi);
      radixSortWithIndex(v, ix);
      values.set(v, lo);
      index.set(ix, lo);
    }
  }
}

/** Sort a Float64Array ascending in place; returns it. */
export function sortInPlace(a: Float64Array, scratch?: SortScratch): Float64Array {
  sortRange(a, 0, a.length, scratch);
  return a;
}

/**
 * Stable argsort: sorts `values` ascending in place and applies the same permutation to
 * `index` (so with `index = 0..n-1` on entry, `index[k]` is the original position of the
 * k-th smallest value). Ties keep their input order.
 */
function radixSortWithIndex(values: Float64Array, index: Int32Array, scratch?: SortScratch): void {
  const n = values.length;
  if (n < 2) return;
  if (n < RADIX_MIN) {
    insertionSortWithIndex(values, index, n);
    return;
  }
  const s = ensure(scratch, n);
  const loA = s.loA.subarray(0, n);
  const hiA = s.hiA.subarray(0, n);
  keysAndHistogram(values, 0, n, loA, hiA, s.counts);
  const inB = radixPasses(n, s.counts, loA, hiA, values, index, s.loB, s.hiB, s.values, s.index);
  if (inB) {
    values.set(s.values.subarray(0, n));
    index.set(s.index.subarray(0, n));
  }
}

/** Binary-insertion sort carrying an index, for short arrays (stable). */
function insertionSortWithIndex(v: Float64Array, idx: Int32Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const x = v[i];
    const xi = idx[i];
    let lo = 0;
    let hi = i;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (v[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    for (let j = i; j > lo; j--) {
      v[j] = v[j - 1];
      idx[j] = idx[j - 1];
    }
    v[lo] = x;
    idx[lo] = xi;
  }
}

/** The identity permutation 0..n-1. */
export function iota(n: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  return p;
}

/** Stable argsort of `x` (not modified): the permutation and the sorted copy. */
export function argsort(x: ArrayLike<number>, scratch?: SortScratch): { order: Int32Array; sorted: Float64Array } {
  const sorted = Float64Array.from(x);
  const order = iota(sorted.length);
  sortWithIndex(sorted, order, scratch);
  return { order, sorted };
}
