/**
 * Shared CLI plumbing: the error → exit-code policy, JSON output, file reading through
 * the pure parsers, and atomic file writes (no partial outputs on failure).
 */
import { readFileSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { QuireError, isQuireError } from '../core/errors.js';
import { parseJsonMatrix, parseNumberColumn, parseNumberTable, type NumberTable } from '../data/csv.js';

/** File-system errors that are about the user's paths, not a quire bug: one line, exit 2. */
const PATH_ERRORS = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENAMETOOLONG']);

/** One line whatever the message holds (a parser may quote raw bytes of a binary file). */
export function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? ' ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** Exit 2 for user errors (QuireError, a bad path), 1 for internal failures. */
export function handleError(e: unknown): never {
  if (isQuireError(e)) {
    process.stderr.write(`quire: error: ${oneLine((e as Error).message)}\n`);
    process.exit(2);
  }
  const sys = e as NodeJS.ErrnoException;
  if (sys && typeof sys.code === 'string' && PATH_ERRORS.has(sys.code) && typeof sys.path === 'string') {
    process.stderr.write(`quire: error: cannot ${sys.syscall ?? 'use'} '${sys.path}': ${sys.code}\n`);
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
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new QuireError(`cannot read ${what} '${path}': it is a directory, not a file`);
    if (code === 'ENOENT') throw new QuireError(`cannot read ${what} '${path}': no such file`);
    throw new QuireError(`cannot read ${what} '${path}': ${code ?? (e as Error).message}`);
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

export { writeFileAtomic } from './output.js';

/** commander value parsers that reject bad numbers up front (exit 2). */
/** A decimal number literal: no hex (`0x10`), no `Infinity`/`NaN`, no empty string. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseNumberArg(v: string): number {
  const x = Number(v);
  if (!DECIMAL.test(v.trim()) || !Number.isFinite(x)) throw new InvalidArgumentError(`expected a finite number, got '${v}'`);
  return x;
}

export function parseIntArg(v: string): number {
  const x = Number(v);
  if (!DECIMAL.test(v.trim()) || !Number.isSafeInteger(x)) throw new InvalidArgumentError(`expected an integer, got '${v}'`);
  return x;
}

export function parseNumberListArg(v: string): number[] {
  return v.split(',').map((s) => parseNumberArg(s));
}
