/**
 * quire/ot — sampled optimal-transport objectives (1-D W_p, sliced W) and their subgradients
 * (Le 2026, arXiv 2605.28134). See README.md.
 */
export { wasserstein1d, wasserstein1dPow, wasserstein1dBatch, emd1d, planToDense, wasserstein1dSchema } from './wasserstein1d.js';
export type { Wasserstein1dOptions, Plan1d } from './wasserstein1d.js';
export {
  slicedWasserstein,
  slicedWassersteinPow,
  slicedWassersteinGrad,
  maxSlicedWasserstein,
  sphereDirections,
  projectAll,
  slicedSchema,
} from './sliced.js';
export type { SlicedOptions, MaxSlicedOptions, SlicedGrad, FlatMatrix, Points } from './sliced.js';
export { wasserstein1dGrad, chainRule } from './subgradients.js';
export type { Grad1d, DifferentiableModel } from './subgradients.js';
export { spectralWeights, cvarWeights, spectralRisk, spectralRiskGrad, cvar, cvarGrad } from './spectral.js';
export type { RiskGrad } from './spectral.js';
export { projectedSubgradientDescent, projectBall, descentSchema } from './descent.js';
export type { SubgradientObjective, DescentOptions, DescentResult } from './descent.js';
export {
  cvarRegression,
  fairLogistic,
  fairnessFrontier,
  fairnessMetrics,
  fairLogisticConstrained,
  fairConstrainedSchema,
  swGaussianFit,
  linearModel,
  cvarRegressionSchema,
  fairLogisticSchema,
  swFitSchema,
} from './problems.js';
export type { FrontierPoint, SwFit, FairConstrained } from './problems.js';
export {
  convergenceDiagnostic,
  familyInstance,
  empiricalDerivative,
  populationSubdifferential,
  rms,
  diagnosticSchema,
  SMOOTH_SIGMA,
  NONSMOOTH_MU,
} from './diagnostic.js';
export type { Family, FamilyInstance, DiagnosticRun } from './diagnostic.js';
export { sortInPlace, sortWithIndex, argsort } from './sort.js';
export {
  absSumGraph,
  w1ShiftGraph,
  graphHausdorff,
  graphValueAt,
  pointwiseSupDistance,
  graphicalConvergenceRun,
  graphDistanceSchema,
  graphicalRunSchema,
} from './graphical.js';
export type { MonotoneGraph, GraphicalRun } from './graphical.js';
