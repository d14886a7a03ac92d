/**
 * Property suite (issue 16's hunt) for quire/core's rng, validate and schema, and for the
 * pure parsers and generators of quire/data. Every call must either return finite,
 * documented values or throw QuireError naming its argument — never hang, return NaN
 * silently, or crash with another error. fast-check runs with a fixed seed; each
 * property has its own time limit.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rng, splitSeeds } from '../../src/core/rng.js';
import * as validate from '../../src/core/validate.js';
import { checkParam, parseOptions, defineSchema } from '../../src/core/schema.js';
import { parseNumberTable, parseNumberColumn, parseJsonMatrix } from '../../src/data/csv.js';
import { parseUcrTsv } from '../../src/data/ucr.js';
import { parseTs } from '../../src/data/sktime.js';
import { parseArff } from '../../src/data/arff.js';
import { cbf, syntheticControl } from '../../src/data/synthetic.js';
import { returnsOrQuireError } from './guard.js';

const RUNS = { seed: 16, numRuns: 300 };
const LIMIT = 20_000;

/** Edge numbers: subnormals, ±1e±300, ties, NaN, ±Infinity, -0, large integers. */
const edgeNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 5e-324, -5e-324, 2.2e-308, 1e-300, -1e-300, 1e300, -1e300, Number.MAX_VALUE, NaN, Infinity, -Infinity),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(2 ** 53, 2 ** 53 + 2, -(2 ** 31), 0.5, 1.5),
);
const anyValue = fc.oneof(edgeNumber, fc.string(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(edgeNumber));

describe('core/rng', () => {
  it(
    'a valid seed gives bit-identical streams; any other seed is a QuireError naming it',
    () => {
      fc.assert(
        fc.property(edgeNumber, (seed) => {
          const r = returnsOrQuireError(() => rng(seed), 'seed');
          const valid = Number.isInteger(seed) && seed >= 0 && seed <= Number.MAX_SAFE_INTEGER;
          expect(r.ok).toBe(valid);
          if (!r.ok) return;
          const a = rng(seed);
          const b = rng(seed);
          for (let i = 0; i < 5; i++) {
            const x = a.normal();
            expect(Object.is(x, b.normal())).toBe(true);
            expect(Number.isFinite(x)).toBe(true);
            const u = a.uniform();
            expect(u).toBe(b.uniform());
            expect(u >= 0 && u < 1).toBe(true);
          }
        }),
        RUNS,
      );
    },
    LIMIT,
  );

  it(
    'int(n) lies in [0, n); choice without replacement is distinct; bad n is a QuireError',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1000 }), edgeNumber, fc.integer({ min: 0, max: 50 }), (seed, n, k) => {
          const g = rng(seed);
          const r = returnsOrQuireError(() => g.int(n), 'n');
          if (r.ok) {
            expect(Number.isInteger(r.value) && r.value >= 0 && r.value < n).toBe(true);
          }
          const m = 40;
          const c = returnsOrQuireError(() => rng(seed).choice(m, k));
          expect(c.ok).toBe(k <= m);
          if (c.ok) expect(new Set(c.value).size).toBe(k);
        }),
        RUNS,
      );
    },
    LIMIT,
  );

  it(
    'splitSeeds is deterministic, distinct and valid as seeds',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 64 }), (seed, k) => {
          const s = splitSeeds(seed, k);
          expect(s).toEqual(splitSeeds(seed, k));
          expect(s.length).toBe(k);
          expect(new Set(s).size).toBe(k);
          for (const x of s) expect(() => rng(x)).not.toThrow();
        }),
        RUNS,
      );
      for (const k of [-1, 1.5, NaN]) expect(() => splitSeeds(1, k)).toThrow(/k/);
    },
    LIMIT,
  );
});

describe('core/validate', () => {
  const checks: [string, (x: unknown) => void][] = [
    ['assertFinite', (x) => validate.assertFinite('f', 'arg', x)],
    ['assertInRange', (x) => validate.assertInRange('f', 'arg', x, 0, 1)],
    ['assertPositive', (x) => validate.assertPositive('f', 'arg', x)],
    ['assertNonNegative', (x) => validate.assertNonNegative('f', 'arg', x)],
    ['assertInteger', (x) => validate.assertInteger('f', 'arg', x, 0, 10)],
    ['assertOneOf', (x) => validate.assertOneOf('f', 'arg', x, ['a', 'b'])],
    ['assertFiniteArray', (x) => validate.assertFiniteArray('f', 'arg', x)],
    ['assertArrayInRange', (x) => validate.assertArrayInRange('f', 'arg', x, 0, 1)],
    ['assertProbabilities', (x) => validate.assertProbabilities('f', 'arg', x)],
    ['assertWeights', (x) => validate.assertWeights('f', 'arg', x, 3, 'p')],
    ['assertMatrixRows', (x) => validate.assertMatrixRows('f', 'arg', x)],
  ];
  for (const [name, check] of checks) {
    it(
      `${name}: accepts exactly what it documents, otherwise a QuireError naming the argument`,
      () => {
        fc.assert(
          fc.property(fc.oneof(anyValue, fc.array(fc.array(edgeNumber, { maxLength: 3 }), { maxLength: 3 })), (x) => {
            const r = returnsOrQuireError(() => check(x), 'arg');
            // whatever passes a numeric check is finite
            if (r.ok && typeof x === 'number') expect(Number.isFinite(x)).toBe(true);
            if (r.ok && Array.isArray(x) && name !== 'assertMatrixRows') {
              for (const v of x) expect(Number.isFinite(v as number)).toBe(true);
            }
          }),
          RUNS,
        );
      },
      LIMIT,
    );
  }
});

describe('core/schema', () => {
  const schema = defineSchema({
    order: { type: 'number', min: 1, max: 10, exclusive: true, default: 2, description: 'order p' },
    count: { type: 'integer', min: 0, max: 100, default: 3, description: 'a count' },
    method: { type: 'enum', values: ['a', 'b'], default: 'a', description: 'a method' },
    flag: { type: 'boolean', default: false, description: 'a flag' },
  });
  it(
    'parseOptions returns checked values or a QuireError naming the option',
    () => {
      fc.assert(
        fc.property(fc.constantFrom('order', 'count', 'method', 'flag'), anyValue, (key, v) => {
          const r = returnsOrQuireError(() => parseOptions('fn', schema, { [key]: v }));
          if (v === undefined) expect(r.ok).toBe(true);
          if (!r.ok) {
            expect(() => checkParam('fn', key, schema[key as keyof typeof schema], v)).toThrow(new RegExp(key));
          } else {
            const got = (r.value as Record<string, unknown>)[key];
            if (key === 'order') expect((got as number) > 1 && (got as number) < 10).toBe(true);
            if (key === 'count') expect(Number.isInteger(got) && (got as number) >= 0 && (got as number) <= 100).toBe(true);
          }
        }),
        RUNS,
      );
      expect(() => parseOptions('fn', schema, { nope: 1 })).toThrow(/unknown option 'nope'/);
    },
    LIMIT,
  );
});

/** Text that looks like data files at their worst: binary, ragged, NaN/Inf, headers, semicolons. */
const nastyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.array(fc.oneof(edgeNumber.map(String), fc.constantFrom('', 'NaN', 'Inf', 'x', 'a;b', '0x10', 'N/A', '"q"')), { maxLength: 5 }),
      {
        maxLength: 6,
      },
    )
    .map((rows) => rows.map((r) => r.join(fc.sample(fc.constantFrom(',', '\t'), { seed: r.length, numRuns: 1 })[0])).join('\n')),
  fc.constantFrom('', '\n\n', 'a,b\n', '1;2;3\n4;5;6', '\0\0\0', '1,2\n3', '[[1,2],[3]]', '[[1e999]]', '{}', 'null'),
);

describe('data parsers', () => {
  const parsers: [string, (t: string) => unknown][] = [
    ['parseNumberTable', (t) => parseNumberTable(t, { source: 'src' })],
    ['parseNumberColumn', (t) => parseNumberColumn(t, 'src')],
    ['parseJsonMatrix', (t) => parseJsonMatrix(t, 'src')],
    ['parseUcrTsv', (t) => parseUcrTsv(t, 'src')],
    ['parseTs', (t) => parseTs(t, 'src')],
    ['parseArff', (t) => parseArff(t, 'src')],
  ];
  for (const [name, parse] of parsers) {
    it(
      `${name}: any text parses to finite rectangular data or is a QuireError naming the source`,
      () => {
        fc.assert(
          fc.property(nastyText, (t) => {
            const r = returnsOrQuireError(() => parse(t), 'src');
            if (!r.ok) return;
            const v = r.value as unknown;
            if (name === 'parseNumberTable') {
              const rows = (v as { rows: number[][] }).rows;
              expect(rows.length).toBeGreaterThan(0);
              const w = rows[0].length;
              for (const row of rows) {
                expect(row.length).toBe(w);
                for (const x of row) expect(Number.isNaN(x)).toBe(false);
              }
            }
            if (name === 'parseNumberColumn') for (const x of v as Float64Array) expect(Number.isFinite(x)).toBe(true);
            if (name === 'parseJsonMatrix') {
              const rows = v as number[][];
              for (const row of rows) {
                expect(row.length).toBe(rows[0].length);
                for (const x of row) expect(Number.isFinite(x)).toBe(true);
              }
            }
          }),
          RUNS,
        );
      },
      LIMIT,
    );
  }
});

describe('data generators', () => {
  it(
    'cbf and syntheticControl: deterministic, finite, balanced; bad sizes are a QuireError',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.integer({ min: 1, max: 4 }), edgeNumber), fc.integer({ min: 0, max: 1e6 }), (perClass, seed) => {
          for (const [gen, classes] of [
            [cbf, 3],
            [syntheticControl, 6],
          ] as const) {
            const r = returnsOrQuireError(() => gen(perClass, seed), 'perClass');
            const valid = Number.isInteger(perClass) && perClass >= 1 && perClass <= 1e4;
            if (valid) expect(r.ok).toBe(true);
            if (!r.ok) continue;
            const d = r.value;
            expect(d.series.length).toBe(classes * perClass);
            for (const s of d.series) for (const x of s) expect(Number.isFinite(x)).toBe(true);
            const again = gen(perClass, seed);
            expect(Array.from(again.series[0])).toEqual(Array.from(d.series[0]));
          }
        }),
        { seed: 16, numRuns: 60 },
      );
    },
    LIMIT,
  );
});
