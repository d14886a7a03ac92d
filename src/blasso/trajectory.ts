/** Solver results and the trajectory every solver records. */
import { QuireError } from '../core/errors.js';
import type { SpikeMeasure } from './measure.js';

/** Per-record history of a run (parallel arrays). */
export interface Trajectory {
  /** iteration index k at the record */
  iteration: number[];
  /** solver wall time in ms up to the record, excluding the trajectory's own diagnostics */
  time: number[];
  /** F(μ_k) */
  objective: number[];
  /** max |η_k| on the record grid (refined from the best grid point) */
  certificateMax: number[];
  /** number of particles (or spikes) in μ_k */
  particles: number[];
}

/** What every solver returns. */
export interface SolveResult {
  method: 'cpgd' | 'fsp' | 'fsp-hf' | 'sfw';
  /** the final measure */
  measure: SpikeMeasure;
  /** F at the final measure */
  objective: number;
  /** max |η| at the final measure, on a fine grid with local refinement */
  certificateMax: number;
  /** iterations performed */
  iterations: number;
  /** total solver time in ms (diagnostics excluded) */
  timeMs: number;
  trajectory: Trajectory;
  /** particles spawned, killed and merged (0 for CPGD and SFW) */
  births: number;
  deaths: number;
  merges: number;
  /**
   * particle solvers: particle-gradient evaluations (one per particle per iteration, scaled by batch/m for
   * stochastic gradients, plus one per birth candidate and refinement step); the unit of equal-budget comparisons
   */
  evaluations?: number;
}

export function emptyTrajectory(): Trajectory {
  return { iteration: [], time: [], objective: [], certificateMax: [], particles: [] };
}

/** A wall clock that can be paused while diagnostics run. */
export class SolverClock {
  private elapsed = 0;
  private start = 0;
  private running = false;
  resume(): void {
    if (!this.running) {
      this.start = globalThis.performance.now();
      this.running = true;
    }
  }
  pause(): void {
    if (this.running) {
      this.elapsed += globalThis.performance.now() - this.start;
      this.running = false;
    }
  }
  ms(): number {
    return this.running ? this.elapsed + globalThis.performance.now() - this.start : this.elapsed;
  }
}

/**
 * The solvers' output contract: every number finite, or a QuireError naming the function (a run
 * that overflowed, e.g. steps too large for the data's scale).
 */
export function assertFiniteResult(fn: string, res: SolveResult): SolveResult {
  const bad = (a: ArrayLike<number>) => {
    for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return true;
    return false;
  };
  const t = res.trajectory;
  if (
    !Number.isFinite(res.objective) ||
    !Number.isFinite(res.certificateMax) ||
    bad(res.measure.amplitudes) ||
    bad(res.measure.positions) ||
    bad(t.objective) ||
    bad(t.certificateMax)
  ) {
    throw new QuireError(
      `${fn}: the run overflowed (final objective ${res.objective}, max|η| ${res.certificateMax}); rescale y and lambda together (the problem is scale-equivariant) or lower the steps`,
    );
  }
  return res;
}

/**
 * The solvers' input scale check: F(0) = ½‖y‖² and max|η₀| = ‖Φ*y‖∞/λ must be finite.
 * @throws QuireError naming y or lambda
 */
export function assertSolvableScale(fn: string, y: ArrayLike<number>, adjMax: number, lambda: number): void {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += y[i] * y[i];
  if (!Number.isFinite(0.5 * s)) throw new QuireError(`${fn}: y is too large (½‖y‖² overflows float64); rescale y and lambda together`);
  if (!Number.isFinite(adjMax / lambda))
    throw new QuireError(`${fn}: lambda = ${lambda} is too small for this y (‖Φ*y‖∞/λ overflows float64); rescale y and lambda together`);
}
