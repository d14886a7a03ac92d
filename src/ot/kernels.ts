/**
 * Inner kernels of 1-D optimal transport on sorted samples (the quantile-function merge).
 * They trust their callers: sorted finite inputs, normalized cumulative weights whose last
 * entry is exactly 1, p ≥ 1.
 */

/** |d|^p with fast paths for p = 1 and p = 2. */
export function powAbs(d: number, p: number): number {
  const a = d < 0 ? -d : d;
  return p === 1 ? a : p === 2 ? a * a : Math.pow(a, p);
}

/** d/dd |d|^p = p |d|^(p-1) sign(d) (0 at d = 0, the minimal-norm subgradient for p = 1). */
export function powAbsDeriv(d: number, p: number): number {
  if (d === 0) return 0;
  if (p === 1) return d > 0 ? 1 : -1;
  if (p === 2) return 2 * d;
  const a = d < 0 ? -d : d;
  const g = p * Math.pow(a, p - 1);
  return d > 0 ? g : -g;
}

/**
 * W_p^p between two sorted samples. `cu`/`cv` are normalized cumulative weights of the
 * sorted samples (last entry 1), or null for uniform weights. Uniform weights use exact
 * integer arithmetic for the breakpoints ((i+1)·m versus (j+1)·n).
 */
export function sortedCost(us: Float64Array, cu: Float64Array | null, vs: Float64Array, cv: Float64Array | null, p: number): number {
  const n = us.length;
  const m = vs.length;
  let cost = 0;
  if (cu === null && cv === null) {
    if (n === m) {
      if (p === 1) {
        for (let i = 0; i < n; i++) {
          const d = us[i] - vs[i];
          cost += d < 0 ? -d : d;
        }
      } else if (p === 2) {
        for (let i = 0; i < n; i++) {
          const d = us[i] - vs[i];
          cost += d * d;
        }
      } else {
        for (let i = 0; i < n; i++) cost += powAbs(us[i] - vs[i], p);
      }
      return cost / n;
    }
    // breakpoints at k/(n·m) units: u-step every m units, v-step every n units
    let i = 0;
    let j = 0;
    let prev = 0;
    while (i < n && j < m) {
      const a = (i + 1) * m;
      const b = (j + 1) * n;
      const next = a < b ? a : b;
      cost += (next - prev) * powAbs(us[i] - vs[j], p);
      prev = next;
      if (a === next) i++;
      if (b === next) j++;
    }
    return cost / (n * m);
  }
  let i = 0;
  let j = 0;
  let prev = 0;
  while (i < n && j < m) {
    const a = cu === null ? (i + 1) / n : cu[i];
    const b = cv === null ? (j + 1) / m : cv[j];
    const next = a < b ? a : b;
    cost += (next - prev) * powAbs(us[i] - vs[j], p);
    prev = next;
    if (a === next) i++;
    if (b === next) j++;
  }
  return cost;
}

/** The pieces of the monotone (north-west corner) coupling of two sorted samples. */
export interface Pieces {
  /** index into the sorted u */
  i: Int32Array;
  /** index into the sorted v */
  j: Int32Array;
  /** mass of the piece (sums to 1) */
  mass: Float64Array;
  count: number;
}

/** The monotone coupling as at most n + m − 1 pieces (i, j, mass). */
export function sortedPieces(n: number, cu: Float64Array | null, m: number, cv: Float64Array | null): Pieces {
  const cap = n + m - 1;
  const I = new Int32Array(cap);
  const J = new Int32Array(cap);
  const M = new Float64Array(cap);
  let k = 0;
  let i = 0;
  let j = 0;
  if (cu === null && cv === null) {
    const nm = n * m;
    let prev = 0;
    while (i < n && j < m) {
      const a = (i + 1) * m;
      const b = (j + 1) * n;
      const next = a < b ? a : b;
      I[k] = i;
      J[k] = j;
      M[k++] = (next - prev) / nm;
      prev = next;
      if (a === next) i++;
      if (b === next) j++;
    }
  } else {
    let prev = 0;
    while (i < n && j < m) {
      const a = cu === null ? (i + 1) / n : cu[i];
      const b = cv === null ? (j + 1) / m : cv[j];
      const next = a < b ? a : b;
      if (next > prev) {
        I[k] = i;
        J[k] = j;
        M[k++] = next - prev;
      }
      prev = next;
      if (a === next) i++;
      if (b === next) j++;
    }
  }
  return { i: I, j: J, mass: M, count: k };
}

/**
 * Gradient of W_p^p with respect to the sorted positions, accumulated over the pieces:
 * ∂/∂u_(i) = Σ_{pieces at i} mass · p|u_(i) − v_(j)|^{p−1} sign(u_(i) − v_(j)), and minus that
 * for v. Writes into gu (length n) and gv (length m); returns W_p^p.
 */
export function sortedGrad(us: Float64Array, vs: Float64Array, pcs: Pieces, p: number, gu: Float64Array, gv: Float64Array): number {
  gu.fill(0);
  gv.fill(0);
  let cost = 0;
  for (let k = 0; k < pcs.count; k++) {
    const i = pcs.i[k];
    const j = pcs.j[k];
    const w = pcs.mass[k];
    const d = us[i] - vs[j];
    cost += w * powAbs(d, p);
    const g = w * powAbsDeriv(d, p);
    gu[i] += g;
    gv[j] -= g;
  }
  return cost;
}

/** Normalized cumulative sums of weights taken in `order`; the last entry is set to exactly 1. */
export function cumulativeWeights(w: ArrayLike<number>, order: Int32Array): Float64Array {
  const n = order.length;
  const c = new Float64Array(n);
  let s = 0;
  for (let k = 0; k < n; k++) {
    s += w[order[k]];
    c[k] = s;
  }
  const inv = 1 / s;
  for (let k = 0; k < n; k++) c[k] *= inv;
  c[n - 1] = 1;
  return c;
}
