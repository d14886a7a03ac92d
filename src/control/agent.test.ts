import { describe, expect, it } from 'vitest';
import { expertPolicy, linearizeAtGoal, scoreTask, trainAgent, type ExpertTask } from './agent.js';
import { planarQuadrotorFamily } from './families.js';
import { taskControllerKernel } from './tasks.js';
import { closedLoopGainKernel } from './controllers.js';
import type { Mat } from '../core/linalg.js';

const f = planarQuadrotorFamily();

function expert(goal: [number, number], weights: number[], c = 1.5): ExpertTask {
  const h = taskControllerKernel(f, { kind: 'hinf-relative', c }, weights);
  if (!h.ok) throw new Error('infeasible');
  return { goal, weights, K: h.K, gamma: h.gamma as number };
}

describe('agent scoring', () => {
  const t = expert([0.6, -0.4], [1, 2]);

  it('linearizeAtGoal recovers K of a linear policy, with zero offset', () => {
    const { K, offset } = linearizeAtGoal(expertPolicy(t.K), t, 6, 2);
    for (let i = 0; i < 12; i++) expect(Math.abs(K.data[i] - t.K.data[i])).toBeLessThan(1e-8 * Math.max(1, Math.abs(t.K.data[i])));
    expect(Math.hypot(offset[0], offset[1])).toBeLessThan(1e-12);
  });

  it('the expert itself reaches the goal, has zero excess cost, and its gain equals closedLoopGain(K) < γ', () => {
    const s = scoreTask(f, expertPolicy(t.K), t, { horizon: 120, reachTol: 0.05 });
    expect(s.reached).toBe(true);
    expect(Math.abs(s.excessCost)).toBeLessThan(1e-12);
    expect(s.gainError).toBeLessThan(1e-8);
    const g = closedLoopGainKernel(true, f.A, f.B, f.D, f.Q(t.weights), f.R(t.weights), t.K);
    expect(s.gain).toBeCloseTo(g, 6);
    expect(s.safe).toBe(true);
  });

  it('a detuned policy (K scaled by 0.2) is flagged unsafe or not reaching', () => {
    const weak: Mat = { rows: 2, cols: 6, data: t.K.data.map((v) => 0.2 * v) };
    const s = scoreTask(f, expertPolicy(weak), t, { horizon: 120, reachTol: 0.05 });
    expect(s.gainError).toBeCloseTo(0.8, 10);
    expect(s.safe && s.reached).toBe(false);
  });

  it('rejects a bad horizon, reachTol or task', () => {
    const pol = expertPolicy(t.K);
    expect(() => scoreTask(f, pol, t, { horizon: 0, reachTol: 0.05 })).toThrow(/scoreTask: horizon must be an integer ≥ 1/);
    expect(() => scoreTask(f, pol, t, { horizon: 10, reachTol: Number.NaN })).toThrow(/scoreTask: reachTol/);
    expect(() => scoreTask(f, pol, { ...t, weights: [1] }, { horizon: 10, reachTol: 0.05 })).toThrow(/task.weights has length 1/);
  });
});

describe('trainAgent (core/nn)', () => {
  it('imitates two tasks, deterministically for a seed, and rejects bad tasks', async () => {
    const tasks = [expert([0.5, 0.5], [1, 1]), expert([-0.5, 0.2], [3, 0.5])];
    const opts = { hidden: 16, depth: 2, steps: 300, lr: 5e-3, batchSize: 64, statesPerTask: 64, seed: 3 };
    const a = await trainAgent(f, tasks, opts);
    const b = await trainAgent(f, tasks, opts);
    const x = Float64Array.from([0.1, 0.2, 0.05, -0.1, 0.2, 0.3]);
    expect(Array.from(a.policy(x, tasks[0]))).toEqual(Array.from(b.policy(x, tasks[0])));
    // the imitation is close on the training tasks: normalized loss well below the variance (1)
    expect(a.finalLoss).toBeLessThan(0.05);
    expect(a.parameters).toBe(10 * 16 + 16 + 16 * 16 + 16 + 16 * 2 + 2);
    await expect(trainAgent(f, [tasks[0]], opts)).rejects.toThrow(/trainAgent: experts must hold at least 2 tasks/);
    await expect(trainAgent(f, tasks, { ...opts, steps: 0 })).rejects.toThrow(/trainAgent: steps must be in \[1, /);
    const bad = { ...tasks[1], weights: [1] };
    await expect(trainAgent(f, [tasks[0], bad], opts)).rejects.toThrow(/experts\[1\]\.weights has length 1, expected 2/);
  }, 60_000);
});
