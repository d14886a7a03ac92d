/**
 * Sliding Frank–Wolfe (Denoyelle, Duval, Peyré & Soubies 2019) for the BLASSO. Each outer
 * iteration: (1) x* = argmax |η_k| (grid + refinement); stop if |η_k(x*)| ≤ 1 + tol;
 * (2) add x* to the support and solve the finite LASSO on the amplitudes (coordinate
 * descent); (3) slide: jointly minimise F over amplitudes and positions from there
 * (Levenberg–Marquardt on the smooth part with the current signs, a step accepted only if
 * the true F decreases); (4) drop zero amplitudes and merge spikes that slid within `mergeRadius`
 * of each other (the reference implementation's `deleteZeroAmpSpikes` and `pruneSpikes`), then
 * re-optimise the merged measure (LASSO + slide).
 */
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import { tdiff } from './measure.js';
import { assertMeasurements, type ForwardOperator } from './operators.js';
import { certificateMaxKernel, objectiveFromResidual, residualInto, torusGrid } from './certificate.js';
import { assertFiniteResult, assertSolvableScale, emptyTrajectory, SolverClock, type SolveResult } from './trajectory.js';

export const sfwSchema = defineSchema({
  lambda: { type: 'number', min: 0, exclusive: true, description: 'regularisation λ > 0' },
  iters: { type: 'integer', min: 1, max: 10000, default: 50, description: 'maximum outer iterations' },
  tolerance: { type: 'number', min: 0, default: 1e-6, description: 'stop when max|η| ≤ 1 + tolerance' },
  slideIters: { type: 'integer', min: 0, max: 100000, default: 200, description: 'Levenberg–Marquardt iterations per slide' },
  grid: { type: 'integer', min: 0, max: 65536, default: 0, description: 'certificate grid per axis (0 = 1024 in 1-D, 64 in 2-D)' },
  mergeRadius: {
    type: 'number',
    min: 0,
    max: 0.5,
    default: 1e-3,
    description: 'after each slide, merge spikes closer than this (torus distance; 0 = never), then re-slide',
  },
  pruneThreshold: {
    type: 'number',
    min: 0,
    max: 1,
    default: 1e-10,
    description: 'after each slide, drop spikes with |a| ≤ threshold·max|a|',
  },
});
export type SfwOptions = OptionsOf<typeof sfwSchema>;

/** Solve A x = b for SPD A (p×p, row-major) in place by Cholesky; returns false if not SPD. */
function choleskySolveInPlace(A: Float64Array, b: Float64Array, p: number): boolean {
  for (let j = 0; j < p; j++) {
    let s = A[j * p + j];
    for (let k = 0; k < j; k++) s -= A[j * p + k] * A[j * p + k];
    if (!(s > 0)) return false;
    const l = Math.sqrt(s);
    A[j * p + j] = l;
    for (let i = j + 1; i < p; i++) {
      let t = A[i * p + j];
      for (let k = 0; k < j; k++) t -= A[i * p + k] * A[j * p + k];
      A[i * p + j] = t / l;
    }
  }
  for (let i = 0; i < p; i++) {
    let t = b[i];
    for (let k = 0; k < i; k++) t -= A[i * p + k] * b[k];
    b[i] = t / A[i * p + i];
  }
  for (let i = p - 1; i >= 0; i--) {
    let t = b[i];
    for (let k = i + 1; k < p; k++) t -= A[k * p + i] * b[k];
    b[i] = t / A[i * p + i];
  }
  return true;
}

/** LASSO on amplitudes with fixed positions: min ½‖Φ_X a − y‖² + λ‖a‖₁ by coordinate descent. */
function lassoAmplitudes(op: ForwardOperator, y: Float64Array, pos: Float64Array, amp: Float64Array, n: number, lambda: number): void {
  const m = op.size;
  const F = new Float64Array(n * m);
  for (let i = 0; i < n; i++) op.feature(pos, i, F.subarray(i * m, (i + 1) * m));
  const G = new Float64Array(n * n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let t = 0; t < m; t++) s += F[i * m + t] * F[j * m + t];
      G[i * n + j] = s;
      G[j * n + i] = s;
    }
    let s = 0;
    for (let t = 0; t < m; t++) s += F[i * m + t] * y[t];
    b[i] = s;
  }
  for (let sweep = 0; sweep < 5000; sweep++) {
    let change = 0;
    for (let i = 0; i < n; i++) {
      let z = b[i];
      for (let j = 0; j < n; j++) if (j !== i) z -= G[i * n + j] * amp[j];
      const v = Math.sign(z) * Math.max(Math.abs(z) - lambda, 0);
      const ai = G[i * n + i] > 0 ? v / G[i * n + i] : 0;
      change = Math.max(change, Math.abs(ai - amp[i]));
      amp[i] = ai;
    }
    if (change < 1e-14) break;
  }
}

/** Joint minimisation over (a, x) by Levenberg–Marquardt with true-objective acceptance. */
function slide(op: ForwardOperator, y: Float64Array, pos: Float64Array, amp: Float64Array, n: number, lambda: number, iters: number): void {
  const m = op.size;
  const d = op.dim;
  const p = n * (1 + d);
  const J = new Float64Array(p * m); // column-major by variable: J[v*m + t]
  const phi = new Float64Array(m);
  const dphi = new Float64Array(m * d);
  const r = new Float64Array(m);
  const H = new Float64Array(p * p);
  const g = new Float64Array(p);
  const step = new Float64Array(p);
  const pos2 = new Float64Array(n * d);
  const amp2 = new Float64Array(n);
  residualInto(op, y, pos, amp, n, r, phi);
  let f = objectiveFromResidual(r, amp, n, lambda);
  let mu = 1e-3;
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      op.feature(pos, i, phi, dphi);
      J.set(phi, i * m);
      for (let c = 0; c < d; c++) for (let t = 0; t < m; t++) J[(n + i * d + c) * m + t] = amp[i] * dphi[c * m + t];
    }
    let gn = 0;
    for (let u = 0; u < p; u++) {
      let s = 0;
      for (let t = 0; t < m; t++) s += J[u * m + t] * r[t];
      if (u < n) s += lambda * (amp[u] >= 0 ? 1 : -1);
      g[u] = s;
      gn = Math.max(gn, Math.abs(s));
      for (let v = 0; v <= u; v++) {
        let h = 0;
        for (let t = 0; t < m; t++) h += J[u * m + t] * J[v * m + t];
        H[u * p + v] = h;
        H[v * p + u] = h;
      }
    }
    if (gn < 1e-13 * Math.max(1, f)) return;
    let accepted = false;
    for (let tries = 0; tries < 30 && !accepted; tries++) {
      const A = Float64Array.from(H);
      for (let u = 0; u < p; u++) A[u * p + u] += mu * (H[u * p + u] + 1e-12);
      for (let u = 0; u < p; u++) step[u] = -g[u];
      if (!choleskySolveInPlace(A, step, p)) {
        mu *= 10;
        continue;
      }
      for (let i = 0; i < n; i++) amp2[i] = amp[i] + step[i];
      for (let i = 0; i < n * d; i++) {
        const v = pos[i] + step[n + i];
        pos2[i] = v - Math.floor(v);
      }
      residualInto(op, y, pos2, amp2, n, r, phi);
      const f2 = objectiveFromResidual(r, amp2, n, lambda);
      if (f2 < f) {
        const rel = (f - f2) / Math.max(1e-300, Math.abs(f));
        amp.set(amp2.subarray(0, n));
        pos.set(pos2.subarray(0, n * d));
        f = f2;
        mu = Math.max(mu / 3, 1e-12);
        accepted = true;
        if (rel < 1e-15) return;
      } else {
        mu *= 4;
      }
    }
    if (!accepted) {
      residualInto(op, y, pos, amp, n, r, phi);
      return;
    }
  }
}

/**
 * Sliding Frank–Wolfe for the BLASSO, from the zero measure.
 * @param op - forward operator
 * @param y - measurements (length op.size)
 * @param options.lambda - λ > 0 (required)
 * @param options.iters - maximum outer iterations (default 50)
 * @param options.tolerance - stop when max|η| ≤ 1 + tolerance (default 1e-6)
 * @param options.slideIters - LM iterations per sliding step (default 200)
 * @returns final measure, objective, certificate max and trajectory (one record per outer iteration)
 * @throws QuireError on malformed input or options
 * @example slidingFrankWolfe(op, y, { lambda: 0.1 })
 * @see Denoyelle, Duval, Peyré & Soubies (2019), "The sliding Frank–Wolfe algorithm and its application to super-resolution microscopy", Inverse Problems 36, Alg. 2
 */
export function slidingFrankWolfe(
  op: ForwardOperator,
  y: ArrayLike<number>,
  options: Partial<SfwOptions> & { lambda: number },
): SolveResult {
  const o = parseOptions('slidingFrankWolfe', sfwSchema, options);
  assertMeasurements('slidingFrankWolfe', 'y', op, y);
  const yy = Float64Array.from(y);
  const d = op.dim;
  const m = op.size;
  const lambda = o.lambda;
  const grid = torusGrid(op.dim, o.grid > 0 ? o.grid : d === 1 ? 1024 : 64);
  const work = { phi: new Float64Array(m), dphi: new Float64Array(m * d) };
  const clock = new SolverClock();
  const traj = emptyTrajectory();
  let pos = new Float64Array(0);
  let amp = new Float64Array(0);
  let n = 0;
  const r = new Float64Array(m);
  let k = 0;
  let merges = 0;
  clock.resume();
  for (; ; k++) {
    residualInto(op, yy, pos, amp, n, r, work.phi);
    const best = certificateMaxKernel(op, r, lambda, grid, 4, work);
    if (k === 0) assertSolvableScale('slidingFrankWolfe', yy, best.value * lambda, lambda);
    clock.pause();
    traj.iteration.push(k);
    traj.time.push(clock.ms());
    traj.objective.push(objectiveFromResidual(r, amp, n, lambda));
    traj.certificateMax.push(best.value);
    traj.particles.push(n);
    clock.resume();
    if (best.value <= 1 + o.tolerance || k >= o.iters) break;
    const pos2 = new Float64Array((n + 1) * d);
    pos2.set(pos);
    pos2.set(best.argmax, n * d);
    const amp2 = new Float64Array(n + 1);
    amp2.set(amp);
    pos = pos2;
    amp = amp2;
    n++;
    lassoAmplitudes(op, yy, pos, amp, n, lambda);
    slide(op, yy, pos, amp, n, lambda, o.slideIters);
    n = prune(pos, amp, n, d, o.pruneThreshold);
    // merge spikes that slid onto each other (the reference's pruneSpikes), then re-optimise the merged measure
    const m = mergeClose(pos, amp, n, d, o.mergeRadius);
    if (m.merged > 0) {
      merges += m.merged;
      n = m.n;
      lassoAmplitudes(op, yy, pos, amp, n, lambda);
      slide(op, yy, pos, amp, n, lambda, o.slideIters);
      n = prune(pos, amp, n, d, o.pruneThreshold);
    }
    pos = pos.slice(0, n * d);
    amp = amp.slice(0, n);
  }
  clock.pause();
  residualInto(op, yy, pos, amp, n, r, work.phi);
  const fine = certificateMaxKernel(op, r, lambda, torusGrid(op.dim, d === 1 ? 2048 : 128), 8, work);
  return assertFiniteResult('slidingFrankWolfe', {
    method: 'sfw',
    measure: { dim: op.dim, positions: pos, amplitudes: amp },
    objective: objectiveFromResidual(r, amp, n, lambda),
    certificateMax: fine.value,
    iterations: k,
    timeMs: clock.ms(),
    trajectory: traj,
    births: 0,
    deaths: 0,
    merges,
  });
}

/** Drop spikes with |a| ≤ threshold·max|a| (and exact zeros) in place; returns the new count. */
function prune(pos: Float64Array, amp: Float64Array, n: number, d: number, threshold: number): number {
  let amax = 0;
  for (let i = 0; i < n; i++) amax = Math.max(amax, Math.abs(amp[i]));
  let w = 0;
  for (let i = 0; i < n; i++) {
    if (amp[i] === 0 || Math.abs(amp[i]) <= threshold * amax) continue;
    amp[w] = amp[i];
    for (let c = 0; c < d; c++) pos[w * d + c] = pos[i * d + c];
    w++;
  }
  return w;
}

/**
 * Merge spikes closer than `radius` (torus distance), in place: amplitudes add, the position is the
 * |a|-weighted torus mean (as FS&P merges); a merged spike of amplitude exactly 0 is removed.
 */
function mergeClose(pos: Float64Array, amp: Float64Array, n: number, d: number, radius: number): { n: number; merged: number } {
  if (!(radius > 0) || n < 2) return { n, merged: 0 };
  const alive = new Uint8Array(n).fill(1);
  const r2 = radius * radius;
  let merged = 0;
  for (let i = 0; i < n; i++) {
    if (!alive[i]) continue;
    for (let j = i + 1; j < n; j++) {
      if (!alive[j]) continue;
      let dist2 = 0;
      for (let c = 0; c < d; c++) dist2 += tdiff(pos[j * d + c], pos[i * d + c]) ** 2;
      if (dist2 >= r2) continue;
      const ai = Math.abs(amp[i]);
      const aj = Math.abs(amp[j]);
      const w = ai + aj > 0 ? aj / (ai + aj) : 0.5;
      for (let c = 0; c < d; c++) {
        const v = pos[i * d + c] + w * tdiff(pos[j * d + c], pos[i * d + c]);
        pos[i * d + c] = v - Math.floor(v);
      }
      amp[i] += amp[j];
      alive[j] = 0;
      merged++;
    }
    if (amp[i] === 0) alive[i] = 0;
  }
  let w = 0;
  for (let i = 0; i < n; i++) {
    if (!alive[i]) continue;
    amp[w] = amp[i];
    for (let c = 0; c < d; c++) pos[w * d + c] = pos[i * d + c];
    w++;
  }
  return { n: w, merged };
}
