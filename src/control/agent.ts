/**
 * The task-conditioned MLP agent of the study: it imitates the optimal controllers
 * u = −K(θ)(x − x_goal) of training tasks and is then judged on unseen tasks.
 *
 * A task is θ = (g_x, g_z, q_x, q_z): the goal position and the position weights of the
 * planar quadrotor family. The agent is an MLP π(x, θ) → u (tanh, trained with Adam through
 * core/nn on jax-js, float32). Its inputs are the absolute state and the task, normalized, so it
 * must learn both the goal offset and the weight dependence of K.
 *
 * Judging a policy on a task (all in float64, on the linearized plant):
 * - execution: from hover at the origin, fly to the goal for `horizon` steps without wind;
 *   success when the final position error is ≤ `reachTol` and the state has settled;
 *   also the quadratic cost relative to the expert's;
 * - safety: the agent's linearization at the goal, K̂ = −∂π/∂x (central differences), must keep
 *   the closed loop stable with disturbance gain ‖T_{w→z}‖_∞ ≤ γ(θ), the task's H∞ level.
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { Rng } from '../core/rng.js';
import {
  adam,
  disposeParams,
  initMlp,
  initNN,
  mlp,
  np,
  paramShapes,
  paramsToFloat32,
  train,
  warmupCosine,
  type MlpParams,
} from '../core/nn/index.js';
import { type Mat, addScaled, frob, mat } from '../core/linalg.js';
import { closedLoopGainKernel } from './controllers.js';
import type { TaskFamily } from './tasks.js';

/** A task of the agent: goal (g_x, g_z) and the family's weight parameters. */
export interface AgentTask {
  goal: [number, number];
  /** the family's θ (cost weights) */
  weights: number[];
}

/** A training/evaluation task with its expert controller. */
export interface ExpertTask extends AgentTask {
  K: Mat;
  /** the task's H∞ level γ(θ) (the safety specification) */
  gamma: number;
}

/** A policy u = π(x, task) (x and u relative to hover). */
export type Policy = (x: Float64Array, task: AgentTask) => Float64Array;

/** Per-state scales of the imitation data (p_x, p_z, φ, v_x, v_z, ω). */
export const STATE_SCALE = [0.5, 0.5, 0.3, 0.5, 0.5, 1.0];

/** The goal state: hover at (g_x, g_z). */
export function goalState(task: AgentTask): Float64Array {
  return Float64Array.from([task.goal[0], task.goal[1], 0, 0, 0, 0]);
}

/**
 * The expert policy u = −K(x − x_goal), x_goal = (g_x, g_z, 0, 0, 0, 0).
 * @param K - m×n gain (trusted)
 * @returns a Policy
 * @example expertPolicy(K)(x, { goal: [0.5, 0], weights: [1, 1] })
 */
export function expertPolicy(K: Mat): Policy {
  return (x, task) => {
    const g = goalState(task);
    const u = new Float64Array(K.rows);
    for (let i = 0; i < K.rows; i++) {
      let s = 0;
      for (let j = 0; j < K.cols; j++) s -= K.data[i * K.cols + j] * (x[j] - g[j]);
      u[i] = s;
    }
    return u;
  };
}

/** The agent's training options, as a parameter schema (types, ranges, defaults, CLI help). */
export const agentSchema = defineSchema({
  hidden: { type: 'integer', min: 1, max: 4096, default: 64, description: 'hidden width' },
  depth: { type: 'integer', min: 1, max: 8, default: 2, description: 'hidden layers' },
  steps: { type: 'integer', min: 1, max: 1_000_000, default: 1500, description: 'Adam steps' },
  lr: { type: 'number', min: 0, max: 1, exclusive: true, default: 3e-3, description: 'peak learning rate (warmup-cosine schedule)' },
  batchSize: { type: 'integer', min: 1, max: 1_000_000, default: 256, description: 'minibatch rows' },
  statesPerTask: { type: 'integer', min: 1, max: 100_000, default: 128, description: 'imitation states sampled per training task' },
  seed: {
    type: 'integer',
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    default: 1,
    description: 'seed of the states, the weights and the minibatch order',
  },
});

/** The agent's training options (see agentSchema). */
export type AgentOptions = OptionsOf<typeof agentSchema>;

/** A trained agent: its policy (float64 forward pass of the float32 weights) and training record. */
export interface TrainedAgent {
  policy: Policy;
  finalLoss: number;
  /** number of trainable parameters */
  parameters: number;
}

interface Normalizer {
  inMean: Float64Array;
  inScale: Float64Array;
  outScale: Float64Array;
}

function features(x: Float64Array, task: AgentTask, out: Float64Array, nrm: Normalizer, off = 0): void {
  const raw = [x[0], x[1], x[2], x[3], x[4], x[5], task.goal[0], task.goal[1], ...task.weights.map((w) => Math.log(w))];
  for (let i = 0; i < raw.length; i++) out[off + i] = (raw[i] - nrm.inMean[i]) / nrm.inScale[i];
}

/**
 * Train the MLP agent by imitation (behaviour cloning) of the experts' actions on states sampled
 * around each training task's goal: x = x_goal + δ, δ ~ N(0, diag(STATE_SCALE²)), target −Kδ.
 * Loss: mean squared error of the normalized action. Runs through core/nn (jax-js, float32).
 * @param family - the task family (for the weight box)
 * @param experts - training tasks with their expert gains (at least 2)
 * @param opts - AgentOptions (agentSchema: hidden, depth, steps, lr, batchSize, statesPerTask, seed)
 * @param onProgress - optional progress callback (done, total)
 * @returns the trained agent
 * @throws QuireError on empty or mismatched tasks
 * @example const agent = await trainAgent(family, experts, { ...defaultAgentOptions, seed: 1 });
 */
export async function trainAgent(
  family: TaskFamily,
  experts: ExpertTask[],
  opts: Partial<AgentOptions> = {},
  onProgress?: (done: number, total: number) => void,
): Promise<TrainedAgent> {
  const fn = 'trainAgent';
  const options = parseOptions(fn, agentSchema, opts);
  if (!Array.isArray(experts) || experts.length < 2) throw new QuireError(`${fn}: experts must hold at least 2 tasks`);
  const p = family.paramNames.length;
  const n = family.A.rows;
  const m = family.B.cols;
  for (const [i, e] of experts.entries()) {
    if (e.weights.length !== p) throw new QuireError(`${fn}: experts[${i}].weights has length ${e.weights.length}, expected ${p}`);
    if (e.K.rows !== m || e.K.cols !== n) throw new QuireError(`${fn}: experts[${i}].K is ${e.K.rows}×${e.K.cols}, expected ${m}×${n}`);
  }
  const dIn = n + 2 + p;
  const rng = new Rng(options.seed);
  const rows = experts.length * options.statesPerTask;
  const X = new Float64Array(rows * n);
  const U = new Float64Array(rows * m);
  const T: AgentTask[] = [];
  let r = 0;
  for (const e of experts) {
    const pol = expertPolicy(e.K);
    const g = goalState(e);
    for (let s = 0; s < options.statesPerTask; s++, r++) {
      const x = new Float64Array(n);
      for (let j = 0; j < n; j++) x[j] = g[j] + STATE_SCALE[j] * rng.normal(0, 1);
      X.set(x, r * n);
      U.set(pol(x, e), r * m);
      T.push(e);
    }
  }
  // normalizer: states by STATE_SCALE around the goal box centre, goals by the box, log-weights by the box
  const inMean = new Float64Array(dIn);
  const inScale = new Float64Array(dIn).fill(1);
  for (let j = 0; j < n; j++) inScale[j] = j < 2 ? 1 : STATE_SCALE[j];
  for (let i = 0; i < p; i++) {
    const lo = Math.log(family.lower[i]);
    const hi = Math.log(family.upper[i]);
    inMean[n + 2 + i] = (lo + hi) / 2;
    inScale[n + 2 + i] = (hi - lo) / 2;
  }
  const outScale = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    let s = 0;
    for (let i = 0; i < rows; i++) s += U[i * m + k] ** 2;
    outScale[k] = Math.sqrt(s / rows) || 1;
  }
  const nrm: Normalizer = { inMean, inScale, outScale };
  const Z = new Float32Array(rows * dIn);
  const Y = new Float32Array(rows * m);
  const z = new Float64Array(dIn);
  for (let i = 0; i < rows; i++) {
    features(X.subarray(i * n, (i + 1) * n), T[i], z, nrm);
    Z.set(z, i * dIn);
    for (let k = 0; k < m; k++) Y[i * m + k] = U[i * m + k] / outScale[k];
  }

  await initNN();
  const sizes = [dIn, ...new Array<number>(options.depth).fill(options.hidden), m];
  const batchSize = Math.min(options.batchSize, rows);
  const res = await train<MlpParams>({
    params: initMlp(sizes, { seed: options.seed }),
    optimizer: adam(),
    lr: warmupCosine(options.lr, Math.max(1, Math.floor(options.steps / 20)), options.steps, options.lr / 30),
    steps: options.steps,
    batchSize,
    seed: options.seed,
    data: { z: { data: Z, shape: [rows, dIn] }, y: { data: Y, shape: [rows, m] } },
    loss: (q, b) => np.square(mlp(q, b.z).sub(b.y)).mean(),
    onProgress: onProgress ? (d, t) => onProgress(d, t) : undefined,
  });
  const shapes = paramShapes(res.params);
  const flat = await paramsToFloat32(res.params);
  disposeParams(res.params);
  disposeParams(res.state);
  const finalLoss = res.history.loss[res.history.loss.length - 1];
  return { policy: mlpPolicy(flat, shapes, sizes, nrm), finalLoss, parameters: flat.length };
}

/** A float64 forward pass over the float32 weights (layers.i.b, layers.i.w with w: [in, out]). */
function mlpPolicy(flat: Float32Array, shapes: { path: string; shape: number[] }[], sizes: number[], nrm: Normalizer): Policy {
  const W: Float64Array[] = [];
  const Bv: Float64Array[] = [];
  let off = 0;
  const byPath = new Map<string, Float64Array>();
  for (const s of shapes) {
    const len = s.shape.reduce((a, b) => a * b, 1);
    byPath.set(s.path, Float64Array.from(flat.subarray(off, off + len)));
    off += len;
  }
  for (let l = 0; l + 1 < sizes.length; l++) {
    W.push(byPath.get(`layers.${l}.w`) as Float64Array);
    Bv.push(byPath.get(`layers.${l}.b`) as Float64Array);
  }
  const L = W.length;
  const maxW = Math.max(...sizes);
  return (x, task) => {
    let h = new Float64Array(maxW);
    let nxt = new Float64Array(maxW);
    features(x, task, h, nrm);
    for (let l = 0; l < L; l++) {
      const din = sizes[l];
      const dout = sizes[l + 1];
      const w = W[l];
      for (let j = 0; j < dout; j++) nxt[j] = Bv[l][j];
      for (let i = 0; i < din; i++) {
        const hi = h[i];
        for (let j = 0; j < dout; j++) nxt[j] += hi * w[i * dout + j];
      }
      if (l + 1 < L) for (let j = 0; j < dout; j++) nxt[j] = Math.tanh(nxt[j]);
      [h, nxt] = [nxt, h];
    }
    const m = sizes[L];
    const u = new Float64Array(m);
    for (let k = 0; k < m; k++) u[k] = h[k] * nrm.outScale[k];
    return u;
  };
}

/**
 * The policy's linearization at the goal: K̂ = −∂π/∂x by central differences
 * (K̂_ij = −(π_i(x_g + h e_j) − π_i(x_g − h e_j))/2h), and the offset π(x_goal).
 * @param policy - the policy; task - its task; n, m - state and input sizes; h - step (default 1e-4)
 * @returns { K (m×n), offset (length m; 0 for a policy that hovers at the goal) }
 * @example linearizeAtGoal(expertPolicy(K), task, 6, 2).K // K (to ~1e-10)
 */
export function linearizeAtGoal(policy: Policy, task: AgentTask, n: number, m: number, h = 1e-4): { K: Mat; offset: Float64Array } {
  const g = goalState(task);
  const K = mat(m, n);
  for (let j = 0; j < n; j++) {
    const xp = g.slice();
    const xm = g.slice();
    xp[j] += h;
    xm[j] -= h;
    const up = policy(xp, task);
    const um = policy(xm, task);
    for (let i = 0; i < m; i++) K.data[i * n + j] = -(up[i] - um[i]) / (2 * h);
  }
  return { K, offset: policy(g, task) };
}

/** How a policy does on one task. */
export interface TaskScore {
  /** final position error after the horizon (m) */
  finalError: number;
  /** goal reached: final position error ≤ reachTol and the state settled */
  reached: boolean;
  /** quadratic cost relative to the expert's, minus 1 */
  excessCost: number;
  /** closed-loop disturbance gain of the linearized agent (Infinity if unstable) */
  gain: number;
  /** gain ≤ γ(θ) */
  safe: boolean;
  /** ‖K̂ − K‖_F / ‖K‖_F */
  gainError: number;
}

/**
 * Score a policy on an expert task.
 * - execution: from hover at the origin, fly `horizon` steps on x⁺ = Ax + Bu without wind;
 *   reached when ‖p_T − g‖ ≤ reachTol and the other states are ≤ 10·reachTol; excess cost
 *   Σ eᵀQe + uᵀRu relative to the expert's, minus 1;
 * - safety: K̂ from linearizeAtGoal; safe when ‖T_{w→z}‖_∞ of (A − BK̂, D, Q + K̂ᵀRK̂) ≤ γ(θ).
 * @param family - the plant and weights; policy - the agent; task - with its expert K and γ
 * @param opts.horizon - integer ≥ 1; opts.reachTol - > 0 (m)
 * @returns the TaskScore
 * @throws QuireError on a bad horizon, reachTol, task weights or expert K shape
 * @example scoreTask(planarQuadrotorFamily(), expertPolicy(K), task, { horizon: 120, reachTol: 0.05 }).reached // true
 */
export function scoreTask(family: TaskFamily, policy: Policy, task: ExpertTask, opts: { horizon: number; reachTol: number }): TaskScore {
  const fn = 'scoreTask';
  const n = family.A.rows;
  const m = family.B.cols;
  if (!(Number.isInteger(opts.horizon) && opts.horizon >= 1))
    throw new QuireError(`${fn}: horizon must be an integer ≥ 1, got ${opts.horizon}`);
  if (!(opts.reachTol > 0 && Number.isFinite(opts.reachTol)))
    throw new QuireError(`${fn}: reachTol must be a finite number > 0, got ${opts.reachTol}`);
  if (task.weights.length !== family.paramNames.length) {
    throw new QuireError(`${fn}: task.weights has length ${task.weights.length}, expected ${family.paramNames.length}`);
  }
  if (task.K.rows !== m || task.K.cols !== n) throw new QuireError(`${fn}: task.K is ${task.K.rows}×${task.K.cols}, expected ${m}×${n}`);
  const Q = family.Q(task.weights);
  const R = family.R(task.weights);
  const g = goalState(task);
  const run = (pol: Policy) => {
    let x = new Float64Array(n);
    let cost = 0;
    for (let t = 0; t < opts.horizon; t++) {
      const u = pol(x, task);
      const e = x.map((v, j) => v - g[j]);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) cost += e[i] * Q.data[i * n + j] * e[j];
      for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) cost += u[i] * R.data[i * m + j] * u[j];
      const xn = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += family.A.data[i * n + j] * x[j];
        for (let j = 0; j < m; j++) s += family.B.data[i * m + j] * u[j];
        xn[i] = s;
      }
      x = xn;
      if (!Number.isFinite(cost) || cost > 1e12) break;
    }
    return { x, cost };
  };
  const agent = run(policy);
  const expert = run(expertPolicy(task.K));
  const finalError = Math.hypot(agent.x[0] - g[0], agent.x[1] - g[1]);
  let speed = 0;
  for (let j = 2; j < n; j++) speed = Math.max(speed, Math.abs(agent.x[j]));
  const reached = Number.isFinite(finalError) && finalError <= opts.reachTol && speed <= 10 * opts.reachTol;
  const { K } = linearizeAtGoal(policy, task, n, m);
  const gain = closedLoopGainKernel(family.discrete, family.A, family.B, family.D, Q, R, K);
  return {
    finalError,
    reached,
    excessCost: agent.cost / expert.cost - 1,
    gain,
    safe: gain <= task.gamma,
    gainError: frob(addScaled(K, task.K, -1)) / frob(task.K),
  };
}

/** Default agent options. */
export const defaultAgentOptions: AgentOptions = {
  hidden: 64,
  depth: 2,
  steps: 1500,
  lr: 3e-3,
  batchSize: 256,
  statesPerTask: 128,
  seed: 1,
};
