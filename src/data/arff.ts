/**
 * Weka `.arff` files as used by the UCR/UEA archives: numeric attributes (one per time
 * step) and a final nominal class attribute. '?' is a missing value; trailing missing
 * values are stripped. Sparse ('{…}') and relational (multivariate) ARFF are not supported.
 */
import { QuireError } from '../core/errors.js';
import { decimalNumber } from './csv.js';

export interface ArffDataset {
  relation: string | null;
  series: Float64Array[];
  labels: string[];
  classLabels: string[];
}

/**
 * Parse a univariate time-series `.arff` file whose last attribute is the class.
 * @param text - file contents
 * @param source - name for error messages
 * @throws QuireError on a missing @data, a row with the wrong number of fields, a non-numeric
 *   (or non-decimal) value, a row with no values, an undeclared class, or unsupported
 *   sparse/relational data (with the line number)
 * @example parseArff('@relation x\n@attribute t1 numeric\n@attribute c {a,b}\n@data\n1.5,a\n').labels // ['a']
 * @see https://waikato.github.io/weka-wiki/formats_and_processing/arff_stable/
 */
export function parseArff(text: string, source = 'input'): ArffDataset {
  const fn = 'parseArff';
  if (typeof text !== 'string') throw new QuireError(`${fn}: ${source}: contents must be a string`);
  const lines = text.split(/\r?\n/);
  let relation: string | null = null;
  const attrs: { name: string; nominal: string[] | null }[] = [];
  let inData = false;
  const series: Float64Array[] = [];
  const labels: string[] = [];
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li].trim();
    if (line === '' || line.startsWith('%')) continue;
    const where = `${source}:${li + 1}`;
    if (!inData) {
      const low = line.toLowerCase();
      if (low.startsWith('@relation'))
        relation = line
          .slice(9)
          .trim()
          .replace(/^['"]|['"]$/g, '');
      else if (low.startsWith('@attribute')) {
        const m = /^@attribute\s+('[^']*'|"[^"]*"|\S+)\s+(.*)$/i.exec(line);
        if (!m) throw new QuireError(`${fn}: ${where}: malformed @attribute line`);
        const type = m[2].trim();
        if (/^relational/i.test(type))
          throw new QuireError(`${fn}: ${where}: relational (multivariate) ARFF is not supported; use the .ts file`);
        const nominal = type.startsWith('{')
          ? type
              .replace(/^\{|\}$/g, '')
              .split(',')
              .map((s) => s.trim().replace(/^['"]|['"]$/g, ''))
          : null;
        attrs.push({ name: m[1], nominal });
      } else if (low.startsWith('@data')) inData = true;
      else if (low.startsWith('@')) continue;
      else throw new QuireError(`${fn}: ${where}: unexpected line before @data: '${line.slice(0, 40)}'`);
      continue;
    }
    if (line.startsWith('{')) throw new QuireError(`${fn}: ${where}: sparse ARFF rows are not supported`);
    if (attrs.length < 2)
      throw new QuireError(`${fn}: ${source}: need at least one numeric attribute and a class attribute, got ${attrs.length} attribute(s)`);
    const fields = line.split(',');
    if (fields.length !== attrs.length)
      throw new QuireError(`${fn}: ${where}: row has ${fields.length} fields, expected ${attrs.length} (the declared attributes)`);
    const vals = new Float64Array(fields.length - 1);
    for (let j = 0; j < fields.length - 1; j++) {
      const f = fields[j].trim();
      if (f === '?') vals[j] = NaN;
      else {
        const v = decimalNumber(f);
        if (!Number.isFinite(v)) throw new QuireError(`${fn}: ${where}: attribute ${j + 1} value '${fields[j]}' is not a number`);
        vals[j] = v;
      }
    }
    const lab = fields[fields.length - 1].trim().replace(/^['"]|['"]$/g, '');
    const cls = attrs[attrs.length - 1].nominal;
    if (cls && !cls.includes(lab)) throw new QuireError(`${fn}: ${where}: class '${lab}' is not one of {${cls.join(',')}}`);
    let end = vals.length;
    while (end > 0 && Number.isNaN(vals[end - 1])) end--;
    if (end === 0) throw new QuireError(`${fn}: ${where}: the series has no values (all missing)`);
    series.push(vals.slice(0, end));
    labels.push(lab);
  }
  if (!inData) throw new QuireError(`${fn}: ${source}: no @data section`);
  if (series.length === 0) throw new QuireError(`${fn}: ${source}: no rows after @data`);
  return { relation, series, labels, classLabels: attrs[attrs.length - 1]?.nominal ?? [] };
}
