/**
 * sktime / aeon `.ts` files: a header of `@key value` lines, then `@data`, then one case per
 * line: dimensions separated by ':', values by ',', the class label last (when
 * `@classLabel true`); '?' or 'NaN' is a missing value; unequal lengths are allowed.
 * Timestamped `(t, v)` data is not supported (a clear error says so).
 */
import { QuireError } from '../core/errors.js';
import { decimalNumber } from './csv.js';

export interface TsDataset {
  problemName: string | null;
  /** cases × dimensions × time (trailing NaN padding stripped) */
  series: Float64Array[][];
  /** class label of each case (as written), or null when @classLabel is false */
  labels: string[] | null;
  /** the labels declared by @classLabel, in order */
  classLabels: string[];
  dimensions: number;
}

/**
 * Parse an sktime `.ts` file (univariate or multivariate).
 * @param text - file contents
 * @param source - name for error messages
 * @throws QuireError on a missing @data section, a ragged number of dimensions, a label not
 *   declared in @classLabel, a non-numeric value (hex and other non-decimal literals included), a
 *   dimension with no values, or timestamped data (all with the line number)
 * @example parseTs('@classLabel true a b\n@data\n1,2,3:a\n').series[0][0].length // 3
 * @see https://www.sktime.net (ts file format); Bagnall et al., UEA/UCR archives
 */
export function parseTs(text: string, source = 'input'): TsDataset {
  const fn = 'parseTs';
  if (typeof text !== 'string') throw new QuireError(`${fn}: ${source}: contents must be a string`);
  const lines = text.split(/\r?\n/);
  let problemName: string | null = null;
  let hasLabels = false;
  let classLabels: string[] = [];
  let inData = false;
  const series: Float64Array[][] = [];
  const labels: string[] = [];
  let dims = -1;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li].trim();
    if (line === '' || line.startsWith('#')) continue;
    const where = `${source}:${li + 1}`;
    if (!inData) {
      if (!line.startsWith('@'))
        throw new QuireError(`${fn}: ${where}: expected a header line starting with '@' before @data, got '${line.slice(0, 40)}'`);
      const [key, ...rest] = line.split(/\s+/);
      const k = key.toLowerCase();
      if (k === '@problemname') problemName = rest.join(' ');
      else if (k === '@timestamps' && rest[0]?.toLowerCase() === 'true')
        throw new QuireError(`${fn}: ${where}: timestamped .ts data is not supported`);
      else if (k === '@classlabel') {
        hasLabels = rest[0]?.toLowerCase() === 'true';
        classLabels = hasLabels ? rest.slice(1) : [];
      } else if (k === '@data') inData = true;
      continue;
    }
    const parts = line.split(':');
    const nd = hasLabels ? parts.length - 1 : parts.length;
    if (nd < 1) throw new QuireError(`${fn}: ${where}: no values`);
    if (dims < 0) dims = nd;
    else if (nd !== dims) throw new QuireError(`${fn}: ${where}: case has ${nd} dimensions, expected ${dims} (as in the first case)`);
    const caseDims: Float64Array[] = [];
    for (let d = 0; d < nd; d++) {
      const fields = parts[d].split(',');
      const vals = new Float64Array(fields.length);
      for (let j = 0; j < fields.length; j++) {
        const f = fields[j].trim();
        if (f === '?' || /^nan$/i.test(f)) vals[j] = NaN;
        else {
          const v = decimalNumber(f);
          if (!Number.isFinite(v))
            throw new QuireError(`${fn}: ${where}: dimension ${d + 1}, value ${j + 1} '${fields[j]}' is not a number`);
          vals[j] = v;
        }
      }
      let end = vals.length;
      while (end > 0 && Number.isNaN(vals[end - 1])) end--;
      if (end === 0) throw new QuireError(`${fn}: ${where}: dimension ${d + 1} has no values (all missing)`);
      caseDims.push(vals.slice(0, end));
    }
    series.push(caseDims);
    if (hasLabels) {
      const lab = parts[parts.length - 1].trim();
      if (classLabels.length > 0 && !classLabels.includes(lab))
        throw new QuireError(`${fn}: ${where}: class label '${lab}' is not declared in @classLabel (${classLabels.join(' ')})`);
      labels.push(lab);
    }
  }
  if (!inData) throw new QuireError(`${fn}: ${source}: no @data section`);
  if (series.length === 0) throw new QuireError(`${fn}: ${source}: no cases after @data`);
  return { problemName, series, labels: hasLabels ? labels : null, classLabels, dimensions: dims };
}
