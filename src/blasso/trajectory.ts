/** Solver results and the trajectory every solver records. */
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
