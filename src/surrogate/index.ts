/**
 * quire/surrogate: neural surrogates for steady heat conduction with a log-normal KL source,
 * judged on the tails (Wade & Teferra, arXiv 2605.16078). See README.md for the exact setup.
 */
export { klEigen1d, klPhi1d, klBasis, klModesAt, type KlMode1d, type KlMode, type KlBasis } from './kl.js';
export { heatProblem, heatProblemSchema, sourceFromKl, sourceInto, sampleKl, type HeatProblem, type HeatProblemSpec } from './problem.js';
export { thomas, applyOperator, solveHeat, solveDataset, type CgOptions, type HeatDataset } from './solver.js';
export { sineTestFunctions, weakResidual, weakMatrices, operatorMatrix, type TestFunctions } from './weak.js';
export {
  surrogateSchema,
  surrogateScales,
  trainSurrogate,
  disposeSurrogate,
  predictSurrogate,
  deeponetAt,
  type Surrogate,
  type SurrogateOptions,
  type ModelKind,
  type LossKind,
} from './models.js';
export {
  sampleErrors,
  sortedQuantile,
  tailSummary,
  fieldStats,
  relativeFieldError,
  statisticErrors,
  worstIndices,
  sampleSupNorms,
  tailIndex,
  type TailIndex,
  type SampleErrors,
  type TailSummary,
  type FieldStats,
  type StatisticErrors,
} from './tails.js';
export { fitDetector, detect, precisionRecall, type ExtrapolationDetector, type Detection, type PrecisionRecall } from './detect.js';
export { evaluatePredictions, type Evaluation } from './evaluate.js';
