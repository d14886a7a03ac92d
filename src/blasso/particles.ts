/**
 * Conic particle gradient descent (CPGD) and Fast Spawn&Prune (FS&P) for the BLASSO
 * min_μ ½‖Φμ − y‖² + λ|μ|(𝕋^d), with μ = Σ_i a_i δ_{x_i}, sign(a_i) fixed per particle.
 *
 * CPGD step (Chizat 2022, mirror retraction), with J'(x) = Φ*(Φμ − y)(x) = −λη(x), s_i = sign a_i:
 *   g_i = s_i J'(x_i) + λ = λ(1 − s_i η(x_i)),   a_i ← a_i · exp(−4α g_i),
 *   x_i ← x_i − β s_i ∇J'(x_i)   (wrapped onto the torus).
 * (Chizat writes a_i = s_i r_i² with r_i ← r_i exp(−2α g_i); the two are the same update.)
 * FS&P adds birth, death and merging every T iterations; see README.md for the exact rules.
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { assertMeasure, tdiff, type SpikeMeasure } from './measure.js';
import { adjointInto, assertMeasurements, type ForwardOperator } from './operators.js';
import { certificateMaxKernel, objectiveFromResidual, residualInto, torusGrid } from './certificate.js';
import { assertFiniteResult, assertSolvableScale, emptyTrajectory, SolverClock, type SolveResult } from './trajectory.js';

const common = {
  lambda: { type: 'number', min: 0, exclusive: true, description: 'regularisation λ > 0' },
  particles: { type: 'integer', min: 1, max: 10000, default: 10, description: 'initial number of particles' },
  iters: { type: 'integer', min: 1, max: 10_000_000, default: 2000, description: 'iterations K' },
  seed: { type: 'integer', min: 0, default: 0, description: 'RNG seed (initial positions, births)' },
  stepWeights: { type: 'number', min: 0, default: 0, description: 'α, weight (mirror) step; 0 = 0.3/‖Φ*y‖∞' },
  stepPositions: { type: 'number', min: 0, default: 0, description: 'β, position step; 0 = 0.75/(A·κ) with A = ‖Φ*y‖∞/‖φ‖², κ = ‖∂φ‖²' },
  stepScale: {
    type: 'number',
    min: 0,
    max: 1000,
    exclusive: true,
    default: 1,
    description: 'multiplies the default α and β (ignored for a step given explicitly)',
  },
  signs: {
    type: 'enum',
    values: ['alternate', 'positive', 'random'] as const,
    default: 'alternate',
    description: 'initial particle signs',
  },
  recordEvery: { type: 'integer', min: 0, default: 0, description: 'trajectory record period (0 = about 200 records)' },
  recordGrid: {
    type: 'integer',
    min: 0,
    max: 65536,
    default: 0,
    description: 'certificate grid per axis for records (0 = 512 in 1-D, 32 in 2-D)',
  },
  stepDecay: {
    type: 'number',
    min: 0,
    default: 0,
    description: 'step decay horizon k₀: steps scale by (1 + k/k₀)^{-1/2} at iteration k (0 = constant steps; for stochastic gradients)',
  },
  batch: {
    type: 'integer',
    min: 0,
    max: 1_000_000,
    default: 0,
    description:
      'stochastic gradients: features drawn per iteration (uniform, with replacement; unbiased, FastPart-style random features); 0 = exact gradients',
  },
} as const;

/** Options of `cpgd`. */
export const cpgdSchema = defineSchema({ ...common });
export type CpgdOptions = OptionsOf<typeof cpgdSchema>;

/** Options of `fsp` and `fspHorizonFree`. */
export const fspSchema = defineSchema({
  ...common,
  particles: { type: 'integer', min: 0, max: 10000, default: 2, description: 'initial number of particles' },
  birthEvery: { type: 'integer', min: 1, default: 10, description: 'T: birth/death/merge period (iterations)' },
  candidates: { type: 'integer', min: 1, max: 100000, default: 8, description: 'q₀: uniform random birth candidates per birth step' },
  birthTolerance: { type: 'number', min: 0, default: 0.05, description: 'τ₀: spawn only where |η| > 1 + τ' },
  maxBirths: { type: 'integer', min: 1, max: 1000, default: 1, description: 'most particles spawned per birth step' },
  deathThreshold: {
    type: 'number',
    min: 0,
    max: 1,
    default: 1e-3,
    description: 'kill |a_i| < threshold·max|a| (after T iterations of life)',
  },
  mergeRadius: { type: 'number', min: 0, max: 0.5, default: 1e-3, description: 'merge particles closer than this (torus distance)' },
});
export type FspOptions = OptionsOf<typeof fspSchema>;

interface Birth {
  every: number;
  /** τ and q at iteration k */
  tolerance: (k: number) => number;
  candidates: (k: number) => number;
  maxBirths: number;
  deathThreshold: number;
  mergeRadius: number;
}

/**
 * The FS&P birth schedule: τ_k = τ₀/√(1 + k/T), q_k = ⌈q₀(1 + ln(1 + k/T))⌉ (our choice;
 * `fsp` uses k = K throughout, `fspHorizonFree` uses the current k).
 * @param tau0 - base tolerance τ₀ ≥ 0
 * @param q0 - base candidate count q₀ ≥ 1
 * @param T - birth period ≥ 1
 * @param k - iteration ≥ 0
 * @returns { tolerance: τ_k, candidates: q_k }
 * @example birthSchedule(0.05, 8, 10, 0) // { tolerance: 0.05, candidates: 8 }
 */
export function birthSchedule(tau0: number, q0: number, T: number, k: number): { tolerance: number; candidates: number } {
  const fn = 'birthSchedule';
  if (!(tau0 >= 0 && Number.isFinite(tau0))) throw new QuireError(`${fn}: tau0 must be a finite number ≥ 0, got ${tau0}`);
  if (!(q0 >= 1 && q0 <= 1e9)) throw new QuireError(`${fn}: q0 must be in [1, 1e9], got ${q0}`);
  if (!(T >= 1 && Number.isFinite(T))) throw new QuireError(`${fn}: T must be a finite number ≥ 1, got ${T}`);
  if (!(k >= 0 && k <= 1e15)) throw new QuireError(`${fn}: k must be in [0, 1e15], got ${k}`);
  return { tolerance: tau0 / Math.sqrt(1 + k / T), candidates: Math.ceil(q0 * (1 + Math.log(1 + k / T))) };
}

/** Growable particle storage. */
class Particles {
  pos: Float64Array;
  amp: Float64Array;
  born: Int32Array;
  n = 0;
  constructor(
    readonly d: number,
    cap: number,
  ) {
    cap = Math.max(cap, 4);
    this.pos = new Float64Array(cap * d);
    this.amp = new Float64Array(cap);
    this.born = new Int32Array(cap);
  }
  push(x: Float64Array, xo: number, a: number, born: number): void {
    if (this.n === this.amp.length) {
      const cap = 2 * this.amp.length;
      const p = new Float64Array(cap * this.d);
      p.set(this.pos);
      const am = new Float64Array(cap);
      am.set(this.amp);
      const b = new Int32Array(cap);
      b.set(this.born);
      this.pos = p;
      this.amp = am;
      this.born = b;
    }
    for (let c = 0; c < this.d; c++) {
      const v = x[xo * this.d + c];
      this.pos[this.n * this.d + c] = v - Math.floor(v);
    }
    this.amp[this.n] = a;
    this.born[this.n] = born;
    this.n++;
  }
  /** keep only particles with keep[i] = 1 (order preserved) */
  compact(keep: Uint8Array): number {
    let w = 0;
    const d = this.d;
    for (let i = 0; i < this.n; i++) {
      if (!keep[i]) continue;
      if (w !== i) {
        for (let c = 0; c < d; c++) this.pos[w * d + c] = this.pos[i * d + c];
        this.amp[w] = this.amp[i];
        this.born[w] = this.born[i];
      }
      w++;
    }
    const removed = this.n - w;
    this.n = w;
    return removed;
  }
  measure(dim: 1 | 2): SpikeMeasure {
    return { dim, positions: this.pos.slice(0, this.n * this.d), amplitudes: this.amp.slice(0, this.n) };
  }
}

/** Scale of the problem: A = ‖Φ*y‖∞/‖φ‖² (an amplitude scale) and ‖Φ*y‖∞, on a grid. */
function problemScale(op: ForwardOperator, y: Float64Array): { amp: number; adjMax: number } {
  const grid = torusGrid(op.dim, op.dim === 1 ? 512 : 48);
  const m = op.size;
  const res = certificateMaxKernel(op, y, 1, grid, 1, { phi: new Float64Array(m), dphi: new Float64Array(m * op.dim) });
  const adjMax = res.value > 0 ? res.value : 1;
  return { amp: adjMax / op.kernelAtZero, adjMax };
}

interface EngineOptions {
  lambda: number;
  iters: number;
  alpha: number;
  beta: number;
  recordEvery: number;
  recordGrid: number;
  rng: Rng;
  birth?: Birth;
  method: SolveResult['method'];
  /** features drawn per iteration for stochastic gradients (0 = exact) */
  batch: number;
  /** step decay horizon k₀ (0 = constant steps) */
  stepDecay: number;
}

/** The particle engine shared by CPGD and FS&P (trusted inputs). */
function runParticles(op: ForwardOperator, y: Float64Array, P: Particles, o: EngineOptions): SolveResult {
  const d = op.dim;
  const m = op.size;
  const lambda = o.lambda;
  const clock = new SolverClock();
  const traj = emptyTrajectory();
  const r = new Float64Array(m);
  const phi1 = new Float64Array(m);
  const dphi1 = new Float64Array(m * d);
  const recGrid = torusGrid(op.dim, o.recordGrid);
  const work = { phi: phi1, dphi: dphi1 };
  let Phi = new Float64Array(Math.max(1, P.amp.length) * m);
  let dPhi = new Float64Array(Math.max(1, P.amp.length) * m * d);
  let jp = new Float64Array(P.amp.length);
  let gp = new Float64Array(P.amp.length * d);
  let births = 0;
  let deaths = 0;
  let merges = 0;
  let evaluations = 0;
  const batchIdx = new Int32Array(o.batch);
  const cand = new Float64Array(d);
  const candBest = new Float64Array(d);
  const v1 = new Float64Array(1);
  const g1 = new Float64Array(d);
  const xt = new Float64Array(d);
  clock.resume();
  for (let k = 0; k <= o.iters; k++) {
    const n = P.n;
    if (Phi.length < n * m) {
      Phi = new Float64Array(2 * n * m);
      dPhi = new Float64Array(2 * n * m * d);
      jp = new Float64Array(2 * n);
      gp = new Float64Array(2 * n * d);
    }
    // features, residual r = Φμ − y
    for (let j = 0; j < m; j++) r[j] = -y[j];
    for (let i = 0; i < n; i++) {
      const f = Phi.subarray(i * m, (i + 1) * m);
      op.feature(P.pos, i, f, dPhi.subarray(i * m * d, (i + 1) * m * d));
      const a = P.amp[i];
      for (let j = 0; j < m; j++) r[j] += a * f[j];
    }
    const last = k === o.iters;
    if (k % o.recordEvery === 0 || last) {
      clock.pause();
      const cm = certificateMaxKernel(op, r, lambda, recGrid, 1, work);
      traj.iteration.push(k);
      traj.time.push(clock.ms());
      traj.objective.push(objectiveFromResidual(r, P.amp, n, lambda));
      traj.certificateMax.push(cm.value);
      traj.particles.push(n);
      clock.resume();
    }
    if (last) break;
    // J'(x_i) and ∇J'(x_i): exact, or an unbiased estimate from `batch` features drawn uniformly
    if (o.batch > 0) {
      for (let t = 0; t < o.batch; t++) batchIdx[t] = Math.min(m - 1, Math.floor(o.rng.uniform() * m));
      const sc = m / o.batch;
      for (let i = 0; i < n; i++) {
        const off = i * m;
        let v = 0;
        for (let t = 0; t < o.batch; t++) v += Phi[off + batchIdx[t]] * r[batchIdx[t]];
        jp[i] = sc * v;
        for (let c = 0; c < d; c++) {
          let g = 0;
          const dof = (i * d + c) * m;
          for (let t = 0; t < o.batch; t++) g += dPhi[dof + batchIdx[t]] * r[batchIdx[t]];
          gp[i * d + c] = sc * g;
        }
      }
      evaluations += (n * o.batch) / m;
    } else {
      for (let i = 0; i < n; i++) {
        let v = 0;
        const off = i * m;
        for (let j = 0; j < m; j++) v += Phi[off + j] * r[j];
        jp[i] = v;
        for (let c = 0; c < d; c++) {
          let g = 0;
          const dof = (i * d + c) * m;
          for (let j = 0; j < m; j++) g += dPhi[dof + j] * r[j];
          gp[i * d + c] = g;
        }
      }
      evaluations += n;
    }
    const b = o.birth;
    const birthStep = b !== undefined && k % b.every === 0;
    // CPGD update of the existing particles
    const decay = o.stepDecay > 0 ? 1 / Math.sqrt(1 + k / o.stepDecay) : 1;
    const alphaK = o.alpha * decay;
    const betaK = o.beta * decay;
    for (let i = 0; i < n; i++) {
      const a = P.amp[i];
      const s = a >= 0 ? 1 : -1;
      const g = s * jp[i] + lambda;
      const e = Math.max(-700, Math.min(50, -4 * alphaK * g));
      P.amp[i] = a * Math.exp(e);
      for (let c = 0; c < d; c++) {
        const v = P.pos[i * d + c] - betaK * s * gp[i * d + c];
        P.pos[i * d + c] = v - Math.floor(v);
      }
    }
    if (birthStep && b) {
      // birth: q uniform candidates, η = −Φ*r/λ at the pre-update state
      const tau = b.tolerance(k);
      const q = b.candidates(k);
      for (let nb = 0; nb < b.maxBirths; nb++) {
        let best = 1 + tau;
        let found = false;
        for (let t = 0; t < q; t++) {
          for (let c = 0; c < d; c++) cand[c] = o.rng.uniform();
          adjointInto(op, r, cand, 1, v1, undefined, phi1, dphi1);
          evaluations++;
          const eta = Math.abs(v1[0]) / lambda;
          if (eta > best) {
            best = eta;
            candBest.set(cand);
            found = true;
          }
        }
        if (!found) break;
        // refine by ascent on |η| (backtracking; at most 20 steps)
        adjointInto(op, r, candBest, 1, v1, g1, phi1, dphi1);
        let f = Math.abs(v1[0]);
        let h = 0.25 / Math.sqrt(op.curvature / op.kernelAtZero);
        for (let it = 0; it < 20 && h > 1e-10; it++) {
          const sg = v1[0] >= 0 ? 1 : -1;
          let gn = 0;
          for (let c = 0; c < d; c++) gn += g1[c] * g1[c];
          gn = Math.sqrt(gn);
          if (gn === 0) break;
          for (let c = 0; c < d; c++) xt[c] = candBest[c] + (h * sg * g1[c]) / gn;
          const vOld = v1[0];
          const gOld = Float64Array.from(g1);
          adjointInto(op, r, xt, 1, v1, g1, phi1, dphi1);
          evaluations++;
          if (Math.abs(v1[0]) > f) {
            candBest.set(xt);
            f = Math.abs(v1[0]);
          } else {
            v1[0] = vOld;
            g1.set(gOld);
            h *= 0.5;
          }
        }
        const eta = -v1[0] / lambda;
        op.feature(candBest, 0, phi1);
        let nrm = 0;
        for (let j = 0; j < m; j++) nrm += phi1[j] * phi1[j];
        const amp = (Math.sign(eta) * lambda * (Math.abs(eta) - 1)) / nrm;
        P.push(candBest, 0, amp, k);
        births++;
        // account for the newborn in r so that a second birth looks elsewhere
        for (let j = 0; j < m; j++) r[j] += amp * phi1[j];
      }
      // death
      let amax = 0;
      for (let i = 0; i < P.n; i++) amax = Math.max(amax, Math.abs(P.amp[i]));
      const keep = new Uint8Array(P.n);
      for (let i = 0; i < P.n; i++) {
        const old = k - P.born[i] >= b.every;
        keep[i] = Math.abs(P.amp[i]) > 1e-300 && !(old && Math.abs(P.amp[i]) < b.deathThreshold * amax) ? 1 : 0;
      }
      deaths += P.compact(keep);
      // merging (torus distance < radius): amplitudes add, position is the |a|-weighted mean
      if (b.mergeRadius > 0 && P.n > 1) {
        const alive = new Uint8Array(P.n).fill(1);
        let merged = 0;
        const r2 = b.mergeRadius * b.mergeRadius;
        for (let i = 0; i < P.n; i++) {
          if (!alive[i]) continue;
          for (let j = i + 1; j < P.n; j++) {
            if (!alive[j]) continue;
            let dist2 = 0;
            for (let c = 0; c < d; c++) dist2 += tdiff(P.pos[j * d + c], P.pos[i * d + c]) ** 2;
            if (dist2 >= r2) continue;
            const ai = Math.abs(P.amp[i]);
            const aj = Math.abs(P.amp[j]);
            const w = ai + aj > 0 ? aj / (ai + aj) : 0.5;
            for (let c = 0; c < d; c++) {
              const v = P.pos[i * d + c] + w * tdiff(P.pos[j * d + c], P.pos[i * d + c]);
              P.pos[i * d + c] = v - Math.floor(v);
            }
            P.amp[i] += P.amp[j];
            P.born[i] = Math.min(P.born[i], P.born[j]);
            alive[j] = 0;
            merged++;
          }
          if (P.amp[i] === 0) alive[i] = 0;
        }
        if (merged > 0) {
          merges += merged;
          P.compact(alive);
        }
      }
    }
  }
  clock.pause();
  const mu = P.measure(op.dim);
  // final diagnostics (fine grid, refined)
  residualInto(op, y, mu.positions, mu.amplitudes, P.n, r, phi1);
  const fine = certificateMaxKernel(op, r, lambda, torusGrid(op.dim, op.dim === 1 ? 2048 : 128), 8, work);
  return {
    method: o.method,
    measure: mu,
    objective: objectiveFromResidual(r, mu.amplitudes, P.n, lambda),
    certificateMax: fine.value,
    iterations: o.iters,
    timeMs: clock.ms(),
    trajectory: traj,
    births,
    deaths,
    merges,
    evaluations,
  };
}

function setup(
  fn: string,
  op: ForwardOperator,
  y: ArrayLike<number>,
  o: CpgdOptions,
  initial: SpikeMeasure | undefined,
  rng: Rng,
): { yy: Float64Array; P: Particles; alpha: number; beta: number; recordEvery: number; recordGrid: number } {
  assertMeasurements(fn, 'y', op, y);
  const yy = Float64Array.from(y);
  const d = op.dim;
  const sc = problemScale(op, yy);
  assertSolvableScale(fn, yy, sc.adjMax, o.lambda);
  let P: Particles;
  if (initial !== undefined) {
    assertMeasure(fn, 'initial', initial, op.dim);
    const n = initial.amplitudes.length;
    P = new Particles(d, n);
    for (let i = 0; i < n; i++) {
      if (initial.amplitudes[i] === 0)
        throw new QuireError(`${fn}: initial.amplitudes[${i}] is 0; conic particles need a nonzero amplitude (its sign is fixed)`);
      P.push(initial.positions, i, initial.amplitudes[i], 0);
    }
  } else {
    P = new Particles(d, o.particles);
    const x = new Float64Array(d);
    for (let i = 0; i < o.particles; i++) {
      for (let c = 0; c < d; c++) x[c] = rng.uniform();
      const s = o.signs === 'positive' ? 1 : o.signs === 'alternate' ? (i % 2 === 0 ? 1 : -1) : rng.uniform() < 0.5 ? 1 : -1;
      P.push(x, 0, (s * sc.amp) / Math.max(1, o.particles), 0);
    }
  }
  const alpha = o.stepWeights > 0 ? o.stepWeights : (o.stepScale * 0.3) / sc.adjMax;
  const beta = o.stepPositions > 0 ? o.stepPositions : (o.stepScale * 0.75) / (Math.max(sc.amp, 1e-12) * op.curvature);
  const recordEvery = o.recordEvery > 0 ? o.recordEvery : Math.max(1, Math.floor(o.iters / 200));
  const recordGrid = o.recordGrid > 0 ? o.recordGrid : d === 1 ? 512 : 32;
  return { yy, P, alpha, beta, recordEvery, recordGrid };
}

/**
 * Conic particle gradient descent with the mirror (multiplicative) weight update:
 * a_i ← a_i exp(−4α λ(1 − s_i η(x_i))), x_i ← x_i + βλ s_i ∇η(x_i), with η = Φ*(y − Φμ)/λ.
 * @param op - forward operator
 * @param y - measurements (length op.size)
 * @param options - see `cpgdSchema` (lambda is required)
 * @param initial - optional initial measure (nonzero amplitudes; their signs stay fixed)
 * @returns the final measure, objective, certificate max and trajectory
 * @throws QuireError on malformed input or options
 * @example cpgd(op, y, { lambda: 0.1, particles: 20, iters: 1000 })
 * @see Chizat (2022), Math. Programming 194, "Sparse optimization on measures with over-parameterized gradient descent", Alg. 1 (mirror retraction)
 */
export function cpgd(
  op: ForwardOperator,
  y: ArrayLike<number>,
  options: Partial<CpgdOptions> & { lambda: number },
  initial?: SpikeMeasure,
): SolveResult {
  const o = parseOptions('cpgd', cpgdSchema, options);
  const rng = new Rng(o.seed);
  const s = setup('cpgd', op, y, o, initial, rng);
  const res = runParticles(op, s.yy, s.P, {
    lambda: o.lambda,
    iters: o.iters,
    alpha: s.alpha,
    beta: s.beta,
    recordEvery: s.recordEvery,
    recordGrid: s.recordGrid,
    rng,
    method: 'cpgd',
    batch: o.batch,
    stepDecay: o.stepDecay,
  });
  return assertFiniteResult('cpgd', res);
}

function runFsp(
  fn: 'fsp' | 'fspHorizonFree',
  op: ForwardOperator,
  y: ArrayLike<number>,
  options: Partial<FspOptions> & { lambda: number },
  initial?: SpikeMeasure,
): SolveResult {
  const o = parseOptions(fn, fspSchema, options);
  const rng = new Rng(o.seed);
  const s = setup(fn, op, y, o as unknown as CpgdOptions, initial, rng);
  const T = o.birthEvery;
  const horizon = birthSchedule(o.birthTolerance, o.candidates, T, o.iters);
  // FS&P uses the end-of-horizon schedule from the start; the horizon-free variant follows it.
  const schedule = (k: number) => (fn === 'fsp' ? horizon : birthSchedule(o.birthTolerance, o.candidates, T, k));
  const birth: Birth = {
    every: T,
    tolerance: (k) => schedule(k).tolerance,
    candidates: (k) => schedule(k).candidates,
    maxBirths: o.maxBirths,
    deathThreshold: o.deathThreshold,
    mergeRadius: o.mergeRadius,
  };
  const res = runParticles(op, s.yy, s.P, {
    lambda: o.lambda,
    iters: o.iters,
    alpha: s.alpha,
    beta: s.beta,
    recordEvery: s.recordEvery,
    recordGrid: s.recordGrid,
    rng,
    birth,
    method: fn === 'fsp' ? 'fsp' : 'fsp-hf',
    batch: o.batch,
    stepDecay: o.stepDecay,
  });
  return assertFiniteResult(fn, res);
}

/**
 * Fast Spawn&Prune with a known horizon K = iters: CPGD plus, every T iterations, stochastic
 * birth at the best of q uniform candidates where |η| > 1 + τ (refined by ascent on |η|,
 * amplitude sign(η)·λ(|η| − 1)/‖φ_x‖², the exact line-search step), death of particles with
 * |a_i| < ε·max|a| older than T, and merging of particles closer than the merge radius.
 * τ = τ₀/√(1 + K/T) and q = ⌈q₀(1 + ln(1 + K/T))⌉ (the horizon values, held fixed).
 * @param op - forward operator
 * @param y - measurements
 * @param options - see `fspSchema` (lambda is required)
 * @param initial - optional initial measure
 * @returns final measure, objective, certificate max, trajectory and birth/death/merge counts
 * @throws QuireError on malformed input or options
 * @example fsp(op, y, { lambda: 0.1, particles: 2, iters: 2000, seed: 1 })
 * @see arXiv 2605.19784 (FS&P; its exact rules were unreadable, ours are in README.md)
 */
export function fsp(
  op: ForwardOperator,
  y: ArrayLike<number>,
  options: Partial<FspOptions> & { lambda: number },
  initial?: SpikeMeasure,
): SolveResult {
  return runFsp('fsp', op, y, options, initial);
}

/**
 * Horizon-free FS&P: as `fsp`, but the birth tolerance and the candidate count follow the
 * anytime schedule τ_k = τ₀/√(1 + k/T), q_k = ⌈q₀(1 + ln(1 + k/T))⌉, so no horizon K is needed.
 * @param op - forward operator
 * @param y - measurements
 * @param options - see `fspSchema` (lambda is required)
 * @param initial - optional initial measure
 * @returns as `fsp`
 * @throws QuireError on malformed input or options
 * @example fspHorizonFree(op, y, { lambda: 0.1, iters: 2000 })
 * @see arXiv 2605.19784
 */
export function fspHorizonFree(
  op: ForwardOperator,
  y: ArrayLike<number>,
  options: Partial<FspOptions> & { lambda: number },
  initial?: SpikeMeasure,
): SolveResult {
  return runFsp('fspHorizonFree', op, y, options, initial);
}
