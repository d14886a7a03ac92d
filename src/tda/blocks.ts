/**
 * Feature blocks and their unions. A series is represented by any union of
 * - 'graph': Rips diagrams of a graph construction under a graph distance (the paper's pipeline);
 * - 'sublevel': sub- and superlevel-set persistence of the z-normalized series, each bar with
 *   the position of its extremum (events located in time and in direction);
 * - 'derivative': the same on the first difference of the z-normalized series (slopes);
 * - 'takens': Rips diagrams (H0, H1) of the delay-embedding point cloud of the series.
 * Each block is vectorized by its own featurizer fitted on train only; the blocks' columns are
 * concatenated, standardized and passed to the same downstream model as the graph pipeline.
 */
import { QuireError } from '../core/errors.js';
import { parseOptions } from '../core/schema.js';
import { RandomForest } from '../core/forest.js';
import { accuracy, LogisticRegression, Standardizer } from './classifier.js';
import { checkSeries } from './graphs.js';
import { TopologicalFeaturizer } from './landscapes.js';
import { diagramsKernel, pipelineSchema, zNormalize, type PipelineOptions, type ResolvedPipelineOptions } from './pipeline.js';
import { pointCloudDistances, ripsKernel, type Diagrams } from './rips.js';
import {
  autocorrelationDelay,
  paa,
  PositionalFeaturizer,
  sublevelKernel,
  superlevelKernel,
  takensEmbedding,
  type PositionedBars,
} from './series-features.js';

export const FEATURE_BLOCKS = ['graph', 'sublevel', 'derivative', 'takens'] as const;
export type FeatureBlock = (typeof FEATURE_BLOCKS)[number];

/** One series, represented by the blocks computed so far. */
export interface Representation {
  graph?: Diagrams;
  /** [sublevel, superlevel] */
  sublevel?: PositionedBars[];
  derivative?: PositionedBars[];
  takens?: Diagrams;
}

/** Takens block: points of the (PAA-reduced) series and embedding dimension. */
export const TAKENS_POINTS = 100;
export const TAKENS_DIMENSION = 3;

/** The diagrams/bars of one block for one checked series. */
export function blockKernel(y: Float64Array, block: FeatureBlock, o: ResolvedPipelineOptions): Representation[FeatureBlock] {
  switch (block) {
    case 'graph':
      return diagramsKernel(y, o);
    case 'sublevel': {
      const z = o.normalize ? zNormalize(y) : y;
      return [sublevelKernel(z), superlevelKernel(z)];
    }
    case 'derivative': {
      const z = o.normalize ? zNormalize(y) : y;
      const d = new Float64Array(Math.max(1, z.length - 1));
      for (let i = 0; i + 1 < z.length; i++) d[i] = z[i + 1] - z[i];
      return [sublevelKernel(d), superlevelKernel(d)];
    }
    case 'takens': {
      const z0 = o.normalize ? zNormalize(y) : y;
      const z = paa(z0, TAKENS_POINTS);
      const maxDelay = Math.max(1, Math.floor((z.length - 3) / (TAKENS_DIMENSION - 1) / 2));
      const tau = Math.min(maxDelay, autocorrelationDelay(z, maxDelay));
      const pts = takensEmbedding(z, TAKENS_DIMENSION, tau);
      return ripsKernel(pointCloudDistances(pts), 1, Number.MAX_VALUE, true);
    }
  }
}

/** Add the missing blocks to a representation (in place) and return it. */
export function representKernel(
  y: Float64Array,
  blocks: readonly FeatureBlock[],
  o: ResolvedPipelineOptions,
  rep: Representation = {},
): Representation {
  for (const b of blocks) if (rep[b] === undefined) (rep as Record<string, unknown>)[b] = blockKernel(y, b, o);
  return rep;
}

/** Featurizer of one block, fitted on train. */
interface FittedBlock {
  length: number;
  transform(reps: readonly Representation[]): Float64Array;
}

function asDiagrams(p: readonly PositionedBars[]): Diagrams {
  return p.map((c) => c.bars.filter((b) => b[1] !== Infinity));
}

function fitBlock(block: FeatureBlock, reps: readonly Representation[], o: ResolvedPipelineOptions): FittedBlock {
  const need = <T>(r: Representation, v: T | undefined): T => {
    if (v === undefined) throw new QuireError(`TopologyClassifier: a sample lacks its '${block}' block`);
    void r;
    return v;
  };
  if (block === 'graph' || block === 'takens') {
    const f = new TopologicalFeaturizer({
      layers: o.layers,
      resolution: o.resolution,
      bettiPoints: o.bettiPoints,
      imagePixels: o.imagePixels,
    }).fit(reps.map((r) => need(r, r[block])));
    return { length: f.length, transform: (rs) => f.transform(rs.map((r) => need(r, r[block]))) };
  }
  const get = (r: Representation): PositionedBars[] => need(r, r[block]);
  const pos = new PositionalFeaturizer().fit(reps.map(get));
  const top = new TopologicalFeaturizer({ layers: 2, resolution: 20, bettiPoints: 10, imagePixels: 5 }).fit(
    reps.map((r) => asDiagrams(get(r))),
  );
  const length = pos.length + top.length;
  return {
    length,
    transform: (rs) => {
      const a = pos.transform(rs.map(get));
      const b = top.transform(rs.map((r) => asDiagrams(get(r))));
      const out = new Float64Array(rs.length * length);
      for (let i = 0; i < rs.length; i++) {
        out.set(a.subarray(i * pos.length, (i + 1) * pos.length), i * length);
        out.set(b.subarray(i * top.length, (i + 1) * top.length), i * length + pos.length);
      }
      return out;
    },
  };
}

/**
 * A classifier on any union of feature blocks, with the downstream steps of `TdaClassifier`
 * (standardize → random forest or logistic regression). Everything fitted comes from train.
 * @example new TopologyClassifier(['sublevel', 'derivative']).fit(train.series, train.labels).score(test.series, test.labels)
 */
export class TopologyClassifier {
  readonly options: ResolvedPipelineOptions;
  readonly blocks: FeatureBlock[];
  private fitted: FittedBlock[] | null = null;
  private scaler: Standardizer | null = null;
  private model: LogisticRegression | RandomForest | null = null;

  constructor(blocks: readonly FeatureBlock[], options: PipelineOptions = {}) {
    if (!Array.isArray(blocks) || blocks.length === 0) throw new QuireError('TopologyClassifier: blocks must be a non-empty array');
    for (const b of blocks)
      if (!(FEATURE_BLOCKS as readonly string[]).includes(b))
        throw new QuireError(`TopologyClassifier: unknown block '${String(b)}' (one of ${FEATURE_BLOCKS.join(', ')})`);
    this.blocks = [...new Set(blocks)];
    this.options = parseOptions('TopologyClassifier', pipelineSchema, options);
  }

  /** Representations of many series (checked). */
  represent(series: readonly ArrayLike<number>[], name = 'series'): Representation[] {
    if (!Array.isArray(series) || series.length === 0)
      throw new QuireError(`TopologyClassifier: ${name} must be a non-empty array of series`);
    return series.map((s, i) => representKernel(checkSeries('TopologyClassifier', `${name}[${i}]`, s), this.blocks, this.options));
  }

  private features(reps: readonly Representation[]): Float64Array {
    const fitted = this.fitted!;
    const cols = fitted.reduce((a, f) => a + f.length, 0);
    const parts = fitted.map((f) => f.transform(reps));
    const X = new Float64Array(reps.length * cols);
    for (let i = 0; i < reps.length; i++) {
      let off = i * cols;
      fitted.forEach((f, k) => {
        X.set(parts[k].subarray(i * f.length, (i + 1) * f.length), off);
        off += f.length;
      });
    }
    return X;
  }

  /** Columns of the feature matrix (after fit). */
  get width(): number {
    if (!this.fitted) throw new QuireError('TopologyClassifier: call fit first');
    return this.fitted.reduce((a, f) => a + f.length, 0);
  }

  fitReps(reps: readonly Representation[], labels: ArrayLike<number>): this {
    if (reps.length !== labels.length) throw new QuireError(`TopologyClassifier.fit: ${labels.length} labels for ${reps.length} series`);
    const o = this.options;
    this.fitted = this.blocks.map((b) => fitBlock(b, reps, o));
    const cols = this.width;
    const X = this.features(reps);
    this.scaler = new Standardizer().fit(X, reps.length, cols);
    const Z = this.scaler.transform(X, reps.length, cols);
    this.model =
      o.classifier === 'forest'
        ? new RandomForest({ trees: o.trees, seed: o.seed }).fit(Z, reps.length, cols, labels)
        : new LogisticRegression({ l2: o.l2, iterations: o.iterations }).fit(Z, reps.length, cols, labels);
    return this;
  }

  predictReps(reps: readonly Representation[]): number[] {
    if (!this.fitted || !this.scaler || !this.model) throw new QuireError('TopologyClassifier: call fit before predict');
    const cols = this.width;
    return this.model.predict(this.scaler.transform(this.features(reps), reps.length, cols), reps.length);
  }

  fit(series: readonly ArrayLike<number>[], labels: ArrayLike<number>): this {
    return this.fitReps(this.represent(series, 'train'), labels);
  }

  predict(series: readonly ArrayLike<number>[]): number[] {
    return this.predictReps(this.represent(series, 'test'));
  }

  score(series: readonly ArrayLike<number>[], labels: ArrayLike<number>): number {
    return accuracy(this.predict(series), labels);
  }
}
