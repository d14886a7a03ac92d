// meta demo: paste or upload p-values (CSV, one test per row) and combine them by every method.
import { COMBINE_METHODS, WEIGHTED_METHODS, combinePValuesTable, type CombineMethod } from '../../../src/meta/index.js';
import { parseNumberTable } from '../../../src/data/csv.js';
import { QuireError } from '../../../src/core/errors.js';
import type { Demo } from '../demos.js';
import { parseNumber } from './util.js';

export const metaDemo: Demo = {
  title: 'Combine your p-values',
  description:
    'One test per row (comma- or tab-separated). Every method combines each row; optional weights apply to the methods that define them.',
  fields: [
    {
      key: 'pvalues',
      label: 'p-values',
      description: 'CSV, one test per row; each row is combined on its own.',
      type: 'textarea',
      default: '0.01, 0.2, 0.3\n0.04, 0.5, 0.06, 0.9',
      upload: true,
    },
    {
      key: 'weights',
      label: 'weights',
      description: 'Comma-separated, one per p-value; used by the weighted methods. Leave empty for equal weights.',
      type: 'string',
      default: '',
      optional: true,
    },
    {
      key: 'alpha',
      label: 'α',
      description: 'Significance level: the dashed line in the chart, and the reject column.',
      type: 'number',
      min: 0.0001,
      max: 0.5,
      default: 0.05,
    },
  ],
  live: true,
  async run(input) {
    const table = parseNumberTable(input.pvalues, { source: 'p-values', ragged: true });
    const weights = input.weights.trim() === '' ? undefined : input.weights.split(',').map((s) => Number(s.trim()));
    if (weights?.some((w) => !Number.isFinite(w))) throw new QuireError(`weights must be numbers, got '${input.weights}'`);
    const alpha = parseNumber(input.alpha, 'α', { min: 0, max: 1 });
    const rows: (string | number)[][] = [];
    const values: { method: string; row: string; p: number; score: number }[] = [];
    for (let r = 0; r < table.rows.length; r++) {
      for (const method of COMBINE_METHODS as readonly CombineMethod[]) {
        const w = weights && (WEIGHTED_METHODS as readonly string[]).includes(method) ? weights : undefined;
        const res = combinePValuesTable([table.rows[r]], { method, weights: w });
        const p = res.pvalue[0];
        rows.push([`row ${r + 1}`, method, res.statistic[0], p, p <= alpha ? 'yes' : 'no']);
        // −log10 p on a linear axis: bars start at 0 and have a width even for p near 1
        values.push({ method, row: `row ${r + 1}`, p, score: p > 0 ? -Math.log10(p) : 330 });
      }
    }
    return {
      tables: [
        { id: 'combined', title: 'Combined p-values', columns: ['test', 'method', 'statistic', 'p-value', `reject at α = ${alpha}`], rows },
      ],
      figures: [
        {
          id: 'pvalues',
          title: 'Combined p-value by method',
          caption: 'Bars are −log₁₀ p: longer is stronger evidence; the dashed line is −log₁₀ α.',
          spec: {
            width: 420,
            height: 220,
            layer: [
              {
                data: { values },
                mark: 'bar',
                encoding: {
                  y: { field: 'method', type: 'nominal', sort: null },
                  x: { field: 'score', type: 'quantitative', title: '−log₁₀ combined p-value' },
                  yOffset: { field: 'row' },
                  color: { field: 'row', type: 'nominal' },
                  tooltip: [{ field: 'method' }, { field: 'row' }, { field: 'p', title: 'p-value' }],
                },
              },
              {
                data: { values: [{ cut: -Math.log10(alpha) }] },
                mark: { type: 'rule', strokeDash: [4, 4], color: '#b91c1c', strokeWidth: 2 },
                encoding: { x: { field: 'cut', type: 'quantitative' } },
              },
            ],
          },
        },
      ],
    };
  },
};
