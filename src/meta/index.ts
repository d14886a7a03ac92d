/** quire/meta: combining tests across independent studies (arXiv 2310.19541). */
export { COMBINE_METHODS, WEIGHTED_METHODS, combineSchema, combinePValues, combinePValuesRows, combinePValuesTable } from './combine.js';
export type { CombineMethod, CombineOptions, CombineResult, CombineRowsResult } from './combine.js';
export { E_MERGE_METHODS, eMergeSchema, mergeEValues, pToE } from './evalues.js';
export type { EMergeMethod, EMergeResult } from './evalues.js';
export { IRWIN_HALL_EXACT_WORK, irwinHallCdf, irwinHallSaddle, landauSf, stableSfAlpha1 } from './distributions.js';
export {
  LOCAL_STATISTICS,
  chi2SumTest,
  combinedLocalTest,
  localStatistics,
  pooledTest,
  randomDirection,
  sharedDirectionTest,
  simulateTrials,
} from './normalMeans.js';
export type { LocalStatistic, Trials } from './normalMeans.js';
export {
  EXACT_PROTOCOLS,
  PROTOCOLS,
  exactPower,
  exactPowerSchema,
  monteCarloPower,
  monteCarloPowerCurve,
  monteCarloPowerSchema,
  separationRate,
  separationRateSchema,
} from './power.js';
export type { ExactPowerOptions, MonteCarloPowerOptions, PowerEstimate, Protocol, SeparationRate, SeparationRateOptions } from './power.js';
