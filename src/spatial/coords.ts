/**
 * Coordinates of sites: validation and conversion to a flat row-major N×d array.
 */
import { QuireError } from '../core/errors.js';

/** Site coordinates, flat row-major N×d (d ∈ {1, 2, 3}). */
export interface Coords {
  n: number;
  d: number;
  x: Float64Array;
}

/** Sites as input: a list of numbers (1-D) or a list of rows of d ∈ {1, 2, 3} numbers. */
export type CoordsInput = ArrayLike<number> | ArrayLike<ArrayLike<number>>;

/**
 * Validate sites and flatten them.
 * @throws QuireError if empty, ragged, non-finite, or d ∉ {1, 2, 3}
 */
export function toCoords(fn: string, name: string, input: CoordsInput, minSites = 1): Coords {
  if (input === null || typeof input !== 'object' || typeof (input as ArrayLike<unknown>).length !== 'number') {
    throw new QuireError(`${fn}: ${name} must be an array of numbers or of coordinate rows`);
  }
  const n = input.length;
  if (n < minSites) throw new QuireError(`${fn}: ${name} has ${n} sites, expected at least ${minSites}`);
  const first = input[0] as unknown;
  if (typeof first === 'number') {
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = (input as ArrayLike<unknown>)[i];
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new QuireError(`${fn}: ${name}[${i}] must be a finite number, got ${String(v)}`);
      x[i] = v;
    }
    return { n, d: 1, x };
  }
  if (first === null || typeof first !== 'object' || typeof (first as ArrayLike<unknown>).length !== 'number') {
    throw new QuireError(`${fn}: ${name}[0] must be a number or an array of numbers`);
  }
  const d = (first as ArrayLike<number>).length;
  if (!(d >= 1 && d <= 3)) throw new QuireError(`${fn}: ${name} must have 1, 2 or 3 coordinates per site, got ${d}`);
  const x = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const r = (input as ArrayLike<ArrayLike<unknown>>)[i];
    if (r === null || typeof r !== 'object' || typeof r.length !== 'number')
      throw new QuireError(`${fn}: ${name}[${i}] must be an array of numbers`);
    if (r.length !== d) throw new QuireError(`${fn}: ${name} is ragged: row ${i} has ${r.length} coordinates, expected ${d}`);
    for (let j = 0; j < d; j++) {
      const v = r[j];
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new QuireError(`${fn}: ${name}[${i}][${j}] must be a finite number, got ${String(v)}`);
      x[i * d + j] = v;
    }
  }
  return { n, d, x };
}
