/**
 * The paper's pipeline, with every downstream step held fixed:
 * series → (z-normalize) → graph → graph distance → Vietoris–Rips diagrams (H0, H1)
 * → landscapes + summary statistics + Betti curves → standardize → logistic regression.
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions, type OptionsOf, type PartialOptionsOf } from '../core/schema.js';
import {
  capInfinite,
  DISTANCE_TYPES,
  diffusionKernel,
  resistanceKernel,
  shortestPathKernel,
  weightedShortestPathKernel,
} from './distances.js';
import { checkSeries, GRAPH_TYPES, hvgKernel, knnKernel, nvgKernel, opnKernel, recurrenceKernel } from './graphs.js';
import type { Graph } from './graph.js';
import { ripsKernel, type Diagrams, type DistanceMatrix } from './rips.js';
import { TopologicalFeaturizer } from './landscapes.js';
import { accuracy, LogisticRegression, Standardizer } from './classifier.js';
import { RandomForest } from '../core/forest.js';
import { maxAbs, rescaleFactor } from './scale.js';
import { paa } from './series-features.js';

/** How the simplicial filtration is built from the graph and its distance. */
export const FILTRATIONS = ['rips', 'flag'] as const;
export type Filtration = (typeof FILTRATIONS)[number];

export const pipelineSchema = defineSchema({
  graph: { type: 'enum', values: GRAPH_TYPES, default: 'nvg', description: 'graph construction' },
  distance: { type: 'enum', values: DISTANCE_TYPES, default: 'diffusion', description: 'graph distance' },
  normalize: { type: 'boolean', default: true, description: 'z-normalize each series first (a constant series becomes all zeros)' },
  maxLength: {
    type: 'integer',
    min: 0,
    default: 128,
    description:
      'graph constructions: a longer series is first reduced to this many points by piecewise aggregate approximation (0: never); keeps the graph and its Rips filtration small',
  },
  weight: {
    type: 'enum',
    values: ['distance', 'horizontal', 'vertical', 'abs_slope'] as const,
    default: 'distance',
    description: 'visibility-graph edge length (for the weighted distance)',
  },
  order: { type: 'integer', min: 2, max: 8, default: 3, description: 'transition network: pattern length' },
  delay: { type: 'integer', min: 1, default: 1, description: 'transition/proximity: delay τ' },
  k: { type: 'integer', min: 1, default: 4, description: 'k-NN: neighbours' },
  dimension: { type: 'integer', min: 1, max: 64, default: 3, description: 'proximity: embedding dimension' },
  recurrenceRate: { type: 'number', min: 0, max: 1, exclusive: true, default: 0.1, description: 'recurrence: fraction of pairs within ε' },
  diffusionT: { type: 'integer', min: 0, default: 0, description: 'diffusion steps (0: 2 × diameter)' },
  filtration: {
    type: 'enum',
    values: FILTRATIONS,
    default: 'rips',
    description:
      "'rips': Vietoris–Rips on all pairs of the graph distance; 'flag': the graph's own flag complex, each edge entering at the distance between its ends",
  },
  maxDim: { type: 'integer', min: 0, max: 2, default: 1, description: 'top homology dimension' },
  layers: { type: 'integer', min: 1, max: 20, default: 5, description: 'landscape layers' },
  resolution: { type: 'integer', min: 2, max: 1000, default: 100, description: 'landscape samples per layer' },
  bettiPoints: { type: 'integer', min: 0, max: 1000, default: 10, description: 'Betti-curve samples' },
  imagePixels: { type: 'integer', min: 0, max: 100, default: 10, description: 'persistence image: pixels per side (0: none)' },
  classifier: {
    type: 'enum',
    values: ['logistic', 'forest'] as const,
    default: 'forest',
    description: 'downstream model: L2 logistic regression or a random forest',
  },
  trees: { type: 'integer', min: 1, max: 5000, default: 200, description: 'random forest: trees' },
  seed: { type: 'integer', min: 0, default: 0, description: 'random forest: seed' },
  l2: { type: 'number', min: 0, default: 0.01, description: 'logistic-regression L2 penalty' },
  iterations: { type: 'integer', min: 1, default: 500, description: 'logistic-regression iterations' },
});
export type PipelineOptions = PartialOptionsOf<typeof pipelineSchema>;
export type ResolvedPipelineOptions = OptionsOf<typeof pipelineSchema>;

/**
 * (x − mean)/sd; a constant series (sd ≤ 1e-12·max|x|) maps to zeros. Scale-free: zNormalize(c·x)
 * = sign(c)·zNormalize(x), also at the edges of the double range:
 * a series beyond 2^±500 is first rescaled exactly (its sum and squares would overflow or vanish).
 */
export function zNormalize(y: Float64Array): Float64Array {
  const big = maxAbs(y);
  const c = rescaleFactor(big);
  if (c !== 1) return zNormalize(y.map((v) => v * c));
  let m = 0;
  for (let i = 0; i < y.length; i++) m += y[i];
  m /= y.length;
  let v = 0;
  for (let i = 0; i < y.length; i++) v += (y[i] - m) ** 2;
  const sd = Math.sqrt(v / y.length);
  const out = new Float64Array(y.length);
  // constant up to rounding, relative to the series' magnitude (an absolute 1e-12 zeroed every
  // series below ~1e-12, however much it varied)
  if (!(sd > 1e-12 * big)) return out;
  for (let i = 0; i < y.length; i++) out[i] = (y[i] - m) / sd;
  return out;
}

/** Graph of a checked series under resolved options. */
export function graphOfSeries(y: Float64Array, o: ResolvedPipelineOptions): Graph {
  const fn = 'graphOfSeries';
  switch (o.graph) {
    case 'nvg':
      return nvgKernel(y, o.weight);
    case 'hvg':
      return hvgKernel(y, o.weight);
    case 'transition':
      if (y.length < (o.order - 1) * o.delay + 2)
        throw new QuireError(`${fn}: series of length ${y.length} is too short for order ${o.order}, delay ${o.delay}`);
      return opnKernel(y, o.order, o.delay).graph;
    case 'knn':
      if (y.length - (o.dimension - 1) * o.delay < o.k + 1)
        throw new QuireError(`${fn}: series of length ${y.length} is too short for k = ${o.k} neighbours in dimension ${o.dimension}`);
      return knnKernel(y, o.k, o.dimension, o.delay);
    case 'recurrence':
      if (y.length - (o.dimension - 1) * o.delay < 2)
        throw new QuireError(`${fn}: series of length ${y.length} is too short to embed in dimension ${o.dimension}`);
      return recurrenceKernel(y, 0, o.recurrenceRate, o.dimension, o.delay);
  }
}

/** Distance matrix of a graph under resolved options, with infinite entries capped at 2 × max. */
export function distanceOfGraph(g: Graph, o: ResolvedPipelineOptions): DistanceMatrix {
  let D: DistanceMatrix;
  switch (o.distance) {
    case 'shortest':
      D = shortestPathKernel(g);
      break;
    case 'weighted':
      D = weightedShortestPathKernel(g);
      break;
    case 'diffusion':
      D = diffusionKernel(g, o.diffusionT);
      break;
    case 'resistance':
      D = resistanceKernel(g);
      break;
  }
  return capInfinite(D, 2);
}

/**
 * Persistence diagrams of one series: graph → distance → Vietoris–Rips (H0..maxDim).
 * @param series - at least 3 finite values
 * @param options - see `pipelineSchema` (graph, distance, normalize, construction parameters, maxDim)
 * @returns diagrams[k] = H_k bars (Ripser conventions: zero-length bars omitted, death Infinity for essential classes)
 * @throws QuireError on NaN, too-short series or invalid options
 * @example seriesDiagrams(Array.from({ length: 64 }, (_, i) => Math.sin(i / 3)), { graph: 'hvg', distance: 'shortest' })
 * @see Myers, Munch & Khasawneh, Chaos 29 (2019) (persistent homology of complex networks)
 */
export function seriesDiagrams(series: ArrayLike<number>, options: PipelineOptions = {}): Diagrams {
  const o = parseOptions('seriesDiagrams', pipelineSchema, options);
  const y = checkSeries('seriesDiagrams', 'series', series);
  return diagramsKernel(y, o);
}

/** Unchecked: diagrams of a checked series. */
export function diagramsKernel(y: Float64Array, o: ResolvedPipelineOptions): Diagrams {
  const z0 = o.normalize ? zNormalize(y) : y;
  const z = o.maxLength >= 3 && z0.length > o.maxLength ? paa(z0, o.maxLength) : z0;
  const g = graphOfSeries(z, o);
  const D = distanceOfGraph(g, o);
  return ripsKernel(o.filtration === 'flag' ? flagMatrix(g, D) : D, o.maxDim, Number.MAX_VALUE, false);
}

/**
 * The graph's own flag (clique) filtration as a Rips input: the distance on the graph's
 * edges, +Infinity ("no edge") elsewhere. A simplex enters when all its edges are present,
 * at the largest of their lengths.
 * @throws QuireError when D is not n×n for the graph's n vertices
 */
export function flagMatrix(g: Graph, D: DistanceMatrix): DistanceMatrix {
  const n = g.n;
  if (!(D?.data instanceof Float64Array) || D.n !== n || D.data.length !== n * n)
    throw new QuireError(`flagMatrix: D must be the graph's ${n}×${n} distance matrix, got n = ${D?.n}`);
  const out = new Float64Array(n * n).fill(Infinity);
  for (let u = 0; u < n; u++) {
    out[u * n + u] = 0;
    for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) {
      const v = g.neighbors[p];
      out[u * n + v] = D.data[u * n + v];
    }
  }
  return { n, data: out };
}

/**
 * The whole classifier: fit on training series, predict test series. All fitted state
 * (landscape grid, standardizer, weights) comes from the training set only.
 * @example const clf = new TdaClassifier({ graph: 'hvg', distance: 'diffusion' }).fit(train, yTrain); clf.score(test, yTest)
 */
export class TdaClassifier {
  readonly options: ResolvedPipelineOptions;
  private featurizer: TopologicalFeaturizer | null = null;
  private scaler: Standardizer | null = null;
  private model: LogisticRegression | RandomForest | null = null;

  constructor(options: PipelineOptions = {}) {
    this.options = parseOptions('TdaClassifier', pipelineSchema, options);
  }

  /** Diagrams of many series (checked). */
  diagrams(series: readonly ArrayLike<number>[], name = 'series'): Diagrams[] {
    if (!Array.isArray(series) || series.length === 0) throw new QuireError(`TdaClassifier: ${name} must be a non-empty array of series`);
    return series.map((s, i) => diagramsKernel(checkSeries('TdaClassifier', `${name}[${i}]`, s), this.options));
  }

  fit(series: readonly ArrayLike<number>[], labels: ArrayLike<number>): this {
    return this.fitDiagrams(this.diagrams(series, 'train'), labels);
  }

  /** Fit from precomputed diagrams (as returned by `diagrams`). */
  fitDiagrams(dgs: readonly Diagrams[], labels: ArrayLike<number>): this {
    if (dgs.length !== labels.length) throw new QuireError(`TdaClassifier.fit: ${labels.length} labels for ${dgs.length} series`);
    const o = this.options;
    this.featurizer = new TopologicalFeaturizer({
      layers: o.layers,
      resolution: o.resolution,
      bettiPoints: o.bettiPoints,
      imagePixels: o.imagePixels,
    }).fit(dgs);
    const cols = this.featurizer.length;
    const X = this.featurizer.transform(dgs);
    this.scaler = new Standardizer().fit(X, dgs.length, cols);
    const Z = this.scaler.transform(X, dgs.length, cols);
    this.model =
      o.classifier === 'forest'
        ? new RandomForest({ trees: o.trees, seed: o.seed }).fit(Z, dgs.length, cols, labels)
        : new LogisticRegression({ l2: o.l2, iterations: o.iterations }).fit(Z, dgs.length, cols, labels);
    return this;
  }

  predict(series: readonly ArrayLike<number>[]): number[] {
    return this.predictDiagrams(this.diagrams(series, 'test'));
  }

  predictDiagrams(dgs: readonly Diagrams[]): number[] {
    if (!this.featurizer || !this.scaler || !this.model) throw new QuireError('TdaClassifier: call fit before predict');
    const cols = this.featurizer.length;
    const X = this.scaler.transform(this.featurizer.transform(dgs), dgs.length, cols);
    return this.model.predict(X, dgs.length);
  }

  /** Test accuracy. */
  score(series: readonly ArrayLike<number>[], labels: ArrayLike<number>): number {
    return accuracy(this.predict(series), labels);
  }
}
