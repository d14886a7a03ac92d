/**
 * Vietoris–Rips persistent homology, a port of Ripser 1.2 (Bauer 2021) to TypeScript.
 *
 * The tricks that make Ripser fast are all here:
 * - simplices are never stored: a k-simplex {v_k > … > v_0} is the integer
 *   Σ_i C(v_i, i+1) (combinatorial number system), decoded on demand;
 * - coboundaries are enumerated implicitly from the index (`CoboundaryEnumerator`);
 * - persistent *cohomology*: columns are reduced in reverse filtration order;
 * - clearing: a simplex that is already a pivot of the previous dimension is skipped;
 * - apparent pairs (zero-persistence pairs found by looking at one facet/cofacet) and
 *   emergent pairs (a column whose first cofacet of equal diameter is free) are paired
 *   without any reduction;
 * - H0 by union–find over the sorted edges (Kruskal).
 *
 * The filtration order is Ripser's: by diameter, ties broken by the larger
 * combinatorial index first. Like Ripser, distances are rounded to single precision
 * (`float32`) by default so that diagrams are identical to the binary's output; the
 * coefficient field is Z/2 (Ripser's default modulus).
 *
 * @see U. Bauer, "Ripser: efficient computation of Vietoris–Rips persistence barcodes",
 *   J. Appl. Comput. Topol. 5 (2021), https://doi.org/10.1007/s41468-021-00071-5
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions, type PartialOptionsOf } from '../core/schema.js';
import { iota, sortF64, sortWithIndex } from '../core/sort.js';
import { rescaleFactor } from './scale.js';

/** One bar: [birth, death]; death is `Infinity` for an essential class. */
export type Bar = [birth: number, death: number];

/** Diagrams indexed by homology dimension: `diagrams[k]` is the list of H_k bars. */
export type Diagrams = Bar[][];

/** A dense symmetric distance matrix, row-major n×n. */
export interface DistanceMatrix {
  n: number;
  data: Float64Array;
}

export const ripsSchema = defineSchema({
  maxDim: { type: 'integer', min: 0, max: 3, default: 1, description: 'largest homology dimension computed (0–3)' },
  threshold: {
    type: 'number',
    min: 0,
    default: Number.MAX_VALUE,
    description: 'largest edge length in the filtration (default: none, i.e. the enclosing radius as Ripser does)',
  },
  precision: {
    type: 'enum',
    values: ['float32', 'float64'] as const,
    default: 'float32',
    description: "arithmetic of the distances: 'float32' reproduces Ripser bit for bit",
  },
});
export type RipsOptions = PartialOptionsOf<typeof ripsSchema>;

// ---------------------------------------------------------------------------
// growable typed buffers and the column heap

/** A binary heap of (diameter, index) entries; the top is the earliest in the filtration
 * (smallest diameter, then largest index): Ripser's `greater_diameter_or_smaller_index`. */
class EntryHeap {
  d = new Float64Array(256);
  x = new Float64Array(256);
  size = 0;

  push(dv: number, xv: number): void {
    if (this.size === this.d.length) {
      const nd = new Float64Array(this.size * 2);
      nd.set(this.d);
      this.d = nd;
      const nx = new Float64Array(this.size * 2);
      nx.set(this.x);
      this.x = nx;
    }
    const d = this.d;
    const x = this.x;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pd = d[p];
      if (pd < dv || (pd === dv && x[p] > xv)) break;
      d[i] = pd;
      x[i] = x[p];
      i = p;
    }
    d[i] = dv;
    x[i] = xv;
  }

  /** Remove the top (caller reads d[0], x[0] first). */
  pop(): void {
    const n = --this.size;
    if (n === 0) return;
    const d = this.d;
    const x = this.x;
    const ld = d[n];
    const lx = x[n];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && (d[r] < d[c] || (d[r] === d[c] && x[r] > x[c]))) c = r;
      if (ld < d[c] || (ld === d[c] && lx > x[c])) break;
      d[i] = d[c];
      x[i] = x[c];
      i = c;
    }
    d[i] = ld;
    x[i] = lx;
  }
}

class PairBuffer {
  d: Float64Array;
  x: Float64Array;
  size = 0;
  constructor(cap = 1024) {
    this.d = new Float64Array(cap);
    this.x = new Float64Array(cap);
  }
  push(dv: number, xv: number): void {
    if (this.size === this.d.length) {
      const nd = new Float64Array(this.size * 2);
      nd.set(this.d);
      this.d = nd;
      const nx = new Float64Array(this.size * 2);
      nx.set(this.x);
      this.x = nx;
    }
    this.d[this.size] = dv;
    this.x[this.size] = xv;
    this.size++;
  }
}

// ---------------------------------------------------------------------------
// the engine

class Ripser {
  readonly n: number;
  readonly dist: Float64Array;
  readonly dimMax: number;
  readonly threshold: number;
  /** distances hold float32 values (enables the packed-key edge sort) */
  readonly float32: boolean;
  /** binom[k * (n + 1) + v] = C(v, k), for k ≤ dimMax + 2 */
  readonly binom: Float64Array;
  readonly stride: number;
  // coboundary enumerators (main and the one used by zero-pivot searches) and scratch
  private readonly cob: CoboundaryEnumerator;
  private readonly cobZero: CoboundaryEnumerator;
  private readonly bndVerts: Int32Array;
  private readonly diamVerts: Int32Array;
  private readonly wcb = new EntryHeap();
  private readonly wrc = new EntryHeap();
  private readonly cofacetBuf = new PairBuffer(256);
  /** output of pop/getPivot: the pivot's diameter */
  private pivD = 0;
  readonly diagrams: Diagrams = [];

  constructor(n: number, dist: Float64Array, dimMax: number, threshold: number, float32: boolean) {
    this.float32 = float32;
    this.n = n;
    this.dist = dist;
    this.dimMax = dimMax;
    this.threshold = threshold;
    const kMax = dimMax + 2;
    this.stride = n + 1;
    this.binom = new Float64Array((kMax + 1) * (n + 1));
    for (let v = 0; v <= n; v++) {
      this.binom[v] = 1; // C(v, 0)
      for (let k = 1; k <= Math.min(v, kMax); k++) {
        this.binom[k * this.stride + v] =
          (v > 0 ? this.binom[(k - 1) * this.stride + v - 1] : 0) + (k <= v - 1 ? this.binom[k * this.stride + v - 1] : 0);
      }
    }
    if (kMax >= 1 && n > 0 && this.binom[kMax * this.stride + n] > Number.MAX_SAFE_INTEGER) {
      throw new QuireError(
        `ripsPersistence: ${n} points in dimension ${dimMax} overflow the exact simplex indexing (C(n, ${kMax}) > 2^53)`,
      );
    }
    this.cob = new CoboundaryEnumerator(this);
    this.cobZero = new CoboundaryEnumerator(this);
    this.bndVerts = new Int32Array(dimMax + 3);
    this.diamVerts = new Int32Array(dimMax + 3);
    for (let k = 0; k <= dimMax; k++) this.diagrams.push([]);
  }

  C(v: number, k: number): number {
    return this.binom[k * this.stride + v];
  }

  /** Largest v in [k−1, top] with C(v, k) ≤ idx (Ripser's get_max_vertex). */
  maxVertex(idx: number, k: number, top: number): number {
    const b = this.binom;
    const off = k * this.stride;
    if (!(b[off + top] <= idx)) {
      let count = top - (k - 1);
      while (count > 0) {
        const step = count >> 1;
        const mid = top - step;
        if (!(b[off + mid] <= idx)) {
          top = mid - 1;
          count -= step + 1;
        } else count = step;
      }
    }
    return top;
  }

  /** Vertices of the simplex, in decreasing order, into out[0..dim]. */
  vertices(idx: number, dim: number, out: Int32Array): void {
    let v = this.n - 1;
    for (let k = dim + 1; k > 1; k--) {
      v = this.maxVertex(idx, k, v);
      out[dim + 1 - k] = v;
      idx -= this.C(v, k);
    }
    out[dim] = idx;
  }

  diameter(idx: number, dim: number): number {
    const vs = this.diamVerts;
    this.vertices(idx, dim, vs);
    const n = this.n;
    const dist = this.dist;
    let d = -Infinity;
    for (let i = 0; i <= dim; i++) {
      const row = vs[i] * n;
      for (let j = 0; j < i; j++) {
        const v = dist[row + vs[j]];
        if (v > d) d = v;
      }
    }
    return d;
  }

  /** The facet of equal diameter with the smallest index (the homology pivot), or −1. */
  zeroPivotFacet(d: number, idx: number, dim: number): number {
    // Ripser's simplex_boundary_enumerator: facets in increasing index order
    let idxBelow = idx;
    let idxAbove = 0;
    let j = this.n - 1;
    for (let k = dim; k >= 0; k--) {
      j = this.maxVertex(idxBelow, k + 1, j);
      const ck1 = this.C(j, k + 1);
      const face = idxAbove - ck1 + idxBelow;
      if (this.facetDiameter(face, dim - 1) === d) return face;
      idxBelow -= ck1;
      idxAbove += this.C(j, k);
    }
    return -1;
  }

  private facetDiameter(idx: number, dim: number): number {
    const vs = this.bndVerts;
    this.vertices(idx, dim, vs);
    const n = this.n;
    const dist = this.dist;
    let d = -Infinity;
    for (let i = 0; i <= dim; i++) {
      const row = vs[i] * n;
      for (let j = 0; j < i; j++) {
        const v = dist[row + vs[j]];
        if (v > d) d = v;
      }
    }
    return d;
  }

  /** The cofacet of equal diameter with the largest index (the cohomology pivot), or −1. */
  zeroPivotCofacet(d: number, idx: number, dim: number): number {
    const e = this.cobZero;
    e.set(d, idx, dim);
    while (e.hasNext(true)) {
      const c = e.next();
      if (e.d === d) return c;
    }
    return -1;
  }

  zeroApparentFacet(d: number, idx: number, dim: number): number {
    const f = this.zeroPivotFacet(d, idx, dim);
    return f !== -1 && this.zeroPivotCofacet(d, f, dim - 1) === idx ? f : -1;
  }

  zeroApparentCofacet(d: number, idx: number, dim: number): number {
    const c = this.zeroPivotCofacet(d, idx, dim);
    return c !== -1 && this.zeroPivotFacet(d, c, dim + 1) === idx ? c : -1;
  }

  isInZeroApparentPair(d: number, idx: number, dim: number): boolean {
    return this.zeroApparentCofacet(d, idx, dim) !== -1 || this.zeroApparentFacet(d, idx, dim) !== -1;
  }

  /** Pop the pivot (Z/2: equal indices cancel in pairs); −1 if the column is zero. */
  popPivot(h: EntryHeap): number {
    while (h.size > 0) {
      const pd = h.d[0];
      const px = h.x[0];
      h.pop();
      if (h.size === 0 || h.x[0] !== px) {
        this.pivD = pd;
        return px;
      }
      h.pop();
    }
    return -1;
  }

  getPivot(h: EntryHeap): number {
    const p = this.popPivot(h);
    if (p !== -1) h.push(this.pivD, p);
    return p;
  }

  // ---- dimension 0

  computeDim0(colsD: PairBuffer): { edges: PairBuffer } {
    const n = this.n;
    const dist = this.dist;
    const thr = this.threshold;
    // all edges within the threshold, sorted by (diameter asc, index desc)
    let m = 0;
    for (let i = 1; i < n; i++) for (let j = 0; j < i; j++) if (dist[i * n + j] <= thr) m++;
    const ed = new Float64Array(m);
    const ex = new Float64Array(m);
    const nEdgesAll = (n * (n - 1)) / 2;
    if (this.float32 && nEdgesAll < 2 ** 21) {
      // pack (float32 bits of the diameter, reversed index) into one exact double key
      const keys = new Float64Array(m);
      const f32 = new Float32Array(1);
      const u32 = new Uint32Array(f32.buffer);
      const SH = 2 ** 21;
      let t = 0;
      for (let i = 1; i < n; i++) {
        const base = (i * (i - 1)) / 2;
        for (let j = 0; j < i; j++) {
          const d = dist[i * n + j];
          if (d <= thr) {
            f32[0] = d;
            keys[t++] = u32[0] * SH + (SH - 1 - (base + j));
          }
        }
      }
      sortF64(keys);
      for (let e = 0; e < m; e++) {
        const key = keys[e];
        const lo = key % SH;
        const idx = SH - 1 - lo;
        ex[e] = idx;
        const i = this.maxVertex(idx, 2, n - 1);
        ed[e] = dist[i * n + (idx - (i * (i - 1)) / 2)];
      }
    } else {
      let t = 0;
      for (let i = 1; i < n; i++) {
        const base = (i * (i - 1)) / 2;
        for (let j = 0; j < i; j++) {
          const d = dist[i * n + j];
          if (d <= thr) {
            ed[t] = d;
            ex[t++] = base + j;
          }
        }
      }
      sortPairsAsc(ed, ex);
    }
    const parent = new Int32Array(n);
    const rank = new Uint8Array(n);
    for (let i = 0; i < n; i++) parent[i] = i;
    const find = (x: number): number => {
      let y = x;
      while (parent[y] !== y) y = parent[y];
      while (parent[x] !== y) {
        const z = parent[x];
        parent[x] = y;
        x = z;
      }
      return y;
    };
    const h0 = this.diagrams[0];
    const kept = new PairBuffer(Math.max(16, m - n));
    for (let e = 0; e < m; e++) {
      const idx = ex[e];
      const d = ed[e];
      const i = this.maxVertex(idx, 2, n - 1);
      const j = idx - (i * (i - 1)) / 2;
      let u = find(i);
      let v = find(j);
      if (u !== v) {
        if (d !== 0) h0.push([0, d]);
        if (rank[u] > rank[v]) {
          const s = u;
          u = v;
          v = s;
        }
        parent[u] = v;
        if (rank[u] === rank[v]) rank[v]++;
      } else if (this.dimMax > 0 && this.zeroApparentCofacet(d, idx, 1) === -1) {
        kept.push(d, idx);
      }
    }
    // columns in reverse filtration order
    for (let t = kept.size - 1; t >= 0; t--) colsD.push(kept.d[t], kept.x[t]);
    for (let i = 0; i < n; i++) if (find(i) === i) h0.push([0, Infinity]);
    const edges = new PairBuffer(1);
    edges.d = ed;
    edges.x = ex;
    edges.size = m;
    return { edges };
  }

  // ---- dimensions ≥ 1

  private initCoboundaryAndGetPivot(d: number, idx: number, dim: number, pivots: Map<number, number>): number {
    let checkEmergent = true;
    const buf = this.cofacetBuf;
    buf.size = 0;
    const e = this.cob;
    const thr = this.threshold;
    e.set(d, idx, dim);
    while (e.hasNext(true)) {
      const c = e.next();
      const cd = e.d;
      if (cd <= thr) {
        buf.push(cd, c);
        if (checkEmergent && cd === d) {
          if (!pivots.has(c) && this.zeroApparentFacet(cd, c, dim + 1) === -1) {
            this.pivD = cd;
            return c;
          }
          checkEmergent = false;
        }
      }
    }
    const h = this.wcb;
    for (let t = 0; t < buf.size; t++) h.push(buf.d[t], buf.x[t]);
    return this.getPivot(h);
  }

  private addSimplexCoboundary(d: number, idx: number, dim: number): void {
    this.wrc.push(d, idx);
    const e = this.cob;
    const thr = this.threshold;
    const h = this.wcb;
    e.set(d, idx, dim);
    while (e.hasNext(true)) {
      const c = e.next();
      if (e.d <= thr) h.push(e.d, c);
    }
  }

  computePairs(cols: PairBuffer, pivots: Map<number, number>, dim: number): void {
    const out = this.diagrams[dim];
    // the reduction matrix V (without its diagonal), compressed by columns
    const vStart = new Int32Array(cols.size + 1);
    const vEntries = new PairBuffer(1024);
    const wrc = this.wrc;
    const wcb = this.wcb;
    for (let c = 0; c < cols.size; c++) {
      const colD = cols.d[c];
      const colX = cols.x[c];
      wrc.size = 0;
      wcb.size = 0;
      vStart[c] = vEntries.size;
      let pivot = this.initCoboundaryAndGetPivot(colD, colX, dim, pivots);
      for (;;) {
        if (pivot !== -1) {
          const pd = this.pivD;
          const other = pivots.get(pivot);
          if (other !== undefined) {
            this.addSimplexCoboundary(cols.d[other], cols.x[other], dim);
            const end = vStart[other + 1];
            for (let t = vStart[other]; t < end; t++) this.addSimplexCoboundary(vEntries.d[t], vEntries.x[t], dim);
            pivot = this.getPivot(wcb);
          } else {
            const f = this.zeroApparentFacet(pd, pivot, dim + 1);
            if (f !== -1) {
              this.addSimplexCoboundary(pd, f, dim);
              pivot = this.getPivot(wcb);
            } else {
              if (pd > colD) out.push([colD, pd]);
              pivots.set(pivot, c);
              for (;;) {
                const x = this.popPivot(wrc);
                if (x === -1) break;
                vEntries.push(this.pivD, x);
              }
              break;
            }
          }
        } else {
          out.push([colD, Infinity]);
          break;
        }
      }
      vStart[c + 1] = vEntries.size;
    }
  }

  assembleColumns(simplices: PairBuffer, cols: PairBuffer, pivots: Map<number, number>, dim: number): PairBuffer {
    cols.size = 0;
    const next = new PairBuffer(dim !== this.dimMax ? 1024 : 1);
    const e = this.cob;
    const thr = this.threshold;
    for (let s = 0; s < simplices.size; s++) {
      e.set(simplices.d[s], simplices.x[s], dim - 1);
      while (e.hasNext(false)) {
        const c = e.next();
        const cd = e.d;
        if (cd <= thr) {
          if (dim !== this.dimMax) next.push(cd, c);
          if (!this.isInZeroApparentPair(cd, c, dim) && !pivots.has(c)) cols.push(cd, c);
        }
      }
    }
    // sort by (diameter desc, index asc): the reverse filtration order
    sortPairsAsc(cols.d, cols.x, cols.size);
    reversePairs(cols.d, cols.x, cols.size);
    return next;
  }

  run(): Diagrams {
    const cols = new PairBuffer(1024);
    let { edges: simplices } = this.computeDim0(cols);
    for (let dim = 1; dim <= this.dimMax; dim++) {
      const pivots = new Map<number, number>();
      this.computePairs(cols, pivots, dim);
      if (dim < this.dimMax) simplices = this.assembleColumns(simplices, cols, pivots, dim + 1);
    }
    return this.diagrams;
  }
}

/** Ripser's dense `simplex_coboundary_enumerator`: cofacets in decreasing index order. */
class CoboundaryEnumerator {
  private readonly r: Ripser;
  private idxBelow = 0;
  private idxAbove = 0;
  private j = 0;
  private k = 0;
  private nv = 0;
  private d0 = 0;
  private readonly verts: Int32Array;
  /** diameter of the cofacet returned by the last `next()` */
  d = 0;

  constructor(r: Ripser) {
    this.r = r;
    this.verts = new Int32Array(r.dimMax + 3);
  }

  set(d: number, idx: number, dim: number): void {
    this.idxBelow = idx;
    this.idxAbove = 0;
    this.j = this.r.n - 1;
    this.k = dim + 1;
    this.d0 = d;
    this.nv = dim + 1;
    this.r.vertices(idx, dim, this.verts);
  }

  hasNext(all: boolean): boolean {
    return this.j >= this.k && (all || this.r.binom[this.k * this.r.stride + this.j] > this.idxBelow);
  }

  next(): number {
    const b = this.r.binom;
    const st = this.r.stride;
    let j = this.j;
    let k = this.k;
    while (b[k * st + j] <= this.idxBelow) {
      this.idxBelow -= b[k * st + j];
      this.idxAbove += b[(k + 1) * st + j];
      j--;
      k--;
    }
    const dist = this.r.dist;
    const row = j * this.r.n;
    let d = this.d0;
    const vs = this.verts;
    for (let t = 0; t < this.nv; t++) {
      const v = dist[row + vs[t]];
      if (v > d) d = v;
    }
    this.d = d;
    const idx = this.idxAbove + b[(k + 1) * st + j] + this.idxBelow;
    this.j = j - 1;
    this.k = k;
    return idx;
  }
}

/**
 * Sort parallel arrays by (d asc, x desc), in place, over the first `len` entries: two stable
 * passes of core/sort's argsort (by −x, then by d; ties in d keep the x-descending order).
 */
function sortPairsAsc(d: Float64Array, x: Float64Array, len = d.length): void {
  const order = iota(len);
  const key = new Float64Array(len);
  for (let i = 0; i < len; i++) key[i] = -x[i];
  sortWithIndex(key, order);
  for (let i = 0; i < len; i++) key[i] = d[order[i]] + 0; // + 0: −0 sorts as +0, as the comparator did
  sortWithIndex(key, order);
  const xx = x.slice(0, len);
  for (let i = 0; i < len; i++) {
    d[i] = key[i];
    x[i] = xx[order[i]];
  }
}

function reversePairs(d: Float64Array, x: Float64Array, len: number): void {
  for (let i = 0, j = len - 1; i < j; i++, j--) {
    const td = d[i];
    d[i] = d[j];
    d[j] = td;
    const tx = x[i];
    x[i] = x[j];
    x[j] = tx;
  }
}

// ---------------------------------------------------------------------------
// public API

/**
 * Check and copy a distance matrix given as rows or as a `DistanceMatrix`.
 * Entries must be ≥ 0 (or +Infinity for "no edge"), the diagonal 0, and the matrix
 * symmetric to 1e-9 relative tolerance.
 * @throws QuireError naming `fn` and the offending entry
 */
export function toDistanceMatrix(fn: string, input: ArrayLike<ArrayLike<number>> | DistanceMatrix): DistanceMatrix {
  let n: number;
  let data: Float64Array;
  if (isDistanceMatrix(input)) {
    n = input.n;
    if (!Number.isInteger(n) || n < 1 || input.data.length !== n * n) {
      throw new QuireError(`${fn}: distances.data has length ${input.data.length}, expected n² = ${n * n}`);
    }
    data = Float64Array.from(input.data);
  } else {
    if (input == null || typeof (input as ArrayLike<unknown>).length !== 'number')
      throw new QuireError(`${fn}: distances must be a square matrix (array of rows)`);
    n = input.length;
    if (n < 1) throw new QuireError(`${fn}: distances must not be empty`);
    data = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      const row = input[i];
      if (row == null || typeof row.length !== 'number' || row.length !== n) {
        throw new QuireError(`${fn}: distances must be square: row ${i} has length ${row?.length ?? 'none'}, expected ${n}`);
      }
      for (let j = 0; j < n; j++) data[i * n + j] = row[j];
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = data[i * n + j];
      if (Number.isNaN(v) || !(v >= 0)) throw new QuireError(`${fn}: distances[${i}][${j}] = ${v}; distances must be ≥ 0 (and not NaN)`);
      if (i === j && v !== 0) throw new QuireError(`${fn}: distances[${i}][${i}] = ${v}; the diagonal must be 0`);
      if (j < i) {
        const w = data[j * n + i];
        if (v !== w && !(Math.abs(v - w) <= 1e-9 * Math.max(Math.abs(v), Math.abs(w)))) {
          throw new QuireError(`${fn}: distances is not symmetric: [${i}][${j}] = ${v} but [${j}][${i}] = ${w}`);
        }
      }
    }
  }
  return { n, data };
}

function isDistanceMatrix(x: unknown): x is DistanceMatrix {
  return typeof x === 'object' && x !== null && 'data' in x && 'n' in x && (x as DistanceMatrix).data instanceof Float64Array;
}

/**
 * Euclidean distance matrix of a point cloud, computed as Ripser does when
 * `precision` is 'float32' (coordinates, squared differences, their running sum and the
 * root all in single precision: `std::inner_product(…, value_t(), …)` with value_t = float).
 * @param points - m points × d coordinates, finite
 * Coordinates outside [2^−60, 2^60] (float32) or [2^−500, 2^500] (float64) are rescaled exactly by a power of two.
 * @throws QuireError on an empty, ragged or non-finite cloud, or a distance beyond the largest double
 */
export function pointCloudDistances(
  points: ArrayLike<ArrayLike<number>>,
  options: { precision?: 'float32' | 'float64' } = {},
): DistanceMatrix {
  const fn = 'pointCloudDistances';
  const f32 = (options.precision ?? 'float32') === 'float32';
  const m = points?.length;
  if (typeof m !== 'number' || m < 1) throw new QuireError(`${fn}: points must be a non-empty array of rows`);
  const dim = points[0]?.length;
  if (typeof dim !== 'number' || dim < 1) throw new QuireError(`${fn}: points[0] must be a non-empty row`);
  const X = new Float64Array(m * dim);
  for (let i = 0; i < m; i++) {
    const r = points[i];
    if (r == null || r.length !== dim)
      throw new QuireError(`${fn}: points must not be ragged: row ${i} has length ${r?.length}, expected ${dim}`);
    for (let k = 0; k < dim; k++) {
      const v = r[k];
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new QuireError(`${fn}: points[${i}][${k}] = ${String(v)} is not finite`);
      X[i * dim + k] = v;
    }
  }
  // Coordinates beyond single precision's range (float32) or whose squares leave the double
  // range (float64) are rescaled by an exact power of two, and the distances scaled back.
  let scale = 1;
  let big = 0;
  for (let i = 0; i < X.length; i++) if (Math.abs(X[i]) > big) big = Math.abs(X[i]);
  if (f32) {
    if (big > 2 ** 60 || (big > 0 && big < 2 ** -60)) scale = 2 ** -Math.min(1022, Math.max(-1000, Math.floor(Math.log2(big))));
  } else scale = rescaleFactor(big);
  if (f32 || scale !== 1) for (let i = 0; i < X.length; i++) X[i] = f32 ? Math.fround(X[i] * scale) : X[i] * scale;
  const D = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = 0; k < dim; k++) {
        if (f32) {
          const diff = Math.fround(X[i * dim + k] - X[j * dim + k]);
          s = Math.fround(s + Math.fround(diff * diff));
        } else {
          const diff = X[i * dim + k] - X[j * dim + k];
          s += diff * diff;
        }
      }
      const d = (f32 ? Math.fround(Math.sqrt(s)) : Math.sqrt(s)) / scale;
      if (d === Infinity)
        throw new QuireError(`${fn}: points are too far apart: the distance of rows ${i} and ${j} exceeds the largest double`);
      D[i * m + j] = d;
      D[j * m + i] = d;
    }
  }
  return { n: m, data: D };
}

/**
 * Enclosing radius min_i max_j d_ij: beyond it the Rips complex is a cone, so every
 * class of positive dimension is dead (Ripser's default threshold). Infinity when every point
 * has an infinite ("no edge") entry in its row.
 */
export function enclosingRadius(D: DistanceMatrix): number {
  let r = Infinity;
  for (let i = 0; i < D.n; i++) {
    let ri = -Infinity;
    for (let j = 0; j < D.n; j++) if (D.data[i * D.n + j] > ri) ri = D.data[i * D.n + j];
    if (ri < r) r = ri;
  }
  return r;
}

/**
 * Vietoris–Rips persistence barcodes of a finite metric space, over Z/2.
 *
 * The filtration is VR_r = { σ : max_{u,v ∈ σ} d(u,v) ≤ r } for r ≤ threshold. Bars of zero
 * length are omitted, as Ripser does; essential classes have death `Infinity`. Without a
 * threshold (or with one at least the largest distance), the enclosing radius is used,
 * which leaves every diagram unchanged. Infinite entries of D mean "no edge".
 *
 * @param distances - n×n symmetric matrix, entries ≥ 0 or +Infinity, zero diagonal (rows or `DistanceMatrix`)
 * @param options.maxDim - top homology dimension, 0 ≤ maxDim ≤ 3 (default 1)
 * @param options.threshold - largest edge length, ≥ 0 (default: none)
 * @param options.precision - 'float32' (Ripser-identical, default) or 'float64'
 * @returns `diagrams[k]` = H_k bars [birth, death], k = 0..maxDim, in Ripser's output order
 * @throws QuireError if the matrix is not square, symmetric, non-negative with zero diagonal, or an option is out of range
 * @example ripsPersistence([[0, 1, 1, 1], [1, 0, 1, 1.5], [1, 1, 0, 1], [1, 1.5, 1, 0]]) // H0 three bars [0,1), one [0,∞)
 * @see Bauer (2021), Ripser, §2–§4 (clearing, apparent and emergent pairs, implicit coboundaries)
 */
export function ripsPersistence(distances: ArrayLike<ArrayLike<number>> | DistanceMatrix, options: RipsOptions = {}): Diagrams {
  const fn = 'ripsPersistence';
  const o = parseOptions(fn, ripsSchema, options);
  const D = toDistanceMatrix(fn, distances);
  return ripsKernel(D, o.maxDim, o.threshold, o.precision === 'float32');
}

/** Rips persistence of a point cloud under the Euclidean metric (see `ripsPersistence`). */
export function ripsPersistenceOfPoints(points: ArrayLike<ArrayLike<number>>, options: RipsOptions = {}): Diagrams {
  const o = parseOptions('ripsPersistenceOfPoints', ripsSchema, options);
  const D = pointCloudDistances(points, { precision: o.precision });
  return ripsKernel(D, o.maxDim, o.threshold, o.precision === 'float32');
}

/** The unchecked kernel: D must be a valid distance matrix. */
export function ripsKernel(D: DistanceMatrix, maxDim: number, threshold: number, float32: boolean): Diagrams {
  const n = D.n;
  let dist = D.data;
  let scale = 1;
  if (float32) {
    // Entries outside single precision's normal range would round to Infinity ("no edge") or
    // to 0: scale by a power of two (exact, so the result is Ripser's on the scaled input).
    scale = float32Scale(D.data);
    dist = new Float64Array(n * n);
    for (let i = 0; i < n * n; i++) dist[i] = Math.fround(D.data[i] / scale);
    threshold = threshold / scale;
  } else dist = Float64Array.from(dist);
  // Ripser reads the lower triangle only; a matrix symmetric only up to rounding (Dijkstra
  // from each end sums in a different order) must not give a simplex two diameters
  for (let i = 1; i < n; i++) for (let j = 0; j < i; j++) dist[j * n + i] = dist[i * n + j];
  let maxD = -Infinity;
  let maxFinite = -Infinity;
  for (let i = 0; i < n * n; i++) {
    if (dist[i] > maxD) maxD = dist[i];
    if (dist[i] > maxFinite && dist[i] < Infinity) maxFinite = dist[i];
  }
  let thr = float32 ? Math.fround(Math.min(threshold, 3.4028234663852886e38)) : threshold;
  if (thr >= maxD || (maxD === Infinity && thr >= maxFinite)) thr = enclosingRadius({ n, data: dist });
  if (!(thr < Infinity)) thr = maxFinite;
  const dgs = new Ripser(n, dist, maxDim, thr, float32).run();
  if (scale !== 1)
    for (const bars of dgs)
      for (const b of bars) {
        b[0] *= scale;
        b[1] *= scale;
      }
  return dgs;
}

const FLT_MAX = 3.4028234663852886e38;
const FLT_MIN = 1.1754943508222875e-38;

/**
 * A power of two s such that every finite positive entry e has e / s in single precision's
 * normal range [2^−126, FLT_MAX]; 1 when they already are.
 * @throws QuireError when the entries span more than single precision's range (use 'float64')
 */
function float32Scale(data: Float64Array): number {
  let lo = Infinity;
  let hi = 0;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v > 0 && v < Infinity) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (hi === 0 || (lo >= FLT_MIN && hi <= FLT_MAX)) return 1;
  // put the largest entry near 2^64, then check the smallest
  const s = 2 ** Math.max(-1074, Math.floor(Math.log2(hi)) - 64); // subnormal powers of two are exact
  if (!(lo / s >= FLT_MIN) || !(hi / s <= FLT_MAX)) {
    throw new QuireError(`ripsPersistence: the distances span ${lo} to ${hi}, more than single precision holds; use precision 'float64'`);
  }
  return s;
}
