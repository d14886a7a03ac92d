/**
 * Exact power-of-two rescaling for sums of squares at the edges of the double range:
 * values beyond ±2^500 square past the largest double, values below 2^−500 square to 0.
 * Multiplying by a power of two is exact (away from subnormals), so a result computed on
 * scaled values and scaled back is the unscaled result to rounding.
 */

/**
 * The factor s = 2^−e that brings `maxAbs` into [1, 2), or 1 when `maxAbs` is 0, not finite,
 * or already inside [2^−500, 2^500] (ordinary inputs keep their bits).
 */
export function rescaleFactor(maxAbs: number): number {
  if (!(maxAbs > 0) || !(maxAbs < Infinity) || (maxAbs >= 2 ** -500 && maxAbs <= 2 ** 500)) return 1;
  const e = Math.min(1022, Math.max(-1000, Math.floor(Math.log2(maxAbs))));
  return 2 ** -e;
}

/** Largest |x| over arrays. */
export function maxAbs(...arrays: ArrayLike<number>[]): number {
  let m = 0;
  for (const a of arrays) for (let i = 0; i < a.length; i++) if (Math.abs(a[i]) > m) m = Math.abs(a[i]);
  return m;
}
