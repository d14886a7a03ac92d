/**
 * The training loop: a (jitted) step = loss + gradient + optimizer update, minibatches in a
 * seeded order, progress reports, loss history and periodic evaluation.
 *
 * Memory discipline (see README): every step consumes the previous params/state and produces
 * new ones; the loss is read back every step (`await loss.data()`), which also bounds jax-js's
 * lazy queue; fixed inputs are uploaded once and passed by reference.
 */
import { QuireError } from '../errors.js';
import { Rng } from '../rng.js';
import { assertInteger } from '../validate.js';
import type { Optimizer } from './optim.js';
import { disposeParams, flattenParams, refParams, type ParamTree } from './params.js';
import { JaxArray, blockUntilReady, jit, numpy as np, valueAndGrad } from './runtime.js';
import type { Schedule } from './schedules.js';

/** A host array: values (row-major) and shape; the first axis indexes examples. */
export interface HostTensor {
  data: Float32Array | Float64Array | number[];
  shape: number[];
}

/** A batch as seen by the loss: named device arrays. */
export type Batch = { [name: string]: JaxArray };

/** A loss: scalar array from params and a batch; consumes both (jax-js convention). */
export type LossFn<P extends ParamTree> = (params: P, batch: Batch) => JaxArray;

/** One training step's result. */
export interface StepResult<P extends ParamTree> {
  loss: JaxArray;
  params: P;
  state: ParamTree;
}

/** A training step: consumes params, state, batch and lr; returns loss and the new params/state. */
export type TrainStep<P extends ParamTree> = (params: P, state: ParamTree, batch: Batch, lr: JaxArray) => StepResult<P>;

/**
 * Build a training step: [loss, g] = valueAndGrad(loss)(params, batch);
 * (params, state) ← optimizer.update(g, state, params, lr). Jitted by default; call
 * `step.dispose()` when done with a jitted step.
 * @example const step = makeTrainStep(lossFn, adam()); const r = step(p, s, batch, np.array(1e-3));
 */
export function makeTrainStep<P extends ParamTree>(
  loss: LossFn<P>,
  optimizer: Optimizer,
  options: { jit?: boolean } = {},
): TrainStep<P> & { dispose(): void } {
  const raw = (params: P, state: ParamTree, batch: Batch, lr: JaxArray): StepResult<P> => {
    const vg = valueAndGrad(loss) as unknown as (p: P, b: Batch) => [JaxArray, P];
    const [value, grads] = vg(refParams(params), batch);
    const up = optimizer.update(grads, state, params, lr);
    return { loss: value, params: up.params, state: up.state };
  };
  if (options.jit === false) return Object.assign(raw, { dispose: () => undefined });
  const j = jit(raw as never) as unknown as TrainStep<P> & { dispose(): void };
  return j;
}

/** Options of `train`. */
export interface TrainOptions<P extends ParamTree> {
  /** initial parameters (consumed; the trained ones are returned) */
  params: P;
  /** loss(params, batch) → scalar; consumes its arguments */
  loss: LossFn<P>;
  optimizer: Optimizer;
  /** number of optimizer steps (integer ≥ 1) */
  steps: number;
  /** learning rate: a number or a schedule of the step index (default 1e-3) */
  lr?: number | Schedule;
  /** per-example inputs, minibatched along axis 0 (all the same number of rows) */
  data?: { [name: string]: HostTensor };
  /** inputs passed whole every step (collocation points, test functions…), uploaded once */
  fixed?: { [name: string]: HostTensor };
  /** rows per minibatch (default: all rows); an epoch's incomplete last batch is dropped */
  batchSize?: number;
  /** seed of the minibatch order (default 0) */
  seed?: number;
  /** jit the step (default true) */
  jit?: boolean;
  /** evaluate every k steps (and after the last) when `evaluate` is given (default: steps/10) */
  evalEvery?: number;
  /** evaluation on the current params; receives its own reference and must consume it */
  evaluate?: (params: P) => number | Promise<number>;
  /** progress callback (done steps, total steps, label) */
  onProgress?: (done: number, total: number, label: string) => void;
  /** progress label (default 'train') */
  label?: string;
  /** report progress every k steps (default: max(1, steps/100)) */
  progressEvery?: number;
  /** stop with an error when the loss becomes non-finite (default true) */
  stopOnNonFinite?: boolean;
}

/** What `train` records. */
export interface TrainHistory {
  /** loss before each step's update (length steps) */
  loss: Float64Array;
  /** learning rate used at each step */
  lr: Float64Array;
  /** steps (1-based count of updates done) at which `evaluate` ran */
  evalSteps: number[];
  /** the evaluation values */
  evalValues: number[];
}

/** What `train` returns. */
export interface TrainResult<P extends ParamTree> {
  /** trained params (owned by the caller: dispose them when done) */
  params: P;
  /** final optimizer state (owned by the caller) */
  state: ParamTree;
  history: TrainHistory;
}

function toF32(d: Float32Array | Float64Array | number[]): Float32Array {
  return d instanceof Float32Array ? d : Float32Array.from(d);
}

function checkTensor(fn: string, name: string, t: HostTensor): number {
  if (!t || !Array.isArray(t.shape) || t.shape.length === 0) throw new QuireError(`${fn}: ${name}.shape must be a non-empty array`);
  let n = 1;
  t.shape.forEach((s, i) => {
    assertInteger(fn, `${name}.shape[${i}]`, s, 1);
    n *= s;
  });
  if (t.data.length !== n) {
    throw new QuireError(`${fn}: ${name}.data has length ${t.data.length}, expected ${n} (the product of its shape)`);
  }
  for (let i = 0; i < t.data.length; i++) {
    if (!Number.isFinite(t.data[i])) throw new QuireError(`${fn}: ${name}.data[${i}] is ${t.data[i]}, expected a finite number`);
  }
  return t.shape[0];
}

/**
 * Train params by minimizing loss with an optimizer over `steps` steps.
 * Minibatches: each epoch visits the rows in a fresh permutation from Rng(seed); batches have
 * exactly `batchSize` rows (jit compiles once). Loss is read every step.
 * @returns the trained params, the optimizer state and the history
 * @throws QuireError on invalid options, ragged data, or a non-finite loss (stopOnNonFinite)
 * @example
 * await initNN();
 * const r = await train({ params: initMlp([1, 32, 1]), optimizer: adam(), steps: 500, lr: 1e-2,
 *   data: { x: { data: xs, shape: [n, 1] }, y: { data: ys, shape: [n, 1] } },
 *   loss: (p, b) => np.square(mlp(p, b.x).sub(b.y)).mean() });
 */
export async function train<P extends ParamTree>(options: TrainOptions<P>): Promise<TrainResult<P>> {
  const fn = 'train';
  const { optimizer, loss } = options;
  if (typeof loss !== 'function') throw new QuireError(`${fn}: loss must be a function`);
  if (!optimizer || typeof optimizer.update !== 'function') throw new QuireError(`${fn}: optimizer must be an Optimizer`);
  assertInteger(fn, 'steps', options.steps, 1);
  const steps = options.steps;
  const seed = options.seed ?? 0;
  assertInteger(fn, 'seed', seed, 0, Number.MAX_SAFE_INTEGER);
  const lrOpt = options.lr ?? 1e-3;
  const schedule: Schedule = typeof lrOpt === 'number' ? () => lrOpt : lrOpt;
  const label = options.label ?? 'train';
  const progressEvery = options.progressEvery ?? Math.max(1, Math.floor(steps / 100));
  assertInteger(fn, 'progressEvery', progressEvery, 1);
  const evalEvery = options.evalEvery ?? Math.max(1, Math.floor(steps / 10));
  assertInteger(fn, 'evalEvery', evalEvery, 1);
  const stopOnNonFinite = options.stopOnNonFinite ?? true;
  if (flattenParams(options.params).length === 0) throw new QuireError(`${fn}: params has no leaves`);

  // Data layout.
  const dataNames = Object.keys(options.data ?? {}).sort();
  let rows = 0;
  for (const k of dataNames) {
    const r = checkTensor(fn, `data.${k}`, options.data![k]);
    if (rows === 0) rows = r;
    else if (r !== rows) throw new QuireError(`${fn}: data.${k} has ${r} rows, expected ${rows} (like data.${dataNames[0]})`);
  }
  const batchSize = options.batchSize ?? (rows || 1);
  assertInteger(fn, 'batchSize', batchSize, 1);
  if (dataNames.length > 0 && batchSize > rows) {
    throw new QuireError(`${fn}: batchSize is ${batchSize}, expected ≤ ${rows} (the number of rows)`);
  }
  const fullBatch = dataNames.length === 0 || batchSize === rows;
  const fixedNames = Object.keys(options.fixed ?? {}).sort();
  for (const k of fixedNames) {
    if (dataNames.includes(k)) throw new QuireError(`${fn}: '${k}' is in both data and fixed`);
    checkTensor(fn, `fixed.${k}`, options.fixed![k]);
  }

  // Device-resident inputs (uploaded once), passed with .ref every step.
  const resident: Batch = {};
  for (const k of fixedNames) resident[k] = np.array(toF32(options.fixed![k].data), { shape: [...options.fixed![k].shape] });
  const hostRows: { [k: string]: { src: Float32Array; rowLen: number; buf: Float32Array; shape: number[] } } = {};
  if (fullBatch) {
    for (const k of dataNames) resident[k] = np.array(toF32(options.data![k].data), { shape: [...options.data![k].shape] });
  } else {
    for (const k of dataNames) {
      const t = options.data![k];
      const rowLen = t.data.length / rows;
      hostRows[k] = {
        src: toF32(t.data),
        rowLen,
        buf: new Float32Array(batchSize * rowLen),
        shape: [batchSize, ...t.shape.slice(1)],
      };
    }
  }
  const rng = new Rng(seed);
  let perm = fullBatch ? new Int32Array(0) : rng.permutation(rows);
  let cursor = 0;
  const nextBatch = (): Batch => {
    const b: Batch = {};
    for (const k of Object.keys(resident)) b[k] = resident[k].ref;
    if (fullBatch) return b;
    if (cursor + batchSize > rows) {
      perm = rng.permutation(rows);
      cursor = 0;
    }
    for (const k of dataNames) {
      const h = hostRows[k];
      for (let i = 0; i < batchSize; i++) {
        const r = perm[cursor + i];
        h.buf.set(h.src.subarray(r * h.rowLen, (r + 1) * h.rowLen), i * h.rowLen);
      }
      b[k] = np.array(h.buf, { shape: h.shape });
    }
    cursor += batchSize;
    return b;
  };

  const step = makeTrainStep(loss, optimizer, { jit: options.jit ?? true });
  let params = options.params;
  let state = optimizer.init(params);
  const history: TrainHistory = {
    loss: new Float64Array(steps),
    lr: new Float64Array(steps),
    evalSteps: [],
    evalValues: [],
  };
  try {
    for (let t = 0; t < steps; t++) {
      const lr = schedule(t);
      if (!(lr >= 0 && Number.isFinite(lr))) throw new QuireError(`${fn}: the schedule gave lr = ${lr} at step ${t}, expected ≥ 0`);
      history.lr[t] = lr;
      const r = step(params, state, nextBatch(), np.array(new Float32Array([lr]), { shape: [] }));
      params = r.params;
      state = r.state;
      const value = (await r.loss.data())[0];
      history.loss[t] = value;
      if (stopOnNonFinite && !Number.isFinite(value)) {
        throw new QuireError(`${fn}: the loss is ${value} at step ${t}; lower the learning rate or check the data`);
      }
      const done = t + 1;
      if (options.evaluate && (done % evalEvery === 0 || done === steps)) {
        const e = await options.evaluate(refParams(params));
        history.evalSteps.push(done);
        history.evalValues.push(e);
      }
      if (options.onProgress && (done % progressEvery === 0 || done === steps)) options.onProgress(done, steps, label);
    }
    await blockUntilReady([params, state] as never);
  } catch (e) {
    try {
      disposeParams(params);
      disposeParams(state);
    } catch {
      // a step that threw half-way may have consumed them already
    }
    throw e;
  } finally {
    for (const k of Object.keys(resident)) resident[k].dispose();
    step.dispose();
  }
  return { params, state, history };
}
