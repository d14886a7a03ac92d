/**
 * Shared CLI plumbing: the error → exit-code policy, JSON output, file reading through
 * the pure parsers, and atomic file writes (no partial outputs on failure).
 */
import { readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { InvalidArgumentError } from 'commander';
import { QuireError, isQuireError } from '../core/errors.js';
import { parseJsonMatrix, parseNumberColumn, parseNumberTable, type NumberTable } from '../data/csv.js';

/** Exit 2 for user errors (QuireError), 1 for internal failures. */
export function handleError(e: unknown): never {
  if (isQuireError(e)) {
    process.stderr.write(`quire: error: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const err = e as Error;
  process.stderr.write(`quire: internal error: ${err?.stack ?? String(e)}\n`);
  process.exit(1);
}

/** Wrap a commander action so errors follow the exit-code policy. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void> | void): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      handleError(e);
    }
  };
}

/** Print exactly one JSON object on stdout. Non-finite numbers become null. */
export function printJson(obj: unknown): void {
  process.stdout.write(JSON.stringify(obj, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)) + '\n');
}

/** Read a whole text file, turning a missing/unreadable file into a QuireError. */
export function readText(path: string, what = 'file'): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new QuireError(`cannot read ${what} '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function readNumberColumn(path: string): Float64Array {
  return parseNumberColumn(readText(path), path);
}

export function readNumberTable(path: string, opts: { allowNaN?: boolean; ragged?: boolean } = {}): NumberTable {
  return parseNumberTable(readText(path), { source: path, delimiter: 'auto', ...opts });
}

export function readJsonMatrix(path: string): number[][] {
  return parseJsonMatrix(readText(path), path);
}

/** Write a file atomically (temporary name, then rename). */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** commander value parsers that reject bad numbers up front (exit 2). */
export function parseNumberArg(v: string): number {
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x)) throw new InvalidArgumentError(`expected a finite number, got '${v}'`);
  return x;
}

export function parseIntArg(v: string): number {
  const x = Number(v);
  if (v.trim() === '' || !Number.isInteger(x)) throw new InvalidArgumentError(`expected an integer, got '${v}'`);
  return x;
}

export function parseNumberListArg(v: string): number[] {
  return v.split(',').map((s) => parseNumberArg(s));
}
