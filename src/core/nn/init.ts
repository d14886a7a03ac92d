/**
 * Seeded, deterministic initializers. Values are drawn on the host with the quire `Rng`
 * (MT19937, Box–Muller) in float64 and rounded to float32, so the same seed gives bit-identical
 * parameters on every platform, independent of jax-js's own PRNG.
 *
 * Fans for a weight of shape [..., fanIn, fanOut] (as used by `x @ W`): fanOut = last
 * dimension, fanIn = product of the others.
 */
import { QuireError } from '../errors.js';
import { Rng } from '../rng.js';
import { assertInteger } from '../validate.js';
import { JaxArray, numpy as np } from './runtime.js';

/** Names of the built-in initializers. */
export type InitKind =
  'glorotUniform' | 'glorotNormal' | 'heUniform' | 'heNormal' | 'lecunNormal' | 'normal' | 'uniform' | 'zeros' | 'ones';

/** Options of `initArray`. */
export interface InitOptions {
  /** standard deviation for 'normal' (default 0.02) */
  std?: number;
  /** half-width for 'uniform': U(−scale, scale) (default 0.05) */
  scale?: number;
}

function checkShape(fn: string, shape: number[]): void {
  if (!Array.isArray(shape)) throw new QuireError(`${fn}: shape is not an array`);
  let n = 1;
  for (let i = 0; i < shape.length; i++) {
    assertInteger(fn, `shape[${i}]`, shape[i], 1);
    n *= shape[i];
  }
  // a typed array holds at most 2^32 − 1 floats here (beyond: a RangeError, not a QuireError)
  if (n > 2 ** 31) throw new QuireError(`${fn}: shape [${shape}] has ${n} values, more than one array can hold (2^31)`);
}

/**
 * (fanIn, fanOut) of a weight shape: fanOut = last dim, fanIn = product of the others (1-D: n, n).
 * @throws QuireError unless shape is an array of positive integers
 */
export function fans(shape: number[]): { fanIn: number; fanOut: number } {
  checkShape('fans', shape);
  if (shape.length === 0) return { fanIn: 1, fanOut: 1 };
  if (shape.length === 1) return { fanIn: shape[0], fanOut: shape[0] };
  const fanOut = shape[shape.length - 1];
  let fanIn = 1;
  for (let i = 0; i < shape.length - 1; i++) fanIn *= shape[i];
  return { fanIn, fanOut };
}

/**
 * Host-side values of an initializer, as a Float32Array (row-major).
 * - glorotUniform: U(−a, a), a = √(6/(fanIn+fanOut)); glorotNormal: N(0, 2/(fanIn+fanOut))
 * - heUniform: U(−a, a), a = √(6/fanIn); heNormal: N(0, 2/fanIn); lecunNormal: N(0, 1/fanIn)
 * - normal: N(0, std²); uniform: U(−scale, scale); zeros; ones
 * @param kind - initializer name
 * @param shape - positive integer dimensions
 * @param seed - non-negative safe integer (ignored by zeros/ones)
 * @throws QuireError on an unknown kind, a bad shape or seed, or a non-positive std/scale
 * @see Glorot & Bengio (2010); He et al. (2015)
 */
export function initValues(kind: InitKind, shape: number[], seed: number, options: InitOptions = {}): Float32Array {
  const fn = 'initValues';
  checkShape(fn, shape);
  let n = 1;
  for (const d of shape) n *= d;
  const out = new Float32Array(n);
  if (kind === 'zeros') return out;
  if (kind === 'ones') return out.fill(1);
  const { fanIn, fanOut } = fans(shape);
  const rng = new Rng(seed);
  let uniformA = NaN;
  let normalSd = NaN;
  switch (kind) {
    case 'glorotUniform':
      uniformA = Math.sqrt(6 / (fanIn + fanOut));
      break;
    case 'heUniform':
      uniformA = Math.sqrt(6 / fanIn);
      break;
    case 'uniform':
      uniformA = options.scale ?? 0.05;
      if (!(uniformA > 0 && Number.isFinite(uniformA))) throw new QuireError(`${fn}: scale is ${uniformA}, expected > 0`);
      break;
    case 'glorotNormal':
      normalSd = Math.sqrt(2 / (fanIn + fanOut));
      break;
    case 'heNormal':
      normalSd = Math.sqrt(2 / fanIn);
      break;
    case 'lecunNormal':
      normalSd = Math.sqrt(1 / fanIn);
      break;
    case 'normal':
      normalSd = options.std ?? 0.02;
      if (!(normalSd > 0 && Number.isFinite(normalSd))) throw new QuireError(`${fn}: std is ${normalSd}, expected > 0`);
      break;
    default:
      throw new QuireError(
        `${fn}: kind is '${String(kind)}', expected one of glorotUniform, glorotNormal, heUniform, heNormal, lecunNormal, normal, uniform, zeros, ones`,
      );
  }
  if (!Number.isNaN(uniformA)) for (let i = 0; i < n; i++) out[i] = uniformA * (2 * rng.uniform() - 1);
  else for (let i = 0; i < n; i++) out[i] = normalSd * rng.normal();
  return out;
}

/**
 * A new float32 jax array from an initializer (see `initValues` for the formulas).
 * @example await initNN(); const W = initArray('glorotUniform', [64, 256], 7);
 */
export function initArray(kind: InitKind, shape: number[], seed: number, options: InitOptions = {}): JaxArray {
  if (kind === 'zeros' || kind === 'ones') {
    checkShape('initArray', shape);
    return kind === 'zeros' ? np.zeros(shape) : np.ones(shape);
  }
  return np.array(initValues(kind, shape, seed, options), { shape });
}
