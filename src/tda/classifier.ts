/**
 * A small, tested classification stack for feature rows: a standardizer fitted on train
 * and multinomial (softmax) logistic regression with an L2 penalty, minimized by
 * accelerated gradient descent (FISTA) with the exact step 1/L.
 */
import { QuireError } from '../core/errors.js';
import { encodeLabels } from '../core/labels.js';
import { rescaleFactor } from './scale.js';
import { defineSchema, parseOptions, type OptionsOf, type PartialOptionsOf } from '../core/schema.js';

function checkRows(fn: string, X: Float64Array, rows: number, cols: number): void {
  if (!(X instanceof Float64Array)) throw new QuireError(`${fn}: X must be a Float64Array (rows × cols, row-major)`);
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(cols) || cols < 1)
    throw new QuireError(`${fn}: rows and cols must be integers ≥ 1, got ${rows} × ${cols}`);
  if (X.length !== rows * cols) throw new QuireError(`${fn}: X has length ${X.length}, expected rows × cols = ${rows * cols}`);
  for (let i = 0; i < X.length; i++)
    if (!Number.isFinite(X[i])) throw new QuireError(`${fn}: X[${Math.floor(i / cols)}][${i % cols}] = ${X[i]} is not finite`);
}

/**
 * z = (x − mean) / sd per column, with mean and sd learned on train; a constant column
 * (sd = 0) is only centred.
 */
export class Standardizer {
  mean: Float64Array = new Float64Array(0);
  scale: Float64Array = new Float64Array(0);

  fit(X: Float64Array, rows: number, cols: number): this {
    checkRows('Standardizer.fit', X, rows, cols);
    this.mean = new Float64Array(cols);
    this.scale = new Float64Array(cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) this.mean[j] += X[i * cols + j] / rows;
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const d = X[i * cols + j] - this.mean[j];
        this.scale[j] += (d * d) / rows;
      }
    for (let j = 0; j < cols; j++) {
      let s = Math.sqrt(this.scale[j]);
      // beyond ±2^500 (or below 2^−500) the sums overflow (or vanish): redo the column rescaled
      const c = rescaleFactor(columnMaxAbs(X, rows, cols, j));
      if (c !== 1) [this.mean[j], s] = scaledMoments(X, rows, cols, j, c);
      this.scale[j] = s > 1e-12 * (1 + Math.abs(this.mean[j])) && s < Infinity ? s : 1;
    }
    return this;
  }

  transform(X: Float64Array, rows: number, cols: number): Float64Array {
    if (cols !== this.mean.length)
      throw new QuireError(`Standardizer.transform: X has ${cols} columns, expected ${this.mean.length} (as in fit)`);
    checkRows('Standardizer.transform', X, rows, cols);
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const x = X[i * cols + j];
        const z = (x - this.mean[j]) / this.scale[j];
        // x − mean overflows only for values near ±1.8e308: divide first
        out[i * cols + j] = Number.isFinite(z) ? z : x / this.scale[j] - this.mean[j] / this.scale[j];
        if (!Number.isFinite(out[i * cols + j]))
          throw new QuireError(
            `Standardizer.transform: X[${i}][${j}] = ${x} is too far from the fitted column (mean ${this.mean[j]}, sd ${this.scale[j]}): its z-score overflows`,
          );
      }
    return out;
  }
}

function columnMaxAbs(X: Float64Array, rows: number, cols: number, j: number): number {
  let m = 0;
  for (let i = 0; i < rows; i++) m = Math.max(m, Math.abs(X[i * cols + j]));
  return m;
}

/** Mean and population sd of column j computed on the values times c (an exact power of two), scaled back. */
function scaledMoments(X: Float64Array, rows: number, cols: number, j: number, c: number): [number, number] {
  let m = 0;
  for (let i = 0; i < rows; i++) m += (X[i * cols + j] * c) / rows;
  let v = 0;
  for (let i = 0; i < rows; i++) {
    const d = X[i * cols + j] * c - m;
    v += (d * d) / rows;
  }
  return [m / c, Math.sqrt(v) / c];
}

export const logisticSchema = defineSchema({
  l2: { type: 'number', min: 0, default: 0.01, description: 'L2 penalty λ on the weights (not the intercepts)' },
  iterations: { type: 'integer', min: 1, default: 500, description: 'FISTA iterations' },
  tolerance: { type: 'number', min: 0, default: 1e-7, description: 'stop when the gradient’s max-norm falls below this' },
});
export type LogisticOptions = PartialOptionsOf<typeof logisticSchema>;

/**
 * Multinomial logistic regression: P(y = c | x) = softmax(W x + b)_c, fitted by minimizing
 * (1/n) Σ_i −log P(y_i | x_i) + (λ/2)‖W‖²_F. The loss has a Lipschitz gradient with
 * L ≤ ½ σ_max(X̃ᵀX̃)/n + λ (X̃ = [X, 1]), estimated by power iteration; FISTA with step 1/L.
 * Labels may be any numbers; classes are their sorted distinct values, so the fit does
 * not depend on how labels are coded.
 * @example new LogisticRegression().fit(X, 4, 2, [0, 0, 1, 1]).predict(X, 4)
 * @see Nesterov (1983); Beck & Teboulle, SIAM J. Imaging Sci. 2 (2009) (FISTA)
 */
export class LogisticRegression {
  readonly options: OptionsOf<typeof logisticSchema>;
  classes: number[] = [];
  /** (cols + 1) × C row-major; the last row is the intercept */
  weights: Float64Array = new Float64Array(0);
  cols = 0;

  constructor(options: LogisticOptions = {}) {
    this.options = parseOptions('LogisticRegression', logisticSchema, options);
  }

  /**
   * @param X - rows × cols feature matrix (finite), row-major
   * @param labels - one finite label per row, at least 2 distinct
   * @throws QuireError on shape mismatches, non-finite values or a single class
   */
  fit(X: Float64Array, rows: number, cols: number, labels: ArrayLike<number>): this {
    const fn = 'LogisticRegression.fit';
    checkRows(fn, X, rows, cols);
    const { classes, y: cls } = encodeLabels(fn, labels, rows);
    this.classes = classes;
    const C = classes.length;
    this.cols = cols;
    const P = cols + 1;
    const lam = this.options.l2;
    // Lipschitz constant: ½ σ_max([X 1]ᵀ[X 1]) / n + λ, by power iteration (30 steps, +5% margin)
    let v = new Float64Array(P).fill(1 / Math.sqrt(P));
    let sigma = 0;
    const xv = new Float64Array(rows);
    for (let it = 0; it < 30; it++) {
      for (let i = 0; i < rows; i++) {
        let s = v[cols];
        for (let j = 0; j < cols; j++) s += X[i * cols + j] * v[j];
        xv[i] = s;
      }
      const w = new Float64Array(P);
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) w[j] += X[i * cols + j] * xv[i];
        w[cols] += xv[i];
      }
      let nrm = 0;
      for (let j = 0; j < P; j++) nrm += w[j] * w[j];
      nrm = Math.sqrt(nrm);
      sigma = nrm;
      if (nrm === 0) break;
      for (let j = 0; j < P; j++) w[j] /= nrm;
      v = w;
    }
    const L = (0.5 * sigma * 1.05) / rows + lam + 1e-12;
    const W = new Float64Array(P * C);
    let Y = Float64Array.from(W);
    let Wprev = Float64Array.from(W);
    const grad = new Float64Array(P * C);
    const prob = new Float64Array(C);
    let tk = 1;
    for (let it = 0; it < this.options.iterations; it++) {
      grad.fill(0);
      for (let i = 0; i < rows; i++) {
        let mx = -Infinity;
        for (let c = 0; c < C; c++) {
          let s = Y[cols * C + c];
          for (let j = 0; j < cols; j++) s += X[i * cols + j] * Y[j * C + c];
          prob[c] = s;
          if (s > mx) mx = s;
        }
        let z = 0;
        for (let c = 0; c < C; c++) {
          prob[c] = Math.exp(prob[c] - mx);
          z += prob[c];
        }
        for (let c = 0; c < C; c++) {
          const r = (prob[c] / z - (cls[i] === c ? 1 : 0)) / rows;
          for (let j = 0; j < cols; j++) grad[j * C + c] += X[i * cols + j] * r;
          grad[cols * C + c] += r;
        }
      }
      let gmax = 0;
      for (let j = 0; j < cols; j++) for (let c = 0; c < C; c++) grad[j * C + c] += lam * Y[j * C + c];
      for (let q = 0; q < grad.length; q++) gmax = Math.max(gmax, Math.abs(grad[q]));
      Wprev = W.slice();
      for (let q = 0; q < W.length; q++) W[q] = Y[q] - grad[q] / L;
      if (gmax < this.options.tolerance) break;
      const tn = (1 + Math.sqrt(1 + 4 * tk * tk)) / 2;
      const beta = (tk - 1) / tn;
      Y = new Float64Array(W.length);
      for (let q = 0; q < W.length; q++) Y[q] = W[q] + beta * (W[q] - Wprev[q]);
      tk = tn;
    }
    for (let q = 0; q < W.length; q++)
      if (!Number.isFinite(W[q]))
        throw new QuireError(
          `${fn}: the fit overflowed (X has entries up to ${columnMaxAbs(X, X.length, 1, 0)} in magnitude); standardize X first`,
        );
    this.weights = W;
    return this;
  }

  /** Class probabilities, rows × C (columns in the order of `classes`). */
  predictProba(X: Float64Array, rows: number): Float64Array {
    const cols = this.cols;
    const C = this.classes.length;
    if (C === 0) throw new QuireError('LogisticRegression: call fit before predict');
    checkRows('LogisticRegression.predict', X, rows, cols);
    const W = this.weights;
    const out = new Float64Array(rows * C);
    for (let i = 0; i < rows; i++) {
      let mx = -Infinity;
      for (let c = 0; c < C; c++) {
        let s = W[cols * C + c];
        for (let j = 0; j < cols; j++) s += X[i * cols + j] * W[j * C + c];
        out[i * C + c] = s;
        if (s > mx) mx = s;
      }
      let z = 0;
      for (let c = 0; c < C; c++) {
        out[i * C + c] = Math.exp(out[i * C + c] - mx);
        z += out[i * C + c];
      }
      for (let c = 0; c < C; c++) out[i * C + c] /= z;
      if (!(z < Infinity)) throw new QuireError(`LogisticRegression.predict: X row ${i} is too large: its class scores overflow`);
    }
    return out;
  }

  /** Predicted labels (the original label values); ties go to the smaller class. */
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

/** Fraction of equal entries. */
export function accuracy(predicted: ArrayLike<number>, truth: ArrayLike<number>): number {
  if (predicted.length !== truth.length || truth.length === 0) {
    throw new QuireError(`accuracy: predicted has length ${predicted.length}, expected ${truth.length} (non-empty)`);
  }
  let ok = 0;
  for (let i = 0; i < truth.length; i++) if (predicted[i] === truth[i]) ok++;
  return ok / truth.length;
}
