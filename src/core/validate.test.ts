import { describe, expect, it } from 'vitest';
import * as v from './validate.js';
import { defineSchema, parseOptions } from './schema.js';
import { QuireError } from './errors.js';

describe('validate', () => {
  it('range checks reject NaN (negated form) and name the argument', () => {
    expect(() => v.assertInRange('f', 'p', Number.NaN, 0, 1)).toThrow('f: p must be in [0, 1], got NaN');
    expect(() => v.assertPositive('f', 'lambda', 0)).toThrow(/lambda must be a finite number > 0/);
    expect(() => v.assertInteger('f', 'k', 2.5, 1)).toThrow(/k must be an integer ≥ 1/);
    expect(() => v.assertOneOf('f', 'method', 'x', ['a', 'b'])).toThrow(/method must be one of 'a', 'b'/);
    v.assertInRange('f', 'p', 0.5, 0, 1);
  });

  it('array checks: empty, non-finite, weights, lengths, ragged rows', () => {
    expect(() => v.assertFiniteArray('f', 'u', [])).toThrow('f: u must not be empty');
    expect(() => v.assertFiniteArray('f', 'u', [1, Infinity])).toThrow('f: u[1] must be a finite number');
    expect(() => v.assertProbabilities('f', 'p', [0.2, 1.5])).toThrow(/p\[1\] must be in \[0, 1\]/);
    expect(() => v.assertWeights('f', 'w', [1, 2, 3], 4, 'u')).toThrow('f: w has length 3, expected 4 (the length of u)');
    expect(() => v.assertWeights('f', 'w', [0, 0], 2, 'u')).toThrow(/all zero/);
    expect(() => v.assertWeights('f', 'w', [1, -1], 2, 'u')).toThrow(/w\[1\] must be ≥ 0/);
    expect(
      v.assertMatrixRows('f', 'X', [
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toEqual({ rows: 3, cols: 2 });
    expect(() => v.assertMatrixRows('f', 'X', [[1, 2], [3]])).toThrow(/ragged/);
  });
});

describe('schema', () => {
  const schema = defineSchema({
    p: { type: 'number', min: 1, default: 1, description: 'order' },
    k: { type: 'integer', min: 1, max: 10, default: 3, description: 'count' },
    method: { type: 'enum', values: ['a', 'b'], default: 'a', description: 'method' },
    alpha: { type: 'number', min: 0, max: 1, exclusive: true, description: 'level' },
  });

  it('fills defaults and types the result', () => {
    const o = parseOptions('f', schema, { alpha: 0.05 });
    expect(o).toEqual({ p: 1, k: 3, method: 'a', alpha: 0.05 });
    const m: 'a' | 'b' = o.method;
    expect(m).toBe('a');
  });

  it('rejects unknown keys, missing required ones and out-of-range values', () => {
    expect(() => parseOptions('f', schema, { alpha: 0.1, q: 1 })).toThrow(/unknown option 'q'/);
    expect(() => parseOptions('f', schema, {})).toThrow(/option 'alpha' is required/);
    expect(() => parseOptions('f', schema, { alpha: 1 })).toThrow('f: alpha must be in (0, 1), got 1');
    expect(() => parseOptions('f', schema, { alpha: 0.1, k: 1.5 })).toThrow(/k must be an integer/);
    expect(() => parseOptions('f', schema, { alpha: 0.1, p: Number.NaN })).toThrow(QuireError);
    expect(() => parseOptions('f', schema, { alpha: 0.1, method: 'c' })).toThrow(/method must be one of/);
  });
});
