import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { lipschitz, taskController, taskJacobian, type TaskFamily } from './tasks.js';
import { doubleIntegratorFamily, planarQuadrotor, planarQuadrotorFamily } from './families.js';
import { type Mat, addScaled, mat, mul, spectralRadius, toMat, toRows } from '../core/linalg.js';

const at = (m: Mat | null, i = 0, j = 0): number => (m as Mat).data[i * (m as Mat).cols + j];

/** ẋ = bu + dw, cost q x² + r u²: the continuous scalar family of the notes (a = 0), θ = q. */
function scalarFamily(b: number, d: number, r: number): TaskFamily {
  const one = (v: number) => ({ rows: 1, cols: 1, data: Float64Array.from([v]) });
  return {
    id: 'scalar',
    description: 'scalar',
    discrete: false,
    A: one(0),
    B: one(b),
    D: one(d),
    paramNames: ['q'],
    lower: [0.1],
    upper: [10],
    Q: (t) => one(t[0]),
    R: () => one(r),
    dQ: () => one(1),
    dR: () => mat(1, 1),
  };
}

describe('task maps', () => {
  it('double integrator family at θ = (1, 1) reproduces the notes K for LQR and H∞ (γ = 3)', () => {
    const f = doubleIntegratorFamily();
    expect(toRows(taskController(f, { kind: 'lqr' }, [1, 1]).K)[0][1]).toBeCloseTo(1.6355961850466294, 11);
    expect(toRows(taskController(f, { kind: 'hinf', gamma: 3 }, [1, 1]).K)[0][0]).toBeCloseTo(1.1737340073069717, 10);
  });

  it('scalar family: the Jacobian equals the closed form, and H∞/LQR = 1/√(1 − r d²/(b²γ²)) (notes §B4.3)', () => {
    const [b, d, r] = [1, 1, 1];
    const f = scalarFamily(b, d, r);
    const q = 2;
    const jl = at(taskJacobian(f, { kind: 'lqr' }, [q]).J, 0, 0);
    expect(jl).toBeCloseTo(b / r / (2 * Math.sqrt(q * ((b * b) / r))), 10);
    const gamma = 1.25;
    const jh = at(taskJacobian(f, { kind: 'hinf', gamma }, [q]).J, 0, 0);
    expect(jh / jl).toBeCloseTo(1 / Math.sqrt(1 - (r * d * d) / (b * b * gamma * gamma)), 9);
  });

  it('γ = c·γ*(θ): the Jacobian (with dγ*/dθ) matches a finite difference of the whole map', () => {
    const f = doubleIntegratorFamily();
    const spec = { kind: 'hinf-relative' as const, c: 1.2 };
    const th = [1.3, 2.1];
    const { J } = taskJacobian(f, spec, th);
    const h = 1e-4;
    for (let i = 0; i < 2; i++) {
      const tp = [...th];
      const tm = [...th];
      tp[i] += h;
      tm[i] -= h;
      const kp = toRows(taskController(f, spec, tp).K)[0];
      const km = toRows(taskController(f, spec, tm).K)[0];
      for (let k = 0; k < 2; k++) expect(at(J, k, i)).toBeCloseTo((kp[k] - km[k]) / (2 * h), 5);
    }
  });

  it('lipschitz: analytic ≈ finite difference; γ → ∞ recovers LQR; a γ near γ* raises the constant (double integrator)', () => {
    const f = doubleIntegratorFamily();
    const rng = new Rng(7);
    const ths = Array.from({ length: 12 }, () => [0.2 + 4.8 * rng.uniform(), 0.2 + 4.8 * rng.uniform()]);
    const lq = lipschitz(f, { kind: 'lqr' }, ths);
    const inf = lipschitz(f, { kind: 'hinf', gamma: 1e6 }, ths);
    const near = lipschitz(f, { kind: 'hinf-relative', c: 1.1 }, ths);
    expect(Math.abs(lq.analytic - lq.fd)).toBeLessThan(1e-5 * lq.analytic);
    expect(Math.abs(near.analytic - near.fd)).toBeLessThan(1e-4 * near.analytic);
    expect(Math.abs(inf.analytic - lq.analytic)).toBeLessThan(1e-6);
    expect(near.analytic).toBeGreaterThan(lq.analytic);
    expect(lq.infeasible).toBe(0);
  });

  it('a fixed γ below γ*(θ) at some tasks is counted as infeasible, not returned', () => {
    const f = doubleIntegratorFamily();
    const est = lipschitz(f, { kind: 'hinf', gamma: 1.5 }, [
      [0.2, 0.2],
      [5, 5],
      [0.3, 0.2],
    ]);
    expect(est.infeasible).toBeGreaterThan(0);
    expect(est.tasks.length + est.infeasible).toBe(3);
  });

  it('rejects bad tasks and specs', () => {
    const f = doubleIntegratorFamily();
    expect(() => taskController(f, { kind: 'lqr' }, [1])).toThrow(/taskController: theta has length 1, expected 2/);
    expect(() => taskController(f, { kind: 'lqr' }, [1, 9])).toThrow(/theta\[1\] \(q2\) must be in \[0.2, 5\]/);
    expect(() => taskController(f, { kind: 'lqr' }, [1, Number.NaN])).toThrow(/must be in/);
    expect(() => taskController(f, { kind: 'hinf-relative', c: 0.9 }, [1, 1])).toThrow(/c must be a finite number > 1/);
    expect(() => taskController(f, { kind: 'hinf', gamma: 0.5 }, [1, 1])).toThrow(/infeasible/);
    expect(() => lipschitz(f, { kind: 'lqr' }, [[1, 1]])).toThrow(/at least 2 tasks/);
  });
});

describe('planar quadrotor', () => {
  it('ZOH discretization matches the closed-form integrator chains', () => {
    const dt = 0.05;
    const m = 1.3;
    const J = 0.02;
    const g = 9.81;
    const { A, B, D } = planarQuadrotor({ dt, mass: m, inertia: J, gravity: g });
    const a = (i: number, j: number) => A.data[i * 6 + j];
    const b = (i: number, j: number) => B.data[i * 2 + j];
    expect(a(0, 3)).toBeCloseTo(dt, 14);
    expect(a(3, 2)).toBeCloseTo(-g * dt, 13);
    expect(a(0, 2)).toBeCloseTo((-g * dt * dt) / 2, 13);
    expect(a(0, 5)).toBeCloseTo((-g * dt ** 3) / 6, 13);
    expect(b(4, 0)).toBeCloseTo(dt / m, 14);
    expect(b(1, 0)).toBeCloseTo((dt * dt) / (2 * m), 14);
    expect(b(0, 1)).toBeCloseTo((-g * dt ** 4) / (24 * J), 13);
    expect(D.data[3 * 2 + 0]).toBeCloseTo(dt / m, 14);
    expect(() => planarQuadrotor({ dt: -1 })).toThrow(/planarQuadrotor: dt must be a finite number > 0/);
  });

  it('LQR and H∞ (γ = 1.5·γ*) stabilize every sampled task', () => {
    const f = planarQuadrotorFamily();
    for (const th of [
      [0.2, 0.2],
      [5, 0.2],
      [1, 3],
    ]) {
      const h = taskController(f, { kind: 'hinf-relative', c: 1.5 }, th);
      expect(h.gamma).toBeCloseTo(1.5 * (h.gammaStar as number), 12);
      for (const K of [taskController(f, { kind: 'lqr' }, th).K, h.K]) {
        const Acl = addScaled(f.A, mul(f.B, toMat('t', 'K', K)), -1);
        expect(spectralRadius(Acl)).toBeLessThan(1);
      }
    }
  });
});
