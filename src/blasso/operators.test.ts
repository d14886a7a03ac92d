import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adjoint, adjointGradient, certificate, forward, makeOperator, objective, spikes, type ForwardOperator } from './index.js';

const ops: [string, ForwardOperator][] = [
  ['fourier d=1', makeOperator({ kernel: 'fourier', dim: 1, fc: 5 })],
  ['fourier d=2', makeOperator({ kernel: 'fourier', dim: 2, fc: 3 })],
  ['gaussian d=1', makeOperator({ kernel: 'gaussian', dim: 1, sigma: 0.07, samples: 40 })],
  ['gaussian d=2', makeOperator({ kernel: 'gaussian', dim: 2, sigma: 0.08, samples: 12 })],
];

const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const amp = fc.double({ min: -2, max: 2, noNaN: true });

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

describe('forward operators', () => {
  it('Fourier d=1: ⟨φ_x, φ_x′⟩ is the Dirichlet kernel sin((2fc+1)πt)/sin(πt) (closed form)', () => {
    const op = makeOperator({ fc: 5 });
    for (const [x, xp] of [
      [0.1, 0.37],
      [0.9, 0.05],
      [0.5, 0.2],
    ]) {
      const a = forward(op, spikes(1, [x], [1]));
      const b = forward(op, spikes(1, [xp], [1]));
      const t = x - xp;
      expect(dot(a, b)).toBeCloseTo(Math.sin(11 * Math.PI * t) / Math.sin(Math.PI * t), 10);
    }
    expect(dot(forward(op, spikes(1, [0.3], [1])), forward(op, spikes(1, [0.3], [1])))).toBeCloseTo(11, 12);
  });

  it('Fourier d=2: the kernel is the product of two Dirichlet kernels, ‖φ_x‖² = (2fc+1)²', () => {
    const op = makeOperator({ dim: 2, fc: 3 });
    const D = (t: number) => Math.sin(7 * Math.PI * t) / Math.sin(Math.PI * t);
    const a = forward(op, spikes(2, [[0.1, 0.8]], [1]));
    const b = forward(op, spikes(2, [[0.45, 0.33]], [1]));
    expect(op.size).toBe(49);
    expect(dot(a, b)).toBeCloseTo(D(0.1 - 0.45) * D(0.8 - 0.33), 10);
    expect(dot(a, a)).toBeCloseTo(49, 10);
  });

  it('Gaussian: φ_x(s_j) equals the periodised Gaussian Σ_ℓ exp(−(s_j − x + ℓ)²/2σ²) (closed form)', () => {
    const op = makeOperator({ kernel: 'gaussian', dim: 1, sigma: 0.07, samples: 40 });
    const f = forward(op, spikes(1, [0.98], [1]));
    for (const j of [0, 5, 39]) {
      const s = (j + 0.5) / 40;
      let v = 0;
      for (let l = -2; l <= 2; l++) v += Math.exp(-((s - 0.98 + l) ** 2) / (2 * 0.07 * 0.07));
      expect(f[j]).toBeCloseTo(v, 12);
    }
  });

  for (const [name, op] of ops) {
    it(`${name}: Φ* is the adjoint of Φ, ⟨Φμ, r⟩ = Σ a_i (Φ*r)(x_i) (invariant)`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(unit, unit, amp), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 1000 }), (atoms, s) => {
          const pos = op.dim === 1 ? atoms.map((t) => t[0]) : atoms.map((t) => [t[0], t[1]]);
          const mu = spikes(
            op.dim,
            pos,
            atoms.map((t) => t[2]),
          );
          const r = new Float64Array(op.size);
          for (let j = 0; j < op.size; j++) r[j] = Math.sin(1.7 * j + s);
          const lhs = dot(forward(op, mu), r);
          const rhs = dot(mu.amplitudes, adjoint(op, r, mu.positions));
          expect(lhs).toBeCloseTo(rhs, 9);
        }),
        { seed: 42, numRuns: 40 },
      );
    });

    it(`${name}: ∇(Φ*r) matches central finite differences`, () => {
      fc.assert(
        fc.property(unit, unit, (u, v) => {
          const x = op.dim === 1 ? Float64Array.of(u) : Float64Array.of(u, v);
          const r = new Float64Array(op.size);
          for (let j = 0; j < op.size; j++) r[j] = Math.cos(0.9 * j) + 0.3;
          const g = adjointGradient(op, r, x);
          const h = 1e-6;
          for (let c = 0; c < op.dim; c++) {
            const xp = Float64Array.from(x);
            const xm = Float64Array.from(x);
            xp[c] += h;
            xm[c] -= h;
            const fd = (adjoint(op, r, xp)[0] - adjoint(op, r, xm)[0]) / (2 * h);
            expect(Math.abs(g[c] - fd)).toBeLessThan(1e-5 * Math.max(1, Math.abs(fd)));
          }
        }),
        { seed: 42, numRuns: 25 },
      );
    });

    it(`${name}: ∂F/∂a_i = λ(s_i − η(x_i)) and ∂F/∂x_i = −λ a_i ∇η(x_i) match finite differences`, () => {
      const pos =
        op.dim === 1
          ? [0.21, 0.64]
          : [
              [0.21, 0.33],
              [0.64, 0.8],
            ];
      const mu = spikes(op.dim, pos, [0.8, -0.5]);
      const y = forward(
        op,
        spikes(
          op.dim,
          op.dim === 1
            ? [0.25, 0.6]
            : [
                [0.25, 0.3],
                [0.6, 0.77],
              ],
          [1, -0.7],
        ),
      );
      const lambda = 0.2;
      const cert = certificate(op, y, mu, lambda, mu.positions);
      const h = 1e-6;
      for (let i = 0; i < 2; i++) {
        const ap = { ...mu, amplitudes: Float64Array.from(mu.amplitudes) };
        const am = { ...mu, amplitudes: Float64Array.from(mu.amplitudes) };
        ap.amplitudes[i] += h;
        am.amplitudes[i] -= h;
        const fdA = (objective(op, y, ap, lambda) - objective(op, y, am, lambda)) / (2 * h);
        expect(fdA).toBeCloseTo(lambda * (Math.sign(mu.amplitudes[i]) - cert.value[i]), 5);
        for (let c = 0; c < op.dim; c++) {
          const xp = { ...mu, positions: Float64Array.from(mu.positions) };
          const xm = { ...mu, positions: Float64Array.from(mu.positions) };
          xp.positions[i * op.dim + c] += h;
          xm.positions[i * op.dim + c] -= h;
          const fdX = (objective(op, y, xp, lambda) - objective(op, y, xm, lambda)) / (2 * h);
          expect(fdX).toBeCloseTo(-lambda * mu.amplitudes[i] * cert.gradient[i * op.dim + c], 4);
        }
      }
    });
  }

  it('rejects bad input naming the function and argument', () => {
    const op = makeOperator({ fc: 3 });
    expect(() => makeOperator({ kernel: 'laplace' as never })).toThrow(/makeOperator: kernel must be one of/);
    expect(() => makeOperator({ dim: 3 })).toThrow(/makeOperator: dim must be in/);
    expect(() => makeOperator({ kernel: 'gaussian', sigma: 0 })).toThrow(/makeOperator: sigma/);
    expect(() => makeOperator({ kernel: 'gaussian', samples: 2 })).toThrow(/makeOperator: samples/);
    expect(() => adjoint(op, [1, 2], [0.1])).toThrow(/adjoint: r has length 2, expected 7/);
    expect(() => adjoint(op, new Float64Array(7).fill(Number.NaN), [0.1])).toThrow(/adjoint: r/);
    expect(() => adjointGradient(makeOperator({ dim: 2, fc: 1 }), new Float64Array(9), [0.1, 0.2, 0.3])).toThrow(
      /not a multiple of the dimension 2/,
    );
    expect(() => forward(op, spikes(2, [[0.1, 0.2]], [1]))).toThrow(/forward: mu.dim is 2, expected 1/);
    expect(() => spikes(1, [0.1, 0.2], [1])).toThrow(/spikes: positions has length 2, expected 1/);
    expect(() => spikes(2, [[0.1]], [1])).toThrow(/spikes: positions\[0\] must be a pair/);
    expect(() => spikes(1, [Number.NaN], [1])).toThrow(/spikes: positions\[0\] must be a finite number/);
    expect(() => objective(op, new Float64Array(7), spikes(1, [0.1], [1]), 0)).toThrow(/objective: lambda/);
    expect(() => forward(op, { dim: 1, positions: new Float64Array(2), amplitudes: new Float64Array(1) })).toThrow(
      /forward: mu.positions has length 2, expected 1/,
    );
  });
});
