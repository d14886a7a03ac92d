/**
 * A random forest classifier (Breiman 2001): bootstrap samples, CART trees grown to purity
 * with the Gini criterion, √p candidate features per split, class probabilities averaged
 * over trees (as scikit-learn's `RandomForestClassifier`). Seeded: the same seed gives the
 * same forest. Pure TypeScript on typed arrays; no dependencies.
 */
import { QuireError } from './errors.js';
import { encodeLabels } from './labels.js';
import { Rng } from './rng.js';
import { defineSchema, parseOptions, type OptionsOf, type PartialOptionsOf } from './schema.js';

export const forestSchema = defineSchema({
  trees: { type: 'integer', min: 1, max: 10000, default: 200, description: 'number of trees' },
  maxFeatures: { type: 'number', min: 0, max: 1, default: 0, description: 'fraction of features tried per split (0: √p)' },
  minLeaf: { type: 'integer', min: 1, default: 1, description: 'minimum samples in a leaf' },
  maxDepth: { type: 'integer', min: 1, max: 200, default: 64, description: 'maximum tree depth' },
  seed: { type: 'integer', min: 0, default: 0, description: 'seed of the bootstrap and feature draws' },
});
export type ForestOptions = PartialOptionsOf<typeof forestSchema>;

/** One tree in flat arrays; a leaf has feature −1 and its class distribution at `value[node·C…]`. */
interface Tree {
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

/**
 * @example const f = new RandomForest({ trees: 50, seed: 1 }).fit(X, rows, cols, labels); f.predict(Xtest, m)
 * @see Breiman, Random forests, Machine Learning 45 (2001) 5–32
 */
export class RandomForest {
  readonly options: OptionsOf<typeof forestSchema>;
  classes: number[] = [];
  cols = 0;
  private trees: Tree[] = [];
  /** out-of-bag accuracy of the fit (NaN when no sample was ever out of bag) */
  oobAccuracy = NaN;

  constructor(options: ForestOptions = {}) {
    this.options = parseOptions('RandomForest', forestSchema, options);
  }

  /**
   * @param X - rows × cols, row-major, finite
   * @param labels - one finite label per row, at least 2 distinct
   * @throws QuireError on shape mismatches, non-finite values or a single class
   */
  fit(X: Float64Array, rows: number, cols: number, labels: ArrayLike<number>): this {
    const fn = 'RandomForest.fit';
    checkMatrix(fn, X, rows, cols);
    const { classes, y } = encodeLabels(fn, labels, rows);
    this.classes = classes;
    const C = classes.length;
    this.cols = cols;
    const o = this.options;
    const mtry = o.maxFeatures > 0 ? Math.max(1, Math.round(o.maxFeatures * cols)) : Math.max(1, Math.floor(Math.sqrt(cols)));
    const rng = new Rng(o.seed);
    // column-major copy: each split scans one feature over the node's samples
    const Xc = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) Xc[j * rows + i] = X[i * cols + j];
    const oobVotes = new Float64Array(rows * C);
    this.trees = [];
    for (let t = 0; t < o.trees; t++) {
      const inBag = new Uint8Array(rows);
      const sample = new Int32Array(rows);
      for (let i = 0; i < rows; i++) {
        sample[i] = rng.int(rows);
        inBag[sample[i]] = 1;
      }
      const tree = growTree(Xc, rows, cols, y, C, sample, mtry, o.minLeaf, o.maxDepth, rng);
      this.trees.push(tree);
      for (let i = 0; i < rows; i++) {
        if (inBag[i]) continue;
        const leaf = findLeaf(tree, (j) => Xc[j * rows + i]);
        for (let c = 0; c < C; c++) oobVotes[i * C + c] += tree.value[leaf * C + c];
      }
    }
    let seen = 0;
    let ok = 0;
    for (let i = 0; i < rows; i++) {
      let best = -1;
      let sum = 0;
      for (let c = 0; c < C; c++) {
        sum += oobVotes[i * C + c];
        if (best < 0 || oobVotes[i * C + c] > oobVotes[i * C + best]) best = c;
      }
      if (sum > 0) {
        seen++;
        if (best === y[i]) ok++;
      }
    }
    this.oobAccuracy = seen > 0 ? ok / seen : NaN;
    return this;
  }

  /** Class probabilities, rows × C, averaged over the trees (columns in the order of `classes`). */
  predictProba(X: Float64Array, rows: number): Float64Array {
    const C = this.classes.length;
    if (C === 0) throw new QuireError('RandomForest: call fit before predict');
    checkMatrix('RandomForest.predict', X, rows, this.cols);
    const out = new Float64Array(rows * C);
    const cols = this.cols;
    for (const tree of this.trees) {
      for (let i = 0; i < rows; i++) {
        const leaf = findLeaf(tree, (j) => X[i * cols + j]);
        for (let c = 0; c < C; c++) out[i * C + c] += tree.value[leaf * C + c] / this.trees.length;
      }
    }
    return out;
  }

  /** Predicted labels; ties go to the smaller class. */
  predict(X: Float64Array, rows: number): number[] {
    const p = this.predictProba(X, rows);
    const C = this.classes.length;
    const out: number[] = [];
    for (let i = 0; i < rows; i++) {
      let best = 0;
      for (let c = 1; c < C; c++) if (p[i * C + c] > p[i * C + best]) best = c;
      out.push(this.classes[best]);
    }
    return out;
  }
}

function checkMatrix(fn: string, X: Float64Array, rows: number, cols: number): void {
  if (!(X instanceof Float64Array)) throw new QuireError(`${fn}: X must be a Float64Array (rows × cols, row-major)`);
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(cols) || cols < 1)
    throw new QuireError(`${fn}: rows and cols must be integers ≥ 1, got ${rows} × ${cols}`);
  if (X.length !== rows * cols) throw new QuireError(`${fn}: X has length ${X.length}, expected rows × cols = ${rows * cols}`);
  for (let i = 0; i < X.length; i++)
    if (!Number.isFinite(X[i])) throw new QuireError(`${fn}: X[${Math.floor(i / cols)}][${i % cols}] = ${X[i]} is not finite`);
}

/** Indices 0..m−1 sorted by v (stable), reusing buffers. */
function sortedIndex(v: Float64Array, m: number, buf: { keys: Float64Array; out: Int32Array }): Int32Array {
  const out = buf.out.subarray(0, m);
  for (let p = 0; p < m; p++) out[p] = p;
  // insertion sort for small nodes, else a comparator sort on a plain array
  if (m <= 32) {
    for (let p = 1; p < m; p++) {
      const x = out[p];
      const key = v[x];
      let q = p - 1;
      while (q >= 0 && v[out[q]] > key) {
        out[q + 1] = out[q];
        q--;
      }
      out[q + 1] = x;
    }
    return out;
  }
  const arr = Array.from(out).sort((a, b) => v[a] - v[b] || a - b);
  out.set(arr);
  return out;
}

function findLeaf(tree: Tree, x: (j: number) => number): number {
  let node = 0;
  while (tree.feature[node] >= 0) node = x(tree.feature[node]) <= tree.threshold[node] ? tree.left[node] : tree.right[node];
  return node;
}

/** Grow one CART tree on the bootstrap `sample` (indices, with repeats), depth first. */
function growTree(
  Xc: Float64Array,
  rows: number,
  cols: number,
  y: Int32Array,
  C: number,
  sample: Int32Array,
  mtry: number,
  minLeaf: number,
  maxDepth: number,
  rng: Rng,
): Tree {
  const feature: number[] = [];
  const threshold: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const value: number[] = [];
  const idx = Int32Array.from(sample);
  const order = new Int32Array(idx.length);
  const vals = new Float64Array(idx.length);
  const featPerm = new Int32Array(cols);
  const permBuf = { keys: new Float64Array(idx.length), out: new Int32Array(idx.length) };
  for (let j = 0; j < cols; j++) featPerm[j] = j;
  const countL = new Float64Array(C);
  const countR = new Float64Array(C);
  const total = new Float64Array(C);

  const newNode = (): number => {
    feature.push(-1);
    threshold.push(0);
    left.push(-1);
    right.push(-1);
    for (let c = 0; c < C; c++) value.push(0);
    return feature.length - 1;
  };
  // explicit stack of (node, start, end, depth) over idx[start, end)
  const stack: [number, number, number, number][] = [[newNode(), 0, idx.length, 0]];
  while (stack.length > 0) {
    const [node, start, end, depth] = stack.pop()!;
    const m = end - start;
    total.fill(0);
    for (let p = start; p < end; p++) total[y[idx[p]]]++;
    let distinct = 0;
    for (let c = 0; c < C; c++) if (total[c] > 0) distinct++;
    for (let c = 0; c < C; c++) value[node * C + c] = total[c] / m;
    if (distinct < 2 || m < 2 * minLeaf || depth >= maxDepth) continue;
    let sumSq = 0;
    for (let c = 0; c < C; c++) sumSq += total[c] * total[c];
    // best split maximizes Σ_c nL_c²/nL + Σ_c nR_c²/nR (equivalent to the Gini decrease)
    let bestScore = -Infinity;
    let bestFeat = -1;
    let bestThr = 0;
    // draw features without replacement; go on past mtry until a valid split is found (as scikit-learn)
    let tried = 0;
    for (let f = 0; f < cols && (tried < mtry || bestFeat < 0); f++) {
      const r = f + rng.int(cols - f);
      const j = featPerm[r];
      featPerm[r] = featPerm[f];
      featPerm[f] = j;
      let vmin = Infinity;
      let vmax = -Infinity;
      for (let p = 0; p < m; p++) {
        order[p] = idx[start + p];
        const x = Xc[j * rows + order[p]];
        vals[p] = x;
        if (x < vmin) vmin = x;
        if (x > vmax) vmax = x;
      }
      if (vmin === vmax) continue; // constant here: does not count as tried
      tried++;
      const o = order.subarray(0, m);
      const v = vals.subarray(0, m);
      const perm = sortedIndex(v, m, permBuf);
      countL.fill(0);
      countR.set(total);
      let sL = 0;
      let sR = sumSq;
      for (let q = 0; q < m - 1; q++) {
        const c = y[o[perm[q]]];
        sL += 2 * countL[c] + 1;
        sR -= 2 * countR[c] - 1;
        countL[c]++;
        countR[c]--;
        const nL = q + 1;
        const nR = m - nL;
        const a = v[perm[q]];
        const b = v[perm[q + 1]];
        if (a === b || nL < minLeaf || nR < minLeaf) continue;
        const score = sL / nL + sR / nR;
        if (score > bestScore) {
          bestScore = score;
          bestFeat = j;
          bestThr = a + (b - a) / 2;
          if (!(bestThr < b)) bestThr = a; // midpoint rounded up to b: split at a
        }
      }
    }
    if (bestFeat < 0) continue;
    // partition idx[start, end) by the split
    let lo = start;
    let hi = end - 1;
    while (lo <= hi) {
      if (Xc[bestFeat * rows + idx[lo]] <= bestThr) lo++;
      else {
        const t = idx[lo];
        idx[lo] = idx[hi];
        idx[hi] = t;
        hi--;
      }
    }
    feature[node] = bestFeat;
    threshold[node] = bestThr;
    const l = newNode();
    const r = newNode();
    left[node] = l;
    right[node] = r;
    stack.push([l, start, lo, depth + 1], [r, lo, end, depth + 1]);
  }
  return {
    feature: Int32Array.from(feature),
    threshold: Float64Array.from(threshold),
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    value: Float64Array.from(value),
  };
}
