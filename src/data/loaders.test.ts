import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseUcrTsv } from './ucr.js';
import { parseTs } from './sktime.js';
import { parseArff } from './arff.js';
import { cbf, syntheticControl } from './synthetic.js';

// the first cases of GunPoint and BasicMotions in each archive format (see fixtures/formats/README.md)
const FIX = new URL('./fixtures/formats/', import.meta.url).pathname;
const read = (f: string) => readFileSync(`${FIX}${f}`, 'utf8');

describe('UCR .tsv', () => {
  it('parses labels and values, strips trailing NaN padding, keeps interior NaN', () => {
    const d = parseUcrTsv('1\t0.5\t0.7\t0.1\n2\t1\tNaN\tNaN\n-1\t3\tNaN\t4\n');
    expect(d.labels).toEqual([1, 2, -1]);
    expect(Array.from(d.series[0])).toEqual([0.5, 0.7, 0.1]);
    expect(d.series[1].length).toBe(1);
    expect(Number.isNaN(d.series[2][1])).toBe(true);
    expect(parseUcrTsv('3,1,2\n').series[0].length).toBe(2);
  });

  it('gives clear errors on malformed files', () => {
    expect(() => parseUcrTsv('', 'x.tsv')).toThrow(/x.tsv: no series found/);
    expect(() => parseUcrTsv('a\t1\t2\n', 'x.tsv')).toThrow(/x.tsv:1: label 'a' is not a number/);
    expect(() => parseUcrTsv('1\t1\t2\n1\t1\tfoo\n', 'x.tsv')).toThrow(/x.tsv:2: value 2 'foo' is not a number/);
    expect(() => parseUcrTsv('1\tNaN\tNaN\n', 'x.tsv')).toThrow(/no values/);
    expect(() => parseUcrTsv('1\n', 'x.tsv')).toThrow(/at least one value/);
  });

  it('GunPoint: the .tsv, .ts and .arff copies agree (12 × 150, classes 1/2)', () => {
    const tsv = parseUcrTsv(read('GunPoint_TRAIN_head.tsv'));
    const ts = parseTs(read('GunPoint_TRAIN_head.ts.txt'));
    const arff = parseArff(read('GunPoint_TRAIN_head.arff'));
    expect(tsv.series).toHaveLength(12);
    expect(tsv.series[0]).toHaveLength(150);
    expect(new Set(tsv.labels)).toEqual(new Set([1, 2]));
    expect(ts.series.map((c) => c[0].length)).toEqual(tsv.series.map((s) => s.length));
    for (let i = 0; i < 12; i++) {
      for (let t = 0; t < 150; t += 37) {
        expect(ts.series[i][0][t]).toBeCloseTo(tsv.series[i][t], 5);
        expect(arff.series[i][t]).toBeCloseTo(tsv.series[i][t], 5);
      }
      expect(Number(ts.labels![i])).toBe(tsv.labels[i]);
      expect(Number(arff.labels[i])).toBe(tsv.labels[i]);
    }
  });
});

describe('sktime .ts', () => {
  it('parses multivariate cases with labels and missing values', () => {
    const d = parseTs('# c\n@problemName toy\n@classLabel true a b\n@data\n1,2,3:4,5,?:a\n1,2:3,4:b\n');
    expect(d.problemName).toBe('toy');
    expect(d.dimensions).toBe(2);
    expect(d.labels).toEqual(['a', 'b']);
    expect(d.series[0][1].length).toBe(2); // trailing '?' stripped
    expect(d.classLabels).toEqual(['a', 'b']);
  });

  it('gives clear errors', () => {
    expect(() => parseTs('@classLabel true a\n1,2:a\n', 'f.ts')).toThrow(/f.ts:2: expected a header line/);
    expect(() => parseTs('@classLabel true a\n', 'f.ts')).toThrow(/no @data/);
    expect(() => parseTs('@classLabel true a\n@data\n1,2:a\n1:2:a\n', 'f.ts')).toThrow(/f.ts:4: case has 2 dimensions, expected 1/);
    expect(() => parseTs('@classLabel true a\n@data\n1,2:z\n', 'f.ts')).toThrow(/'z' is not declared/);
    expect(() => parseTs('@classLabel true a\n@data\n1,x:a\n', 'f.ts')).toThrow(/value 2 'x' is not a number/);
    expect(() => parseTs('@timeStamps true\n@data\n', 'f.ts')).toThrow(/timestamped/);
  });

  it('BasicMotions: one case per class × 6 dimensions × 100 steps, 4 classes', () => {
    const d = parseTs(read('BasicMotions_TRAIN_4.ts.txt'));
    expect(d.series).toHaveLength(4);
    expect(d.dimensions).toBe(6);
    expect(d.series[0][5]).toHaveLength(100);
    expect(new Set(d.labels).size).toBe(4);
  });
});

describe('Weka .arff', () => {
  const head = '@relation r\n@attribute t1 numeric\n@attribute t2 numeric\n@attribute c {x,y}\n@data\n';
  it('parses rows and strips trailing missing values', () => {
    const d = parseArff(head + '1,2,x\n3,?,y\n');
    expect(d.relation).toBe('r');
    expect(d.labels).toEqual(['x', 'y']);
    expect(d.series[1].length).toBe(1);
    expect(d.classLabels).toEqual(['x', 'y']);
  });
  it('gives clear errors', () => {
    expect(() => parseArff(head + '1,2\n', 'f.arff')).toThrow(/f.arff:6: row has 2 fields, expected 3/);
    expect(() => parseArff(head + '1,b,x\n', 'f.arff')).toThrow(/attribute 2 value 'b' is not a number/);
    expect(() => parseArff(head + '1,2,z\n', 'f.arff')).toThrow(/class 'z' is not one of/);
    expect(() => parseArff('@relation r\n', 'f.arff')).toThrow(/no @data/);
    expect(() => parseArff('@relation r\n@attribute a relational\n', 'f.arff')).toThrow(/relational/);
  });
});

describe('synthetic generators', () => {
  it('CBF: shapes, labels, determinism, and the plateau mean ≈ 6 for cylinders', () => {
    const a = cbf(50, 3);
    expect(a.series).toHaveLength(150);
    expect(a.series[0]).toHaveLength(128);
    expect(a.labels.slice(0, 3)).toEqual([1, 1, 1]);
    expect(a.labels[149]).toBe(3);
    expect(cbf(50, 3).series[77]).toEqual(a.series[77]);
    // cylinders: the value at t = 64 (always inside [a, b] since a ≤ 32, b ≥ a + 32) has mean 6
    const mid = a.series.slice(0, 50).map((s) => s[63]);
    const m = mid.reduce((s, v) => s + v, 0) / 50;
    expect(Math.abs(m - 6)).toBeLessThan(4 * Math.sqrt(2 / 50));
    expect(() => cbf(0, 1)).toThrow(/perClass/);
  });

  it('SyntheticControl: six classes with the published trend/shift structure', () => {
    const d = syntheticControl(40, 9);
    expect(d.series).toHaveLength(240);
    const slope = (y: Float64Array): number => {
      const n = y.length;
      const tm = (n + 1) / 2;
      let num = 0;
      let den = 0;
      const ym = y.reduce((s, v) => s + v, 0) / n;
      for (let t = 1; t <= n; t++) {
        num += (t - tm) * (y[t - 1] - ym);
        den += (t - tm) ** 2;
      }
      return num / den;
    };
    const meanSlope = (c: number): number => d.series.filter((_, i) => d.labels[i] === c).reduce((s, y) => s + slope(y), 0) / 40;
    expect(meanSlope(3)).toBeGreaterThan(0.2);
    expect(meanSlope(4)).toBeLessThan(-0.2);
    expect(Math.abs(meanSlope(1))).toBeLessThan(0.05);
    expect(() => syntheticControl(2, 1, { length: 3 })).toThrow(/length/);
  });
});
