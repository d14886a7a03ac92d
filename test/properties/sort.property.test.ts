/**
 * Property hunt over core/sort (issue 16): the WebAssembly bucket sort and the TypeScript
 * paths against Array.prototype.sort, with −0/+0, subnormals, ±1e±300, ±Infinity (sorted to
 * the ends), ties and lengths on both sides of the WebAssembly threshold (64). NaN has no
 * place in an order: every function throws a QuireError naming the argument. fast-check runs
 * with a fixed seed; the guard's watchdog turns a hang into a failing property.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { argsort, iota, setSortBackend, sortF64, sortRange, sortWithIndex, sortWithIndexTs } from '../../src/core/sort.js';
import { params, returnsOrQuireError } from './guard.js';

const LIMIT = 30_000;
const value = fc.oneof(
  { weight: 6, arbitrary: fc.double({ noNaN: true }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(0, -0, 1, -1, 2, 5e-324, -5e-324, 2.2e-308, 1e-300, -1e300, 1e300, Number.MAX_VALUE, -Number.MAX_VALUE),
  },
  { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity) },
  { weight: 2, arbitrary: fc.integer({ min: -2, max: 2 }) },
);
/** Short arrays (the built-in path) and long ones (the WebAssembly path, n ≥ 64). */
const values = fc.oneof(fc.array(value, { maxLength: 10 }), fc.array(value, { minLength: 64, maxLength: 160 }));
const backend = fc.constantFrom('wasm', 'ts' as const);

/** The reference order: Array.prototype.sort with a numeric comparator (−0 and +0 tie). */
function reference(xs: number[]): number[] {
  return xs.slice().sort((a, b) => a - b || 0);
}
const sameValue = (a: number, b: number): boolean => a === b; // −0 === +0: ties

describe('core/sort', () => {
  afterEach(() => void setSortBackend('wasm'));

  it(
    'sortF64 and sortRange agree with Array.prototype.sort on both backends (−0/+0 equal, ±Infinity at the ends)',
    () => {
      fc.assert(
        fc.property(values, backend, fc.nat(5), fc.nat(5), (xs, b, cut1, cut2) => {
          setSortBackend(b);
          const out = sortF64(Float64Array.from(xs));
          const ref = reference(xs);
          for (let i = 0; i < xs.length; i++) expect(sameValue(out[i], ref[i]), `at ${i}: ${out[i]} vs ${ref[i]}`).toBe(true);
          // a sub-range: the rest is untouched
          const off = Math.min(cut1, xs.length);
          const n = Math.max(0, xs.length - off - cut2);
          const a = Float64Array.from(xs);
          sortRange(a, off, n);
          const mid = reference(xs.slice(off, off + n));
          for (let i = 0; i < xs.length; i++) {
            if (i < off || i >= off + n) expect(Object.is(a[i], xs[i])).toBe(true);
            else expect(sameValue(a[i], mid[i - off])).toBe(true);
          }
        }),
        params(300),
      );
    },
    LIMIT,
  );

  it(
    'sortWithIndex, sortWithIndexTs and argsort are the same stable argsort (ties keep input order) on both backends',
    () => {
      fc.assert(
        fc.property(values, backend, (xs, b) => {
          setSortBackend(b);
          const stable = iota(xs.length);
          expect(Array.from(stable)).toEqual(xs.map((_, i) => i));
          const expected = Array.from(stable).sort((i, j) => xs[i] - xs[j] || i - j);
          const v = Float64Array.from(xs);
          const idx = iota(xs.length);
          sortWithIndex(v, idx);
          expect(Array.from(idx)).toEqual(expected);
          for (let k = 0; k < xs.length; k++) expect(sameValue(v[k], xs[idx[k]])).toBe(true);
          const v2 = Float64Array.from(xs);
          const idx2 = iota(xs.length);
          sortWithIndexTs(v2, idx2);
          expect(Array.from(idx2)).toEqual(expected);
          const { order, sorted } = argsort(xs);
          expect(Array.from(order)).toEqual(expected);
          for (let k = 0; k < xs.length; k++) expect(sameValue(sorted[k], xs[order[k]])).toBe(true);
          // the input of argsort is not modified
          expect(xs.length).toBe(order.length);
        }),
        params(300),
      );
    },
    LIMIT,
  );

  it(
    'a NaN anywhere, a range outside the array, a short index or a bad length is a QuireError naming the argument',
    () => {
      fc.assert(
        fc.property(
          values.filter((xs) => xs.length > 0),
          fc.nat(),
          backend,
          (xs, at, b) => {
            setSortBackend(b);
            const withNaN = xs.slice();
            withNaN[at % xs.length] = Number.NaN;
            const a = Float64Array.from(withNaN);
            expect(returnsOrQuireError(() => sortF64(a), 'a').ok).toBe(false);
            expect(returnsOrQuireError(() => sortRange(Float64Array.from(withNaN)), 'NaN').ok).toBe(false);
            expect(returnsOrQuireError(() => sortWithIndex(Float64Array.from(withNaN), iota(xs.length)), 'values').ok).toBe(false);
            expect(returnsOrQuireError(() => sortWithIndexTs(Float64Array.from(withNaN), iota(xs.length)), 'values').ok).toBe(false);
            expect(returnsOrQuireError(() => argsort(withNaN), 'x').ok).toBe(false);
            expect(returnsOrQuireError(() => sortRange(Float64Array.from(xs), 1, xs.length), 'range').ok).toBe(false);
            expect(returnsOrQuireError(() => sortWithIndex(Float64Array.from(xs), new Int32Array(xs.length - 1)), 'index').ok).toBe(false);
          },
        ),
        params(100),
      );
      for (const n of [-1, 1.5, Number.NaN, Infinity]) expect(returnsOrQuireError(() => iota(n), 'n').ok).toBe(false);
      expect(returnsOrQuireError(() => sortF64([3, 1] as unknown as Float64Array), 'a').ok).toBe(false);
      expect(returnsOrQuireError(() => argsort(null as unknown as number[]), 'x').ok).toBe(false);
      expect(returnsOrQuireError(() => sortRange(new Float64Array(3), -1, 2), 'range').ok).toBe(false);
    },
    LIMIT,
  );
});
