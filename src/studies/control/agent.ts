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
  /** agents trained per design, with seeds seed·101 + k (training variance enters the bootstrap) */
  agentSeeds: number;
  /** competence gate: fraction of training tasks on which the goal must be reached */
  gateRate: number;
  /** while an agent misses the gate, its steps are doubled, at most this many times */
  maxDoublings: number;
}

export interface AgentRun {
  design: 'LQR' | 'H∞';
  /** the agent's training seed */
  seed: number;
  /** Adam steps finally used (agentSteps·2^doublings) */
  steps: number;
  finalLoss: number;
  parameters: number;
  train: TaskScore[];
  test: TaskScore[];
  /** goal reached on ≥ gateRate of the training tasks */
  gatePassed: boolean;
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

/** Progress units: the nominal training steps of every agent, plus the experts and the scoring. */
export function agentUnits(cfg: AgentPartConfig): number {
  return 2 * cfg.agentSeeds * cfg.agentSteps + 2;
}

const agentSeed = (cfg: AgentPartConfig, k: number) => cfg.seed * 101 + k;

export async function runAgents(cfg: AgentPartConfig, progress: (done: number, label: string) => void): Promise<AgentPart> {
  const f = planarQuadrotorFamily();
  const tr = sampleExpertTasks(cfg.trainTasks, cfg.seed * 7919 + 1, cfg.claimMargin);
  const te = sampleExpertTasks(cfg.testTasks, cfg.seed * 7919 + 2, cfg.claimMargin);
  progress(1, 'experts');
  const runs: AgentRun[] = [];
  const so = { horizon: cfg.horizon, reachTol: cfg.reachTol };
  let base = 1;
  for (let k = 0; k < cfg.agentSeeds; k++) {
    for (const design of ['LQR', 'H∞'] as const) {
      const trainSet = design === 'LQR' ? tr.lqr : tr.hinf;
      const testSet = design === 'LQR' ? te.lqr : te.hinf;
      const seed = agentSeed(cfg, k);
      // train until the competence gate passes (goal reached on ≥ gateRate of the training tasks),
      // doubling the steps at most maxDoublings times; only training tasks are looked at
      let steps = cfg.agentSteps;
      for (let d = 0; ; d++) {
        const opts: AgentOptions = {
          hidden: cfg.agentHidden,
          depth: 2,
          steps,
          lr: 3e-3,
          batchSize: cfg.agentBatch,
          statesPerTask: cfg.statesPerTask,
          seed,
        };
        const b0 = base;
        const agent = await trainAgent(f, trainSet, opts, (done) =>
          progress(
            Math.min(b0 + (done * cfg.agentSteps) / steps, b0 + cfg.agentSteps),
            `agent ${design} seed ${seed}: training (${steps} steps)`,
          ),
        );
        const train = trainSet.map((t) => scoreTask(f, agent.policy, t, so));
        const passed = rate(train, 'reached') >= cfg.gateRate;
        if (passed || d >= cfg.maxDoublings) {
          runs.push({
            design,
            seed,
            steps,
            finalLoss: agent.finalLoss,
            parameters: agent.parameters,
            train,
            test: testSet.map((t) => scoreTask(f, agent.policy, t, so)),
            gatePassed: passed,
          });
          break;
        }
        steps *= 2;
      }
      base += cfg.agentSteps;
    }
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

/**
 * Two-level bootstrap: agent seeds resampled, then training and unseen tasks resampled (the
 * same task indices for every seed, since all agents share the tasks). `stat(seedIdx, trainIdx,
 * testIdx)` returns the statistic of one resample. Returns the estimate on the full sample and
 * the replicates.
 */
export function seedTaskBootstrap(
  seeds: number,
  train: number,
  test: number,
  stat: (seedIdx: Int32Array, trainIdx: Int32Array, testIdx: Int32Array) => number,
  seed: number,
  reps = 2000,
): { estimate: number; replicates: Float64Array } {
  const rng = new Rng(seed);
  const id = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
  const estimate = stat(id(seeds), id(train), id(test));
  const replicates = new Float64Array(reps);
  const s = new Int32Array(seeds);
  const a = new Int32Array(train);
  const b = new Int32Array(test);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < seeds; i++) s[i] = rng.int(seeds);
    for (let i = 0; i < train; i++) a[i] = rng.int(train);
    for (let i = 0; i < test; i++) b[i] = rng.int(test);
    replicates[r] = stat(s, a, b);
  }
  return { estimate, replicates };
}
export { rate, meanOf };
