/**
 * Property hunt over quire/ot's distances and risks (issue 16): ±1e300, subnormals, ties, n = 1,
 * zero and all-equal weights, NaN and ±∞. Each call returns finite values or throws a QuireError
 * naming the function, within the watchdog's time.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import * as ot from '../../src/ot/index.js';
import { contract, nasty, params } from './guard.js';

const arr = fc.oneof(
  fc.array(nasty, { minLength: 0, maxLength: 6 }),
  fc.array(fc.constantFrom(1e300, -1e300, 5e-324, 0), { minLength: 1, maxLength: 4 }),
  fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 6 }),
);
const pOrder = fc.constantFrom(1, 1.5, 2, 3, 0.5, Number.NaN);

describe('ot: 1-D distances over nasty samples', () => {
  it('wasserstein1d, wasserstein1dPow, emd1d, wasserstein1dBatch', () => {
    fc.assert(
      fc.property(
        arr,
        arr,
        pOrder,
        fc.option(fc.array(fc.constantFrom(0, 1, 1e300, 5e-324, -1), { minLength: 6, maxLength: 6 })),
        (u, v, p, w) => {
          const uWeights = w ? w.slice(0, u.length) : undefined;
          contract('wasserstein1d', () => ot.wasserstein1d(u, v, { p, uWeights }));
          contract('wasserstein1dPow', () => ot.wasserstein1dPow(u, v, { p }));
          contract('emd1d', () => ot.emd1d(u, v, { p }));
          contract('wasserstein1dBatch', () => ot.wasserstein1dBatch([u], [v], { p }));
        },
      ),
      params(300),
    );
  }, 60_000);

  it('slicedWasserstein and maxSlicedWasserstein on 2-D clouds with huge entries', () => {
    const pts = fc.array(fc.tuple(fc.constantFrom(1e300, -1e300, 0, 1, 5e-324, 2.5), fc.double({ min: -3, max: 3, noNaN: true })), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(pts, pts, fc.constantFrom(1, 2), (X, Y, p) => {
        contract('slicedWasserstein', () => ot.slicedWasserstein(X, Y, { p, projections: 8 }));
        contract('maxSlicedWasserstein', () => ot.maxSlicedWasserstein(X, Y, { p, projections: 4, iterations: 3 }));
      }),
      params(100),
    );
  }, 60_000);
});
