import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../core/rng.js';
import { argsort, iota, sortInPlace, sortRange, sortScratch, sortWithIndex } from './sort.js';

// Oracle: the built-in numeric Float64Array sort (a different algorithm). −0 and +0 compare
// equal in our sorts (their relative order is not specified), so values are compared with +0 added.
const num = (a: ArrayLike<number>): number[] => Array.from(a, (x) => x + 0);
describe('numeric sorts agree with Float64Array.prototype.sort', () => {
  const values = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -5, max: 5 }).map((x) => x / 2),
  );
  it('sortInPlace and sortWithIndex (short and long arrays, duplicates, clustered values)', () => {
    fc.assert(
      fc.property(fc.array(values, { minLength: 0, maxLength: 1200 }), (xs) => {
        const a = Float64Array.from(xs);
        const ref = a.slice().sort();
        expect(num(sortInPlace(a.slice()))).toEqual(num(ref));
        const v = a.slice();
        const idx = iota(v.length);
        sortWithIndex(v, idx);
        expect(num(v)).toEqual(num(ref));
        // idx is a permutation that maps back to the input, and ties keep input order (stable)
        for (let k = 0; k < v.length; k++) {
          expect(Object.is(a[idx[k]], v[k]) || a[idx[k]] === v[k]).toBe(true);
          if (k > 0 && v[k] === v[k - 1]) expect(idx[k]).toBeGreaterThan(idx[k - 1]);
        }
        expect(new Set(idx).size).toBe(v.length);
      }),
      { seed: 42, numRuns: 120 },
    );
  });
  it('sortRange sorts one row of a flat array with shared scratch; outliers and heavy tails', () => {
    const r = new Rng(5);
    const n = 3000;
    const data = new Float64Array(3 * n);
    for (let i = 0; i < data.length; i++) data[i] = Math.exp(4 * r.normal()) * (r.uniform() < 0.5 ? -1 : 1);
    data[n + 7] = 1e300;
    data[n + 8] = -1e-300;
    const s = sortScratch(n);
    const copy = data.slice();
    for (let l = 0; l < 3; l++) sortRange(data, l * n, n, s);
    for (let l = 0; l < 3; l++)
      expect(Array.from(data.subarray(l * n, (l + 1) * n))).toEqual(Array.from(copy.subarray(l * n, (l + 1) * n).sort()));
    const { order, sorted } = argsort(copy);
    expect(Array.from(sorted)).toEqual(Array.from(copy.slice().sort()));
    expect(Array.from(order, (i) => copy[i])).toEqual(Array.from(sorted));
  });
});
