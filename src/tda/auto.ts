/**
 * `--graph auto --distance auto`: choose the graph construction and the graph distance by
 * stratified k-fold cross-validation on the training split only, then refit the chosen
 * pipeline on the whole training split. Diagrams do not depend on the folds, so each
 * candidate's training diagrams are computed once; every fitted step (feature grids,
 * standardizer, model) is refitted inside each fold from that fold's training part.
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { accuracy } from './classifier.js';
import { DISTANCE_TYPES, type DistanceType } from './distances.js';
import { checkSeries, GRAPH_TYPES, type GraphType } from './graphs.js';
import { diagramsKernel, TdaClassifier, type PipelineOptions, type ResolvedPipelineOptions } from './pipeline.js';
import type { Diagrams } from './rips.js';
import { blockKernel, FEATURE_BLOCKS, TopologyClassifier, type FeatureBlock, type Representation } from './blocks.js';

/** One row of the CV table. */
export interface CvRow {
  graph: GraphType;
  distance: DistanceType;
  /** mean held-out accuracy over the folds (NaN when the construction failed) */
  cvAccuracy: number;
  /** why the candidate failed, where it did */
  error?: string;
}

export interface AutoOptions {
  /** constructions tried (default: all five) */
  graphs?: readonly GraphType[];
  /** distances tried (default: all four) */
  distances?: readonly DistanceType[];
  /** folds, 2 ≤ k ≤ the smallest class size (default 5, lowered to that size) */
  folds?: number;
  /** seed of the fold assignment */
  seed?: number;
  /** every other pipeline option, held fixed across candidates */
  base?: PipelineOptions;
  /**
   * unions of feature blocks tried after the graph × distance choice (default
   * `DEFAULT_FEATURE_SETS`; `[['graph']]` is the paper's pipeline alone)
   */
  featureSets?: readonly (readonly FeatureBlock[])[];
  /**
   * training diagrams/bars computed elsewhere (e.g. on worker threads), by `autoJobKey`;
   * a missing key is computed here
   */
  precomputed?: ReadonlyMap<string, readonly unknown[]>;
  /**
   * forest trees inside the CV folds (default 50, at most base.trees): the folds only rank
   * candidates; the refit on all of train uses base.trees
   */
  cvTrees?: number;
  /** called with each phase's label and its wall time in ms (profiling) */
  timing?: (phase: string, ms: number) => void;
}

/** Unions of feature blocks that `--graph auto` compares by CV (simplest first: ties keep the earlier). */
export const DEFAULT_FEATURE_SETS: readonly (readonly FeatureBlock[])[] = [
  ['graph'],
  ['sublevel'],
  ['sublevel', 'derivative'],
  ['takens'],
  ['sublevel', 'derivative', 'takens'],
  ['graph', 'sublevel', 'derivative'],
  ['graph', 'sublevel', 'derivative', 'takens'],
];

/** The key of a precomputed job: a graph candidate or a non-graph block. */
export function autoJobKey(job: { graph: GraphType; distance: DistanceType } | { block: FeatureBlock }): string {
  return 'block' in job ? `block:${job.block}` : `graph:${job.graph}×${job.distance}`;
}

/**
 * Everything `selectPipeline` computes per training series, as independent jobs: one per
 * graph × distance candidate and one per non-graph block of the feature sets. A caller with
 * threads computes them in parallel (`blockKernel` on each series with `options`) and passes
 * the results as `precomputed`.
 */
/** One job of `autoJobs`: compute `block` with `options` on every series, stored under `key`. */
export interface AutoJob {
  key: string;
  block: FeatureBlock;
  options: ResolvedPipelineOptions;
}

export function autoJobs(options: AutoOptions = {}): AutoJob[] {
  const graphs = options.graphs ?? GRAPH_TYPES;
  const distances = options.distances ?? DISTANCE_TYPES;
  const sets = options.featureSets ?? DEFAULT_FEATURE_SETS;
  const out: AutoJob[] = [];
  if (sets.some((s) => s.includes('graph')))
    for (const graph of graphs)
      for (const distance of distances)
        out.push({
          key: autoJobKey({ graph, distance }),
          block: 'graph',
          options: new TdaClassifier({ ...options.base, graph, distance }).options,
        });
  for (const block of FEATURE_BLOCKS)
    if (block !== 'graph' && sets.some((s) => s.includes(block)))
      out.push({ key: autoJobKey({ block }), block, options: new TdaClassifier({ ...options.base }).options });
  return out;
}

/**
 * Stratified fold labels: within each class (in order of first appearance), a seeded
 * permutation dealt round-robin into k folds.
 */
export function stratifiedFolds(labels: ArrayLike<number>, k: number, seed: number): Int32Array {
  const fn = 'stratifiedFolds';
  if (labels === null || typeof labels !== 'object' || typeof labels.length !== 'number')
    throw new QuireError(`${fn}: labels must be an array of numbers`);
  if (!Number.isInteger(k) || k < 1) throw new QuireError(`${fn}: k must be an integer ≥ 1, got ${k}`);
  if (!Number.isInteger(seed) || seed < 0) throw new QuireError(`${fn}: seed must be an integer ≥ 0, got ${seed}`);
  const fold = new Int32Array(labels.length);
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (!byClass.has(l)) byClass.set(l, []);
    byClass.get(l)!.push(i);
  }
  const r = new Rng(seed);
  let offset = 0;
  for (const idx of byClass.values()) {
    const perm = r.permutation(idx.length);
    for (let t = 0; t < idx.length; t++) fold[idx[perm[t]]] = (offset + t) % k;
    offset += idx.length;
  }
  return fold;
}

/**
 * Correct predictions and scored series over k folds: each fold is held out in turn, the rest
 * trains `fitPredict`. Folds with no held-out series, or whose training part has a single
 * class, are skipped.
 */
function foldAccuracy<T>(
  items: readonly T[],
  labels: ArrayLike<number>,
  fold: Int32Array,
  k: number,
  fitPredict: (tr: T[], ytr: number[], te: T[]) => ArrayLike<number>,
): { ok: number; n: number } {
  let ok = 0;
  let n = 0;
  for (let f = 0; f < k; f++) {
    const tr: T[] = [];
    const ytr: number[] = [];
    const te: T[] = [];
    const yte: number[] = [];
    for (let i = 0; i < items.length; i++) {
      if (fold[i] === f) {
        te.push(items[i]);
        yte.push(labels[i]);
      } else {
        tr.push(items[i]);
        ytr.push(labels[i]);
      }
    }
    if (te.length === 0 || new Set(ytr).size < 2) continue;
    ok += accuracy(fitPredict(tr, ytr, te), yte) * te.length;
    n += te.length;
  }
  return { ok, n };
}

/**
 * k-fold CV accuracy of a pipeline from precomputed training diagrams. Folds with no held-out
 * series, or whose training part has a single class, are skipped.
 * @throws QuireError when no fold can be scored
 */
export function cvAccuracy(
  dgs: readonly Diagrams[],
  labels: ArrayLike<number>,
  options: PipelineOptions,
  fold: Int32Array,
  k: number,
): number {
  const { ok, n } = foldAccuracy(dgs, labels, fold, k, (tr, ytr, te) =>
    new TdaClassifier(options).fitDiagrams(tr, ytr).predictDiagrams(te),
  );
  if (n === 0)
    throw new QuireError(
      `cvAccuracy: no fold could be scored (each needs held-out series and at least 2 classes in the rest); fold has ${k} folds for ${dgs.length} series`,
    );
  return ok / n;
}

/** k-fold CV accuracy of a union of feature blocks from precomputed representations. */
export function cvAccuracyBlocks(
  reps: readonly Representation[],
  labels: ArrayLike<number>,
  blocks: readonly FeatureBlock[],
  options: PipelineOptions,
  fold: Int32Array,
  k: number,
): number {
  const { ok, n } = foldAccuracy(reps, labels, fold, k, (tr, ytr, te) =>
    new TopologyClassifier(blocks, options).fitReps(tr, ytr).predictReps(te),
  );
  return n > 0 ? ok / n : NaN;
}

/** One row of the feature-set CV table. */
export interface FeatureRow {
  features: string;
  cvAccuracy: number;
  error?: string;
}

/** The outcome of `selectPipeline`. */
export interface Selection {
  graph: GraphType;
  distance: DistanceType;
  folds: number;
  table: CvRow[];
  /** the chosen candidate's training diagrams (for the refit) */
  trainDiagrams: Diagrams[];
  /** the chosen union of feature blocks */
  features: FeatureBlock[];
  /** CV accuracy of every union of feature blocks tried (with the chosen graph × distance) */
  featureTable: FeatureRow[];
  /** the training representations with every block computed (for the refit) */
  trainReps: Representation[];
}

/**
 * Choose graph × distance by stratified k-fold CV on the training split (ties: the earlier
 * candidate in the order of `graphs` then `distances`).
 * @throws QuireError on bad series, fewer than 2 classes, a class with one series, or when every candidate fails
 * @example selectPipeline(train.series, train.labels, { graphs: ['nvg', 'knn'], distances: ['weighted'] }).graph
 */
export function selectPipeline(
  series: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  options: AutoOptions = {},
  progress?: (done: number, total: number, label: string) => void,
): Selection {
  const fn = 'selectPipeline';
  if (!Array.isArray(series) || series.length === 0) throw new QuireError(`${fn}: series must be a non-empty array of series`);
  if (labels.length !== series.length) throw new QuireError(`${fn}: labels has length ${labels.length}, expected ${series.length}`);
  const ys = series.map((s, i) => checkSeries(fn, `series[${i}]`, s));
  const counts = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) counts.set(labels[i], (counts.get(labels[i]) ?? 0) + 1);
  if (counts.size < 2) throw new QuireError(`${fn}: labels must contain at least 2 classes`);
  const smallest = Math.min(...counts.values());
  if (smallest < 2) throw new QuireError(`${fn}: every class needs at least 2 training series for cross-validation`);
  const k = Math.max(2, Math.min(options.folds ?? 5, smallest));
  const graphs = options.graphs ?? GRAPH_TYPES;
  const distances = options.distances ?? DISTANCE_TYPES;
  for (const g of graphs) if (!(GRAPH_TYPES as readonly string[]).includes(g)) throw new QuireError(`${fn}: unknown graph '${g}'`);
  for (const d of distances) if (!(DISTANCE_TYPES as readonly string[]).includes(d)) throw new QuireError(`${fn}: unknown distance '${d}'`);
  const sets = (options.featureSets ?? DEFAULT_FEATURE_SETS).map((s0) => [...new Set(s0)]);
  if (sets.length === 0) throw new QuireError(`${fn}: featureSets must be non-empty`);
  for (const s0 of sets)
    for (const b of s0) if (!(FEATURE_BLOCKS as readonly string[]).includes(b)) throw new QuireError(`${fn}: unknown feature block '${b}'`);
  const useGraph = sets.some((s0) => s0.includes('graph'));
  const fold = stratifiedFolds(labels, k, options.seed ?? 0);
  const fullTrees = new TdaClassifier(options.base ?? {}).options.trees;
  const cvTrees = options.cvTrees ?? 50;
  if (!Number.isInteger(cvTrees) || cvTrees < 1) throw new QuireError(`${fn}: cvTrees must be an integer ≥ 1, got ${cvTrees}`);
  const cvBase: PipelineOptions = { ...options.base, trees: Math.min(fullTrees, cvTrees) };
  const table: CvRow[] = [];
  const timing = options.timing ?? (() => {});
  let best: { row: CvRow; dgs: Diagrams[] } | null = null;
  const others = FEATURE_BLOCKS.filter((b) => b !== 'graph' && sets.some((s0) => s0.includes(b)));
  const total = (useGraph ? graphs.length * distances.length : 0) + others.length + sets.length;
  let done = 0;
  if (useGraph)
    for (const graph of graphs)
      for (const distance of distances) {
        progress?.(done++, total, `${graph} × ${distance}`);
        const opts: PipelineOptions = { ...options.base, graph, distance };
        try {
          const resolved = new TdaClassifier(opts).options;
          let t0 = performance.now();
          const pre = options.precomputed?.get(autoJobKey({ graph, distance })) as Diagrams[] | undefined;
          const dgs = pre ?? ys.map((y) => diagramsKernel(y, resolved));
          timing(`diagrams ${graph} × ${distance}`, performance.now() - t0);
          t0 = performance.now();
          const acc = cvAccuracy(dgs, labels, { ...opts, ...cvBase, graph, distance }, fold, k);
          timing(`cv ${graph} × ${distance}`, performance.now() - t0);
          const row: CvRow = { graph, distance, cvAccuracy: acc };
          table.push(row);
          if (Number.isFinite(acc) && (!best || acc > best.row.cvAccuracy)) best = { row, dgs };
        } catch (e) {
          table.push({ graph, distance, cvAccuracy: NaN, error: (e as Error).message });
        }
      }
  const usable = sets.filter((s0) => best || !s0.includes('graph'));
  if (usable.length === 0)
    throw new QuireError(`${fn}: every candidate failed: ${table.map((r) => `${r.graph}×${r.distance}: ${r.error}`).join('; ')}`);
  const graph = best?.row.graph ?? graphs[0];
  const distance = best?.row.distance ?? distances[0];
  const reps: Representation[] = ys.map((_, i) => (best ? { graph: best.dgs[i] } : {}));
  const resolved = new TdaClassifier({ ...options.base, graph, distance }).options;
  for (const b of others) {
    progress?.(done++, total, `block ${b}`);
    const t0 = performance.now();
    const pre = options.precomputed?.get(autoJobKey({ block: b }));
    ys.forEach((y, i) => ((reps[i] as Record<string, unknown>)[b] = pre ? pre[i] : blockKernel(y, b, resolved)));
    timing(`block ${b}`, performance.now() - t0);
  }
  const featureTable: FeatureRow[] = [];
  let bestSet: { set: FeatureBlock[]; acc: number } | null = null;
  for (const s0 of sets) {
    const name = s0.join('+');
    progress?.(done++, total, `features ${name}`);
    if (!usable.includes(s0)) {
      featureTable.push({ features: name, cvAccuracy: NaN, error: 'no graph candidate succeeded' });
      continue;
    }
    // the graph-only set's CV accuracy is the graph table's (same folds, same model)
    const t0 = performance.now();
    const acc =
      s0.length === 1 && s0[0] === 'graph'
        ? best!.row.cvAccuracy
        : cvAccuracyBlocks(reps, labels, s0, { ...cvBase, graph, distance }, fold, k);
    timing(`cv features ${name}`, performance.now() - t0);
    featureTable.push({ features: name, cvAccuracy: acc });
    if (Number.isFinite(acc) && (!bestSet || acc > bestSet.acc)) bestSet = { set: s0, acc };
  }
  progress?.(total, total, 'done');
  if (!bestSet) throw new QuireError(`${fn}: every feature set failed`);
  return {
    graph,
    distance,
    folds: k,
    table,
    trainDiagrams: best?.dgs ?? [],
    features: bestSet.set,
    featureTable,
    trainReps: reps,
  };
}

/**
 * The auto-selected classifier: `selectPipeline` on train, then the chosen pipeline refitted
 * on the whole training split.
 */
export function fitAuto(
  series: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  options: AutoOptions = {},
  progress?: (done: number, total: number, label: string) => void,
): { classifier: TopologyClassifier; selection: Selection } {
  const selection = selectPipeline(series, labels, options, progress);
  const t0 = performance.now();
  const classifier = new TopologyClassifier(selection.features, {
    ...options.base,
    graph: selection.graph,
    distance: selection.distance,
  }).fitReps(selection.trainReps, labels);
  options.timing?.('refit', performance.now() - t0);
  return { classifier, selection };
}
