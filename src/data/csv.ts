/**
 * Numeric CSV/TSV parsing (string → data, pure). Rows of numbers, an optional header
 * row (a first row whose every cell is a name), blank lines ignored. Malformed input
 * raises QuireError naming the source, the line and the field.
 */
import { csvParseRows, tsvParseRows } from 'd3-dsv';
import { QuireError } from '../core/errors.js';

export interface NumberTable {
  header: string[] | null;
  rows: number[][];
}

/** Spellings of a missing value: never a column name, so never a header cell. */
const MISSING = /^(n\/?a|nan|null|none|nil|missing|-|\?|inf|infinity)$/i;

/**
 * A header cell is a name: it starts with a letter or `_` (so `0x10`, `.5e`, `#1`, `-` are
 * not names) and is not a spelling of a missing value (`N/A`, `NA`, `null`, …).
 */
export function isNameCell(cell: string): boolean {
  const t = cell.trim();
  return /^[\p{L}_]/u.test(t) && !MISSING.test(t);
}

function parseCell(cell: string): number {
  const t = cell.trim();
  if (t === '') return NaN;
  // Number('') and Number(' ') are 0 and Number('0x10') is 16: accept only decimal literals.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(Infinity|inf)$|^nan$/i.test(t)) return NaN;
  return Number(t.replace(/^([+-]?)inf$/i, '$1Infinity'));
}

/**
 * A decimal literal (`12`, `-1.5e-3`, `.5`) as a number; NaN for anything else, so hex, octal
 * and binary literals (`0x10`, `0o7`, `0b1`), `Infinity` and empty strings are never numbers.
 */
export function decimalNumber(field: string): number {
  const t = field.trim();
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : NaN;
}

/**
 * Parse a table of numbers.
 * @param text - file contents
 * @param opts.source - a name for messages (e.g. the file path)
 * @param opts.delimiter - ',' (default), '\t', or 'auto' (tab if the first line has one)
 * @param opts.allowNaN - accept empty/NaN cells as NaN (default false)
 * @param opts.ragged - accept rows of different lengths (default false)
 * Cells spelled `inf`/`Infinity` (with a sign) are ±Infinity; NaN only where `allowNaN`.
 * @returns the header (or null) and the rows; numbers may be ±Infinity as spelled in the file
 * @throws QuireError on an empty table, a non-numeric cell, or ragged rows
 */
export function parseNumberTable(
  text: string,
  opts: { source?: string; delimiter?: ',' | '\t' | 'auto'; allowNaN?: boolean; ragged?: boolean } = {},
): NumberTable {
  const source = opts.source ?? 'input';
  if (typeof text !== 'string') throw new QuireError(`parseNumberTable: ${source}: text must be a string, got ${typeof text}`);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delim = opts.delimiter === undefined || opts.delimiter === 'auto' ? (firstLine.includes('\t') ? '\t' : ',') : opts.delimiter;
  const raw = (delim === '\t' ? tsvParseRows(text) : csvParseRows(text)).map((r, i) => ({ r, line: i + 1 }));
  const lines = raw.filter(({ r }) => !(r.length === 0 || (r.length === 1 && r[0].trim() === '')));
  if (lines.length === 0) throw new QuireError(`${source}: no data (the file is empty)`);
  if (text.includes('\0')) throw new QuireError(`${source}: not a text file (it contains NUL bytes)`);
  const first = lines[0].r;
  if (first.length === 1 && first[0].includes(';')) {
    throw new QuireError(
      `${source}: line ${lines[0].line} looks semicolon-separated; quire reads comma-separated (or tab-separated) values`,
    );
  }
  let header: string[] | null = null;
  // A header is a first row whose every cell is a name; anything else there is data, so a bad
  // first value (`0x10`, `N/A`) is reported, never silently dropped as a header.
  if (first.every(isNameCell)) {
    header = lines[0].r.map((c) => c.trim());
    lines.shift();
    if (lines.length === 0) throw new QuireError(`${source}: no data rows after the header`);
  }
  const rows: number[][] = [];
  let width = -1;
  for (const { r, line } of lines) {
    const row = r.map((cell, j) => {
      const v = parseCell(cell);
      if (Number.isNaN(v)) {
        const isMissing = cell.trim() === '' || /^nan$/i.test(cell.trim());
        if (!(isMissing && opts.allowNaN)) {
          const hint = cell.includes(';') ? ' (semicolon-separated? quire reads comma- or tab-separated values)' : '';
          throw new QuireError(`${source}: line ${line}, field ${j + 1}: expected a number, got ${JSON.stringify(cell.trim())}${hint}`);
        }
      }
      return v;
    });
    if (width === -1) width = row.length;
    else if (row.length !== width && !opts.ragged) {
      throw new QuireError(`${source}: line ${line} has ${row.length} fields, expected ${width} (ragged rows)`);
    }
    rows.push(row);
  }
  return { header, rows };
}

/**
 * Parse a single column of numbers (one per line; a header line is allowed).
 * @throws QuireError if any row has more than one field or a field is not finite
 */
export function parseNumberColumn(text: string, source = 'input'): Float64Array {
  const t = parseNumberTable(text, { source });
  if (t.rows[0].length !== 1) throw new QuireError(`${source}: expected one column of numbers, got ${t.rows[0].length} columns`);
  const out = Float64Array.from(t.rows, (r) => r[0]);
  out.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new QuireError(`${source}: row ${i + 1} is not a finite number (${v})`);
  });
  return out;
}

/**
 * Parse a JSON matrix given as an array of rows.
 * @throws QuireError on invalid JSON, ragged rows or non-finite entries
 */
export function parseJsonMatrix(text: string, source = 'input'): number[][] {
  if (typeof text !== 'string') throw new QuireError(`parseJsonMatrix: ${source}: text must be a string, got ${typeof text}`);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new QuireError(`${source}: invalid JSON (${(e as Error).message})`);
  }
  if (typeof v === 'number') v = [[v]];
  if (!Array.isArray(v) || v.length === 0) throw new QuireError(`${source}: expected a non-empty JSON array of rows`);
  if (v.every((x) => typeof x === 'number')) v = [v];
  const rows = v as unknown[];
  const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : -1;
  rows.forEach((r, i) => {
    if (!Array.isArray(r)) throw new QuireError(`${source}: row ${i} is not an array`);
    if (r.length !== width) throw new QuireError(`${source}: row ${i} has ${r.length} entries, expected ${width} (ragged rows)`);
    r.forEach((x, j) => {
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new QuireError(`${source}: entry [${i}][${j}] is not a finite number`);
    });
  });
  if (width === 0) throw new QuireError(`${source}: rows are empty`);
  return rows as number[][];
}
