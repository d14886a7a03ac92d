/**
 * Discrete signed measures on the torus 𝕋^d = [0, 1)^d (d = 1 or 2): μ = Σ_i a_i δ_{x_i}.
 * Positions are stored row-major (particle i occupies `positions[i*d .. i*d + d - 1]`).
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { assertFiniteArray, assertInteger, assertPositive } from '../core/validate.js';

/** A discrete signed measure μ = Σ_i a_i δ_{x_i} on [0, 1)^dim. */
export interface SpikeMeasure {
  dim: 1 | 2;
  /** n·dim coordinates in [0, 1), row-major */
  positions: Float64Array;
  /** n signed amplitudes */
  amplitudes: Float64Array;
}

/**
 * Wrap a coordinate into [0, 1).
 * @throws QuireError if x is not finite
 * @example wrap01(1.25) // 0.25
 */
export function wrap01(x: number): number {
  if (!Number.isFinite(x)) throw new QuireError(`wrap01: x must be finite, got ${x}`);
  return wrapUnchecked(x);
}

/** Unchecked kernel of wrap01 (inner loops). */
export function wrapUnchecked(x: number): number {
  const w = x - Math.floor(x);
  return w >= 1 ? 0 : w;
}

/**
 * Signed difference a − b on the circle, in [−½, ½).
 * @throws QuireError if a or b is not finite
 * @example torusDiff(0.9, 0.1) // −0.2
 */
export function torusDiff(a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) throw new QuireError(`torusDiff: a and b must be finite, got a = ${a}, b = ${b}`);
  return tdiff(a, b);
}

/** Unchecked kernel of torusDiff (inner loops; callers pass finite coordinates). */
export function tdiff(a: number, b: number): number {
  const d = a - b;
  const w = d - Math.round(d);
  // |a − b| can overflow to ±∞ for finite a, b near ±1.8e308; such coordinates are whole numbers (≡ 0)
  return Number.isFinite(w) ? w : 0;
}

/** Torus distance between point i of `p` and point j of `q` (both row-major with dimension d). */
export function torusDistance(p: Float64Array, i: number, q: Float64Array, j: number, d: number): number {
  let s = 0;
  for (let c = 0; c < d; c++) {
    const t = tdiff(p[i * d + c], q[j * d + c]);
    s += t * t;
  }
  return Math.sqrt(s);
}

/** Number of spikes of a measure. */
export function spikeCount(mu: SpikeMeasure): number {
  return mu.amplitudes.length;
}

/** Total variation |μ|(𝕋^d) = Σ|a_i|. */
export function totalVariation(mu: SpikeMeasure): number {
  let s = 0;
  for (let i = 0; i < mu.amplitudes.length; i++) s += Math.abs(mu.amplitudes[i]);
  return s;
}

/**
 * Check that a value is a well-formed spike measure of the given dimension (finite
 * amplitudes, positions of length n·dim, finite).
 * @throws QuireError naming `fn` and `name`
 */
export function assertMeasure(fn: string, name: string, mu: unknown, dim?: 1 | 2): asserts mu is SpikeMeasure {
  if (typeof mu !== 'object' || mu === null) throw new QuireError(`${fn}: ${name} must be a measure {dim, positions, amplitudes}`);
  const m = mu as Partial<SpikeMeasure>;
  if (m.dim !== 1 && m.dim !== 2) throw new QuireError(`${fn}: ${name}.dim must be 1 or 2, got ${String(m.dim)}`);
  if (dim !== undefined && m.dim !== dim)
    throw new QuireError(`${fn}: ${name}.dim is ${m.dim}, expected ${dim} (the operator's dimension)`);
  assertFiniteArray(fn, `${name}.amplitudes`, m.amplitudes, { minLength: 0 });
  assertFiniteArray(fn, `${name}.positions`, m.positions, { minLength: 0 });
  const n = (m.amplitudes as ArrayLike<number>).length;
  const len = (m.positions as ArrayLike<number>).length;
  if (len !== n * m.dim) {
    throw new QuireError(`${fn}: ${name}.positions has length ${len}, expected ${n * m.dim} (dim × the number of amplitudes)`);
  }
}

/**
 * Build a measure from plain arrays (positions are wrapped into [0, 1)).
 * @param dim - 1 or 2
 * @param positions - for dim 1 a list of numbers; for dim 2 a list of [x, y] pairs
 * @param amplitudes - signed amplitudes, same count as positions
 * @throws QuireError on ragged, mismatched or non-finite input
 * @example spikes(1, [0.2, 0.7], [1, -0.5])
 */
export function spikes(
  dim: 1 | 2,
  positions: ArrayLike<number> | ArrayLike<ArrayLike<number>>,
  amplitudes: ArrayLike<number>,
): SpikeMeasure {
  const fn = 'spikes';
  if (dim !== 1 && dim !== 2) throw new QuireError(`${fn}: dim must be 1 or 2, got ${String(dim)}`);
  assertFiniteArray(fn, 'amplitudes', amplitudes, { minLength: 0 });
  const n = amplitudes.length;
  if (positions.length !== n)
    throw new QuireError(`${fn}: positions has length ${positions.length}, expected ${n} (the number of amplitudes)`);
  const pos = new Float64Array(n * dim);
  for (let i = 0; i < n; i++) {
    const p = positions[i];
    if (dim === 1) {
      const v = typeof p === 'number' ? p : (p as ArrayLike<number>)[0];
      if (!Number.isFinite(v)) throw new QuireError(`${fn}: positions[${i}] must be a finite number, got ${String(v)}`);
      pos[i] = wrap01(v);
    } else {
      const q = p as ArrayLike<number>;
      if (typeof q !== 'object' || q === null || q.length !== 2) throw new QuireError(`${fn}: positions[${i}] must be a pair [x, y]`);
      for (let c = 0; c < 2; c++) {
        if (!Number.isFinite(q[c])) throw new QuireError(`${fn}: positions[${i}][${c}] must be a finite number, got ${String(q[c])}`);
        pos[2 * i + c] = wrap01(q[c]);
      }
    }
  }
  return { dim, positions: pos, amplitudes: Float64Array.from(amplitudes) };
}

/**
 * Random spikes on the torus with a minimum separation (rejection sampling), amplitudes
 * sign·U[minAmplitude, maxAmplitude] with random signs (or all positive).
 * @param k - number of spikes, ≥ 1
 * @param dim - 1 or 2
 * @param options.minSeparation - torus distance between any two spikes, ≥ 0 (default 0.1)
 * @param options.positive - all amplitudes positive (default false)
 * @param options.seed - RNG seed (default 0)
 * @throws QuireError if the separation cannot be met after many attempts
 * @example randomSpikes(3, 1, { minSeparation: 0.2, seed: 1 })
 */
export function randomSpikes(
  k: number,
  dim: 1 | 2,
  options: { minSeparation?: number; positive?: boolean; seed?: number; minAmplitude?: number; maxAmplitude?: number } = {},
): SpikeMeasure {
  const fn = 'randomSpikes';
  assertInteger(fn, 'k', k, 1, 10000);
  if (dim !== 1 && dim !== 2) throw new QuireError(`${fn}: dim must be 1 or 2, got ${String(dim)}`);
  const sep = options.minSeparation ?? 0.1;
  if (!(sep >= 0 && sep < 0.5)) throw new QuireError(`${fn}: minSeparation must be in [0, 0.5), got ${sep}`);
  const lo = options.minAmplitude ?? 0.5;
  const hi = options.maxAmplitude ?? 1.5;
  assertPositive(fn, 'minAmplitude', lo);
  if (!(hi >= lo)) throw new QuireError(`${fn}: maxAmplitude must be ≥ minAmplitude (${lo}), got ${hi}`);
  const rng = new Rng(options.seed ?? 0);
  const pos = new Float64Array(k * dim);
  const amp = new Float64Array(k);
  for (let attempt = 0; attempt < 20; attempt++) {
    let placed = 0;
    for (let tries = 0; placed < k && tries < 500 * k; tries++) {
      for (let c = 0; c < dim; c++) pos[placed * dim + c] = rng.uniform();
      let ok = true;
      for (let j = 0; j < placed && ok; j++) if (torusDistance(pos, placed, pos, j, dim) < sep) ok = false;
      if (ok) placed++;
    }
    if (placed === k) {
      for (let i = 0; i < k; i++) {
        const s = options.positive === true || rng.uniform() < 0.5 ? 1 : -1;
        amp[i] = s * (lo + (hi - lo) * rng.uniform());
      }
      return { dim, positions: pos, amplitudes: amp };
    }
  }
  throw new QuireError(`${fn}: could not place ${k} spikes with minSeparation ${sep} in dimension ${dim}; lower k or minSeparation`);
}
