/**
 * AdamW on f32-engine parameters, in place: the same update as core/nn's `adamw`
 * (m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; θ ← θ − lr·(m̂/(√v̂ + ε) + λθ), m̂ = m/(1−β₁ᵗ),
 * v̂ = v/(1−β₂ᵗ)), with λ per parameter from its path.
 * @see Loshchilov & Hutter, Decoupled Weight Decay Regularization, ICLR 2019, Algorithm 2
 */
import { QuireError } from '../../errors.js';
import type { F32Engine, F32Tensor } from './engine.js';

/** A named parameter (its path selects its weight decay). */
export interface F32NamedParam {
  path: string;
  tensor: F32Tensor;
}

/** Options of `F32AdamW`. */
export interface F32AdamWOptions {
  b1?: number;
  b2?: number;
  eps?: number;
  /** decoupled decay λ: a constant or a function of the parameter's path (default 0.01) */
  weightDecay?: number | ((path: string) => number);
}

/** AdamW over a fixed list of engine parameters; moments live in the engine's heap. */
export class F32AdamW {
  readonly params: F32NamedParam[];
  readonly #engine: F32Engine;
  readonly #m: number[];
  readonly #v: number[];
  readonly #lambda: number[];
  readonly #b1: number;
  readonly #b2: number;
  readonly #eps: number;
  /** the SIMD kernel's scalars [b1, 1 − b1, b2, 1 − b2, c1, c2, ε, lr, λ] (heap offset) */
  readonly #pp: number;
  /** steps taken */
  count = 0;

  constructor(engine: F32Engine, params: F32NamedParam[], options: F32AdamWOptions = {}) {
    this.#engine = engine;
    this.params = params;
    this.#b1 = options.b1 ?? 0.9;
    this.#b2 = options.b2 ?? 0.999;
    this.#eps = options.eps ?? 1e-8;
    for (const [k, v] of [
      ['b1', this.#b1],
      ['b2', this.#b2],
    ] as const) {
      if (!(v >= 0 && v < 1)) throw new QuireError(`F32AdamW: ${k} is ${v}, expected a number in [0, 1)`);
    }
    if (!(this.#eps > 0 && Number.isFinite(this.#eps))) throw new QuireError(`F32AdamW: eps is ${this.#eps}, expected > 0`);
    const wd = options.weightDecay ?? 0.01;
    this.#lambda = params.map((p) => {
      const l = typeof wd === 'number' ? wd : wd(p.path);
      if (!(l >= 0 && Number.isFinite(l))) throw new QuireError(`F32AdamW: weight decay of ${p.path} is ${l}, expected ≥ 0`);
      return l;
    });
    this.#m = params.map((p) => engine.heap.zeros(p.tensor.size));
    this.#v = params.map((p) => engine.heap.zeros(p.tensor.size));
    this.#pp = engine.heap.alloc(12);
  }

  /** One update with learning rate lr from the parameters' accumulated gradients. */
  step(lr: number): void {
    if (!(lr >= 0 && Number.isFinite(lr))) throw new QuireError(`F32AdamW.step: lr is ${lr}, expected a finite number ≥ 0`);
    this.count++;
    const b1 = this.#b1;
    const b2 = this.#b2;
    const eps = this.#eps;
    const c1 = 1 / (1 - Math.pow(b1, this.count));
    const c2 = 1 / (1 - Math.pow(b2, this.count));
    const e = this.#engine;
    const h = e.heap.f32();
    const pp = this.#pp;
    h.set([b1, 1 - b1, b2, 1 - b2, c1, c2, eps, lr], pp);
    for (let i = 0; i < this.params.length; i++) {
      const t = this.params[i].tensor;
      const { off, grad: g, size } = t;
      const m = this.#m[i];
      const v = this.#v[i];
      const lam = this.#lambda[i];
      if (e.simd && g) {
        h[pp + 8] = lam;
        e.gemm.run('adamw', (size + 3) & ~3, 4, 2, (lo, hi) => [off * 4, g * 4, m * 4, v * 4, pp * 4, lo, hi]);
        continue;
      }
      for (let j = 0; j < size; j++) {
        const gj = g ? h[g + j] : 0;
        const mj = b1 * h[m + j] + (1 - b1) * gj;
        const vj = b2 * h[v + j] + (1 - b2) * gj * gj;
        h[m + j] = mj;
        h[v + j] = vj;
        const th = h[off + j];
        h[off + j] = th - lr * ((mj * c1) / (Math.sqrt(vj * c2) + eps) + lam * th);
      }
    }
  }

  /** Free the moment buffers. */
  dispose(): void {
    for (let i = 0; i < this.params.length; i++) {
      this.#engine.heap.free(this.#m[i], this.params[i].tensor.size);
      this.#engine.heap.free(this.#v[i], this.params[i].tensor.size);
    }
    this.#engine.heap.free(this.#pp, 12);
  }
}
