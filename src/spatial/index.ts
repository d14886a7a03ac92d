/** quire/spatial: the Spatial Adapter (arXiv 2605.11394) — smooth sparse orthonormal residual basis, closed-form covariance, kriging. */
export { thinPlateOmega, tpsInterpolate, tpsKernel } from './omega.js';
export type { Coords, CoordsInput } from './coords.js';
export { fitSpatialAdapter, spatialAdapterSchema } from './admm.js';
export type { FirstStage, SpatialAdapterFit, SpatialAdapterOptions, TraceEntry } from './admm.js';
export { zStep, polarRetract } from './phi.js';
export { topEigenpairs } from './eigs.js';
export type { SymOperator, TopEigOptions, TopEigResult } from './eigs.js';
export { estimateCovariance, denseCovariance } from './covariance.js';
export type { LowRankCovariance } from './covariance.js';
export { krige, krigeDense, krigeLowRank } from './kriging.js';
export type { KrigingResult } from './kriging.js';
export { generateSynthetic1d, generateStations2d, fitOlsFirstStage, synthetic1dSchema, stations2dSchema, toRows } from './generators.js';
export { fitMatern, krigeMatern, maternCorrelation, maternSchema } from './gp.js';
export type { MaternFit, MaternNu, MaternOptions } from './gp.js';
export { penalizedPca } from './pca.js';
export type { SpatialData, OlsFirstStage } from './generators.js';
export { tuneTau } from './tune.js';
export type { TauScore } from './tune.js';
