import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LuDecomposition, Matrix } from 'ml-matrix';
import { gemm, luFactorFlat, luSolveFlat } from './linalg.js';
import { Rng } from './rng.js';

describe('flat LU', () => {
  it('solves A·X = B like the ml-matrix LU (cross-check; n up to 40 crosses into the WASM kernel; property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 1000 }), (n, m, seed) => {
        const r = new Rng(seed);
        const a = r.fillNormal(new Float64Array(n * n));
        const b = r.fillNormal(new Float64Array(n * m));
        const f = luFactorFlat(a, n);
        expect(f.singular).toBe(false);
        const x = luSolveFlat(f, b, m);
        const rows = (d: Float64Array, c: number) =>
          Array.from({ length: d.length / c }, (_, i) => Array.from(d.subarray(i * c, (i + 1) * c)));
        const ref = new LuDecomposition(new Matrix(rows(a, n))).solve(new Matrix(rows(b, m))).to1DArray();
        const back = gemm(a, x, n, n, m);
        for (let i = 0; i < n * m; i++) {
          expect(Math.abs(x[i] - ref[i])).toBeLessThan(1e-8 * (1 + Math.abs(ref[i])));
          expect(Math.abs(back[i] - b[i])).toBeLessThan(1e-8);
        }
      }),
      { seed: 42, numRuns: 80 },
    );
  });

  it('flags singular matrices: exact zeros by default, tiny pivots with a tolerance', () => {
    expect(luFactorFlat([1, 2, 2, 4], 2).singular).toBe(true);
    expect(luFactorFlat([1, 0, 0, 1e-15], 2).singular).toBe(false);
    expect(luFactorFlat([1, 0, 0, 1e-15], 2, { tolerance: 1e-13 }).singular).toBe(true);
    expect(luFactorFlat([1, 0, 0, Number.NaN], 2).singular).toBe(true);
    const f = luFactorFlat([0, 2, 1, 0], 2); // needs a row swap
    expect(Array.from(f.perm)).toEqual([1, 0]);
    expect(f.pivotMin / f.pivotMax).toBeCloseTo(0.5, 15);
    expect(Array.from(luSolveFlat(f, [4, 3], 1))).toEqual([3, 2]);
  });
});
