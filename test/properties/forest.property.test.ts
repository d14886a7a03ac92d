/**
 * Property hunt over core/forest (RandomForest) and core/labels (encodeLabels), issue 16:
 * tiny data sets (one row per class, duplicated rows with different labels, constant
 * features), ±1e±300, subnormals, ±MAX feature values, labels coded as any finite numbers.
 * Each call returns finite, documented values or throws a QuireError naming the argument.
 * Documented non-finite value: oobAccuracy is NaN when no row was ever out of bag.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RandomForest } from '../../src/core/forest.js';
import { encodeLabels } from '../../src/core/labels.js';
import { params, returnsOrQuireError } from './guard.js';

const LIMIT = 30_000;
const feature = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -5, max: 5, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 1, 1, 2) },
  { weight: 2, arbitrary: fc.constantFrom(1e300, -1e300, 5e-324, -5e-324, 1e-300, Number.MAX_VALUE, -Number.MAX_VALUE) },
);
const data = fc.integer({ min: 1, max: 8 }).chain((rows) =>
  fc.integer({ min: 1, max: 3 }).chain((cols) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      X: fc.array(feature, { minLength: rows * cols, maxLength: rows * cols }),
      labels: fc.array(fc.constantFrom(0, 1, -0, 7.5, -1e300, 5e-324), { minLength: rows, maxLength: rows }),
    }),
  ),
);
const options = fc.record({
  trees: fc.integer({ min: 1, max: 8 }),
  maxFeatures: fc.constantFrom(0, 0.5, 1),
  minLeaf: fc.integer({ min: 1, max: 3 }),
  maxDepth: fc.integer({ min: 1, max: 6 }),
  seed: fc.nat(1000),
});

describe('core/forest RandomForest', () => {
  it(
    'fit/predictProba/predict: probabilities finite, in [0, 1], summing to 1; labels from the training set; seeded',
    () => {
      fc.assert(
        fc.property(data, options, ({ rows, cols, X, labels }, o) => {
          const x = Float64Array.from(X);
          const r = returnsOrQuireError(() => new RandomForest(o).fit(x, rows, cols, labels));
          const distinct = new Set(labels.map((l) => l + 0)).size;
          expect(r.ok).toBe(distinct >= 2);
          if (!r.ok) {
            expect(r.message).toMatch(/labels/);
            return;
          }
          const f = r.value;
          expect(f.classes).toEqual([...new Set(labels.map((l) => l + 0))].sort((a, b) => a - b));
          expect(Number.isNaN(f.oobAccuracy) || (f.oobAccuracy >= 0 && f.oobAccuracy <= 1)).toBe(true);
          const p = f.predictProba(x, rows);
          const C = f.classes.length;
          expect(p.length).toBe(rows * C);
          for (let i = 0; i < rows; i++) {
            let s = 0;
            for (let c = 0; c < C; c++) {
              expect(p[i * C + c] >= 0 && p[i * C + c] <= 1 + 1e-12).toBe(true);
              s += p[i * C + c];
            }
            expect(Math.abs(s - 1) < 1e-9).toBe(true);
          }
          const pred = f.predict(x, rows);
          for (const y of pred) expect(f.classes).toContain(y);
          // the same seed grows the same forest
          expect(new RandomForest(o).fit(x, rows, cols, labels).predict(x, rows)).toEqual(pred);
        }),
        params(300),
      );
    },
    LIMIT,
  );

  it(
    'separable 1-D data at any magnitude (each value on 8 rows, so every tree sees it): every training row is classified right',
    () => {
      fc.assert(
        fc.property(fc.uniqueArray(feature, { minLength: 2, maxLength: 6, comparator: (a, b) => a === b }), fc.nat(100), (xs, seed) => {
          const sorted = xs.slice().sort((a, b) => a - b);
          const rows = xs.flatMap((x) => Array.from({ length: 8 }, () => x));
          const labels = rows.map((x) => (x < sorted[Math.floor(xs.length / 2)] ? 0 : 1));
          const f = new RandomForest({ trees: 15, seed }).fit(Float64Array.from(rows), rows.length, 1, labels);
          // a threshold between two neighbours is never NaN or ±Infinity, whatever their magnitude
          expect(f.predict(Float64Array.from(rows), rows.length)).toEqual(labels);
        }),
        params(100),
      );
    },
    LIMIT,
  );

  it(
    'bad shapes, values, labels, options and predicting before fit are QuireErrors naming the argument',
    () => {
      const x = Float64Array.from([0, 1, 2, 3]);
      const cases: [() => unknown, string][] = [
        [() => new RandomForest().fit(x, 4, 1, [0, 0, 0, 0]), 'labels'],
        [() => new RandomForest().fit(x, 4, 1, [0, 1]), 'labels'],
        [() => new RandomForest().fit(x, 4, 1, [0, 1, Number.NaN, 1]), 'labels'],
        [() => new RandomForest().fit(x, 4, 1, null as unknown as number[]), 'labels'],
        [() => new RandomForest().fit(x, 3, 1, [0, 1, 0]), 'X'],
        [() => new RandomForest().fit(Float64Array.from([0, Number.NaN]), 2, 1, [0, 1]), 'X'],
        [() => new RandomForest().fit([0, 1] as unknown as Float64Array, 2, 1, [0, 1]), 'X'],
        [() => new RandomForest().fit(x, 0, 4, []), 'rows'],
        [() => new RandomForest().predict(x, 4), 'fit'],
        [() => new RandomForest().fit(x, 4, 1, [0, 1, 0, 1]).predict(x, 2), 'X'],
        [() => new RandomForest({ trees: 0 }), 'trees'],
        [() => new RandomForest({ maxFeatures: 2 }), 'maxFeatures'],
        [() => new RandomForest({ seed: -1 }), 'seed'],
      ];
      for (const [f, name] of cases) expect(returnsOrQuireError(f, name).ok).toBe(false);
    },
    LIMIT,
  );
});

describe('core/labels encodeLabels', () => {
  it(
    'classes are the sorted distinct labels (−0 = +0); classes[y[i]] = labels[i]; fewer than 2 classes or a bad label is a QuireError',
    () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.constantFrom(0, -0, 1, 2.5, -1e300, 5e-324), fc.double()), { maxLength: 12 }), (labels) => {
          const r = returnsOrQuireError(() => encodeLabels('fit', labels, labels.length), 'labels');
          const valid = labels.every(Number.isFinite) && new Set(labels.map((l) => l + 0)).size >= 2;
          expect(r.ok).toBe(valid);
          if (!r.ok) {
            expect(r.message.startsWith('fit:')).toBe(true);
            return;
          }
          const { classes, y } = r.value;
          for (let k = 1; k < classes.length; k++) expect(classes[k - 1] < classes[k]).toBe(true);
          for (let i = 0; i < labels.length; i++) expect(classes[y[i]] === labels[i]).toBe(true);
          expect(returnsOrQuireError(() => encodeLabels('fit', labels, labels.length + 1), 'labels').ok).toBe(false);
        }),
        params(300),
      );
    },
    LIMIT,
  );
});
