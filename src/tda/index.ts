/**
 * quire/tda: persistent homology of time series through complex networks.
 * series → graph (NVG, HVG, ordinal transitions, k-NN, ε-recurrence) → graph distance
 * (hops, Dijkstra, diffusion, resistance) → Vietoris–Rips persistence (a Ripser port)
 * → landscapes and summary statistics → standardize → logistic regression.
 */
export type { Graph } from './graph.js';
export { EdgeList, graphFromEdges, edgeCount, degrees, degreeStats, hasEdge, edgeList, connectedComponents } from './graph.js';
export {
  GRAPH_TYPES,
  type GraphType,
  type BuildGraphOptions,
  visibilitySchema,
  ordinalSchema,
  knnSchema,
  recurrenceSchema,
  naturalVisibilityGraph,
  horizontalVisibilityGraph,
  ordinalPartitionGraph,
  ordinalPatterns,
  delayEmbedding,
  knnGraph,
  recurrenceGraph,
  buildGraph,
  checkSeries,
} from './graphs.js';
export {
  DISTANCE_TYPES,
  type DistanceType,
  diffusionSchema,
  shortestPathDistances,
  weightedShortestPathDistances,
  diffusionDistances,
  resistanceDistances,
  graphDistances,
  hopDiameter,
  capInfinite,
} from './distances.js';
export {
  type Bar,
  type Diagrams,
  type DistanceMatrix,
  type RipsOptions,
  ripsSchema,
  ripsPersistence,
  ripsPersistenceOfPoints,
  pointCloudDistances,
  enclosingRadius,
  toDistanceMatrix,
} from './rips.js';
export {
  SUMMARY_NAMES,
  featurizerSchema,
  finiteBars,
  linspace,
  persistenceLandscape,
  bettiCurve,
  persistentEntropy,
  summaryStatistics,
  firstLandscapeNorms,
  TopologicalFeaturizer,
} from './landscapes.js';
export { bottleneckDistance } from './bottleneck.js';
export { logisticSchema, Standardizer, LogisticRegression, accuracy } from './classifier.js';
export { pipelineSchema, type PipelineOptions, zNormalize, seriesDiagrams, TdaClassifier } from './pipeline.js';
export { FILTRATIONS, type Filtration, flagMatrix } from './pipeline.js';
export { persistenceImage } from './landscapes.js';
export { dtwDistance, nearestNeighborEuclidean, nearestNeighborDtw, type NearestNeighborResult } from './baselines.js';
export {
  type CvRow,
  type FeatureRow,
  type AutoOptions,
  type AutoJob,
  type Selection,
  DEFAULT_FEATURE_SETS,
  autoJobKey,
  autoJobs,
  stratifiedFolds,
  cvAccuracy,
  cvAccuracyBlocks,
  selectPipeline,
  fitAuto,
} from './auto.js';
export { FEATURE_BLOCKS, type FeatureBlock, type Representation, blockKernel, representKernel, TopologyClassifier } from './blocks.js';
export {
  type PositionedBars,
  paa,
  sublevelPersistence,
  takensEmbedding,
  autocorrelationDelay,
  PositionalFeaturizer,
} from './series-features.js';
