/**
 * The f32 engine: float32 tensors in one WebAssembly heap, a tape of fused ops with
 * hand-written backward rules (reverse mode, first order), and the SIMD GEMM of `gemm.ts`.
 *
 * It exists for training loops that jax-js runs far below the hardware (normscale's LM): every
 * op is one call that works in place on the heap, matmuls go to the packed f32x4 kernel, the
 * other hot ops (softmax, RMSNorm, SwiGLU, tanh, tiled add/mul, cross-entropy; AdamW) to the
 * f32x4 kernels of kernels.ts (split across the helper thread when large; `simd = false` runs
 * the JavaScript reference loops instead), and a step allocates nothing new after the first
 * (temporaries return to free lists at `endStep`).
 *
 * Model:
 *  - `param(values, shape)`: a persistent tensor with a persistent gradient buffer;
 *  - ops (`matmul`, `add`, `mul`, `rmsNorm`, `attention`, `swiglu`, `gelu`, `embedding`,
 *    `crossEntropy`) return temporaries and record their backward rule when an input needs a
 *    gradient (and `grad` mode is on);
 *  - `backward(loss)` runs the tape in reverse, accumulating into `.grad` buffers;
 *  - `endStep()` frees every temporary and clears the tape.
 * Broadcasting is by tiling: in `add(a, b)` / `mul(a, b)`, b.size must divide a.size and b is
 * repeated along a's flat layout (a [N, d] with b [d]; a [B, T, d] with b [T, d]).
 * Inner kernels trust their callers; the public ops check shapes and throw QuireError.
 */
import { QuireError } from '../../errors.js';
import { Gemm, type GemmJob } from './gemm.js';
import { f32Bits } from './kernels.js';
import { F32Heap } from './heap.js';
import { f32ThreadsAvailable } from './threads.js';

/** A float32 tensor living in an engine's heap. */
export class F32Tensor {
  /** heap offset (floats) of the values */
  readonly off: number;
  readonly shape: number[];
  readonly size: number;
  /** heap offset of the gradient buffer (0 = none yet) */
  grad = 0;
  readonly requiresGrad: boolean;
  readonly persistent: boolean;
  readonly #engine: F32Engine;

  constructor(engine: F32Engine, shape: number[], off: number, requiresGrad: boolean, persistent: boolean) {
    this.#engine = engine;
    this.shape = shape;
    this.size = shape.reduce((a, b) => a * b, 1);
    this.off = off;
    this.requiresGrad = requiresGrad;
    this.persistent = persistent;
  }

  /** A view of the values (invalidated by the next allocation; copy with `.slice()` to keep). */
  data(): Float32Array {
    return this.#engine.heap.f32().subarray(this.off, this.off + this.size);
  }

  /** A view of the gradient (zeros if none was accumulated). */
  gradData(): Float32Array {
    if (this.grad === 0) return new Float32Array(this.size);
    return this.#engine.heap.f32().subarray(this.grad, this.grad + this.size);
  }
}

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
/** floats rounded up to the heap's 4-float granule (kernels may run into a tensor's own padding) */
const up4 = (n: number): number => (n + 3) & ~3;
/** gradient write mode of a kernel: 0 none, 1 overwrite (a fresh buffer), 2 accumulate */
const mode = (has: boolean, fresh: boolean): number => (has ? (fresh ? 1 : 2) : 0);

/** An f32 engine: a heap, its GEMM, and a tape. */
export class F32Engine {
  readonly heap: F32Heap;
  readonly gemm: Gemm;
  /** record backward rules (off for evaluation) */
  grad = true;
  /**
   * Run the non-GEMM ops on the WebAssembly SIMD kernels (kernels.ts; default), else on the
   * JavaScript loops (the reference: results agree to float32 rounding, not bit for bit).
   */
  simd = true;
  readonly #tape: (() => void)[] = [];
  readonly #temps: F32Tensor[] = [];
  readonly #scratch: { off: number; n: number }[] = [];
  readonly #params: F32Tensor[] = [];

  /**
   * An engine. `threads`: 2 runs big GEMMs on this thread and a helper thread (shared heap),
   * 1 on this thread only, 'auto' (default) 2 where a helper thread can start (a Node entry point
   * imported core/nn/f32/node-thread.ts; see threads.ts), else 1. Results are bit-identical
   * between 1 and 2 threads.
   */
  constructor(options: { threads?: 1 | 2 | 'auto'; simd?: boolean } = {}) {
    const want = options.threads ?? 'auto';
    this.simd = options.simd ?? true;
    if (want !== 1 && want !== 2 && want !== 'auto') throw new QuireError(`F32Engine: threads is ${String(want)}, expected 1, 2 or 'auto'`);
    const two = want === 2 || (want === 'auto' && f32ThreadsAvailable());
    this.heap = new F32Heap({ shared: two });
    this.gemm = new Gemm(this.heap, { threads: two ? 2 : 1 });
  }

  /** Threads the engine's GEMMs run on. */
  get threads(): 1 | 2 {
    return this.gemm.threads;
  }

  /** Stop the helper thread, if any (the engine stays usable on one thread). */
  dispose(): void {
    this.gemm.dispose();
  }

  /** A persistent trainable tensor initialized from `values`, with a zeroed gradient buffer. */
  param(values: Float32Array, shape: number[]): F32Tensor {
    const n = checkedSize('F32Engine.param', values, shape);
    const t = new F32Tensor(this, [...shape], this.heap.alloc(n), true, true);
    t.grad = this.heap.zeros(n);
    this.heap.f32().set(values, t.off);
    this.#params.push(t);
    return t;
  }

  /** A persistent tensor without gradient (a fixed matrix), freed with `freeParam`. */
  constant(values: Float32Array, shape: number[]): F32Tensor {
    const n = checkedSize('F32Engine.constant', values, shape);
    const t = new F32Tensor(this, [...shape], this.heap.alloc(n), false, true);
    this.heap.f32().set(values, t.off);
    this.#params.push(t);
    return t;
  }

  /** Free a parameter's memory (values and gradient). */
  freeParam(t: F32Tensor): void {
    const i = this.#params.indexOf(t);
    if (i < 0) throw new QuireError('F32Engine.freeParam: not a live parameter of this engine');
    this.#params.splice(i, 1);
    this.heap.free(t.off, t.size);
    if (t.grad) this.heap.free(t.grad, t.size);
  }

  /** Zero the gradient buffers of the given parameters. */
  zeroGrads(params: F32Tensor[]): void {
    const h = this.heap.f32();
    for (const p of params) if (p.grad) h.fill(0, p.grad, p.grad + p.size);
  }

  /** A temporary input (no gradient), freed at `endStep`. */
  input(values: Float32Array, shape: number[]): F32Tensor {
    const t = this.#temp(shape, false);
    if (values.length !== t.size) throw new QuireError(`F32Engine.input: values has length ${values.length}, expected ${t.size}`);
    this.heap.f32().set(values, t.off);
    return t;
  }

  #temp(shape: number[], requiresGrad: boolean): F32Tensor {
    const t = new F32Tensor(this, shape, this.heap.alloc(shape.reduce((a, b) => a * b, 1)), requiresGrad, false);
    this.#temps.push(t);
    return t;
  }

  /** Scratch floats freed at endStep (saved activations of fused ops). */
  #scratchAlloc(n: number): number {
    const off = this.heap.alloc(n);
    this.#scratch.push({ off, n });
    return off;
  }

  /** The gradient buffer of t, allocated (zeroed) on first use. */
  #g(t: F32Tensor): number {
    if (t.grad === 0) t.grad = this.heap.zeros(t.size);
    return t.grad;
  }

  /**
   * Allocate t's gradient buffer uninitialized if it has none (returns true: the caller must
   * write every entry with `=`), else return false (the caller accumulates with `+=`).
   */
  #fresh(t: F32Tensor): boolean {
    if (t.grad !== 0) return false;
    t.grad = this.heap.alloc(t.size);
    return true;
  }

  #record(needs: boolean, fn: () => void): void {
    if (needs && this.grad) this.#tape.push(fn);
  }

  /** Run the tape backwards from a scalar loss (seed ∂loss/∂loss = 1). */
  backward(loss: F32Tensor): void {
    if (loss.size !== 1) throw new QuireError(`F32Engine.backward: loss has size ${loss.size}, expected a scalar`);
    if (!loss.requiresGrad) return;
    const g = this.#g(loss);
    this.heap.f32()[g] += 1;
    for (let i = this.#tape.length - 1; i >= 0; i--) this.#tape[i]();
    this.#tape.length = 0;
  }

  /** Free every temporary (values and gradients) and clear the tape. */
  endStep(): void {
    for (const t of this.#temps) {
      this.heap.free(t.off, t.size);
      if (t.grad) this.heap.free(t.grad, t.size);
    }
    for (const s of this.#scratch) this.heap.free(s.off, s.n);
    this.#temps.length = 0;
    this.#scratch.length = 0;
    this.#tape.length = 0;
  }

  // ---- ops -------------------------------------------------------------------------------

  /** x [..., K] @ w [K, M] → [..., M]. */
  matmul(x: F32Tensor, w: F32Tensor): F32Tensor {
    if (w.shape.length !== 2) throw new QuireError(`matmul: w has shape [${w.shape}], expected 2-D`);
    const [K, M] = w.shape;
    const xs = x.shape;
    if (xs[xs.length - 1] !== K) throw new QuireError(`matmul: x has shape [${xs}], expected last dim ${K} (w is [${w.shape}])`);
    const N = x.size / K;
    const out = this.#temp([...xs.slice(0, -1), M], x.requiresGrad || w.requiresGrad);
    this.gemm.gemm(N, M, K, { off: x.off, ld: K }, { off: w.off, ld: M }, out.off, M);
    this.#record(out.requiresGrad, () => {
      const g = out.grad;
      if (g === 0) return;
      if (x.requiresGrad) {
        const acc = !this.#fresh(x);
        this.gemm.gemm(N, K, M, { off: g, ld: M }, { off: w.off, ld: M, trans: true }, x.grad, K, acc);
      }
      if (w.requiresGrad) {
        const acc = !this.#fresh(w);
        this.gemm.gemm(K, M, N, { off: x.off, ld: K, trans: true }, { off: g, ld: M }, w.grad, M, acc);
      }
    });
    return out;
  }

  #checkTile(fn: string, a: F32Tensor, b: F32Tensor): void {
    if (!(b.size > 0 && a.size % b.size === 0)) {
      throw new QuireError(`${fn}: b has ${b.size} values, expected a divisor of a's ${a.size} (b is tiled along a)`);
    }
  }

  /** a + b, b tiled along a (b.size divides a.size). */
  add(a: F32Tensor, b: F32Tensor): F32Tensor {
    this.#checkTile('add', a, b);
    const out = this.#temp([...a.shape], a.requiresGrad || b.requiresGrad);
    const n = a.size;
    const m = b.size;
    const simd = this.simd && m % 4 === 0;
    if (simd) this.gemm.run('tileF', n, 4, 1, (lo, hi) => [a.off * 4, b.off * 4, out.off * 4, m, lo, hi, 0]);
    else {
      const h = this.heap.f32();
      for (let i0 = 0; i0 < n; i0 += m) {
        const ao = a.off + i0;
        const oo = out.off + i0;
        for (let j = 0; j < m; j++) h[oo + j] = h[ao + j] + h[b.off + j];
      }
    }
    this.#record(out.requiresGrad, () => {
      if (out.grad === 0) return;
      const aFresh = a.requiresGrad && this.#fresh(a);
      const ga = a.requiresGrad ? a.grad : 0;
      const gb = b.requiresGrad ? this.#g(b) : 0;
      const g = out.grad;
      if (simd) {
        const am = mode(ga !== 0, aFresh);
        if (am) this.gemm.run('tileB', n, 4, 1, (lo, hi) => [g * 4, 0, ga * 4, m, lo, hi, am, 0]);
        if (gb) this.gemm.run('colSum', m, 4, n / m, (lo, hi) => [g * 4, 0, gb * 4, m, n / m, lo, hi]);
        return;
      }
      const hh = this.heap.f32();
      if (aFresh) hh.copyWithin(ga, g, g + n);
      else if (ga) for (let i = 0; i < n; i++) hh[ga + i] += hh[g + i];
      if (gb) for (let i0 = 0; i0 < n; i0 += m) for (let j = 0; j < m; j++) hh[gb + j] += hh[g + i0 + j];
    });
    return out;
  }

  /** a ⊙ b, b tiled along a (b.size divides a.size). */
  mul(a: F32Tensor, b: F32Tensor): F32Tensor {
    this.#checkTile('mul', a, b);
    const out = this.#temp([...a.shape], a.requiresGrad || b.requiresGrad);
    const n = a.size;
    const m = b.size;
    const simd = this.simd && m % 4 === 0;
    const h = this.heap.f32();
    if (simd) this.gemm.run('tileF', n, 4, 1, (lo, hi) => [a.off * 4, b.off * 4, out.off * 4, m, lo, hi, 1]);
    else if (m === 1) {
      const s = h[b.off];
      for (let i = 0; i < n; i++) h[out.off + i] = h[a.off + i] * s;
    } else {
      for (let i0 = 0; i0 < n; i0 += m) {
        const ao = a.off + i0;
        const oo = out.off + i0;
        for (let j = 0; j < m; j++) h[oo + j] = h[ao + j] * h[b.off + j];
      }
    }
    this.#record(out.requiresGrad, () => {
      if (out.grad === 0) return;
      const aFresh = a.requiresGrad && this.#fresh(a);
      const ga = a.requiresGrad ? a.grad : 0;
      const gb = b.requiresGrad ? this.#g(b) : 0;
      const g = out.grad;
      if (simd) {
        const am = mode(ga !== 0, aFresh);
        if (am) this.gemm.run('tileB', n, 4, 1, (lo, hi) => [g * 4, b.off * 4, ga * 4, m, lo, hi, am, 1]);
        if (gb) this.gemm.run('colSum', m, 4, n / m, (lo, hi) => [g * 4, a.off * 4, gb * 4, m, n / m, lo, hi]);
        return;
      }
      const hh = this.heap.f32();
      const bo = b.off;
      if (ga) {
        for (let i0 = 0; i0 < n; i0 += m) {
          const go = g + i0;
          const ao = ga + i0;
          if (aFresh) for (let j = 0; j < m; j++) hh[ao + j] = hh[go + j] * hh[bo + j];
          else for (let j = 0; j < m; j++) hh[ao + j] += hh[go + j] * hh[bo + j];
        }
      }
      if (gb) {
        for (let i0 = 0; i0 < n; i0 += m) {
          const go = g + i0;
          const xo = a.off + i0;
          for (let j = 0; j < m; j++) hh[gb + j] += hh[go + j] * hh[xo + j];
        }
      }
    });
    return out;
  }

  /**
   * RMS normalization over consecutive groups of `group` values (the last axis, or a head):
   * y = x / √(mean(x²) + ε). Backward: ∂x = r·(∂y − y·mean(∂y ⊙ y)), r = 1/√(mean(x²) + ε).
   */
  rmsNorm(x: F32Tensor, group: number, eps = 1e-6): F32Tensor {
    if (!(Number.isInteger(group) && group >= 1 && x.size % group === 0)) {
      throw new QuireError(`rmsNorm: group is ${group}, expected a positive divisor of ${x.size}`);
    }
    const out = this.#temp([...x.shape], x.requiresGrad);
    const rows = x.size / group;
    const r = this.#scratchAlloc(rows);
    const simd = this.simd && group % 4 === 0;
    if (simd) this.gemm.run('rmsF', rows, 1, group, (lo, hi) => [x.off * 4, out.off * 4, r * 4, group, f32Bits(eps), lo, hi]);
    const h = this.heap.f32();
    for (let i = 0; i < (simd ? 0 : rows); i++) {
      const xo = x.off + i * group;
      const oo = out.off + i * group;
      let ss = 0;
      for (let j = 0; j < group; j++) ss += h[xo + j] * h[xo + j];
      const ri = Math.fround(1 / Math.sqrt(ss / group + eps));
      h[r + i] = ri;
      for (let j = 0; j < group; j++) h[oo + j] = h[xo + j] * ri;
    }
    this.#record(out.requiresGrad, () => {
      if (out.grad === 0) return;
      const fresh = this.#fresh(x);
      const gx = x.grad;
      const g = out.grad;
      if (simd) {
        this.gemm.run('rmsB', rows, 1, group, (lo, hi) => [out.off * 4, g * 4, r * 4, gx * 4, group, lo, hi, fresh ? 1 : 2]);
        return;
      }
      const hh = this.heap.f32();
      if (fresh) hh.fill(0, gx, gx + x.size);
      for (let i = 0; i < rows; i++) {
        const go = g + i * group;
        const yo = out.off + i * group;
        let s = 0;
        for (let j = 0; j < group; j++) s += hh[go + j] * hh[yo + j];
        s /= group;
        const ri = hh[r + i];
        const xo = gx + i * group;
        for (let j = 0; j < group; j++) hh[xo + j] += ri * (hh[go + j] - hh[yo + j] * s);
      }
    });
    return out;
  }

  /**
   * Causal multi-head scaled dot-product attention. q, k, v: [B, T, H·hd] (head h in columns
   * h·hd…(h+1)·hd − 1); out[b, t, h] = Σ_{s ≤ t} softmax_s(q·k/√hd) v_s. Per (b, h), S = QKᵀ and
   * O = PV run on the GEMM (the masked half is computed and zeroed); P is kept for backward:
   * ∂V = Pᵀ∂O, ∂P = ∂O Vᵀ, ∂S = P ⊙ (∂P − rowsum(∂P ⊙ P)), ∂Q = ∂S K/√hd, ∂K = ∂Sᵀ Q/√hd.
   */
  attention(q: F32Tensor, k: F32Tensor, v: F32Tensor, B: number, T: number, H: number): F32Tensor {
    const d = q.size / (B * T);
    if (!(Number.isInteger(d) && d % H === 0 && k.size === q.size && v.size === q.size)) {
      throw new QuireError(
        `attention: q, k, v have sizes ${q.size}, ${k.size}, ${v.size}, expected B·T·H·hd each (B=${B}, T=${T}, H=${H})`,
      );
    }
    const hd = d / H;
    const scale = 1 / Math.sqrt(hd);
    const needs = q.requiresGrad || k.requiresGrad || v.requiresGrad;
    const out = this.#temp([B, T, d], needs);
    const P = this.#scratchAlloc(B * H * T * T);
    const simd = this.simd && T % 4 === 0;
    /** one job per (b, h): fn(base of the head's columns, its T×T block) */
    const heads = (fn: (base: number, blk: number) => GemmJob | undefined): GemmJob[] => {
      const jobs: GemmJob[] = [];
      for (let b = 0; b < B; b++) {
        for (let hh = 0; hh < H; hh++) {
          const j = fn(b * T * d + hh * hd, (b * H + hh) * T * T);
          if (j) jobs.push(j);
        }
      }
      return jobs;
    };
    this.gemm.gemmBatch(
      heads((base, blk) => ({
        M: T,
        N: T,
        K: hd,
        A: { off: q.off + base, ld: d },
        B: { off: k.off + base, ld: d, trans: true },
        c: P + blk,
        ldc: T,
      })),
    );
    if (simd) this.gemm.run('softmaxF', B * H * T, 1, T, (lo, hi) => [P * 4, T, f32Bits(scale), lo, hi]);
    else {
      const h = this.heap.f32();
      for (let blk = 0; blk < B * H; blk++) {
        const p = P + blk * T * T;
        for (let i = 0; i < T; i++) {
          const row = p + i * T;
          let mx = -Infinity;
          for (let j = 0; j <= i; j++) {
            const s = h[row + j] * scale;
            h[row + j] = s;
            if (s > mx) mx = s;
          }
          let z = 0;
          for (let j = 0; j <= i; j++) {
            const e = Math.exp(h[row + j] - mx);
            h[row + j] = e;
            z += e;
          }
          const inv = 1 / z;
          for (let j = 0; j <= i; j++) h[row + j] *= inv;
          for (let j = i + 1; j < T; j++) h[row + j] = 0;
        }
      }
    }
    this.gemm.gemmBatch(
      heads((base, blk) => ({ M: T, N: hd, K: T, A: { off: P + blk, ld: T }, B: { off: v.off + base, ld: d }, c: out.off + base, ldc: d })),
    );
    this.#record(needs, () => {
      if (out.grad === 0) return;
      // Each (b, h) block of ∂q, ∂k, ∂v is written once: overwrite fresh buffers.
      const aq = !(q.requiresGrad && this.#fresh(q));
      const ak = !(k.requiresGrad && this.#fresh(k));
      const av = !(v.requiresGrad && this.#fresh(v));
      const gq = q.requiresGrad ? q.grad : 0;
      const gk = k.requiresGrad ? k.grad : 0;
      const gv = v.requiresGrad ? v.grad : 0;
      const dP = gq || gk ? this.heap.alloc(B * H * T * T) : 0;
      const gO = (base: number) => ({ off: out.grad + base, ld: d });
      if (gv) {
        this.gemm.gemmBatch(
          heads((base, blk) => ({
            M: T,
            N: hd,
            K: T,
            A: { off: P + blk, ld: T, trans: true },
            B: gO(base),
            c: gv + base,
            ldc: d,
            accumulate: av,
          })),
        );
      }
      if (dP) {
        this.gemm.gemmBatch(
          heads((base, blk) => ({ M: T, N: T, K: hd, A: gO(base), B: { off: v.off + base, ld: d, trans: true }, c: dP + blk, ldc: T })),
        );
      }
      if (!dP) return;
      if (simd) this.gemm.run('softmaxB', B * H * T, 1, T, (lo, hi) => [P * 4, dP * 4, T, f32Bits(scale), lo, hi]);
      else {
        const h = this.heap.f32();
        for (let blk = 0; blk < B * H; blk++) {
          for (let i = 0; i < T; i++) {
            const pr = P + blk * T * T + i * T;
            const dr = dP + blk * T * T + i * T;
            let s = 0;
            for (let j = 0; j <= i; j++) s += h[dr + j] * h[pr + j];
            for (let j = 0; j <= i; j++) h[dr + j] = h[pr + j] * (h[dr + j] - s) * scale;
            for (let j = i + 1; j < T; j++) h[dr + j] = 0;
          }
        }
      }
      if (gq) {
        this.gemm.gemmBatch(
          heads((base, blk) => ({
            M: T,
            N: hd,
            K: T,
            A: { off: dP + blk, ld: T },
            B: { off: k.off + base, ld: d },
            c: gq + base,
            ldc: d,
            accumulate: aq,
          })),
        );
      }
      if (gk) {
        this.gemm.gemmBatch(
          heads((base, blk) => ({
            M: T,
            N: hd,
            K: T,
            A: { off: dP + blk, ld: T, trans: true },
            B: { off: q.off + base, ld: d },
            c: gk + base,
            ldc: d,
            accumulate: ak,
          })),
        );
      }
      this.heap.free(dP, B * H * T * T);
    });
    return out;
  }

  /** SwiGLU gate: silu(a) ⊙ b, silu(a) = a·σ(a). */
  swiglu(a: F32Tensor, b: F32Tensor): F32Tensor {
    if (a.size !== b.size) throw new QuireError(`swiglu: a has ${a.size} values, b has ${b.size}, expected equal`);
    const needs = a.requiresGrad || b.requiresGrad;
    const out = this.#temp([...a.shape], needs);
    const n = a.size;
    const sig = needs && this.grad ? this.#scratchAlloc(n) : 0; // σ(a), kept for backward
    const h = this.heap.f32();
    const ao = a.off;
    const bo = b.off;
    const oo = out.off;
    const simd = this.simd;
    if (simd) this.gemm.run('swigluF', up4(n), 4, 1, (lo, hi) => [ao * 4, bo * 4, oo * 4, sig * 4, lo, hi]);
    for (let i = 0; i < (simd ? 0 : n); i++) {
      const x = h[ao + i];
      const s = 1 / (1 + Math.exp(-x));
      if (sig) h[sig + i] = s;
      h[oo + i] = x * s * h[bo + i];
    }
    this.#record(needs, () => {
      if (out.grad === 0) return;
      const aFresh = a.requiresGrad && this.#fresh(a);
      const bFresh = b.requiresGrad && this.#fresh(b);
      const ga = a.requiresGrad ? a.grad : 0;
      const gb = b.requiresGrad ? b.grad : 0;
      const go = out.grad;
      if (simd) {
        const [am, bm] = [mode(ga !== 0, aFresh), mode(gb !== 0, bFresh)];
        this.gemm.run('swigluB', up4(n), 4, 1, (lo, hi) => [ao * 4, bo * 4, sig * 4, go * 4, ga * 4, gb * 4, lo, hi, am, bm]);
        return;
      }
      const hh = this.heap.f32();
      if (ga) {
        for (let i = 0; i < n; i++) {
          const x = hh[ao + i];
          const s = hh[sig + i];
          const v = hh[go + i] * hh[bo + i] * s * (1 + x * (1 - s));
          hh[ga + i] = aFresh ? v : hh[ga + i] + v;
        }
      }
      if (gb) {
        for (let i = 0; i < n; i++) {
          const v = hh[go + i] * hh[ao + i] * hh[sig + i];
          hh[gb + i] = bFresh ? v : hh[gb + i] + v;
        }
      }
    });
    return out;
  }

  /** GELU, tanh approximation: x/2·(1 + tanh(√(2/π)(x + 0.044715x³))) (jax's default). */
  gelu(a: F32Tensor): F32Tensor {
    const out = this.#temp([...a.shape], a.requiresGrad);
    const h = this.heap.f32();
    const n = a.size;
    for (let i = 0; i < n; i++) {
      const x = h[a.off + i];
      h[out.off + i] = 0.5 * x * (1 + Math.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x * x * x)));
    }
    this.#record(out.requiresGrad, () => {
      if (out.grad === 0) return;
      const ga = this.#g(a);
      const hh = this.heap.f32();
      for (let i = 0; i < n; i++) {
        const x = hh[a.off + i];
        const th = Math.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x * x * x));
        const dth = (1 - th * th) * SQRT_2_OVER_PI * (1 + 3 * 0.044715 * x * x);
        hh[ga + i] += hh[out.grad + i] * (0.5 * (1 + th) + 0.5 * x * dth);
      }
    });
    return out;
  }

  /** tanh, elementwise; backward ∂a = ∂y·(1 − y²). */
  tanh(a: F32Tensor): F32Tensor {
    const out = this.#temp([...a.shape], a.requiresGrad);
    const h = this.heap.f32();
    const n = a.size;
    if (this.simd) this.gemm.run('tanhF', up4(n), 4, 1, (lo, hi) => [a.off * 4, out.off * 4, lo, hi]);
    else for (let i = 0; i < n; i++) h[out.off + i] = Math.tanh(h[a.off + i]);
    this.#record(out.requiresGrad, () => {
      if (out.grad === 0) return;
      const fresh = this.#fresh(a);
      const ga = a.grad;
      const g = out.grad;
      const y = out.off;
      if (this.simd) {
        this.gemm.run('tanhB', up4(n), 4, 1, (lo, hi) => [y * 4, g * 4, ga * 4, lo, hi, fresh ? 1 : 2]);
        return;
      }
      const hh = this.heap.f32();
      if (fresh) for (let i = 0; i < n; i++) hh[ga + i] = hh[g + i] * (1 - hh[y + i] * hh[y + i]);
      else for (let i = 0; i < n; i++) hh[ga + i] += hh[g + i] * (1 - hh[y + i] * hh[y + i]);
    });
    return out;
  }

  /**
   * Mean squared difference (1/n) Σ (a − b)² (b = target, same size); backward
   * ∂a = 2(a − b)/n, ∂b = −2(a − b)/n. Summed in float64.
   */
  meanSquaredError(a: F32Tensor, b: F32Tensor): F32Tensor {
    if (a.size !== b.size) throw new QuireError(`meanSquaredError: a has ${a.size} values, b has ${b.size}, expected equal`);
    const out = this.#temp([], a.requiresGrad || b.requiresGrad);
    const h = this.heap.f32();
    const n = a.size;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const d = h[a.off + i] - h[b.off + i];
      s += d * d;
    }
    h[out.off] = s / n;
    this.#record(out.requiresGrad, () => {
      if (out.grad === 0) return;
      const hh = this.heap.f32();
      const c = (2 * hh[out.grad]) / n;
      for (const [t, sign] of [
        [a, 1],
        [b, -1],
      ] as const) {
        if (!t.requiresGrad) continue;
        const fresh = this.#fresh(t);
        const gt = t.grad;
        const hx = this.heap.f32();
        for (let i = 0; i < n; i++) {
          const v = sign * c * (hx[a.off + i] - hx[b.off + i]);
          hx[gt + i] = fresh ? v : hx[gt + i] + v;
        }
      }
    });
    return out;
  }

  /** a − b, same size. */
  sub(a: F32Tensor, b: F32Tensor): F32Tensor {
    if (a.size !== b.size) throw new QuireError(`sub: a has ${a.size} values, b has ${b.size}, expected equal`);
    const out = this.#temp([...a.shape], a.requiresGrad || b.requiresGrad);
    const h = this.heap.f32();
    const n = a.size;
    for (let i = 0; i < n; i++) h[out.off + i] = h[a.off + i] - h[b.off + i];
    this.#record(out.requiresGrad, () => {
      if (out.grad === 0) return;
      for (const [t, sign] of [
        [a, 1],
        [b, -1],
      ] as const) {
        if (!t.requiresGrad) continue;
        const fresh = this.#fresh(t);
        const gt = t.grad;
        const hh = this.heap.f32();
        const g = out.grad;
        for (let i = 0; i < n; i++) hh[gt + i] = (fresh ? 0 : hh[gt + i]) + sign * hh[g + i];
      }
    });
    return out;
  }

  /** Rows of `table` [V, d] at `ids` → [N, d]; backward scatters into the table's gradient. */
  embedding(ids: Int32Array, table: F32Tensor, shape: number[]): F32Tensor {
    const [V, d] = table.shape;
    for (let i = 0; i < ids.length; i++) {
      if (!(Number.isInteger(ids[i]) && ids[i] >= 0 && ids[i] < V))
        throw new QuireError(`embedding: ids[${i}] is ${ids[i]}, expected an id in [0, ${V - 1}]`);
    }
    const out = this.#temp([...shape, d], table.requiresGrad);
    if (out.size !== ids.length * d) throw new QuireError(`embedding: shape [${shape}] does not hold ${ids.length} ids`);
    const h = this.heap.f32();
    for (let i = 0; i < ids.length; i++) h.copyWithin(out.off + i * d, table.off + ids[i] * d, table.off + (ids[i] + 1) * d);
    const saved = ids.slice();
    this.#record(out.requiresGrad, () => {
      if (out.grad === 0) return;
      const gt = this.#g(table);
      const hh = this.heap.f32();
      for (let i = 0; i < saved.length; i++) {
        const src = out.grad + i * d;
        const dst = gt + saved[i] * d;
        for (let j = 0; j < d; j++) hh[dst + j] += hh[src + j];
      }
    });
    return out;
  }

  /**
   * Mean cross-entropy of logits [N, V] against target ids [N]:
   * L = (1/N) Σ_n (logsumexp(z_n) − z_{n, y_n}); ∂z = (softmax(z) − onehot(y))/N.
   */
  crossEntropy(logits: F32Tensor, targets: Int32Array): F32Tensor {
    const V = logits.shape[logits.shape.length - 1];
    const N = logits.size / V;
    if (targets.length !== N) throw new QuireError(`crossEntropy: targets has length ${targets.length}, expected ${N}`);
    const out = this.#temp([], logits.requiresGrad);
    for (let n = 0; n < N; n++) {
      const y = targets[n];
      if (!(y >= 0 && y < V)) throw new QuireError(`crossEntropy: targets[${n}] is ${y}, expected an id in [0, ${V - 1}]`);
    }
    const lse = this.#scratchAlloc(N);
    const simd = this.simd && V % 4 === 0;
    let total = 0;
    if (simd) {
      const ms = this.heap.alloc(2 * N); // row maxima, then Σ exp(z − max)
      this.gemm.run('ceF', N, 1, V, (lo, hi) => [logits.off * 4, V, ms * 4, (ms + N) * 4, lo, hi]);
      const h = this.heap.f32();
      for (let n = 0; n < N; n++) {
        const l = h[ms + n] + Math.log(h[ms + N + n]);
        h[lse + n] = l;
        total += l - h[logits.off + n * V + targets[n]];
      }
      this.heap.free(ms, 2 * N);
    }
    const h = this.heap.f32();
    for (let n = 0; n < (simd ? 0 : N); n++) {
      const y = targets[n];
      const row = logits.off + n * V;
      let mx = -Infinity;
      for (let j = 0; j < V; j++) if (h[row + j] > mx) mx = h[row + j];
      let z = 0;
      for (let j = 0; j < V; j++) z += Math.exp(h[row + j] - mx);
      const l = mx + Math.log(z);
      h[lse + n] = l;
      total += l - h[row + y];
    }
    // a finite loss beyond float32 (logits near 3e38) must not be stored as a silent Infinity
    if (Number.isFinite(total) && !Number.isFinite(Math.fround(total / N)))
      throw new QuireError(`crossEntropy: the loss ${total / N} overflows float32 (logits too large)`);
    h[out.off] = total / N;
    const saved = targets.slice();
    this.#record(out.requiresGrad, () => {
      if (out.grad === 0) return;
      const fresh = this.#fresh(logits);
      const gl = logits.grad;
      const hh = this.heap.f32();
      const s = hh[out.grad] / N;
      if (simd) {
        this.gemm.run('ceB', N, 1, V, (lo, hi) => [logits.off * 4, gl * 4, lse * 4, V, f32Bits(s), lo, hi, fresh ? 1 : 2]);
        const h2 = this.heap.f32();
        for (let n = 0; n < N; n++) h2[gl + n * V + saved[n]] -= s;
        return;
      }
      if (fresh) hh.fill(0, gl, gl + logits.size);
      for (let n = 0; n < N; n++) {
        const row = logits.off + n * V;
        const l = hh[lse + n];
        for (let j = 0; j < V; j++) hh[gl + n * V + j] += s * Math.exp(hh[row + j] - l);
        hh[gl + n * V + saved[n]] -= s;
      }
    });
    return out;
  }
}

/** Size of `shape` (integers ≥ 1) after checking that `values` holds that many finite numbers. */
function checkedSize(fn: string, values: Float32Array, shape: number[]): number {
  if (!Array.isArray(shape) || shape.some((d) => !Number.isInteger(d) || d < 1))
    throw new QuireError(`${fn}: shape must be integers ≥ 1, got [${String(shape)}]`);
  const n = shape.reduce((a, b) => a * b, 1);
  if (values.length !== n) throw new QuireError(`${fn}: values has length ${values.length}, expected ${n} (shape ${shape})`);
  for (let i = 0; i < n; i++) if (!Number.isFinite(values[i])) throw new QuireError(`${fn}: values[${i}] = ${values[i]} is not finite`);
  return n;
}
