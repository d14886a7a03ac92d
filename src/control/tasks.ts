/**
 * Task maps θ ↦ K(θ) and their Lipschitz constants.
 *
 * A task family fixes the plant (A, B, D) and lets the task θ ∈ box ⊂ ℝᵖ set the cost
 * weights Q(θ), R(θ). A controller spec picks the design: LQR, H∞ at a fixed γ, or H∞ at
 * γ = c·γ*(θ) (a fixed relative robustness margin). The Lipschitz constant of θ ↦ K(θ)
 * (Frobenius norm on K, Euclidean on θ) is estimated three ways:
 *   - pairwise: max over sampled pairs of ‖K(θᵢ) − K(θⱼ)‖_F / ‖θᵢ − θⱼ‖ (a lower bound);
 *   - analytic: max over sampled θ of ‖J(θ)‖₂, J = ∂vec K/∂θ from the Riccati sensitivity
 *     (sensitivity.ts); on a convex box L = sup_θ ‖J(θ)‖₂, so this is the sampled sup;
 *   - fd: the central finite difference ‖K(θ + hv) − K(θ − hv)‖_F / 2h along J's top right
 *     singular vector v, which checks the analytic value.
 * For γ = c·γ*(θ), dγ/dθ = c·∂γ* / ∂θ enters through dR̃ = diag(dR, −2γ dγ I); ∂γ* / ∂θ is a central
 * difference of γ* computed by bisection to 1e-12 (γ* has no closed-form derivative here).
 */
import { QuireError } from '../core/errors.js';
import { type Mat, addScaled, blkdiag, eigSym, frob, identity, mat, rowBlock, scale } from '../core/linalg.js';
import { dareKernel, careKernel } from './riccati.js';
import { gameInputs, gammaStarKernel, hinfKernel } from './controllers.js';
import { gainDerivativeKernel } from './sensitivity.js';

/** A family of LQ tasks sharing one plant: θ sets the cost weights. */
export interface TaskFamily {
  id: string;
  description: string;
  discrete: boolean;
  A: Mat;
  B: Mat;
  /** disturbance input matrix (n×q) */
  D: Mat;
  paramNames: string[];
  lower: number[];
  upper: number[];
  Q(theta: ArrayLike<number>): Mat;
  R(theta: ArrayLike<number>): Mat;
  /** ∂Q/∂θᵢ */
  dQ(theta: ArrayLike<number>, i: number): Mat;
  /** ∂R/∂θᵢ */
  dR(theta: ArrayLike<number>, i: number): Mat;
}

/** Which controller a task maps to. */
export type ControllerSpec = { kind: 'lqr' } | { kind: 'hinf'; gamma: number } | { kind: 'hinf-relative'; c: number };

/** A controller at one task. */
export type TaskController = { ok: true; K: Mat; gamma: number | null; gammaStar: number | null } | { ok: false; reason: string };

const GSTAR_TOL = 1e-11;

/** K(θ) for a spec (trusts its caller). */
export function taskControllerKernel(
  f: TaskFamily,
  spec: ControllerSpec,
  theta: ArrayLike<number>,
  gammaStarGuess?: number,
): TaskController {
  const Q = f.Q(theta);
  const R = f.R(theta);
  if (spec.kind === 'lqr') {
    const r = (f.discrete ? dareKernel : careKernel)({ A: f.A, B: f.B, Q, R });
    return r.ok ? { ok: true, K: r.K, gamma: null, gammaStar: null } : { ok: false, reason: r.reason };
  }
  let gamma = 0;
  let gs: number | null = null;
  if (spec.kind === 'hinf') gamma = spec.gamma;
  else {
    gs = gammaStarKernel(f.discrete, f.A, f.B, f.D, Q, R, GSTAR_TOL, gammaStarGuess);
    if (!Number.isFinite(gs)) return { ok: false, reason: 'no finite γ is feasible' };
    gamma = spec.c * gs;
  }
  const h = hinfKernel(f.discrete, f.A, f.B, f.D, Q, R, gamma);
  return h.feasible ? { ok: true, K: h.K, gamma, gammaStar: gs } : { ok: false, reason: h.reason };
}

/** γ*(θ) and its gradient (central differences of bisection values; the gradient is c-independent). */
export interface GammaStarInfo {
  gammaStar: number;
  grad: number[];
}

/** γ*(θ) and ∂γ* / ∂θ by central differences (trusts its caller); null if γ* is not finite. */
export function gammaStarInfoKernel(f: TaskFamily, theta: ArrayLike<number>): GammaStarInfo | null {
  const g0 = gammaStarKernel(f.discrete, f.A, f.B, f.D, f.Q(theta), f.R(theta), GSTAR_TOL);
  if (!Number.isFinite(g0)) return null;
  const grad: number[] = [];
  for (let i = 0; i < f.paramNames.length; i++) {
    const step = 1e-4 * Math.max(1e-3, f.upper[i] - f.lower[i]);
    const tp = Array.from(theta);
    const tm = Array.from(theta);
    tp[i] += step;
    tm[i] -= step;
    const gp = gammaStarKernel(f.discrete, f.A, f.B, f.D, f.Q(tp), f.R(tp), GSTAR_TOL, g0);
    const gm = gammaStarKernel(f.discrete, f.A, f.B, f.D, f.Q(tm), f.R(tm), GSTAR_TOL, g0);
    grad.push((gp - gm) / (2 * step));
  }
  return { gammaStar: g0, grad };
}

/** J = ∂vec K/∂θ (m·n × p, row-major vec of K) at θ (trusts its caller); null when infeasible. */
export function taskJacobianKernel(
  f: TaskFamily,
  spec: ControllerSpec,
  theta: ArrayLike<number>,
  info?: GammaStarInfo | null,
): { K: Mat; J: Mat; gamma: number | null } | null {
  const p = f.paramNames.length;
  const n = f.A.rows;
  const m = f.B.cols;
  const Q = f.Q(theta);
  const R = f.R(theta);
  const J = mat(m * n, p);
  if (spec.kind === 'lqr') {
    const inp = { A: f.A, B: f.B, Q, R };
    const s = (f.discrete ? dareKernel : careKernel)(inp);
    if (!s.ok) return null;
    for (let i = 0; i < p; i++) {
      const d = gainDerivativeKernel(f.discrete, inp, s.P, s.K, { dQ: f.dQ(theta, i), dR: f.dR(theta, i) });
      if (!d) return null;
      for (let k = 0; k < m * n; k++) J.data[k * p + i] = d.dK.data[k];
    }
    return { K: s.K, J, gamma: null };
  }
  let gamma: number;
  let grad: number[] | null = null;
  if (spec.kind === 'hinf') gamma = spec.gamma;
  else {
    const gi = info ?? gammaStarInfoKernel(f, theta);
    if (!gi) return null;
    gamma = spec.c * gi.gammaStar;
    grad = gi.grad;
  }
  const q = f.D.cols;
  const inp = gameInputs(f.A, f.B, f.D, Q, R, gamma);
  const h = hinfKernel(f.discrete, f.A, f.B, f.D, Q, R, gamma);
  if (!h.feasible) return null;
  for (let i = 0; i < p; i++) {
    const dGamma = spec.kind === 'hinf-relative' && grad ? spec.c * grad[i] : 0;
    const dRt = blkdiag(f.dR(theta, i), scale(identity(q), -2 * gamma * dGamma));
    const d = gainDerivativeKernel(f.discrete, inp, h.P, h.Kt, { dQ: f.dQ(theta, i), dR: dRt });
    if (!d) return null;
    const dK = rowBlock(d.dK, 0, m);
    for (let k = 0; k < m * n; k++) J.data[k * p + i] = dK.data[k];
  }
  return { K: h.K, J, gamma };
}

/** Spectral norm of J and its top right singular vector. */
export function spectralNorm(J: Mat): { norm: number; v: Float64Array } {
  const p = J.cols;
  const G = new Float64Array(p * p);
  for (let k = 0; k < J.rows; k++) {
    for (let i = 0; i < p; i++) {
      const a = J.data[k * p + i];
      for (let j = 0; j < p; j++) G[i * p + j] += a * J.data[k * p + j];
    }
  }
  const { values, vectors } = eigSym(mat(p, p, G));
  const v = new Float64Array(p);
  for (let i = 0; i < p; i++) v[i] = vectors.data[i * p + p - 1];
  return { norm: Math.sqrt(Math.max(0, values[p - 1])), v };
}

/** Per-task record of a Lipschitz estimate. */
export interface TaskLipschitzRecord {
  theta: number[];
  gamma: number | null;
  normK: number;
  /** ‖J(θ)‖₂ from the Riccati sensitivity */
  jacobianNorm: number;
  /** central finite difference along J's top right singular vector */
  fdNorm: number;
}

export interface LipschitzEstimate {
  /** max pairwise ratio ‖ΔK‖_F/‖Δθ‖ over the feasible sampled tasks */
  pairwise: number;
  /** max ‖J(θ)‖₂ over the feasible sampled tasks */
  analytic: number;
  /** max finite-difference directional norm over the feasible sampled tasks */
  fd: number;
  /** number of sampled tasks at which the design was infeasible (excluded) */
  infeasible: number;
  tasks: TaskLipschitzRecord[];
}

/** Lipschitz estimate of θ ↦ K(θ) on sampled tasks (trusts its caller). */
export function lipschitzKernel(
  f: TaskFamily,
  spec: ControllerSpec,
  thetas: ArrayLike<number>[],
  onTask?: (i: number) => void,
  cache?: Map<string, GammaStarInfo | null>,
): LipschitzEstimate {
  const p = f.paramNames.length;
  const tasks: TaskLipschitzRecord[] = [];
  const Ks: Mat[] = [];
  let infeasible = 0;
  for (let t = 0; t < thetas.length; t++) {
    const th = thetas[t];
    let info: GammaStarInfo | null | undefined;
    if (spec.kind === 'hinf-relative') {
      const key = Array.from(th).join(',');
      info = cache?.get(key);
      if (info === undefined) {
        info = gammaStarInfoKernel(f, th);
        cache?.set(key, info);
      }
    }
    const jac = taskJacobianKernel(f, spec, th, info);
    onTask?.(t);
    if (!jac) {
      infeasible++;
      continue;
    }
    const { norm, v } = spectralNorm(jac.J);
    // the FD step shrinks near the box edge so both points stay inside
    let h = 1e-4;
    for (let i = 0; i < p; i++) h = Math.min(h, 0.5 * (f.upper[i] - f.lower[i]) * 1e-3);
    const tp = Array.from(th, (x, i) => x + h * v[i]);
    const tm = Array.from(th, (x, i) => x - h * v[i]);
    const guess = jac.gamma !== null && spec.kind === 'hinf-relative' ? jac.gamma / spec.c : undefined;
    const kp = taskControllerKernel(f, spec, tp, guess);
    const km = taskControllerKernel(f, spec, tm, guess);
    const fdNorm = kp.ok && km.ok ? frob(addScaled(kp.K, km.K, -1)) / (2 * h) : Number.NaN;
    tasks.push({ theta: Array.from(th), gamma: jac.gamma, normK: frob(jac.K), jacobianNorm: norm, fdNorm });
    Ks.push(jac.K);
  }
  let pairwise = 0;
  for (let i = 0; i < Ks.length; i++) {
    for (let j = i + 1; j < Ks.length; j++) {
      let d2 = 0;
      for (let k = 0; k < p; k++) d2 += (tasks[i].theta[k] - tasks[j].theta[k]) ** 2;
      if (d2 === 0) continue;
      pairwise = Math.max(pairwise, frob(addScaled(Ks[i], Ks[j], -1)) / Math.sqrt(d2));
    }
  }
  let analytic = 0;
  let fd = 0;
  for (const t of tasks) {
    analytic = Math.max(analytic, t.jacobianNorm);
    if (Number.isFinite(t.fdNorm)) fd = Math.max(fd, t.fdNorm);
  }
  return { pairwise, analytic, fd, infeasible, tasks };
}

/** Check θ against a family's box. @throws QuireError */
export function checkTheta(fn: string, f: TaskFamily, theta: unknown, name = 'theta'): number[] {
  const p = f.paramNames.length;
  if (theta === null || typeof theta !== 'object' || typeof (theta as ArrayLike<number>).length !== 'number') {
    throw new QuireError(`${fn}: ${name} must be an array of ${p} numbers`);
  }
  const t = Array.from(theta as ArrayLike<number>);
  if (t.length !== p) throw new QuireError(`${fn}: ${name} has length ${t.length}, expected ${p} (${f.paramNames.join(', ')})`);
  for (let i = 0; i < p; i++) {
    if (!(t[i] >= f.lower[i] && t[i] <= f.upper[i])) {
      throw new QuireError(`${fn}: ${name}[${i}] (${f.paramNames[i]}) must be in [${f.lower[i]}, ${f.upper[i]}], got ${t[i]}`);
    }
  }
  return t;
}

function checkSpec(fn: string, spec: ControllerSpec): void {
  if (spec === null || typeof spec !== 'object')
    throw new QuireError(`${fn}: spec must be an object { kind: 'lqr' | 'hinf' | 'hinf-relative', … }`);
  if (spec.kind === 'hinf' && !(spec.gamma > 0 && Number.isFinite(spec.gamma)))
    throw new QuireError(`${fn}: gamma must be a finite number > 0, got ${spec.gamma}`);
  if (spec.kind === 'hinf-relative' && !(spec.c > 1 && Number.isFinite(spec.c)))
    throw new QuireError(`${fn}: c must be a finite number > 1, got ${spec.c}`);
  if (spec.kind !== 'lqr' && spec.kind !== 'hinf' && spec.kind !== 'hinf-relative') {
    throw new QuireError(`${fn}: spec.kind must be one of 'lqr', 'hinf', 'hinf-relative'`);
  }
}

/**
 * The controller K(θ) of a task: LQR, H∞ at fixed γ, or H∞ at γ = c·γ*(θ).
 * @param family - a task family (e.g. planarQuadrotorFamily())
 * @param spec - { kind: 'lqr' } | { kind: 'hinf', gamma > 0 } | { kind: 'hinf-relative', c > 1 }
 * @param theta - task parameters, inside the family's box
 * @returns { K (m×n), gamma (null for LQR), gammaStar (only for 'hinf-relative') }
 * @throws QuireError on bad θ or spec, or when the design is infeasible at θ
 * @example taskController(doubleIntegratorFamily(), { kind: 'lqr' }, [1, 1]).K.data // [0.917…, 1.636…] (a Mat)
 */
export function taskController(
  family: TaskFamily,
  spec: ControllerSpec,
  theta: ArrayLike<number>,
): { K: Mat; gamma: number | null; gammaStar: number | null } {
  const fn = 'taskController';
  checkSpec(fn, spec);
  const t = checkTheta(fn, family, theta);
  const r = taskControllerKernel(family, spec, t);
  if (!r.ok) throw new QuireError(`${fn}: infeasible at theta = [${t.join(', ')}]: ${r.reason}`);
  return { K: r.K, gamma: r.gamma, gammaStar: r.gammaStar };
}

/**
 * Analytic Jacobian ∂vec K/∂θ (row-major vec of K; m·n rows, p columns) through the Riccati
 * sensitivity (Stein / Lyapunov equation for dP).
 * @param family, spec, theta - as taskController
 * @returns { K, J }
 * @throws QuireError on bad input or an infeasible design at θ
 * @example taskJacobian(doubleIntegratorFamily(), { kind: 'lqr' }, [1, 1]).J
 */
export function taskJacobian(family: TaskFamily, spec: ControllerSpec, theta: ArrayLike<number>): { K: Mat; J: Mat } {
  const fn = 'taskJacobian';
  checkSpec(fn, spec);
  const t = checkTheta(fn, family, theta);
  const r = taskJacobianKernel(family, spec, t);
  if (!r) throw new QuireError(`${fn}: infeasible at theta = [${t.join(', ')}]`);
  return { K: r.K, J: r.J };
}

/**
 * Lipschitz constant of θ ↦ K(θ) on sampled tasks: the pairwise finite-difference maximum,
 * the sampled maximum of the analytic Jacobian norm, and its finite-difference check.
 * @param family, spec - as taskController
 * @param thetas - sampled tasks (at least 2), each inside the box
 * @returns { pairwise, analytic, fd, infeasible, tasks }
 * @throws QuireError on bad input
 * @example lipschitz(doubleIntegratorFamily(), { kind: 'lqr' }, [[0.5, 1], [2, 3]]).analytic
 * @see notes-p6_p7 §B2 (our reconstruction of arXiv 2605.06992)
 */
export function lipschitz(family: TaskFamily, spec: ControllerSpec, thetas: ArrayLike<number>[]): LipschitzEstimate {
  const fn = 'lipschitz';
  checkSpec(fn, spec);
  if (!Array.isArray(thetas) || thetas.length < 2) throw new QuireError(`${fn}: thetas must be an array of at least 2 tasks`);
  const ts = thetas.map((t, i) => checkTheta(fn, family, t, `thetas[${i}]`));
  return lipschitzKernel(family, spec, ts);
}
