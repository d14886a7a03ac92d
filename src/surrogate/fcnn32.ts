/**
 * The FCNN surrogate's training on core/nn's f32 engine (WASM SIMD GEMM, hand-written backward):
 * the same model (tanh MLP ξ → û/s_u, identity output), the same three losses as the jax path in
 * models.ts —
 *   data:   mean((net − u)²);
 *   strong: mean((net·Aᵀ − f)²)                 (the FD residual, Aᵀ pre-scaled by s_u/s_f);
 *   weak:   mean((net·Gᵀ − f·Lᵀ)²)              (the weak-form residual, see weak.ts);
 * each plus dataWeight·mean((net − u)²) when dataWeight > 0 — the same initial weights
 * (`initMlp`), the same minibatch order (core/nn `train`: a fresh Rng(seed) permutation per
 * epoch, incomplete last batch dropped) and the same Adam (β = 0.9, 0.999, ε = 1e-8). All three
 * FCNN losses are linear maps of the network output, so the first-order engine has what they need.
 * The DeepONet's PINN losses need input derivatives of the network (jvp of jvp) and stay on jax.
 * models.test.ts checks losses and gradients against the jax path.
 */
import { QuireError } from '../core/errors.js';
import { F32AdamW, F32Engine, SPLIT_FLOPS, type F32Tensor, type HostTensor, type Schedule } from '../core/nn/index.js';
import { Rng } from '../core/rng.js';

/** What the f32 FCNN trainer needs (the host tensors `buildLoss` prepares for the jax path). */
export interface Fcnn32Setup {
  /** per-layer weights [in, out] and biases [out], as initialized */
  layers: { w: Float32Array; b: Float32Array; shape: [number, number] }[];
  loss: 'data' | 'strong' | 'weak';
  dataWeight: number;
  /** xi [N, M]; u [N, P] when a data term is used; f [N, P] for the residual losses */
  data: { [k: string]: HostTensor };
  /** At [P, P] (strong), Gt [P, T] and Lt [P, T] (weak) */
  fixed: { [k: string]: HostTensor };
  steps: number;
  batchSize: number;
  seed: number;
  lr: Schedule;
  onProgress?: (done: number, total: number, label: string) => void;
  label: string;
}

/** One FCNN loss on the engine: the scalar loss tensor for a batch (xi, u, f as inputs). */
export function fcnn32Loss(
  e: F32Engine,
  layers: { w: F32Tensor; b: F32Tensor }[],
  s: Pick<Fcnn32Setup, 'loss' | 'dataWeight'>,
  batch: { xi: F32Tensor; u?: F32Tensor; f?: F32Tensor },
  fixed: { At?: F32Tensor; Gt?: F32Tensor; Lt?: F32Tensor },
): F32Tensor {
  let h = batch.xi;
  for (let i = 0; i < layers.length; i++) {
    h = e.add(e.matmul(h, layers[i].w), layers[i].b);
    if (i + 1 < layers.length) h = e.tanh(h);
  }
  if (s.loss === 'data') return e.meanSquaredError(h, batch.u!);
  const r =
    s.loss === 'strong'
      ? e.meanSquaredError(e.matmul(h, fixed.At!), batch.f!)
      : e.meanSquaredError(e.matmul(h, fixed.Gt!), e.matmul(batch.f!, fixed.Lt!));
  if (!(s.dataWeight > 0)) return r;
  const w = e.input(new Float32Array([s.dataWeight]), [1]);
  return e.add(r, e.mul(e.meanSquaredError(h, batch.u!), w));
}

/**
 * Train the FCNN on the f32 engine; returns the trained layers and the loss before each update.
 * @throws QuireError on a non-finite loss (as core/nn `train`)
 */
export async function trainFcnn32(s: Fcnn32Setup): Promise<{ layers: { w: Float32Array; b: Float32Array }[]; loss: Float64Array }> {
  const fn = 'train';
  const xi = s.data.xi;
  const rows = xi.shape[0];
  const B = s.batchSize;
  // a helper thread only pays for big GEMMs (2-D grids: the P×P residual operator)
  let biggest = 0;
  for (const l of s.layers) biggest = Math.max(biggest, 2 * B * l.shape[0] * l.shape[1]);
  for (const k of ['At', 'Gt', 'Lt']) if (s.fixed[k]) biggest = Math.max(biggest, 2 * B * s.fixed[k].shape[0] * s.fixed[k].shape[1]);
  const e = new F32Engine({ threads: biggest >= 4 * SPLIT_FLOPS ? 'auto' : 1 });
  const layers = s.layers.map((l) => ({ w: e.param(l.w, l.shape), b: e.param(l.b, [l.shape[1]]) }));
  const fixed: { At?: F32Tensor; Gt?: F32Tensor; Lt?: F32Tensor } = {};
  for (const k of ['At', 'Gt', 'Lt'] as const) {
    const t = s.fixed[k];
    if (t) fixed[k] = e.constant(Float32Array.from(t.data), t.shape);
  }
  const named = layers.flatMap((l, i) => [
    { path: `layers.${i}.w`, tensor: l.w },
    { path: `layers.${i}.b`, tensor: l.b },
  ]);
  const opt = new F32AdamW(e, named, { weightDecay: 0 });
  const tensors = named.map((p) => p.tensor);
  const names = Object.keys(s.data).sort();
  const src = Object.fromEntries(names.map((k) => [k, Float32Array.from(s.data[k].data)]));
  const bufs = Object.fromEntries(names.map((k) => [k, new Float32Array(B * (s.data[k].data.length / rows))]));
  const full = B === rows;
  const rng = new Rng(s.seed);
  let perm = full ? Int32Array.from({ length: rows }, (_, i) => i) : rng.permutation(rows);
  let cursor = 0;
  const loss = new Float64Array(s.steps);
  const every = Math.max(1, Math.floor(s.steps / 100));
  try {
    for (let t = 0; t < s.steps; t++) {
      const lr = s.lr(t);
      if (!(lr >= 0 && Number.isFinite(lr))) throw new QuireError(`${fn}: the schedule gave lr = ${lr} at step ${t}, expected ≥ 0`);
      if (!full && cursor + B > rows) {
        perm = rng.permutation(rows);
        cursor = 0;
      }
      const batch: { [k: string]: F32Tensor } = {};
      for (const k of names) {
        const len = s.data[k].data.length / rows;
        const buf = bufs[k];
        for (let i = 0; i < B; i++) {
          const r = perm[cursor + i];
          buf.set(src[k].subarray(r * len, (r + 1) * len), i * len);
        }
        batch[k] = e.input(buf, [B, len]);
      }
      if (!full) cursor += B;
      e.zeroGrads(tensors);
      const l = fcnn32Loss(e, layers, s, batch as { xi: F32Tensor }, fixed);
      const v = l.data()[0];
      e.backward(l);
      e.endStep();
      loss[t] = v;
      if (!Number.isFinite(v)) throw new QuireError(`${fn}: the loss is ${v} at step ${t}; lower the learning rate or check the data`);
      opt.step(lr);
      const done = t + 1;
      if (s.onProgress && (done % every === 0 || done === s.steps)) {
        s.onProgress(done, s.steps, s.label);
        await new Promise((r) => setTimeout(r, 0));
      }
    }
    return { layers: layers.map((l) => ({ w: l.w.data().slice(), b: l.b.data().slice() })), loss };
  } finally {
    e.endStep();
    opt.dispose();
    for (const p of tensors) e.freeParam(p);
    for (const t of Object.values(fixed)) e.freeParam(t);
    e.dispose();
  }
}
