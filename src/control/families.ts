import { QuireError } from '../core/errors.js';
/**
 * Task families used by the study and the CLI: the double integrator of the notes and the
 * linearized planar quadrotor with a wind disturbance.
 */
import { expm, fromRows } from '../core/linalg.js';
import { assertPositive } from '../core/validate.js';
import { type Mat, mat } from '../core/linalg.js';
import type { TaskFamily } from './tasks.js';

function diagMat(v: number[]): Mat {
  const n = v.length;
  const m = mat(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = v[i];
  return m;
}

function unitDiag(n: number, i: number): Mat {
  const m = mat(n, n);
  m.data[i * n + i] = 1;
  return m;
}

/**
 * The double integrator of the notes (§B4): A = [[1, 0.1], [0, 1]], B = [0.005, 0.1]ᵀ, D = 0.1·I,
 * Q(θ) = diag(θ₁, θ₂), R = 1, θ ∈ [0.2, 5]². At θ = (1, 1), K_LQR = [0.9171, 1.6356].
 * @returns a discrete-time TaskFamily
 * @example taskController(doubleIntegratorFamily(), { kind: 'lqr' }, [1, 1])
 */
export function doubleIntegratorFamily(): TaskFamily {
  return {
    id: 'double-integrator',
    description: 'x⁺ = [[1, .1], [0, 1]]x + [.005, .1]ᵀu + 0.1·w; Q = diag(θ), R = 1',
    discrete: true,
    A: { rows: 2, cols: 2, data: Float64Array.from([1, 0.1, 0, 1]) },
    B: { rows: 2, cols: 1, data: Float64Array.from([0.005, 0.1]) },
    D: diagMat([0.1, 0.1]),
    paramNames: ['q1', 'q2'],
    lower: [0.2, 0.2],
    upper: [5, 5],
    Q: (t) => diagMat([t[0], t[1]]),
    R: () => diagMat([1]),
    dQ: (_t, i) => unitDiag(2, i),
    dR: () => mat(1, 1),
  };
}

/** Physical constants of the planar quadrotor. */
export interface QuadrotorParams {
  /** sampling period, s (default 0.05) */
  dt?: number;
  /** mass, kg (default 1) */
  mass?: number;
  /** moment of inertia about the body axis, kg·m² (default 0.02) */
  inertia?: number;
  /** gravity, m/s² (default 9.81) */
  gravity?: number;
}

/**
 * Linearized planar quadrotor about hover, discretized by zero-order hold.
 * State x = (p_x, p_z, φ, v_x, v_z, ω), input u = (δT, τ) (thrust deviation from mg, torque),
 * disturbance w = (wind force along x, along z). Continuous model:
 *   ṗ_x = v_x, ṗ_z = v_z, φ̇ = ω, v̇_x = −gφ + w_x/m, v̇_z = δT/m + w_z/m, ω̇ = τ/J.
 * Discretization: expm([[A_c, [B_c D_c]], [0, 0]]·dt) = [[A, [B D]], [0, I]].
 * @param params - dt, mass, inertia, gravity (all > 0)
 * @returns { A (6×6), B (6×2), D (6×2) } as row-major Mats
 * @throws QuireError on a non-positive or non-finite parameter
 * @example planarQuadrotor({ dt: 0.05 }).A
 * @see Mellinger & Kumar / the planar quadrotor in Tedrake, Underactuated Robotics, ch. 3
 */
export function planarQuadrotor(params: QuadrotorParams = {}): { A: Mat; B: Mat; D: Mat } {
  return quadrotorKernel('planarQuadrotor', params);
}

function quadrotorKernel(fn: string, params: QuadrotorParams): { A: Mat; B: Mat; D: Mat } {
  const dt = params.dt ?? 0.05;
  const m = params.mass ?? 1;
  const J = params.inertia ?? 0.02;
  const g = params.gravity ?? 9.81;
  assertPositive(fn, 'dt', dt);
  assertPositive(fn, 'mass', m);
  assertPositive(fn, 'inertia', J);
  assertPositive(fn, 'gravity', g);
  const N = 10; // 6 states + 2 inputs + 2 disturbances
  const M: number[][] = Array.from({ length: N }, () => new Array<number>(N).fill(0));
  M[0][3] = 1;
  M[1][4] = 1;
  M[2][5] = 1;
  M[3][2] = -g;
  M[4][6] = 1 / m; // δT
  M[5][7] = 1 / J; // τ
  M[3][8] = 1 / m; // w_x
  M[4][9] = 1 / m; // w_z
  for (const r of M) for (let j = 0; j < N; j++) r[j] *= dt;
  if (!M.every((r) => r.every(Number.isFinite))) {
    throw new QuireError(
      `${fn}: dt/mass, dt/inertia and dt·gravity must be finite (got dt = ${dt}, mass = ${m}, inertia = ${J}, gravity = ${g})`,
    );
  }
  const E = expm(fromRows(M, fn, 'M')).data;
  if (!E.every(Number.isFinite))
    throw new QuireError(`${fn}: the discretized model overflows (dt = ${dt} is too large for these constants)`);
  const A = mat(6, 6);
  const B = mat(6, 2);
  const D = mat(6, 2);
  for (let i = 0; i < 6; i++) {
    for (let j = 0; j < 6; j++) A.data[i * 6 + j] = E[i * N + j];
    for (let j = 0; j < 2; j++) {
      B.data[i * 2 + j] = E[i * N + 6 + j];
      D.data[i * 2 + j] = E[i * N + 8 + j];
    }
  }
  return { A, B, D };
}

/**
 * The quadrotor task family: θ = (q_x, q_z), the position weights along x and z, in [0.2, 5]²;
 * Q(θ) = diag(q_x, q_z, 1, 0.1, 0.1, 0.1), R = 0.1·I. (A task's goal position shifts the
 * equilibrium, u = −K(θ)(x − x_goal), and does not change K.)
 * @param params - the plant constants (see planarQuadrotor)
 * @returns a discrete-time TaskFamily
 * @throws QuireError on bad plant constants
 * @example taskController(planarQuadrotorFamily(), { kind: 'hinf-relative', c: 1.5 }, [1, 1])
 */
export function planarQuadrotorFamily(params: QuadrotorParams = {}): TaskFamily {
  const { A, B, D } = quadrotorKernel('planarQuadrotorFamily', params);
  return {
    id: 'planar-quadrotor',
    description: 'linearized planar quadrotor (6 states, thrust + torque, x/z wind), Q = diag(q_x, q_z, 1, .1, .1, .1), R = 0.1·I',
    discrete: true,
    A,
    B,
    D,
    paramNames: ['qx', 'qz'],
    lower: [0.2, 0.2],
    upper: [5, 5],
    Q: (t) => diagMat([t[0], t[1], 1, 0.1, 0.1, 0.1]),
    R: () => diagMat([0.1, 0.1]),
    dQ: (_t, i) => unitDiag(6, i),
    dR: () => mat(2, 2),
  };
}
