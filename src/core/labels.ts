/**
 * Class labels of a classifier's training rows: checked once and encoded as class indices,
 * the same way for every classifier (the random forest, the TDA logistic regression).
 */
import { QuireError } from './errors.js';

/**
 * Check labels and encode them: classes are the sorted distinct values (so a fit does not
 * depend on how labels are coded), `y[i]` is the index of `labels[i]` in `classes`.
 * @param fn - the caller's name, for messages
 * @param labels - one finite number per row
 * @param rows - the number of training rows
 * @throws QuireError if labels is not array-like, its length is not `rows`, a label is not a
 *   finite number, or there are fewer than 2 distinct labels
 * @example encodeLabels('fit', [3, 1, 3], 3) // { classes: [1, 3], y: Int32Array [1, 0, 1] }
 */
export function encodeLabels(fn: string, labels: ArrayLike<number>, rows: number): { classes: number[]; y: Int32Array } {
  if (labels === null || typeof labels !== 'object' || typeof labels.length !== 'number')
    throw new QuireError(`${fn}: labels must be an array of numbers`);
  if (labels.length !== rows) throw new QuireError(`${fn}: labels has length ${labels.length}, expected ${rows} (the rows of X)`);
  for (let i = 0; i < rows; i++) {
    const l = labels[i];
    if (typeof l !== 'number' || !Number.isFinite(l)) throw new QuireError(`${fn}: labels[${i}] = ${String(l)} is not a finite number`);
  }
  // −0 and +0 are one class (=== equality)
  const classes = Array.from(new Set(Array.from(labels, (l) => l + 0))).sort((a, b) => a - b);
  if (classes.length < 2) throw new QuireError(`${fn}: labels must contain at least 2 classes, got ${classes.length}`);
  const index = new Map(classes.map((c, k) => [c, k]));
  const y = new Int32Array(rows);
  for (let i = 0; i < rows; i++) y[i] = index.get(labels[i] + 0)!;
  return { classes, y };
}
