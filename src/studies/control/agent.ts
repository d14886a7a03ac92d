/**
 * The generalization half of the control study: MLP agents imitate task-conditioned optimal
 * controllers (LQR, and H∞ at γ = c·γ*(θ)) on training tasks, then are judged on unseen tasks
 * for execution (goal reached) and safety (disturbance gain ≤ γ(θ)).
 */
import { Rng } from '../../core/rng.js';
import { planarQuadrotorFamily } from '../../control/index.js';
import { taskControllerKernel } from '../../control/tasks.js';
import { scoreTask, trainAgent, type AgentOptions, type ExpertTask, type TaskScore } from '../../control/agent.js';

export interface AgentPartConfig {
  seed: number;
  trainTasks: number;
  testTasks: number;
  claimMargin: number;
  agentSteps: number;
  agentHidden: number;
  agentBatch: number;
  statesPerTask: number;
  reachTol: number;
  horizon: number;
}

export interface AgentRun {
  design: 'LQR' | 'H∞';
  finalLoss: number;
  parameters: number;
  train: TaskScore[];
  test: TaskScore[];
}

export interface AgentPart {
  runs: AgentRun[];
  trainTasks: ExpertTask[];
  testTasks: ExpertTask[];
}

/** Tasks θ = (goal ∈ [−1, 1]², weights log-uniform in the family box), with LQR and H∞ experts. */
function sampleExpertTasks(n: number, seed: number, c: number): { lqr: ExpertTask[]; hinf: ExpertTask[] } {
  const f = planarQuadrotorFamily();
  const rng = new Rng(seed);
  const lqr: ExpertTask[] = [];
  const hinf: ExpertTask[] = [];
  while (hinf.length < n) {
    const goal: [number, number] = [2 * rng.uniform() - 1, 2 * rng.uniform() - 1];
    const weights = f.lower.map((lo, i) => lo * Math.pow(f.upper[i] / lo, rng.uniform()));
    const h = taskControllerKernel(f, { kind: 'hinf-relative', c }, weights);
    const l = taskControllerKernel(f, { kind: 'lqr' }, weights);
    if (!h.ok || !l.ok) continue;
    const gamma = h.gamma as number;
    hinf.push({ goal, weights, K: h.K, gamma });
    lqr.push({ goal, weights, K: l.K, gamma });
  }
  return { lqr, hinf };
}

export function agentUnits(cfg: AgentPartConfig): number {
  return 2 * cfg.agentSteps + 2;
}

export async function runAgents(cfg: AgentPartConfig, progress: (done: number, label: string) => void): Promise<AgentPart> {
  const f = planarQuadrotorFamily();
  const tr = sampleExpertTasks(cfg.trainTasks, cfg.seed * 7919 + 1, cfg.claimMargin);
  const te = sampleExpertTasks(cfg.testTasks, cfg.seed * 7919 + 2, cfg.claimMargin);
  progress(1, 'experts');
  const opts: AgentOptions = {
    hidden: cfg.agentHidden,
    depth: 2,
    steps: cfg.agentSteps,
    lr: 3e-3,
    batchSize: cfg.agentBatch,
    statesPerTask: cfg.statesPerTask,
    seed: cfg.seed,
  };
  const runs: AgentRun[] = [];
  let base = 1;
  for (const design of ['LQR', 'H∞'] as const) {
    const trainSet = design === 'LQR' ? tr.lqr : tr.hinf;
    const testSet = design === 'LQR' ? te.lqr : te.hinf;
    const agent = await trainAgent(f, trainSet, opts, (d) => progress(base + d, `agent ${design}: training`));
    base += cfg.agentSteps;
    const so = { horizon: cfg.horizon, reachTol: cfg.reachTol };
    runs.push({
      design,
      finalLoss: agent.finalLoss,
      parameters: agent.parameters,
      train: trainSet.map((t) => scoreTask(f, agent.policy, t, so)),
      test: testSet.map((t) => scoreTask(f, agent.policy, t, so)),
    });
  }
  progress(base + 1, 'agents scored');
  return { runs, trainTasks: tr.hinf, testTasks: te.hinf };
}

const rate = (s: TaskScore[], k: 'reached' | 'safe') => s.reduce((a, x) => a + (x[k] ? 1 : 0), 0) / s.length;
const meanOf = (s: TaskScore[], k: 'gainError' | 'excessCost') => s.reduce((a, x) => a + x[k], 0) / s.length;

/** Bootstrap (tasks resampled within train and within test, seeded) of a statistic of the two sets. */
export function bootstrap(
  train: number,
  test: number,
  stat: (trainIdx: Int32Array, testIdx: Int32Array) => number,
  seed: number,
  reps = 2000,
): { estimate: number; lower: number; upper: number } {
  const rng = new Rng(seed);
  const id = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
  const estimate = stat(id(train), id(test));
  const vals = new Float64Array(reps);
  const a = new Int32Array(train);
  const b = new Int32Array(test);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < train; i++) a[i] = rng.int(train);
    for (let i = 0; i < test; i++) b[i] = rng.int(test);
    vals[r] = stat(a, b);
  }
  vals.sort();
  return { estimate, lower: vals[Math.floor(0.025 * reps)], upper: vals[Math.min(reps - 1, Math.ceil(0.975 * reps) - 1)] };
}

export const pick = (s: TaskScore[], idx: Int32Array) => Array.from(idx, (i) => s[i]);
export { rate, meanOf };
