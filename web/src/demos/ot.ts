// ot demo: paste two samples and get W_p with the optimal plan and the two quantile functions.
import { emd1d, wasserstein1d } from '../../../src/ot/index.js';
import type { Demo } from '../demos.js';
import { parseNumber, parseNumbers } from './util.js';

export const otDemo: Demo = {
  title: 'Wasserstein distance between two samples',
  description: 'Exact W_p between two 1-D samples (any sizes), through the quantile functions, with the monotone transport plan.',
  fields: [
    {
      key: 'u',
      label: 'sample u',
      description: 'Numbers separated by commas, spaces or newlines.',
      type: 'textarea',
      default: '0, 1, 3',
      upload: true,
    },
    { key: 'v', label: 'sample v', description: 'Any size; need not match u.', type: 'textarea', default: '5, 6, 8', upload: true },
    {
      key: 'p',
      label: 'order p',
      description: 'W_p for p ≥ 1 (p = 1: earth mover; p = 2: quadratic cost).',
      type: 'number',
      min: 1,
      max: 6,
      step: 0.05,
      default: 1,
    },
    {
      key: 'shift',
      label: 'shift of v',
      description: 'Added to every value of v: watch W_p follow it.',
      type: 'number',
      min: -10,
      max: 10,
      step: 0.1,
      default: 0,
    },
  ],
  live: true,
  async run(input) {
    const u = parseNumbers(input.u, 'u');
    const shift = parseNumber(input.shift ?? '0', 'shift');
    const v = parseNumbers(input.v, 'v').map((x) => x + shift);
    const p = parseNumber(input.p, 'p');
    const distance = wasserstein1d(u, v, { p });
    const plan = emd1d(u, v, { p });
    const su = [...u].sort((a, b) => a - b);
    const sv = [...v].sort((a, b) => a - b);
    const quantiles: { t: number; x: number; sample: string }[] = [];
    su.forEach((x, i) => quantiles.push({ t: i / su.length, x, sample: 'u' }, { t: (i + 1) / su.length, x, sample: 'u' }));
    sv.forEach((x, i) => quantiles.push({ t: i / sv.length, x, sample: 'v' }, { t: (i + 1) / sv.length, x, sample: 'v' }));
    const rows = Array.from(plan.from, (f, k) => [u[f], v[plan.to[k]], plan.mass[k]]);
    return {
      text: `W_${p} = ${distance}\nW_${p}^${p} = ${plan.cost}`,
      tables: [{ id: 'plan', title: 'Optimal plan (monotone coupling)', columns: ['u', 'v', 'mass'], rows: rows.slice(0, 200) }],
      figures: [
        {
          id: 'quantiles',
          title: 'Quantile functions',
          caption: 'W_p^p is the integral of |F_u⁻¹(t) − F_v⁻¹(t)|^p over t.',
          spec: {
            width: 420,
            height: 240,
            data: { values: quantiles },
            mark: { type: 'line', interpolate: 'linear' },
            encoding: {
              x: { field: 't', type: 'quantitative', title: 't' },
              y: { field: 'x', type: 'quantitative', title: 'quantile' },
              color: { field: 'sample', type: 'nominal' },
            },
          },
        },
      ],
    };
  },
};
