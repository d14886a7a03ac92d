/**
 * Property hunt over quire/data's file parsers (issue 16), beyond core-data's random text:
 * the files users actually get wrong — empty, binary, ragged, NaN/Inf, header-only, a UTF-8
 * BOM, CRLF line ends, semicolon separators, hex/octal literals — and the embedded sets.
 * A parse either returns finite numbers (NaN/±Infinity only where documented: an `allowNaN`
 * cell, an `inf` cell of parseNumberTable, a UCR missing value inside a series) or throws a
 * QuireError naming the source. Formatting a table and parsing it back is the identity.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseNumberTable,
  parseNumberColumn,
  parseJsonMatrix,
  parseUcrTsv,
  parseTs,
  parseArff,
  isNameCell,
  decimalNumber,
  isEmbeddedUcr,
  loadEmbeddedUcr,
  loadMobyDickText,
  EMBEDDED_UCR,
} from '../../src/data/index.js';
import { contractAsync, params, returnsOrQuireError } from './guard.js';

const LIMIT = 30_000;
/** Finite numbers that survive a round trip through their shortest decimal form. */
const num = fc.oneof(
  { weight: 6, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 1, -1, 5e-324, -5e-324, 1e300, -Number.MAX_VALUE, 0.1) },
);
const table = fc
  .integer({ min: 1, max: 4 })
  .chain((w) => fc.array(fc.array(num, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }));
/** A file's cosmetic variants: BOM, CRLF, trailing newline, blank lines, spaces around cells. */
const style = fc.record({ bom: fc.boolean(), crlf: fc.boolean(), trailing: fc.boolean(), blank: fc.boolean(), pad: fc.boolean() });
function render(
  rows: string[][],
  sep: string,
  s: { bom: boolean; crlf: boolean; trailing: boolean; blank: boolean; pad: boolean },
): string {
  const nl = s.crlf ? '\r\n' : '\n';
  const lines = rows.map((r) => r.map((c) => (s.pad ? ` ${c} ` : c)).join(sep));
  if (s.blank) lines.splice(1, 0, '');
  return (s.bom ? '\uFEFF' : '') + lines.join(nl) + (s.trailing ? nl : '');
}
const same = (a: number, b: number): boolean => a === b || Object.is(a, b);

describe('data: CSV/TSV tables and columns', () => {
  it(
    'a formatted table (with or without header, BOM, CRLF, blank lines, padding) parses back exactly',
    () => {
      fc.assert(
        fc.property(table, style, fc.boolean(), fc.constantFrom(',', '\t'), (rows, s, withHeader, sep) => {
          const header = rows[0].map((_, j) => `col_${j}`);
          const text = render([...(withHeader ? [header] : []), ...rows.map((r) => r.map(String))], sep, s);
          const t = parseNumberTable(text, { source: 'f.csv', delimiter: 'auto' });
          expect(t.header).toEqual(withHeader ? header : null);
          expect(t.rows.length).toBe(rows.length);
          rows.forEach((r, i) => r.forEach((x, j) => expect(same(t.rows[i][j], x + 0), `${t.rows[i][j]} vs ${x}`).toBe(true)));
          if (rows[0].length === 1) {
            const col = parseNumberColumn(text.replace(/\t/g, ','), 'f.csv');
            expect(Array.from(col)).toEqual(rows.map((r) => r[0] + 0));
          }
        }),
        params(300),
      );
    },
    LIMIT,
  );

  it(
    'broken files are QuireErrors naming the source: empty, header-only, binary, ragged, semicolons, bad cells (with line and field)',
    () => {
      const cases: [string, RegExp][] = [
        ['', /no data/],
        ['\n\r\n  \n', /no data/],
        ['\uFEFF', /no data/],
        ['a,b\n', /no data rows after the header/],
        ['a,b\r\n\r\n', /no data rows after the header/],
        ['1,2\0\n3,4', /NUL/],
        ['1,2\n3', /ragged/],
        ['1;2;3\n4;5;6', /semicolon/],
        ['x\n1;5\n', /semicolon/],
        ['0x10\n1\n2', /line 1, field 1/],
        ['N/A\n1\n2', /line 1, field 1/],
        ['1,2\n3,abc', /line 2, field 2/],
        ['1,2\n3,', /line 2, field 2/],
        ['1e999x', /line 1/],
      ];
      for (const [text, re] of cases) {
        const r = returnsOrQuireError(() => parseNumberTable(text, { source: 'f.csv' }), 'f.csv');
        expect(r.ok, JSON.stringify(text)).toBe(false);
        if (!r.ok) expect(r.message).toMatch(re);
      }
      // NaN only where allowed, ±Infinity as spelled
      expect(parseNumberTable('1,nan\n2,', { allowNaN: true }).rows[0][1]).toBeNaN();
      expect(parseNumberTable('-inf,Infinity\n1,2').rows[0]).toEqual([-Infinity, Infinity]);
      for (const t of ['inf\n1', 'nan\n1', '1e999\n2'])
        expect(returnsOrQuireError(() => parseNumberColumn(t, 'c.csv'), 'c.csv').ok, t).toBe(false);
      for (const bad of [undefined, null, 5]) {
        expect(returnsOrQuireError(() => parseNumberTable(bad as unknown as string, { source: 'f' }), 'text').ok).toBe(false);
        expect(returnsOrQuireError(() => parseJsonMatrix(bad as unknown as string, 'f'), 'text').ok).toBe(false);
      }
    },
    LIMIT,
  );

  it(
    'isNameCell and decimalNumber: a cell is never both a name and a number; decimal literals only',
    () => {
      const cell = fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(
          '0x10',
          '0o7',
          '0b1',
          '1_000',
          'Infinity',
          '-inf',
          'NaN',
          'N/A',
          'na',
          '?',
          '-',
          '.5',
          '5.',
          '+1e-3',
          ' x ',
          '\uFEFFid',
          '_a',
          'é',
          '1e999',
        ),
        num.map(String),
      );
      fc.assert(
        fc.property(cell, (c) => {
          const v = decimalNumber(c);
          const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(c.trim());
          expect(Number.isNaN(v)).toBe(!decimal);
          if (decimal) expect(v).toBe(Number(c.trim()));
          if (isNameCell(c)) expect(decimal).toBe(false);
        }),
        params(400),
      );
      for (const c of ['0x10', '0o7', '0b11', 'Infinity', '', ' ']) expect(decimalNumber(c)).toBeNaN();
      for (const c of ['N/A', 'nan', 'NULL', '-', '?', '0x10', '1']) expect(isNameCell(c)).toBe(false);
      for (const c of ['time', '_x', 'Größe', ' \uFEFFid']) expect(isNameCell(c)).toBe(true);
    },
    LIMIT,
  );

  it(
    'parseJsonMatrix: a JSON table parses back; ragged, empty, non-finite and non-array input is a QuireError',
    () => {
      fc.assert(
        fc.property(table, (rows) => {
          const back = parseJsonMatrix(JSON.stringify(rows), 'm.json');
          rows.forEach((r, i) => r.forEach((x, j) => expect(back[i][j] === x || (x === 0 && back[i][j] === 0)).toBe(true)));
        }),
        params(200),
      );
      for (const t of ['', '[]', '[[]]', '[[1],[1,2]]', '[[1e999]]', '{"a":1}', 'null', '[["1"]]', '[1,"x"]'])
        expect(returnsOrQuireError(() => parseJsonMatrix(t, 'm.json'), 'm.json').ok, t).toBe(false);
    },
    LIMIT,
  );
});

describe('data: time-series archives', () => {
  const series = fc.array(fc.array(num, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });
  it(
    'parseUcrTsv, parseTs and parseArff read back what was written (BOM, CRLF, trailing missing values stripped)',
    () => {
      fc.assert(
        fc.property(series, style, fc.nat(2), (ss, s, pad) => {
          const labels = ss.map((_, i) => i % 3);
          const nl = s.crlf ? '\r\n' : '\n';
          const bom = s.bom ? '\uFEFF' : '';
          const ucr = bom + ss.map((x, i) => [labels[i], ...x, ...Array<string>(pad).fill('NaN')].join('\t')).join(nl) + nl;
          const u = parseUcrTsv(ucr, 'u.tsv');
          expect(u.labels).toEqual(labels);
          u.series.forEach((x, i) => expect(Array.from(x).every((v, k) => same(v, ss[i][k] + 0)) && x.length === ss[i].length).toBe(true));
          const ts =
            `${bom}@problemName p${nl}@classLabel true 0 1 2${nl}@data${nl}` +
            ss.map((x, i) => `${[...x, ...Array<string>(pad).fill('?')].join(',')}:${labels[i]}`).join(nl);
          const t = parseTs(ts, 'p.ts');
          expect(t.labels).toEqual(labels.map(String));
          t.series.forEach((c, i) => expect(Array.from(c[0])).toEqual(ss[i].map((v) => v + 0)));
          const L = Math.max(...ss.map((x) => x.length)) + pad;
          const attrs = Array.from({ length: L }, (_, k) => `@attribute t${k} numeric`).join(nl);
          const arff =
            `${bom}@relation r${nl}${attrs}${nl}@attribute class {0,1,2}${nl}@data${nl}` +
            ss.map((x, i) => [...x, ...Array<string>(L - x.length).fill('?'), labels[i]].join(',')).join(nl);
          const a = parseArff(arff, 'r.arff');
          expect(a.labels).toEqual(labels.map(String));
          a.series.forEach((x, i) => expect(Array.from(x)).toEqual(ss[i].map((v) => v + 0)));
        }),
        params(200),
      );
    },
    LIMIT,
  );

  it(
    'broken archive files are QuireErrors naming the source: empty, binary, hex literals, all-missing series, ragged rows',
    () => {
      const cases: [string, (t: string) => unknown, string][] = [
        ['parseUcrTsv', (t) => parseUcrTsv(t, 'u.tsv'), ''],
        ['parseUcrTsv', (t) => parseUcrTsv(t, 'u.tsv'), '\0\0\0\x01\xff'],
        ['parseUcrTsv', (t) => parseUcrTsv(t, 'u.tsv'), '1\t0x10\t2'],
        ['parseUcrTsv', (t) => parseUcrTsv(t, 'u.tsv'), '0x1\t1\t2'],
        ['parseUcrTsv', (t) => parseUcrTsv(t, 'u.tsv'), '1\tNaN\tNaN'],
        ['parseUcrTsv', (t) => parseUcrTsv(t, 'u.tsv'), '1\t1e999'],
        ['parseUcrTsv', (t) => parseUcrTsv(t, 'u.tsv'), '1'],
        ['parseTs', (t) => parseTs(t, 'p.ts'), ''],
        ['parseTs', (t) => parseTs(t, 'p.ts'), '@data\n'],
        ['parseTs', (t) => parseTs(t, 'p.ts'), '@data\n0x10,2\n'],
        ['parseTs', (t) => parseTs(t, 'p.ts'), '@data\n?,?\n'],
        ['parseTs', (t) => parseTs(t, 'p.ts'), '@data\n1,2:3\n1\n'],
        ['parseTs', (t) => parseTs(t, 'p.ts'), '@classLabel true a\n@data\n1,2:b\n'],
        ['parseTs', (t) => parseTs(t, 'p.ts'), '\0\0'],
        ['parseArff', (t) => parseArff(t, 'r.arff'), ''],
        ['parseArff', (t) => parseArff(t, 'r.arff'), '@attribute a numeric\n@attribute c {x}\n@data\n0b1,x\n'],
        ['parseArff', (t) => parseArff(t, 'r.arff'), '@attribute a numeric\n@attribute c {x}\n@data\n?,x\n'],
        ['parseArff', (t) => parseArff(t, 'r.arff'), '@attribute a numeric\n@attribute c {x}\n@data\n1,2,x\n'],
        ['parseArff', (t) => parseArff(t, 'r.arff'), '@attribute a numeric\n@attribute c {x}\n@data\n1,y\n'],
        ['parseArff', (t) => parseArff(t, 'r.arff'), '\0'],
      ];
      for (const [name, parse, text] of cases) {
        const r = returnsOrQuireError(() => parse(text), name);
        expect(r.ok, `${name} ${JSON.stringify(text)}`).toBe(false);
      }
      for (const f of [parseUcrTsv, parseTs, parseArff])
        expect(returnsOrQuireError(() => f(5 as unknown as string, 'x'), 'string').ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'embedded UCR sets load with finite values and both splits; unknown names are QuireErrors; Moby Dick is text',
    async () => {
      for (const name of EMBEDDED_UCR) {
        expect(isEmbeddedUcr(name)).toBe(true);
        const { train, test } = await loadEmbeddedUcr(name);
        for (const split of [train, test]) {
          expect(split.series.length).toBe(split.labels.length);
          for (const s of split.series) expect(Array.from(s).every(Number.isFinite)).toBe(true);
        }
      }
      for (const bad of ['gunpoint', '', 'GunPoint ', '__proto__', 'constructor']) {
        expect(isEmbeddedUcr(bad)).toBe(false);
        expect(await contractAsync('loadEmbeddedUcr', () => loadEmbeddedUcr(bad))).toBe(null);
      }
      const text = await loadMobyDickText();
      expect(text.includes('Call me Ishmael.')).toBe(true);
      expect(await loadMobyDickText()).toBe(text);
    },
    LIMIT,
  );
});
