// Small helpers shared by the lab demos: parse numbers from pasted text.
import { QuireError } from '../../../src/core/errors.js';
import { parseNumberTable } from '../../../src/data/csv.js';

/** Numbers separated by commas, spaces or newlines. */
export function parseNumbers(text: string, name: string): number[] {
  const parts = text.split(/[\s,;]+/).filter((s) => s !== '');
  if (parts.length === 0) throw new QuireError(`${name}: no numbers given`);
  return parts.map((s, i) => {
    const x = Number(s);
    if (!Number.isFinite(x)) throw new QuireError(`${name}: entry ${i + 1} is not a finite number ('${s}')`);
    return x;
  });
}

/** A number field. */
export function parseNumber(text: string, name: string, { integer = false, min = -Infinity, max = Infinity } = {}): number {
  const x = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(x)) throw new QuireError(`${name} must be a finite number, got '${text}'`);
  if (integer && !Number.isInteger(x)) throw new QuireError(`${name} must be an integer, got ${x}`);
  if (!(x >= min && x <= max)) throw new QuireError(`${name} must be in [${min}, ${max}], got ${x}`);
  return x;
}

/** A rectangular table of numbers (CSV/TSV). */
export function parseRows(text: string, name: string): number[][] {
  return parseNumberTable(text, { source: name, delimiter: 'auto' }).rows;
}
