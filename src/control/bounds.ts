/**
 * A certified upper bound on the Lipschitz constant of the LQR task map θ ↦ K(θ) over a task box.
 *
 * The paper (arXiv 2605.06992) proves "a Lipschitz bound of independent interest", but its body
 * was not available to us (../shared/papers/notes-p6_p7.md §B), so this is **our derivation**,
 * for the families the study uses: Q(θ) = Q₀ + Σ θᵢEᵢ with Q₀ ⪰ 0, Eᵢ ⪰ 0, θ > 0 on the box, and
 * R constant. Let v be a direction in θ and ε = maxᵢ |vᵢ|/θᵢ ≤ ‖v‖₂ / minᵢ θᵢ.
 *
 * 1. Σ vᵢEᵢ is sandwiched: −εQ(θ) ⪯ dQ ⪯ εQ(θ).
 * 2. Discrete: dP = A_clᵀ dP A_cl + dQ (the dK-terms cancel at the optimum), a positive
 *    (Stein) map of dQ; P = A_clᵀPA_cl + Q + KᵀRK is the same map of something ⪰ Q, so
 *    −εP ⪯ dP ⪯ εP. Continuous: the same with the Lyapunov map of A_cl.
 * 3. Discrete: dK = (R + BᵀPB)⁻¹BᵀdP·A_cl. Write dP = εP^½YP^½ with ‖Y‖₂ ≤ 1. From the DARE,
 *    A_clᵀPA_cl ⪯ P, so ‖P^½A_cl‖₂ ≤ ‖P^½‖₂; and ‖(R + CᵀC)⁻¹Cᵀ‖₂ ≤ 1/(2√λ_min(R)) for any C
 *    (C = P^½B; with C̃ = CR^{-½} it is max s/(1 + s²) ≤ ½ times ‖R^{-½}‖). So
 *    ‖dK‖₂ ≤ ε‖P‖₂ / (2√λ_min(R)).
 *    Continuous: dK = R⁻¹BᵀdP, so ‖dK‖₂ ≤ ε‖R⁻¹Bᵀ‖₂‖P‖₂.
 * 4. P(θ) is nondecreasing in θ (∂P/∂θᵢ = Stein(A_cl, Eᵢ) ⪰ 0). Cut the box into cells^p cells
 *    [a, b]; on each, ‖P(θ)‖₂/minᵢθᵢ ≤ ‖P(b)‖₂ / minᵢ aᵢ. ‖dK‖_F ≤ √rank·‖dK‖₂, rank ≤ min(m, n).
 *
 * Hence L = sup_θ ‖∂K/∂θ‖ (Frobenius on K, Euclidean on θ) ≤ max over cells of
 *   √min(m, n) · ‖P(b)‖₂ / (2√λ_min(R) · minᵢ aᵢ)             (discrete),
 *   √min(m, n) · ‖R⁻¹Bᵀ‖₂ · ‖P(b)‖₂ / minᵢ aᵢ                  (continuous).
 * It bounds every empirical constant (pairwise ratios and the sampled sup of ‖J‖) from above;
 * the study checks that as a sanity claim. It covers the LQR map only: for the H∞ game the
 * sensitivity map runs on the game's closed loop A − BK − DL, for which P is not a Lyapunov
 * certificate (P − Ã_clᵀPÃ_cl = Q + KᵀRK − γ²LᵀL is indefinite), and we have no derivation.
 */
import { QuireError } from '../core/errors.js';
import { eigSym } from '../core/linalg.js';
import { type Mat, addScaled, frob, luFactor, luSolve, mat, transpose } from '../core/linalg.js';
import { careKernel, dareKernel } from './riccati.js';
import type { TaskFamily } from './tasks.js';

/** The LQR Lipschitz bound and its ingredients. */
export interface LqrLipschitzBound {
  /** the bound on sup_θ ‖∂K/∂θ‖ over the family's box */
  bound: number;
  /** ‖P‖₂ at the upper corner of the worst cell */
  pNormMax: number;
  /** minᵢ θᵢ at the lower corner of the worst cell */
  thetaMin: number;
  /** λ_min(R) (discrete) or ‖R⁻¹Bᵀ‖₂ (continuous): the input-weight factor */
  inputFactor: number;
  /** cells per box side */
  cells: number;
}

function symEigs(a: Mat): Float64Array {
  return eigSym(a).values;
}

function spectral(a: Mat): number {
  // ‖a‖₂ = √λ_max(aᵀa)
  const n = a.cols;
  const g = mat(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < a.rows; k++) s += a.data[k * n + i] * a.data[k * n + j];
      g.data[i * n + j] = s;
    }
  }
  const e = symEigs(g);
  return Math.sqrt(Math.max(0, e[e.length - 1]));
}

/**
 * Certified upper bound on the Lipschitz constant of the LQR map θ ↦ K(θ) over the family's box
 * (Frobenius norm on K, Euclidean on θ); our derivation, stated in the file header.
 * @param family - a TaskFamily with Q(θ) = Q₀ + Σ θᵢEᵢ (Q₀, Eᵢ ⪰ 0), constant R ≻ 0, and a box in θ > 0
 * @param options.cells - cells per box side (integer ≥ 1, default 8; cells^p ≤ 1e5): more cells, a tighter bound
 * @returns { bound, pNormMax, thetaMin, inputFactor, cells }
 * @throws QuireError when the family breaks an assumption (naming it), or when the LQR problem at
 *   the box's upper corner has no stabilizing solution
 * @example lqrLipschitzBound(doubleIntegratorFamily()).bound // ≥ every sampled ‖∂K/∂θ‖
 */
export function lqrLipschitzBound(family: TaskFamily, options: { cells?: number } = {}): LqrLipschitzBound {
  const cells = options.cells ?? 8;
  const fn = 'lqrLipschitzBound';
  if (!family || !Array.isArray(family.lower) || !Array.isArray(family.upper)) throw new QuireError(`${fn}: family must be a TaskFamily`);
  const p = family.lower.length;
  if (p === 0 || family.upper.length !== p) throw new QuireError(`${fn}: family.lower and family.upper must have the same nonzero length`);
  for (let i = 0; i < p; i++) {
    if (!(family.lower[i] > 0 && family.upper[i] >= family.lower[i] && Number.isFinite(family.upper[i]))) {
      throw new QuireError(
        `${fn}: family box must satisfy 0 < lower[${i}] ≤ upper[${i}] < ∞ (got [${family.lower[i]}, ${family.upper[i]}])`,
      );
    }
  }
  const lo = family.lower;
  const hi = family.upper;
  const n = family.A.rows;
  const m = family.B.cols;
  const tol = 1e-12;
  // R constant and positive definite
  for (const th of [lo, hi]) {
    for (let i = 0; i < p; i++) {
      if (frob(family.dR(th, i)) !== 0) throw new QuireError(`${fn}: family.dR must vanish (R constant): ∂R/∂θ${i} ≠ 0`);
    }
  }
  const R = family.R(lo);
  if (frob(addScaled(R, family.R(hi), -1)) > tol * frob(R)) throw new QuireError(`${fn}: family.R must not depend on θ`);
  const rEig = symEigs(R);
  if (!(rEig[0] > 0)) throw new QuireError(`${fn}: family.R must be positive definite`);
  // Q affine in θ with PSD pieces: Eᵢ = ∂Q/∂θᵢ constant and ⪰ 0, Q₀ = Q(θ̲) − Σ θ̲ᵢEᵢ ⪰ 0
  let Q0 = family.Q(lo);
  for (let i = 0; i < p; i++) {
    const Ei = family.dQ(lo, i);
    if (frob(addScaled(Ei, family.dQ(hi, i), -1)) > tol * Math.max(1, frob(Ei)))
      throw new QuireError(`${fn}: family.dQ(·, ${i}) must be constant (Q affine in θ)`);
    if (symEigs(Ei)[0] < -tol * Math.max(1, frob(Ei))) throw new QuireError(`${fn}: family.dQ(·, ${i}) must be positive semidefinite`);
    Q0 = addScaled(Q0, Ei, -lo[i]);
  }
  if (symEigs(Q0)[0] < -tol * Math.max(1, frob(family.Q(lo))))
    throw new QuireError(`${fn}: Q(θ) − Σ θᵢ ∂Q/∂θᵢ must be positive semidefinite`);
  if (!(Number.isInteger(cells) && cells >= 1 && Math.pow(cells, p) <= 1e5)) {
    throw new QuireError(`${fn}: cells must be an integer ≥ 1 with cells^${p} ≤ 1e5, got ${cells}`);
  }
  // the box is cut into cells^p cells; on a cell [a, b], ‖P‖₂/minᵢθᵢ ≤ ‖P(b)‖₂ / minᵢ aᵢ (step 4)
  const pAt = new Map<string, number>();
  const pNorm = (th: number[]): number => {
    const key = th.join(',');
    let v = pAt.get(key);
    if (v === undefined) {
      const res = (family.discrete ? dareKernel : careKernel)({ A: family.A, B: family.B, Q: family.Q(th), R });
      if (!res.ok) throw new QuireError(`${fn}: the LQR problem at θ = (${th.join(', ')}) has no stabilizing solution (${res.reason})`);
      v = symEigs(res.P)[n - 1];
      pAt.set(key, v);
    }
    return v;
  };
  const edge = (i: number, k: number) => (k === cells ? hi[i] : lo[i] + ((hi[i] - lo[i]) * k) / cells);
  let worst = 0;
  let pNormMax = 0;
  let thetaMin = Infinity;
  const idx = new Array<number>(p).fill(0);
  for (;;) {
    const a = idx.map((k, i) => edge(i, k));
    const b = idx.map((k, i) => edge(i, k + 1));
    const pn = pNorm(b);
    const amin = Math.min(...a);
    if (pn / amin > worst) {
      worst = pn / amin;
      pNormMax = pn;
      thetaMin = amin;
    }
    let d = 0;
    while (d < p && ++idx[d] === cells) idx[d++] = 0;
    if (d === p) break;
  }
  const rank = Math.sqrt(Math.min(m, n));
  let inputFactor: number;
  let bound: number;
  if (family.discrete) {
    inputFactor = rEig[0];
    bound = (rank * worst) / (2 * Math.sqrt(inputFactor));
  } else {
    inputFactor = spectral(luSolve(luFactor(R) as NonNullable<ReturnType<typeof luFactor>>, transpose(family.B)));
    bound = rank * inputFactor * worst;
  }
  return { bound, pNormMax, thetaMin, inputFactor, cells };
}
