/**
 * quire/newton: regularized Newton vs gradient descent for wide two-layer tanh networks, and the
 * NTK / Newton-NTK (NNTK) kernels that govern them (Riedl, Spiliopoulos & Sirignano, arXiv 2605.08352).
 */
export { TanhRegression, initParams, modelSchema, type ModelOptions } from './model.js';
export { conjugateGradient, type CgResult } from './cg.js';
export { hessianBlocks, denseHessian, exactNewtonDirection, symmetricEigenvalues3, type ExactNewtonResult } from './hessian.js';
export {
  train,
  trainSchema,
  optimizerNames,
  newtonDirection,
  gaussNewtonDirection,
  autoLearningRate,
  recordSchedule,
  type OptimizerName,
  type TrainOptions,
  type TrainResult,
  type TrainHooks,
} from './optimizers.js';
export { gramSpectrum, nntkSpectrum, nntkGram, projectOnModes, linearizedOneStepLoss, lambdaForWidth, type Spectrum } from './kernels.js';
export { targets, targetIds, makeData, coefficientErrors, type Target, type TargetId, type BasisTerm } from './targets.js';
