import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { argsort, iota, setSortBackend, sortF64, sortRange, sortWithIndex, sortWithIndexTs } from './sort.js';
import { Rng } from './rng.js';

function isSortedCopyOf(out: Float64Array, src: Float64Array): void {
  const ref = src.slice().sort();
  expect(out.length).toBe(ref.length);
  let bad = -1;
  for (let i = 0; i < ref.length && bad < 0; i++) if (!Object.is(out[i] + 0, ref[i] + 0)) bad = i;
  expect(bad).toBe(-1);
}

const special = fc.constantFrom(0, -0, 1, -1, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1e-300, 0.1);
const anyF64 = fc.oneof(fc.double({ noNaN: true }), special, fc.integer({ min: -3, max: 3 }));

describe('core/sort', () => {
  afterEach(() => void setSortBackend('wasm'));

  it('sorts like the built-in typed-array sort: extremes, ±0, duplicates, subnormals (property)', () => {
    fc.assert(
      fc.property(fc.array(anyF64, { minLength: 0, maxLength: 400 }), (xs) => {
        const src = Float64Array.from(xs);
        isSortedCopyOf(sortF64(src.slice()), src);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('heavy tails, clusters and a large n: the WASM path equals the built-in sort', () => {
    const r = new Rng(11);
    const n = 50_000;
    const normal = r.fillNormal(new Float64Array(n));
    const cauchy = normal.map((x, i) => x / normal[(i * 7919 + 1) % n]);
    const cluster = normal.map((x, i) => (i % 3 === 0 ? 1 + 1e-12 * x : i % 3 === 1 ? 1e9 * x : Math.round(x)));
    for (const src of [normal, cauchy, cluster]) isSortedCopyOf(sortF64(src.slice()), src);
  });

  it('sortRange sorts one row of a flat array and leaves the rest', () => {
    const r = new Rng(12);
    const a = r.fillNormal(new Float64Array(3 * 200));
    const before = a.slice();
    sortRange(a, 200, 200);
    expect(Array.from(a.subarray(0, 200))).toEqual(Array.from(before.subarray(0, 200)));
    expect(Array.from(a.subarray(400))).toEqual(Array.from(before.subarray(400)));
    isSortedCopyOf(a.subarray(200, 400), before.subarray(200, 400));
  });

  it('sortWithIndex is a stable argsort, and equals its TS twin (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(0, -0), fc.double({ noNaN: true, min: -10, max: 10 })), {
          maxLength: 300,
        }),
        (xs) => {
          const v = Float64Array.from(xs);
          const a = v.slice();
          const ia = iota(v.length);
          sortWithIndex(a, ia);
          const b = v.slice();
          const ib = iota(v.length);
          sortWithIndexTs(b, ib);
          expect(Array.from(ia)).toEqual(Array.from(ib));
          for (let k = 0; k < v.length; k++) {
            expect(a[k] + 0).toBe(v[ia[k]] + 0);
            if (k > 0) {
              expect(a[k]).toBeGreaterThanOrEqual(a[k - 1]);
              if (a[k] === a[k - 1]) expect(ia[k]).toBeGreaterThan(ia[k - 1]);
            }
          }
        },
      ),
      { seed: 9, numRuns: 150 },
    );
  });

  it('argsort leaves its input alone; the TS backend gives the same result', () => {
    const x = Float64Array.from(
      { length: 500 },
      (_, i) => Math.sin(i * 12.9898) * 43758.5453 - Math.floor(Math.sin(i * 12.9898) * 43758.5453) + (i % 7),
    );
    const copy = x.slice();
    const w = argsort(x);
    expect(Array.from(x)).toEqual(Array.from(copy));
    setSortBackend('ts');
    const t = argsort(x);
    expect(Array.from(w.order)).toEqual(Array.from(t.order));
    expect(Array.from(w.sorted)).toEqual(Array.from(t.sorted));
  });
});
