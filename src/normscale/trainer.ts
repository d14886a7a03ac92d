/**
 * Training the normscale LM: AdamW with per-parameter decay from the WD routing, linear warmup +
 * cosine decay, seeded window order (the same for every variant given `dataSeed`), and a
 * validation loss on fixed non-overlapping windows of the validation split.
 */
import { QuireError } from '../core/errors.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import {
  adamw,
  disposeParams,
  flattenParams,
  jit,
  makeTrainStep,
  np,
  refParams,
  warmupCosine,
  countParams,
  type JaxArray,
  type ParamTree,
  type TrainStep,
} from '../core/nn/index.js';
import { F32AdamW, F32Engine } from '../core/nn/index.js';
import { disposeLM32, initLM32, lm32Loss, type LM32 } from './lm32.js';
import { initLM, lmLoss, modelConfig, type LMParams, type ModelConfig } from './model.js';
import { paramRole, wdRouting, WD_ROUTINGS } from './routing.js';
import { oneHotWindows, windowStarts } from './tokenizer.js';

/** Training options (one schema: option types, checks, CLI help). */
export const trainSchema = defineSchema({
  wdRouting: {
    type: 'enum',
    values: WD_ROUTINGS,
    default: 'none',
    description: 'scale vectors that get weight decay: none, all, input (IWD) or output',
  },
  steps: { type: 'integer', min: 1, max: 1000000, default: 300, description: 'optimizer steps' },
  batchSize: { type: 'integer', min: 1, max: 4096, default: 8, description: 'windows per step' },
  lr: { type: 'number', min: 0, max: 10, exclusive: true, default: 3e-3, description: 'peak learning rate' },
  warmup: { type: 'number', min: 0, max: 1, default: 0.1, description: 'warmup steps as a fraction of steps' },
  finalLr: { type: 'number', min: 0, max: 1, default: 0.1, description: 'final learning rate as a fraction of the peak' },
  matrixDecay: { type: 'number', min: 0, max: 10, default: 0.1, description: 'AdamW decay λ of matrices and embeddings' },
  scaleDecay: { type: 'number', min: 0, max: 10, default: 0.1, description: 'AdamW decay λ of the routed scale vectors' },
  seed: { type: 'integer', min: 0, max: 2147483647, default: 0, description: 'initialization seed' },
  dataSeed: { type: 'integer', min: 0, max: 2147483647, default: 0, description: 'seed of the training-window order' },
  evalBatches: { type: 'integer', min: 1, max: 10000, default: 8, description: 'validation batches (non-overlapping windows)' },
});
export type TrainConfig = OptionsOf<typeof trainSchema>;

/** What `trainLM` returns. */
export interface TrainLMResult {
  model: ModelConfig;
  train: TrainConfig;
  paramCount: number;
  /** parameters that are scale vectors */
  scaleCount: number;
  /** training loss before each step (nats/token) */
  trainLoss: Float64Array;
  /** final mean validation loss (nats/token) */
  valLoss: number;
  /** final validation loss of each validation batch (the same windows for every variant) */
  valBatchLoss: Float64Array;
  /** RMS of all Input-Norm scale entries and of all output-side scale entries at the end (NaN if none) */
  inputScaleRms: number;
  outputScaleRms: number;
  /** wall-clock seconds of the training loop (excludes the final evaluation) */
  seconds: number;
}

/** Compiled jax functions shared across `trainLMJax` runs of one (model, optimizer) configuration. */
export interface CompiledLM {
  key: string;
  step: TrainStep<ParamTree> & { dispose(): void };
  evalLoss: ((p: LMParams, x: JaxArray, y: JaxArray) => JaxArray) & { dispose(): void };
}

/**
 * State reused across training runs: compiled jax steps (`trainLMJax`) keyed by configuration,
 * and the f32 engine (`trainLM`) under the key 'f32-engine', whose heap is then allocated once.
 * Call `disposeCompiled` when done.
 */
export type CompileCache = Map<string, CompiledLM | F32Engine>;

/** Dispose every compiled function in a cache (and drop its engine). */
export function disposeCompiled(cache: CompileCache): void {
  for (const c of cache.values()) {
    if (c instanceof F32Engine) {
      c.dispose(); // stops its helper thread, if any
      continue;
    }
    c.step.dispose();
    c.evalLoss.dispose();
  }
  cache.clear();
}

function compiled(model: ModelConfig, tc: TrainConfig, cache: CompileCache | undefined): { c: CompiledLM; owned: boolean } {
  const key = JSON.stringify([model, tc.wdRouting, tc.matrixDecay, tc.scaleDecay]);
  const hit = cache?.get(key);
  if (hit && !(hit instanceof F32Engine)) return { c: hit, owned: false };
  const opt = adamw({ weightDecay: wdRouting(tc.wdRouting, tc.matrixDecay, tc.scaleDecay) });
  const step = makeTrainStep<ParamTree>((p, b) => lmLoss(model, p as unknown as LMParams, b.x, b.y), opt);
  const evalLoss = jit((p: LMParams, x: JaxArray, y: JaxArray) => lmLoss(model, p, x, y)) as unknown as CompiledLM['evalLoss'];
  const c: CompiledLM = { key, step, evalLoss };
  if (cache) cache.set(key, c);
  return { c, owned: !cache };
}

function scaleRms(params: LMParams, role: 'input-scale' | 'output-scale'): number {
  let ss = 0;
  let n = 0;
  for (const l of flattenParams(params as unknown as ParamTree)) {
    if (paramRole(l.path) !== role) continue;
    const v = l.array.ref.dataSync();
    for (let i = 0; i < v.length; i++) ss += v[i] * v[i];
    n += v.length;
  }
  return n > 0 ? Math.sqrt(ss / n) : NaN;
}

function checkData(fn: string, data: { train: Int32Array; val: Int32Array }, mc: ModelConfig, B: number, evalBatches: number): number {
  const { seqLen: T, vocabSize: V } = mc;
  for (const name of ['train', 'val'] as const) {
    const d = data?.[name];
    if (!(d instanceof Int32Array)) throw new QuireError(`${fn}: data.${name} must be an Int32Array of token ids`);
    if (d.length < T + 1) throw new QuireError(`${fn}: data.${name} has ${d.length} tokens, expected at least seqLen + 1 = ${T + 1}`);
    for (let i = 0; i < d.length; i++) {
      if (!(d[i] >= 0 && d[i] < V)) throw new QuireError(`${fn}: data.${name}[${i}] is ${d[i]}, expected an id in [0, ${V - 1}]`);
    }
  }
  const nValWindows = Math.min(evalBatches * B, Math.floor((data.val.length - 1) / T));
  const nValBatches = Math.floor(nValWindows / B);
  if (nValBatches < 1) {
    throw new QuireError(`${fn}: data.val has ${data.val.length} tokens, expected at least batchSize·seqLen + 1 = ${B * T + 1}`);
  }
  return nValBatches;
}

/**
 * Train the LM on token ids with the jax-js engine (the reference implementation; `trainLM`
 * runs the same model, data order, schedule and optimizer on the f32 engine) and report the
 * final validation loss.
 * Training windows: `steps·batchSize` uniform starts from Rng(dataSeed) over `data.train`;
 * lr(t) = warmupCosine(lr, warmup·steps, steps, finalLr·lr); AdamW(β = 0.9, 0.999) with
 * λ(path) = wdRouting(wdRouting, matrixDecay, scaleDecay). Validation: the first
 * evalBatches·batchSize non-overlapping windows of `data.val` (fewer if it is short).
 * @param data - train and val token ids, each < model.vocabSize and long enough for one window
 * @param model - model options (see `modelSchema`); seqLen and vocabSize set the window shape
 * @param options - training options (see `trainSchema`)
 * @param hooks.onProgress - (done, total, label) every ~1% of steps
 * @param hooks.cache - reuse compiled steps across runs with the same configuration
 * @throws QuireError on invalid options, out-of-vocabulary ids, too-short data, or a non-finite loss
 * @example const r = await trainLM({ train, val }, { vocabSize: 64, strategy: 'hg' }, { steps: 200 });
 */
export async function trainLMJax(
  data: { train: Int32Array; val: Int32Array },
  model: Partial<ModelConfig>,
  options: Partial<TrainConfig> = {},
  hooks: { onProgress?: (done: number, total: number, label: string) => void; cache?: CompileCache; label?: string } = {},
): Promise<TrainLMResult> {
  const fn = 'trainLMJax';
  const mc = modelConfig(model);
  const tc = parseOptions(fn, trainSchema, options);
  const { seqLen: T, vocabSize: V } = mc;
  const B = tc.batchSize;
  const nValBatches = checkData(fn, data, mc, B, tc.evalBatches);
  const starts = windowStarts(data.train.length, T, B, tc.steps, tc.dataSeed);
  const schedule = warmupCosine(tc.lr, Math.floor(tc.warmup * tc.steps), tc.steps, tc.finalLr * tc.lr);
  const { c, owned } = compiled(mc, tc, hooks.cache);
  const label = hooks.label ?? `${mc.strategy}/${tc.wdRouting}`;
  let params = initLM(mc, tc.seed);
  const paramCount = countParams(params as unknown as ParamTree);
  let scaleCount = 0;
  for (const l of flattenParams(params as unknown as ParamTree)) if (paramRole(l.path) !== 'matrix') scaleCount += l.array.size;
  const opt = adamw({ weightDecay: 0 });
  let state: ParamTree = opt.init(params as unknown as ParamTree);
  const trainLoss = new Float64Array(tc.steps);
  const buf = oneHotWindows(data.train, starts.subarray(0, B), T, V);
  const every = Math.max(1, Math.floor(tc.steps / 100));
  const t0 = performance.now();
  try {
    for (let t = 0; t < tc.steps; t++) {
      oneHotWindows(data.train, starts.subarray(t * B, (t + 1) * B), T, V, buf);
      const batch = { x: np.array(buf.x, { shape: buf.shape }), y: np.array(buf.y, { shape: buf.shape }) };
      const r: { loss: JaxArray; params: ParamTree; state: ParamTree } = c.step(
        params as unknown as ParamTree,
        state,
        batch,
        np.array(new Float32Array([schedule(t)]), { shape: [] }),
      );
      params = r.params as unknown as LMParams;
      state = r.state;
      const v = (await r.loss.data())[0];
      trainLoss[t] = v;
      if (!Number.isFinite(v)) throw new QuireError(`${fn}: the training loss is ${v} at step ${t}; lower lr`);
      if (hooks.onProgress && ((t + 1) % every === 0 || t + 1 === tc.steps)) hooks.onProgress(t + 1, tc.steps, label);
    }
    const seconds = (performance.now() - t0) / 1000;
    const valBatchLoss = new Float64Array(nValBatches);
    const vs = new Int32Array(B);
    for (let b = 0; b < nValBatches; b++) {
      for (let i = 0; i < B; i++) vs[i] = (b * B + i) * T;
      oneHotWindows(data.val, vs, T, V, buf);
      const out = c.evalLoss(
        refParams(params as unknown as ParamTree) as unknown as LMParams,
        np.array(buf.x, { shape: buf.shape }),
        np.array(buf.y, { shape: buf.shape }),
      );
      valBatchLoss[b] = (await out.data())[0];
    }
    let valLoss = 0;
    for (const v of valBatchLoss) valLoss += v / nValBatches;
    return {
      model: mc,
      train: tc,
      paramCount,
      scaleCount,
      trainLoss,
      valLoss,
      valBatchLoss,
      inputScaleRms: scaleRms(params, 'input-scale'),
      outputScaleRms: scaleRms(params, 'output-scale'),
      seconds,
    };
  } finally {
    try {
      disposeParams(params as unknown as ParamTree);
      disposeParams(state);
    } catch {
      // a step that threw half-way may have consumed them already
    }
    if (owned) {
      c.step.dispose();
      c.evalLoss.dispose();
    }
  }
}

function scaleRms32(lm: LM32, role: 'input-scale' | 'output-scale'): number {
  let ss = 0;
  let n = 0;
  for (const p of lm.params) {
    if (paramRole(p.path) !== role) continue;
    const v = p.tensor.data();
    for (let i = 0; i < v.length; i++) ss += v[i] * v[i];
    n += v.length;
  }
  return n > 0 ? Math.sqrt(ss / n) : NaN;
}

/** Fill ids/targets [B·T] for windows starting at `starts` (kernel: trusts its caller). */
function windowIds(tokens: Int32Array, starts: ArrayLike<number>, T: number, ids: Int32Array, targets: Int32Array): void {
  for (let b = 0; b < starts.length; b++) {
    const s = starts[b];
    for (let t = 0; t < T; t++) {
      ids[b * T + t] = tokens[s + t];
      targets[b * T + t] = tokens[s + t + 1];
    }
  }
}

/**
 * Train the LM on token ids (on core/nn's f32 engine) and report the final validation loss.
 * Training windows: `steps·batchSize` uniform starts from Rng(dataSeed) over `data.train`;
 * lr(t) = warmupCosine(lr, warmup·steps, steps, finalLr·lr); AdamW(β = 0.9, 0.999) with
 * λ(path) = wdRouting(wdRouting, matrixDecay, scaleDecay). Validation: the first
 * evalBatches·batchSize non-overlapping windows of `data.val` (fewer if it is short).
 * The same model, data order, schedule and optimizer as `trainLMJax` (the jax-js reference).
 * @param data - train and val token ids, each < model.vocabSize and long enough for one window
 * @param model - model options (see `modelSchema`); seqLen and vocabSize set the window shape
 * @param options - training options (see `trainSchema`)
 * @param hooks.onProgress - (done, total, label) every ~1% of steps
 * @param hooks.cache - reuse one engine (and its heap) across runs
 * @throws QuireError on invalid options, out-of-vocabulary ids, too-short data, or a non-finite loss
 * @example const r = await trainLM({ train, val }, { vocabSize: 64, strategy: 'hg' }, { steps: 200 });
 */
export async function trainLM(
  data: { train: Int32Array; val: Int32Array },
  model: Partial<ModelConfig>,
  options: Partial<TrainConfig> = {},
  hooks: { onProgress?: (done: number, total: number, label: string) => void; cache?: CompileCache; label?: string } = {},
): Promise<TrainLMResult> {
  const fn = 'trainLM';
  const mc = modelConfig(model);
  const tc = parseOptions(fn, trainSchema, options);
  const { seqLen: T } = mc;
  const B = tc.batchSize;
  const nValBatches = checkData(fn, data, mc, B, tc.evalBatches);
  const starts = windowStarts(data.train.length, T, B, tc.steps, tc.dataSeed);
  const schedule = warmupCosine(tc.lr, Math.floor(tc.warmup * tc.steps), tc.steps, tc.finalLr * tc.lr);
  const label = hooks.label ?? `${mc.strategy}/${tc.wdRouting}`;
  const cached = hooks.cache?.get('f32-engine');
  const engine = cached instanceof F32Engine ? cached : new F32Engine();
  hooks.cache?.set('f32-engine', engine);
  const lm = initLM32(engine, mc, tc.seed);
  const opt = new F32AdamW(engine, lm.params, { weightDecay: wdRouting(tc.wdRouting, tc.matrixDecay, tc.scaleDecay) });
  const tensors = lm.params.map((p) => p.tensor);
  const paramCount = tensors.reduce((s, t) => s + t.size, 0);
  let scaleCount = 0;
  for (const p of lm.params) if (paramRole(p.path) !== 'matrix') scaleCount += p.tensor.size;
  const trainLoss = new Float64Array(tc.steps);
  const ids = new Int32Array(B * T);
  const targets = new Int32Array(B * T);
  const every = Math.max(1, Math.floor(tc.steps / 100));
  const t0 = performance.now();
  try {
    engine.grad = true;
    for (let t = 0; t < tc.steps; t++) {
      windowIds(data.train, starts.subarray(t * B, (t + 1) * B), T, ids, targets);
      engine.zeroGrads(tensors);
      const loss = lm32Loss(lm, ids, targets, B);
      const v = loss.data()[0];
      engine.backward(loss);
      engine.endStep();
      trainLoss[t] = v;
      if (!Number.isFinite(v)) throw new QuireError(`${fn}: the training loss is ${v} at step ${t}; lower lr`);
      opt.step(schedule(t));
      if (hooks.onProgress && ((t + 1) % every === 0 || t + 1 === tc.steps)) {
        hooks.onProgress(t + 1, tc.steps, label);
        await new Promise((r) => setTimeout(r, 0)); // let the event loop breathe (progress bars, Ctrl-C)
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    const valBatchLoss = new Float64Array(nValBatches);
    const vs = new Int32Array(B);
    engine.grad = false;
    for (let b = 0; b < nValBatches; b++) {
      for (let i = 0; i < B; i++) vs[i] = (b * B + i) * T;
      windowIds(data.val, vs, T, ids, targets);
      valBatchLoss[b] = lm32Loss(lm, ids, targets, B).data()[0];
      engine.endStep();
    }
    let valLoss = 0;
    for (const v of valBatchLoss) valLoss += v / nValBatches;
    return {
      model: mc,
      train: tc,
      paramCount,
      scaleCount,
      trainLoss,
      valLoss,
      valBatchLoss,
      inputScaleRms: scaleRms32(lm, 'input-scale'),
      outputScaleRms: scaleRms32(lm, 'output-scale'),
      seconds,
    };
  } finally {
    engine.grad = true;
    engine.endStep();
    opt.dispose();
    disposeLM32(lm);
    if (!hooks.cache) engine.dispose(); // an engine of our own: stop its helper thread
  }
}
