/**
 * The edge contract of issue 16, shared by the property suites: every call either returns finite,
 * documented values or throws a QuireError whose message starts with the function's name (and names
 * the argument); it never returns NaN or ±Infinity silently, and never throws anything else.
 */
import { createContext, runInContext } from 'node:vm';
import fc from 'fast-check';
import { QuireError } from '../../src/core/errors.js';

const sandbox = createContext({ thunk: (): unknown => undefined });

/** Per-call limit: calls here take milliseconds; only a hang reaches it (node:vm interrupts a tight loop). */
export const CALL_LIMIT_MS = 10_000;

/** Doubles that break code: NaN, ±∞, ±0, ±1e±300, subnormals, the largest double, and ordinary values. */
export const nasty = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1e300, -1e300, 1e-300, -1e-300, 5e-324, Number.MAX_VALUE, 1, -1, 0.5),
  fc.double(),
  fc.double({ min: -10, max: 10, noNaN: true }),
);

/** Every number inside v (numbers, typed arrays, arrays, plain objects) is finite. */
export function deepFinite(v: unknown, seen = new Set<unknown>()): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'string' || typeof v === 'function') return true;
  if (seen.has(v)) return true;
  seen.add(v);
  if (ArrayBuffer.isView(v)) {
    const a = v as unknown as ArrayLike<number>;
    for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
    return true;
  }
  if (Array.isArray(v)) return v.every((x) => deepFinite(x, seen));
  if (typeof v === 'object') return Object.values(v as object).every((x) => deepFinite(x, seen));
  return true;
}

/**
 * Run `thunk` under the contract. Returns 'ok' or 'error'.
 * @throws Error (failing the property) on a non-QuireError, a QuireError that does not name `fn`,
 *   or a result that `finite` rejects
 */
export function contract(fn: string, thunk: () => unknown, finite: (v: unknown) => boolean = deepFinite): 'ok' | 'error' {
  let v: unknown;
  try {
    (sandbox as { thunk: () => unknown }).thunk = thunk;
    v = runInContext('thunk()', sandbox, { timeout: CALL_LIMIT_MS });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      throw new Error(`${fn} did not return within ${CALL_LIMIT_MS} ms (a hang)`);
    if (!(e instanceof QuireError))
      throw new Error(`${fn} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} (not a QuireError)`);
    if (!e.message.includes(fn)) throw new Error(`${fn}: QuireError does not name the function: ${e.message}`);
    return 'error';
  }
  if (!finite(v))
    throw new Error(
      `${fn} returned a non-finite value silently: ${JSON.stringify(v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : ArrayBuffer.isView(x) ? Array.from(x as unknown as ArrayLike<number>).slice(0, 8) : x))?.slice(0, 300)}`,
    );
  return 'ok';
}

/** fast-check parameters: a fixed seed and a wall-clock cap between runs. */
export const params = (numRuns: number) => ({ seed: 16, numRuns, interruptAfterTimeLimit: 20_000 });
