/**
 * The two classic synthetic time-series classification generators of the UCR archive, so
 * studies run without downloads. Both are seeded and deterministic.
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';

/** A labelled set of univariate series. */
export interface LabelledSeries {
  series: Float64Array[];
  labels: number[];
}

function checkCount(fn: string, name: string, v: number, lo: number): void {
  if (!Number.isInteger(v) || v < lo) throw new QuireError(`${fn}: ${name} must be an integer ≥ ${lo}, got ${v}`);
}

/** At most this many generated values (≈ 400 MB of float64): beyond it, fail fast instead of hanging. */
const MAX_VALUES = 5e7;

function checkSize(fn: string, classes: number, perClass: number, n: number): void {
  if (classes * perClass * n > MAX_VALUES) {
    throw new QuireError(`${fn}: perClass = ${perClass} × length = ${n} × ${classes} classes is more than ${MAX_VALUES} values`);
  }
}

/**
 * Cylinder–Bell–Funnel (Saito 1994), length n (128 in UCR), classes 1 = cylinder,
 * 2 = bell, 3 = funnel; `perClass` series each, in class order:
 * c(t) = (6 + η)·1[a ≤ t ≤ b] + ε(t), b(t) = (6 + η)·1[a ≤ t ≤ b]·(t − a)/(b − a) + ε(t),
 * f(t) = (6 + η)·1[a ≤ t ≤ b]·(b − t)/(b − a) + ε(t), with η, ε(t) ~ N(0, 1),
 * a ~ U[n/8, n/4], b − a ~ U[n/4, 3n/4] (16, 32, 32, 96 for n = 128), t = 1..n.
 * @param perClass - series per class, ≥ 1
 * @param seed - RNG seed
 * @param options.length - n ≥ 16 (default 128)
 * @throws QuireError on a bad count or length
 * @example cbf(10, 1).series.length // 30
 * @see N. Saito, Local feature extraction and its applications (PhD thesis, Yale, 1994)
 */
export function cbf(perClass: number, seed: number, options: { length?: number } = {}): LabelledSeries {
  const fn = 'cbf';
  const n = options.length ?? 128;
  checkCount(fn, 'perClass', perClass, 1);
  checkCount(fn, 'length', n, 16);
  checkSize(fn, 3, perClass, n);
  const r = new Rng(seed);
  const series: Float64Array[] = [];
  const labels: number[] = [];
  for (let c = 1; c <= 3; c++) {
    for (let s = 0; s < perClass; s++) {
      const a = r.uniformIn(n / 8, n / 4);
      const b = a + r.uniformIn(n / 4, (3 * n) / 4);
      const amp = 6 + r.normal();
      const y = new Float64Array(n);
      for (let t = 1; t <= n; t++) {
        const inside = t >= a && t <= b ? 1 : 0;
        const shape = c === 1 ? 1 : c === 2 ? (t - a) / (b - a) : (b - t) / (b - a);
        y[t - 1] = amp * inside * shape + r.normal();
      }
      series.push(y);
      labels.push(c);
    }
  }
  return { series, labels };
}

/**
 * Synthetic Control Chart series (Alcock & Manolopoulos 1999), length n (60 in UCR), six
 * classes in UCR order: 1 normal, 2 cyclic, 3 increasing trend, 4 decreasing trend,
 * 5 upward shift, 6 downward shift. With m = 30, s = 2, r(t) ~ U[−3, 3]:
 * normal m + r s; cyclic + a sin(2πt/T), a, T ~ U[10, 15]; trends ± g t, g ~ U[0.2, 0.5];
 * shifts ± k·1[t ≥ t₃], k ~ U[7.5, 20], t₃ ~ U[n/3, 2n/3].
 * @param perClass - series per class, ≥ 1
 * @param seed - RNG seed
 * @param options.length - n ≥ 6 (default 60)
 * @example syntheticControl(5, 1).labels.length // 30
 * @see Alcock & Manolopoulos, HCI 1999; UCI "Synthetic Control Chart Time Series"
 */
export function syntheticControl(perClass: number, seed: number, options: { length?: number } = {}): LabelledSeries {
  const fn = 'syntheticControl';
  const n = options.length ?? 60;
  checkCount(fn, 'perClass', perClass, 1);
  checkCount(fn, 'length', n, 6);
  checkSize(fn, 6, perClass, n);
  const r = new Rng(seed);
  const series: Float64Array[] = [];
  const labels: number[] = [];
  const m = 30;
  const s = 2;
  for (let c = 1; c <= 6; c++) {
    for (let q = 0; q < perClass; q++) {
      const a = r.uniformIn(10, 15);
      const T = r.uniformIn(10, 15);
      const g = r.uniformIn(0.2, 0.5);
      const k = r.uniformIn(7.5, 20);
      const t3 = r.uniformIn(n / 3, (2 * n) / 3);
      const y = new Float64Array(n);
      for (let t = 1; t <= n; t++) {
        let v = m + r.uniformIn(-3, 3) * s;
        if (c === 2) v += a * Math.sin((2 * Math.PI * t) / T);
        else if (c === 3) v += g * t;
        else if (c === 4) v -= g * t;
        else if (c === 5) v += t >= t3 ? k : 0;
        else if (c === 6) v -= t >= t3 ? k : 0;
        y[t - 1] = v;
      }
      series.push(y);
      labels.push(c);
    }
  }
  return { series, labels };
}
