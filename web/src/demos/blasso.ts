// blasso demo: recover random spikes from Fourier or Gaussian measurements with a chosen solver.
import { certificate, makeProblem, solve, type SolveMethod } from '../../../src/blasso/index.js';
import type { Demo } from '../demos.js';
import { parseNumber } from './util.js';

export const blassoDemo: Demo = {
  title: 'Recover sparse spikes',
  description:
    'Random spikes on the 1-D torus, measured by a Fourier or Gaussian operator, recovered by CPGD, FS&P or Sliding Frank–Wolfe.',
  fields: [
    {
      key: 'kernel',
      label: 'kernel',
      description: 'Measurement operator.',
      type: 'enum',
      values: ['fourier', 'gaussian'],
      default: 'fourier',
    },
    {
      key: 'method',
      label: 'method',
      description: 'FS&P, its horizon-free variant, CPGD, or Sliding Frank–Wolfe.',
      type: 'enum',
      values: ['fsp', 'fsp-hf', 'cpgd', 'sfw'],
      default: 'fsp',
    },
    { key: 'spikes', label: 'spikes', description: 'Number of true spikes.', type: 'integer', min: 1, max: 10, default: 3 },
    {
      key: 'lambda',
      label: 'λ',
      description: 'Regularisation weight of the total-variation norm.',
      type: 'number',
      min: 0.001,
      max: 1,
      default: 0.1,
    },
    {
      key: 'noise',
      label: 'noise sd',
      description: 'Gaussian noise added to the measurements.',
      type: 'number',
      min: 0,
      max: 0.5,
      step: 0.005,
      default: 0,
    },
    {
      key: 'seed',
      label: 'seed',
      description: 'Seed of the spikes, the noise and the solver.',
      type: 'integer',
      min: 0,
      max: 1000,
      default: 1,
    },
  ],
  live: true,
  async run(input) {
    const seed = parseNumber(input.seed, 'seed', { integer: true, min: 0 });
    const problem = makeProblem({
      kernel: input.kernel as 'fourier' | 'gaussian',
      dim: 1,
      spikes: parseNumber(input.spikes, 'spikes', { integer: true, min: 1, max: 20 }),
      noise: parseNumber(input.noise, 'noise', { min: 0 }),
      seed,
    });
    const lambda = parseNumber(input.lambda, 'λ', { min: 0 });
    const res = solve(problem.op, problem.y, input.method as SolveMethod, { lambda, seed, iters: 2000 });
    const grid = Float64Array.from({ length: 400 }, (_, i) => i / 400);
    const eta = certificate(problem.op, problem.y, res.measure, lambda, grid).value;
    const spikes = [
      ...Array.from(problem.truth.amplitudes, (a, i) => ({ x: problem.truth.positions[i], a, what: 'truth' })),
      ...Array.from(res.measure.amplitudes, (a, i) => ({ x: res.measure.positions[i], a, what: 'recovered' })),
    ];
    const traj = res.trajectory.iteration.map((it, i) => ({ iteration: it, objective: res.trajectory.objective[i] }));
    return {
      text: `${res.method}: objective ${res.objective.toPrecision(8)}, max|η| ${res.certificateMax.toFixed(4)}, ${res.measure.amplitudes.length} particles, ${res.iterations} iterations, ${res.timeMs.toFixed(0)} ms`,
      figures: [
        {
          id: 'spikes',
          title: 'Spikes: truth and recovered',
          spec: {
            width: 420,
            height: 220,
            data: { values: spikes },
            mark: { type: 'point', filled: true, size: 80 },
            encoding: {
              x: { field: 'x', type: 'quantitative', scale: { domain: [0, 1] }, title: 'position' },
              y: { field: 'a', type: 'quantitative', title: 'amplitude' },
              color: { field: 'what', type: 'nominal' },
              shape: { field: 'what', type: 'nominal' },
            },
          },
        },
        {
          id: 'certificate',
          title: 'Dual certificate η (optimality: |η| ≤ 1)',
          spec: {
            width: 420,
            height: 220,
            data: { values: Array.from(grid, (x, i) => ({ x, eta: eta[i] })) },
            layer: [
              {
                mark: 'line',
                encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'eta', type: 'quantitative', title: 'η' } },
              },
              { mark: { type: 'rule', strokeDash: [4, 4], color: 'gray' }, encoding: { y: { datum: 1 } } },
              { mark: { type: 'rule', strokeDash: [4, 4], color: 'gray' }, encoding: { y: { datum: -1 } } },
            ],
          },
        },
        {
          id: 'objective',
          title: 'Objective against iterations',
          spec: {
            width: 420,
            height: 200,
            data: { values: traj },
            mark: 'line',
            encoding: {
              x: { field: 'iteration', type: 'quantitative' },
              y: { field: 'objective', type: 'quantitative', scale: { zero: false } },
            },
          },
        },
      ],
    };
  },
};
