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
import { diagramsKernel, TdaClassifier, type PipelineOptions } from './pipeline.js';
import type { Diagrams } from './rips.js';

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
  let ok = 0;
  let n = 0;
  for (let f = 0; f < k; f++) {
    const tr: Diagrams[] = [];
    const ytr: number[] = [];
    const te: Diagrams[] = [];
    const yte: number[] = [];
    for (let i = 0; i < dgs.length; i++) {
      if (fold[i] === f) {
        te.push(dgs[i]);
        yte.push(labels[i]);
      } else {
        tr.push(dgs[i]);
        ytr.push(labels[i]);
      }
    }
    if (te.length === 0) continue;
    if (new Set(ytr).size < 2) continue;
    const clf = new TdaClassifier(options).fitDiagrams(tr, ytr);
    ok += accuracy(clf.predictDiagrams(te), yte) * te.length;
    n += te.length;
  }
  if (n === 0)
    throw new QuireError(
      `cvAccuracy: no fold could be scored (each needs held-out series and at least 2 classes in the rest); fold has ${k} folds for ${dgs.length} series`,
    );
  return ok / n;
}

/** The outcome of `selectPipeline`. */
export interface Selection {
  graph: GraphType;
  distance: DistanceType;
  folds: number;
  table: CvRow[];
  /** the chosen candidate's training diagrams (for the refit) */
  trainDiagrams: Diagrams[];
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
  const fold = stratifiedFolds(labels, k, options.seed ?? 0);
  const table: CvRow[] = [];
  let best: { row: CvRow; dgs: Diagrams[] } | null = null;
  const total = graphs.length * distances.length;
  let done = 0;
  for (const graph of graphs)
    for (const distance of distances) {
      progress?.(done++, total, `${graph} × ${distance}`);
      const opts: PipelineOptions = { ...options.base, graph, distance };
      try {
        const resolved = new TdaClassifier(opts).options;
        const dgs = ys.map((y) => diagramsKernel(y, resolved));
        const acc = cvAccuracy(dgs, labels, opts, fold, k);
        const row: CvRow = { graph, distance, cvAccuracy: acc };
        table.push(row);
        if (Number.isFinite(acc) && (!best || acc > best.row.cvAccuracy)) best = { row, dgs };
      } catch (e) {
        table.push({ graph, distance, cvAccuracy: NaN, error: (e as Error).message });
      }
    }
  progress?.(total, total, 'done');
  if (!best) throw new QuireError(`${fn}: every candidate failed: ${table.map((r) => `${r.graph}×${r.distance}: ${r.error}`).join('; ')}`);
  return { graph: best.row.graph, distance: best.row.distance, folds: k, table, trainDiagrams: best.dgs };
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
): { classifier: TdaClassifier; selection: Selection } {
  const selection = selectPipeline(series, labels, options, progress);
  const classifier = new TdaClassifier({ ...options.base, graph: selection.graph, distance: selection.distance }).fitDiagrams(
    selection.trainDiagrams,
    labels,
  );
  return { classifier, selection };
}
