/**
 * quire/control: Riccati solvers (SDA), LQR and H∞ state feedback, γ*, closed-loop H∞ norms,
 * Riccati sensitivities, task maps θ ↦ K(θ) with Lipschitz estimates, and the planar quadrotor.
 */
export type { MatrixInput } from '../core/linalg.js';
export { solveStein, solveLyapunov } from './lyapunov.js';
export { solveDARE, solveCARE, solveDARENewton, type RiccatiSolution, type RiccatiOptions, type Eigenvalues } from './riccati.js';
export { dlqr, lqr, dhinf, hinf, gammaStar, hinfNorm, closedLoopGain, type LQRResult, type HinfResult } from './controllers.js';
export { dareGainDerivative, careGainDerivative } from './sensitivity.js';
export { lqrLipschitzBound, type LqrLipschitzBound } from './bounds.js';
export {
  taskController,
  taskJacobian,
  lipschitz,
  type TaskFamily,
  type ControllerSpec,
  type LipschitzEstimate,
  type TaskLipschitzRecord,
} from './tasks.js';
export { doubleIntegratorFamily, planarQuadrotor, planarQuadrotorFamily, type QuadrotorParams } from './families.js';
export {
  trainAgent,
  scoreTask,
  expertPolicy,
  linearizeAtGoal,
  defaultAgentOptions,
  agentSchema,
  type AgentTask,
  type ExpertTask,
  type AgentOptions,
  type TrainedAgent,
  type TaskScore,
  type Policy,
} from './agent.js';
