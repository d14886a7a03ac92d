// control demo: paste A, B, Q, R (and D for H∞) and get the DARE solution, the LQR gain, and
// the H∞ state feedback at γ, with the closed-loop poles against the unit circle.
import { dhinf, gammaStar, solveDARE } from '../../../src/control/index.js';
import { type Mat, toRows } from '../../../src/core/linalg.js';
import type { Demo } from '../demos.js';
import { parseNumber, parseRows } from './util.js';

function show(name: string, m: Mat): string {
  return `${name} =\n${toRows(m)
    .map((r) => '  ' + r.map((x) => x.toPrecision(8).padStart(16)).join(' '))
    .join('\n')}`;
}

export const controlDemo: Demo = {
  title: 'Discrete Riccati, LQR and H∞ state feedback',
  description:
    'Matrices as CSV rows (comma or tab separated). x⁺ = Ax + Bu + Dw; cost Σ xᵀQx + uᵀRu; H∞ at the given γ (γ* is computed by bisection).',
  fields: [
    { key: 'A', label: 'A (n×n)', description: 'State matrix, one row per line.', type: 'textarea', default: '1, 1\n0, 1', upload: true },
    { key: 'B', label: 'B (n×m)', description: 'Input matrix.', type: 'textarea', default: '0.5\n1', upload: true },
    { key: 'D', label: 'D (n×q)', description: 'Disturbance matrix (H∞ only).', type: 'textarea', default: '0.1\n0.1', upload: true },
    {
      key: 'Q',
      label: 'Q (n×n)',
      description: 'State cost, symmetric positive semidefinite.',
      type: 'textarea',
      default: '1, 0\n0, 1',
      upload: true,
    },
    { key: 'R', label: 'R (m×m)', description: 'Input cost, symmetric positive definite.', type: 'textarea', default: '1', upload: true },
    {
      key: 'gamma',
      label: 'γ (H∞ level)',
      description: 'Attenuation level; feasible only above γ*.',
      type: 'number',
      min: 0.01,
      max: 100,
      default: 5,
    },
  ],
  live: true,
  async run(input) {
    const A = parseRows(input.A, 'A');
    const B = parseRows(input.B, 'B');
    const D = parseRows(input.D, 'D');
    const Q = parseRows(input.Q, 'Q');
    const R = parseRows(input.R, 'R');
    const gamma = parseNumber(input.gamma, 'γ', { min: 0 });
    const lqr = solveDARE(A, B, Q, R);
    const gs = gammaStar(A, B, D, Q, R, { discrete: true });
    const h = dhinf(A, B, D, Q, R, gamma);
    const lines = [
      show('P (DARE)', lqr.P),
      show('K (LQR, u = −Kx)', lqr.K),
      `relative residual ${lqr.relativeResidual.toExponential(2)}, ${lqr.iterations} doubling steps`,
      `γ* = ${gs}`,
      h.feasible && h.K ? show(`K (H∞ at γ = ${gamma})`, h.K) : `H∞ at γ = ${gamma}: infeasible (${h.reason ?? 'γ below γ*'})`,
    ];
    const poles = [
      ...Array.from(lqr.closedLoopEigenvalues.re, (re, i) => ({ re, im: lqr.closedLoopEigenvalues.im[i], controller: 'LQR' })),
      ...(h.closedLoopEigenvalues
        ? Array.from(h.closedLoopEigenvalues.re, (re, i) => ({ re, im: h.closedLoopEigenvalues!.im[i], controller: 'H∞' }))
        : []),
    ];
    const circle = Array.from({ length: 121 }, (_, i) => ({
      re: Math.cos((2 * Math.PI * i) / 120),
      im: Math.sin((2 * Math.PI * i) / 120),
      i,
    }));
    return {
      text: lines.join('\n'),
      figures: [
        {
          id: 'poles',
          title: 'Closed-loop eigenvalues of A − BK',
          caption: 'Inside the unit circle: stable.',
          spec: {
            width: 300,
            height: 300,
            layer: [
              {
                data: { values: circle },
                mark: { type: 'line', color: 'gray' },
                encoding: {
                  x: { field: 're', type: 'quantitative', scale: { domain: [-1.2, 1.2] } },
                  y: { field: 'im', type: 'quantitative', scale: { domain: [-1.2, 1.2] } },
                  order: { field: 'i' },
                },
              },
              {
                data: { values: poles },
                mark: { type: 'point', filled: true, size: 90 },
                encoding: {
                  x: { field: 're', type: 'quantitative' },
                  y: { field: 'im', type: 'quantitative' },
                  color: { field: 'controller', type: 'nominal' },
                  shape: { field: 'controller', type: 'nominal' },
                },
              },
            ],
          },
        },
      ],
    };
  },
};
