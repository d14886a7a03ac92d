import { describe, expect, it } from 'vitest';
import { parseJsonMatrix, parseNumberColumn, parseNumberTable } from './csv.js';
import { QuireError } from '../core/errors.js';

describe('parseNumberTable', () => {
  it('parses rows, detects a header, skips blank lines, auto-detects tabs', () => {
    expect(parseNumberTable('a,b\n1,2\n\n3,4e-1\n')).toEqual({
      header: ['a', 'b'],
      rows: [
        [1, 2],
        [3, 0.4],
      ],
    });
    expect(parseNumberTable('1\t2\n3\t4', { delimiter: 'auto' }).rows).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('rejects non-numeric cells, ragged rows and empty input, naming the line', () => {
    expect(() => parseNumberTable('1,2\n3,x', { source: 'f.csv' })).toThrow(/f.csv: line 2, field 2: expected a number, got "x"/);
    expect(() => parseNumberTable('1,2\n3', { source: 'f.csv' })).toThrow(/line 2 has 1 fields, expected 2/);
    expect(() => parseNumberTable('\n\n')).toThrow(QuireError);
    expect(() => parseNumberTable('1\n0x10')).toThrow(/line 2, field 1: expected a number/);
  });

  it('takes a first row as a header only when every cell is a name (#16.10)', () => {
    // a bad first value in a one-column file is an error naming it, not a silently dropped header
    expect(() => parseNumberTable('0x10\n1\n2', { source: 'u.csv' })).toThrow(/u.csv: line 1, field 1: expected a number, got "0x10"/);
    expect(() => parseNumberTable('N/A\n1\n2', { source: 'u.csv' })).toThrow(/line 1, field 1: expected a number, got "N\/A"/);
    expect(() => parseNumberTable('NA,b\n1,2')).toThrow(/line 1, field 1/);
    expect(() => parseNumberTable('x,5\n1,2')).toThrow(/line 1, field 1: expected a number, got "x"/);
    expect(parseNumberTable('time (s),_v2,Größe\n1,2,3').header).toEqual(['time (s)', '_v2', 'Größe']);
    expect(parseNumberTable(' x \n1').header).toEqual(['x']);
    expect(() => parseNumberTable('x\n')).toThrow(/no data rows after the header/);
  });

  it('says so when a file is semicolon-separated or binary', () => {
    expect(() => parseNumberTable('a;b\n1;2\n', { source: 's.csv' })).toThrow(/s.csv: line 1 looks semicolon-separated/);
    expect(() => parseNumberTable('1;2\n3;4\n')).toThrow(/semicolon-separated/);
    expect(() => parseNumberTable('1,2\n3;4,5\n')).toThrow(/line 2, field 1: .*semicolon-separated\?/);
    expect(() => parseNumberTable('1\u0000\u0001\n2')).toThrow(/not a text file/);
  });

  it('accepts NaN/empty cells only when allowed', () => {
    expect(parseNumberTable('1,NaN\n2,', { allowNaN: true }).rows[0][1]).toBeNaN();
    expect(() => parseNumberTable('1,NaN\n2,3')).toThrow(/expected a number/);
  });
});

describe('parseNumberColumn / parseJsonMatrix', () => {
  it('parses one column and rejects several', () => {
    expect(Array.from(parseNumberColumn('x\n1\n2.5\n'))).toEqual([1, 2.5]);
    expect(() => parseNumberColumn('1,2')).toThrow(/one column/);
  });
  it('parses JSON matrices and rejects ragged or non-finite ones', () => {
    expect(parseJsonMatrix('[[1,2],[3,4]]')).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(parseJsonMatrix('2')).toEqual([[2]]);
    expect(() => parseJsonMatrix('[[1,2],[3]]', 'A.json')).toThrow(/A.json: row 1 has 1 entries/);
    expect(() => parseJsonMatrix('[[1,null]]')).toThrow(/not a finite number/);
    expect(() => parseJsonMatrix('{bad')).toThrow(/invalid JSON/);
  });
});
