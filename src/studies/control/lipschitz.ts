/**
 * The Lipschitz half of the control study: how smooth is θ ↦ K(θ) for LQR and for H∞ as the
 * robustness margin γ/γ* varies, on the planar quadrotor and the double integrator.
 */
import { Rng } from '../../core/rng.js';
import { doubleIntegratorFamily, planarQuadrotorFamily, type ControllerSpec, type TaskFamily } from '../../control/index.js';
import { lipschitzKernel, type GammaStarInfo, type LipschitzEstimate } from '../../control/tasks.js';
import { gammaStarKernel } from '../../control/controllers.js';
import { lqrLipschitzBound } from '../../control/bounds.js';

export interface LipschitzRow {
  family: string;
  controller: string;
  /** c for γ = c·γ*(θ); k for a fixed γ = k·max_θ γ*(θ); null for LQR */
  margin: number | null;
  gamma: number | null;
  pairwise: number;
  analytic: number;
  fd: number;
  infeasible: number;
  /** per-task ‖∂K/∂θ‖₂ in task order (NaN where infeasible) */
  local: number[];
}

export interface LipschitzPart {
  rows: LipschitzRow[];
  /** per family: the task sample */
  thetas: Record<string, number[][]>;
  /** per family: γ*(θ) per task */
  gammaStars: Record<string, number[]>;
  /** per family: our certified bound on the LQR map's Lipschitz constant over the box */
  bounds: { family: string; bound: number }[];
}

export function sampleTasks(f: TaskFamily, n: number, seed: number): number[][] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => f.lower.map((lo, i) => lo + (f.upper[i] - lo) * rng.uniform()));
}

function localNorms(est: LipschitzEstimate, thetas: number[][]): number[] {
  // tasks are recorded in order, skipping infeasible ones: align them back by θ
  const out = new Array<number>(thetas.length).fill(Number.NaN);
  let j = 0;
  for (let i = 0; i < thetas.length && j < est.tasks.length; i++) {
    if (est.tasks[j].theta.every((x, k) => x === thetas[i][k])) out[i] = est.tasks[j++].jacobianNorm;
  }
  return out;
}

export function runLipschitz(
  cfg: { tasks: number; margins: number[]; fixedMultiples: number[]; seed: number },
  progress: (done: number, label: string) => void,
): LipschitzPart {
  const families = [planarQuadrotorFamily(), doubleIntegratorFamily()];
  const rows: LipschitzRow[] = [];
  const thetas: Record<string, number[][]> = {};
  const gammaStars: Record<string, number[]> = {};
  const bounds: { family: string; bound: number }[] = [];
  let done = 0;
  for (const [fi, f] of families.entries()) {
    const ths = sampleTasks(f, cfg.tasks, cfg.seed * 1000 + fi);
    thetas[f.id] = ths;
    const gs = ths.map((t) => gammaStarKernel(f.discrete, f.A, f.B, f.D, f.Q(t), f.R(t), 1e-10));
    gammaStars[f.id] = gs;
    const gmax = Math.max(...gs);
    const specs: { spec: ControllerSpec; controller: string; margin: number | null; gamma: number | null }[] = [
      { spec: { kind: 'lqr' }, controller: 'LQR', margin: null, gamma: null },
      ...cfg.margins.map((c) => ({
        spec: { kind: 'hinf-relative', c } as ControllerSpec,
        controller: 'H∞, γ = c·γ*(θ)',
        margin: c,
        gamma: null,
      })),
      ...cfg.fixedMultiples.map((k) => ({
        spec: { kind: 'hinf', gamma: k * gmax } as ControllerSpec,
        controller: 'H∞, fixed γ = k·max γ*',
        margin: k,
        gamma: k * gmax,
      })),
    ];
    bounds.push({ family: f.id, bound: lqrLipschitzBound(f).bound });
    const cache = new Map<string, GammaStarInfo | null>();
    for (const s of specs) {
      const est = lipschitzKernel(f, s.spec, ths, undefined, cache);
      rows.push({
        family: f.id,
        controller: s.controller,
        margin: s.margin,
        gamma: s.gamma,
        pairwise: est.pairwise,
        analytic: est.analytic,
        fd: est.fd,
        infeasible: est.infeasible,
        local: localNorms(est, ths),
      });
      progress(++done, `${f.id}: ${s.controller}${s.margin === null ? '' : ` ${s.margin}`}`);
    }
  }
  return { rows, thetas, gammaStars, bounds };
}

export function lipschitzUnits(cfg: { margins: number[]; fixedMultiples: number[] }): number {
  return 2 * (1 + cfg.margins.length + cfg.fixedMultiples.length);
}
