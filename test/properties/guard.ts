/**
 * The one harness of the property suite (issue 16). The edge contract: every call either returns
 * finite, documented values or throws a QuireError that names the function (and the argument); it
 * never hangs, never returns NaN or ±Infinity silently, and never throws anything else.
 *
 * Calls run under a V8 watchdog (node:vm's timeout interrupts even a tight loop), so a hang becomes
 * a failing property with its counterexample instead of a test run that never ends. One shared vm
 * context serves every call (a fresh context per call costs about a millisecond).
 *
 * - `contract(fn, thunk, finite?)`: the full contract; returns 'ok' or 'error'.
 * - `contractAsync(fn, thunk)`: the same for a promise (no watchdog: the event loop is not interruptible).
 * - `withinTime(f, ms?)`: only the watchdog.
 * - `returnsOrQuireError(f, name?)`: the watchdog plus "any error is a QuireError naming `name`".
 * - `deepFinite(v)`: every number inside v is finite.
 * - `nasty`: doubles that break code; `params(numRuns, seed?)`: fast-check parameters.
 */
import { createContext, runInContext } from 'node:vm';
import fc from 'fast-check';
import { isQuireError } from '../../src/core/errors.js';

/** Per-call limit: calls here take milliseconds even on a loaded machine; only a real hang reaches it. */
export const CALL_LIMIT_MS = 10_000;

const sandbox = createContext({ thunk: (): unknown => undefined });

/**
 * Run f under the watchdog.
 * @throws Error naming the limit when f does not return within `ms`; f's own error otherwise
 */
export function withinTime<T>(f: () => T, ms = CALL_LIMIT_MS): T {
  const box = sandbox as { thunk: () => unknown };
  const previous = box.thunk;
  box.thunk = f;
  try {
    return runInContext('thunk()', sandbox, { timeout: ms }) as T;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new Error(`call did not return within ${ms} ms (a hang)`);
    throw e;
  } finally {
    box.thunk = previous;
  }
}

/**
 * Run f under the watchdog: it must return, or throw a QuireError whose message names
 * `name` (when given). Any other error, or a hang, fails the property.
 */
export function returnsOrQuireError<T>(f: () => T, name?: string): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: withinTime(f) };
  } catch (e) {
    if (!isQuireError(e)) throw new Error(`not a QuireError: ${(e as Error)?.stack ?? String(e)}`);
    const message = (e as Error).message;
    if (name !== undefined && !message.includes(name)) throw new Error(`QuireError does not name '${name}': ${message}`);
    return { ok: false, message };
  }
}

/** Doubles that break code: NaN, ±∞, ±0, ±1e±300, subnormals, the largest double, and ordinary values. */
export const nasty = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1e300, -1e300, 1e-300, -1e-300, 5e-324, Number.MAX_VALUE, 1, -1, 0.5),
  fc.double(),
  fc.double({ min: -10, max: 10, noNaN: true }),
);

/** Every number inside v (numbers, typed arrays, arrays, plain objects, ml-matrix rows) is finite. */
export function deepFinite(v: unknown, seen = new Set<unknown>()): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (v === null || v === undefined || typeof v !== 'object') return true;
  if (seen.has(v)) return true;
  seen.add(v);
  if (ArrayBuffer.isView(v)) {
    const a = v as unknown as ArrayLike<number>;
    for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
    return true;
  }
  if (Array.isArray(v)) return v.every((x) => deepFinite(x, seen));
  return Object.values(v as object).every((x) => deepFinite(x, seen));
}

const show = (v: unknown): string | undefined =>
  JSON.stringify(v, (_k, x) =>
    typeof x === 'number' && !Number.isFinite(x)
      ? String(x)
      : ArrayBuffer.isView(x)
        ? Array.from(x as unknown as ArrayLike<number>).slice(0, 8)
        : x,
  )?.slice(0, 300);

function checkError(fn: string, e: unknown): 'error' {
  if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
    throw new Error(`${fn} did not return within ${CALL_LIMIT_MS} ms (a hang)`);
  if (!isQuireError(e)) throw new Error(`${fn} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} (not a QuireError)`);
  const message = (e as Error).message;
  if (!message.includes(fn)) throw new Error(`${fn}: QuireError does not name the function: ${message}`);
  return 'error';
}

/**
 * Run `thunk` under the contract. Returns 'ok' or 'error'.
 * @param finite accepts the result (default: every number in it is finite); pass a wider test for documented ±∞
 * @throws Error (failing the property) on a hang, a non-QuireError, a QuireError that does not name `fn`,
 *   or a result that `finite` rejects
 */
export function contract(fn: string, thunk: () => unknown, finite: (v: unknown) => boolean = deepFinite): 'ok' | 'error' {
  let v: unknown;
  try {
    v = withinTime(thunk);
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('call did not return within')) throw new Error(`${fn}: ${e.message}`);
    return checkError(fn, e);
  }
  if (!finite(v)) throw new Error(`${fn} returned a non-finite value silently: ${show(v)}`);
  return 'ok';
}

/**
 * The contract for an async call: resolves to the value, or null after a QuireError naming `fn`.
 * No watchdog here (a pending promise cannot be interrupted); the test's own timeout catches a hang.
 */
export async function contractAsync(fn: string, thunk: () => Promise<unknown>): Promise<unknown> {
  let v: unknown;
  try {
    v = await thunk();
  } catch (e) {
    checkError(fn, e);
    return null;
  }
  if (!deepFinite(v)) throw new Error(`${fn} returned a non-finite value silently: ${show(v)}`);
  return v;
}

/** fast-check parameters: a fixed seed and a wall-clock cap between runs. */
export const params = (numRuns: number, seed = 16) => ({ seed, numRuns, interruptAfterTimeLimit: 20_000 });
