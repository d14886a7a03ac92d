// meta demo: paste or upload p-values (CSV, one test per row) and combine them by every method.
import { COMBINE_METHODS, WEIGHTED_METHODS, combinePValuesTable, type CombineMethod } from '../../../src/meta/index.js';
import { parseNumberTable } from '../../../src/data/csv.js';
import { QuireError } from '../../../src/core/errors.js';
import type { Demo } from '../demos.js';

export const metaDemo: Demo = {
  title: 'Combine your p-values',
  description:
    'One test per row (comma- or tab-separated). Every method combines each row; optional weights apply to the methods that define them.',
  fields: [
    {
      name: 'pvalues',
      label: 'p-values (CSV, one test per row)',
      kind: 'textarea',
      default: '0.01, 0.2, 0.3\n0.04, 0.5, 0.06, 0.9',
      upload: true,
    },
    { name: 'weights', label: 'weights (comma-separated, optional)', kind: 'text', default: '' },
  ],
  async run(input) {
    const table = parseNumberTable(input.pvalues, { source: 'p-values', ragged: true });
    const weights = input.weights.trim() === '' ? undefined : input.weights.split(',').map((s) => Number(s.trim()));
    if (weights?.some((w) => !Number.isFinite(w))) throw new QuireError(`weights must be numbers, got '${input.weights}'`);
    const rows: (string | number)[][] = [];
    const values: { method: string; row: string; p: number }[] = [];
    for (let r = 0; r < table.rows.length; r++) {
      for (const method of COMBINE_METHODS as readonly CombineMethod[]) {
        const w = weights && (WEIGHTED_METHODS as readonly string[]).includes(method) ? weights : undefined;
        const res = combinePValuesTable([table.rows[r]], { method, weights: w });
        rows.push([`row ${r + 1}`, method, res.statistic[0], res.pvalue[0]]);
        values.push({ method, row: `row ${r + 1}`, p: res.pvalue[0] });
      }
    }
    return {
      tables: [{ id: 'combined', title: 'Combined p-values', columns: ['test', 'method', 'statistic', 'p-value'], rows }],
      figures: [
        {
          id: 'pvalues',
          title: 'Combined p-value by method',
          spec: {
            width: 420,
            height: 220,
            data: { values },
            mark: 'bar',
            encoding: {
              y: { field: 'method', type: 'nominal', sort: null },
              x: { field: 'p', type: 'quantitative', scale: { type: 'log' }, title: 'combined p-value (log)' },
              yOffset: { field: 'row' },
              color: { field: 'row', type: 'nominal' },
            },
          },
        },
      ],
    };
  },
};
