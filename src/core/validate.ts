/**
 * Argument checks for the public API. Each throws QuireError naming the function and
 * the argument. Range checks are written negated (`!(x >= lo)`) so that NaN fails them.
 * Inner numeric kernels do not call these: they trust their callers.
 */
import { QuireError } from './errors.js';

export type NumericArray = ArrayLike<number>;

function fail(fn: string, msg: string): never {
  throw new QuireError(`${fn}: ${msg}`);
}

/** A finite number. */
export function assertFinite(fn: string, name: string, x: unknown): asserts x is number {
  if (typeof x !== 'number' || !Number.isFinite(x)) fail(fn, `${name} must be a finite number, got ${String(x)}`);
}

/** lo ≤ x ≤ hi (either bound may be omitted with ±Infinity). */
export function assertInRange(fn: string, name: string, x: unknown, lo: number, hi: number): asserts x is number {
  if (typeof x !== 'number' || !(x >= lo && x <= hi)) {
    fail(fn, `${name} must be in [${lo}, ${hi}], got ${String(x)}`);
  }
}

/** x > 0 and finite. */
export function assertPositive(fn: string, name: string, x: unknown): asserts x is number {
  if (typeof x !== 'number' || !(x > 0) || !Number.isFinite(x)) fail(fn, `${name} must be a finite number > 0, got ${String(x)}`);
}

/** x ≥ 0 and finite. */
export function assertNonNegative(fn: string, name: string, x: unknown): asserts x is number {
  if (typeof x !== 'number' || !(x >= 0) || !Number.isFinite(x)) fail(fn, `${name} must be a finite number ≥ 0, got ${String(x)}`);
}

/** An integer in [lo, hi]. */
export function assertInteger(fn: string, name: string, x: unknown, lo = -Infinity, hi = Infinity): asserts x is number {
  if (typeof x !== 'number' || !Number.isInteger(x) || !(x >= lo && x <= hi)) {
    const range = hi === Infinity ? (lo === -Infinity ? '' : ` ≥ ${lo}`) : ` in [${lo}, ${hi}]`;
    fail(fn, `${name} must be an integer${range}, got ${String(x)}`);
  }
}

/** One of a fixed set of strings. */
export function assertOneOf<T extends string>(fn: string, name: string, x: unknown, values: readonly T[]): asserts x is T {
  if (typeof x !== 'string' || !(values as readonly string[]).includes(x)) {
    fail(fn, `${name} must be one of ${values.map((v) => `'${v}'`).join(', ')}, got ${JSON.stringify(x)}`);
  }
}

/** A non-empty array (or typed array) of finite numbers. */
export function assertFiniteArray(fn: string, name: string, a: unknown, { minLength = 1 } = {}): asserts a is NumericArray {
  if (a === null || typeof a !== 'object' || typeof (a as NumericArray).length !== 'number') {
    fail(fn, `${name} must be an array of numbers`);
  }
  const arr = a as NumericArray;
  if (arr.length < minLength) {
    fail(fn, minLength === 1 ? `${name} must not be empty` : `${name} must have at least ${minLength} elements, got ${arr.length}`);
  }
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(fn, `${name}[${i}] must be a finite number, got ${String(v)}`);
  }
}

/** Every element in [lo, hi] (and finite, non-empty). */
export function assertArrayInRange(fn: string, name: string, a: unknown, lo: number, hi: number): asserts a is NumericArray {
  assertFiniteArray(fn, name, a);
  const arr = a as NumericArray;
  for (let i = 0; i < arr.length; i++) {
    if (!(arr[i] >= lo && arr[i] <= hi)) fail(fn, `${name}[${i}] must be in [${lo}, ${hi}], got ${arr[i]}`);
  }
}

/** Probabilities: every element in [0, 1]. */
export function assertProbabilities(fn: string, name: string, a: unknown): asserts a is NumericArray {
  assertArrayInRange(fn, name, a, 0, 1);
}

/** Non-negative weights, not all zero, of an expected length. */
export function assertWeights(fn: string, name: string, w: unknown, expectedLength: number, lengthOf: string): asserts w is NumericArray {
  assertFiniteArray(fn, name, w);
  const arr = w as NumericArray;
  if (arr.length !== expectedLength) fail(fn, `${name} has length ${arr.length}, expected ${expectedLength} (the length of ${lengthOf})`);
  let sum = 0;
  for (let i = 0; i < arr.length; i++) {
    if (!(arr[i] >= 0)) fail(fn, `${name}[${i}] must be ≥ 0, got ${arr[i]}`);
    sum += arr[i];
  }
  if (!(sum > 0)) fail(fn, `${name} must not be all zero`);
}

/** Two lengths agree. */
export function assertSameLength(fn: string, nameA: string, lenA: number, nameB: string, lenB: number): void {
  if (lenA !== lenB) fail(fn, `${nameA} has length ${lenA}, expected ${lenB} (the length of ${nameB})`);
}

/**
 * A rectangular, non-empty table of finite numbers (array of rows). Returns its shape.
 */
export function assertMatrixRows(fn: string, name: string, rows: unknown): { rows: number; cols: number } {
  if (!Array.isArray(rows)) fail(fn, `${name} must be an array of rows`);
  if (rows.length === 0) fail(fn, `${name} must not be empty`);
  const first = rows[0] as unknown;
  if (first === null || typeof first !== 'object' || typeof (first as NumericArray).length !== 'number') {
    fail(fn, `${name}[0] must be an array of numbers`);
  }
  const cols = (first as NumericArray).length;
  if (cols === 0) fail(fn, `${name} must have at least one column`);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as NumericArray;
    if (r === null || typeof r !== 'object' || typeof r.length !== 'number') fail(fn, `${name}[${i}] must be an array of numbers`);
    if (r.length !== cols) fail(fn, `${name} is ragged: row ${i} has ${r.length} entries, expected ${cols}`);
    for (let j = 0; j < cols; j++) {
      const v = r[j];
      if (typeof v !== 'number' || !Number.isFinite(v)) fail(fn, `${name}[${i}][${j}] must be a finite number, got ${String(v)}`);
    }
  }
  return { rows: rows.length, cols };
}
