/**
 * quire/normscale: scale vectors of the normalization layers of a small Pre-Norm LM
 * (Paper A, arXiv 2605.26895). See README.md for the exact forms.
 */
export {
  STRATEGIES,
  branchNames,
  initLM,
  lmLogits,
  lmInitSpecs,
  lmLoss,
  modelConfig,
  modelSchema,
  rmsNormalize,
  scaledBranches,
  type LMInitSpec,
  type LMParams,
  type ModelConfig,
  type ScaleParams,
  type Strategy,
} from './model.js';
export { WD_ROUTINGS, paramRole, wdRouting, type WdRouting } from './routing.js';
export { byteTokenizer, charTokenizer, oneHotWindows, splitTokens, windowStarts, type OneHotBatch, type Tokenizer } from './tokenizer.js';
export { disposeLM32, initLM32, lm32Logits, lm32Loss, type LM32 } from './lm32.js';
export { disposeCompiled, trainLM, trainLMJax, trainSchema, type CompileCache, type TrainConfig, type TrainLMResult } from './trainer.js';
export {
  effectiveWeight,
  gdStep,
  lossAndGradTilde,
  measuredPreconditioner,
  mechanismDemo,
  mechanismProblem,
  rmsNormalizeVec,
  type MechanismDemoOptions,
  type MechanismDemoResult,
  type MechanismProblem,
} from './mechanism.js';
