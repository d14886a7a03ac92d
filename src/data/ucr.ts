/**
 * UCR archive `.tsv` files (2018 release): one series per line, the class label first, then
 * the values; separators tab (2018), comma or spaces (older `.txt`); shorter series are
 * padded at the end with `NaN`, which is removed here.
 */
import { QuireError } from '../core/errors.js';
import { decimalNumber } from './csv.js';
import type { LabelledSeries } from './synthetic.js';

/**
 * Parse a UCR `_TRAIN.tsv` / `_TEST.tsv` file.
 * Trailing NaN padding is stripped (so series may differ in length); a NaN inside a series
 * is kept (a missing value), and later steps reject it with a clear message.
 * @param text - file contents
 * @param source - name used in error messages (e.g. the path)
 * @returns series (one Float64Array each) and numeric labels
 * @throws QuireError on an empty file, a non-numeric label or value (with line and column), or an all-NaN series
 * @example parseUcrTsv('1\t0.5\t0.7\n2\t1\tNaN\n').series[1].length // 1
 * @see Dau et al., The UCR Time Series Archive, IEEE/CAA J. Autom. Sinica 6 (2019)
 */
export function parseUcrTsv(text: string, source = 'input'): LabelledSeries {
  if (typeof text !== 'string') throw new QuireError(`parseUcrTsv: ${source}: contents must be a string`);
  const series: Float64Array[] = [];
  const labels: number[] = [];
  const lines = text.split(/\r?\n/);
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li].trim();
    if (line === '') continue;
    const parts = line.includes('\t') ? line.split('\t') : line.includes(',') ? line.split(',') : line.split(/\s+/);
    if (parts.length < 2)
      throw new QuireError(`parseUcrTsv: ${source}:${li + 1}: expected a label and at least one value, got ${parts.length} field(s)`);
    const label = decimalNumber(parts[0]);
    if (parts[0].trim() === '' || !Number.isFinite(label))
      throw new QuireError(`parseUcrTsv: ${source}:${li + 1}: label '${parts[0]}' is not a number`);
    const vals = new Float64Array(parts.length - 1);
    for (let j = 1; j < parts.length; j++) {
      const f = parts[j].trim();
      const v = /^nan$/i.test(f) || f === '?' ? NaN : f === '' ? undefined : decimalNumber(f);
      if (v === undefined || (!Number.isFinite(v) && !Number.isNaN(v)) || (Number.isNaN(v) && !/^(nan|\?)$/i.test(f))) {
        throw new QuireError(`parseUcrTsv: ${source}:${li + 1}: value ${j} '${parts[j]}' is not a number`);
      }
      vals[j - 1] = v;
    }
    let end = vals.length;
    while (end > 0 && Number.isNaN(vals[end - 1])) end--;
    if (end === 0) throw new QuireError(`parseUcrTsv: ${source}:${li + 1}: the series has no values (all NaN)`);
    series.push(vals.slice(0, end));
    labels.push(label);
  }
  if (series.length === 0) throw new QuireError(`parseUcrTsv: ${source}: no series found (empty file)`);
  return { series, labels };
}

/** The archive's public home, for fetching datasets where a network exists (not used offline). */
export const UCR_ARCHIVE_URL = 'https://www.cs.ucr.edu/~eamonn/time_series_data_2018/';
