/**
 * quire/blasso: sparse spike recovery with the Beurling LASSO, by conic particle gradient
 * descent (CPGD), Fast Spawn&Prune (birth/death/merge), its horizon-free variant and
 * Sliding Frank–Wolfe; forward operators (Fourier, Gaussian; d = 1, 2) and diagnostics.
 */
export { type SpikeMeasure, spikes, randomSpikes, totalVariation, spikeCount, torusDiff, wrap01 } from './measure.js';
export {
  type ForwardOperator,
  type OperatorOptions,
  operatorSchema,
  makeOperator,
  forward,
  adjoint,
  adjointGradient,
} from './operators.js';
export { type CertificateMax, objective, certificate, certificateMax } from './certificate.js';
export { type CpgdOptions, type FspOptions, cpgdSchema, fspSchema, cpgd, fsp, fspHorizonFree, birthSchedule } from './particles.js';
export { type SfwOptions, sfwSchema, slidingFrankWolfe } from './sfw.js';
export { type RecoveryError, recoveryError, flatDistance, clusterSpikes, hungarian } from './diagnostics.js';
export { type SolveResult, type Trajectory } from './trajectory.js';
export { type ProblemOptions, type Problem, problemSchema, makeProblem, solve, type SolveMethod } from './problem.js';
