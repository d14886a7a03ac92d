/**
 * Shared helpers for the property suite. `withinTime` runs a synchronous call under a V8
 * watchdog (node:vm's timeout interrupts even a tight loop), so a hang becomes a failing
 * property with its counterexample instead of a test run that never ends.
 */
import { runInNewContext } from 'node:vm';
import { isQuireError } from '../../src/core/errors.js';

/** Generous: calls in this suite take milliseconds; only a real hang reaches it. */
export const CALL_LIMIT_MS = 5_000;

export function withinTime<T>(f: () => T, ms = CALL_LIMIT_MS): T {
  try {
    return runInNewContext('f()', { f }, { timeout: ms }) as T;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new Error(`call did not return within ${ms} ms (a hang)`);
    throw e;
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
