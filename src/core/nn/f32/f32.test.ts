/**
 * The f32 engine. Oracles: the GEMM against a float64 triple loop (all transposes, edge tiles,
 * accumulate; fast-check, fixed seed); the module validates; AdamW against core/nn's jax
 * `adamw` (cross-check) and the zero-gradient closed form θ·(1 − lr·λ); the heap allocates
 * nothing new after the first training step (memory invariant); finite differences for ops.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { QuireError } from '../../errors.js';
import { Rng } from '../../rng.js';
import { adamw, initNN, np, paramsToFloat32Sync, type ParamTree } from '../index.js';
import { F32AdamW } from './adamw.js';
import { F32Engine } from './engine.js';
import { Gemm, gemmModuleBytes } from './gemm.js';
import { F32Heap } from './heap.js';

beforeAll(async () => {
  await initNN();
});

function refGemm(M: number, N: number, K: number, A: Float32Array, ta: boolean, B: Float32Array, tb: boolean): Float64Array {
  const C = new Float64Array(M * N);
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += (ta ? A[k * M + i] : A[i * K + k]) * (tb ? B[j * K + k] : B[k * N + j]);
      C[i * N + j] = s;
    }
  return C;
}

describe('gemm', () => {
  it('the emitted module validates', () => {
    expect(WebAssembly.validate(gemmModuleBytes() as BufferSource)).toBe(true);
  });

  it('C (+)= op(A)·op(B) matches a float64 triple loop (all transposes, edge tiles, padding in ld)', () => {
    const heap = new F32Heap();
    const g = new Gemm(heap);
    g.mcBlocks = 2; // exercise several cache blocks
    g.kc = 8; // and several k blocks (K up to 40)
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 29 }),
        fc.integer({ min: 1, max: 27 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        (M, N, K, ta, tb, acc, pad) => {
          const rng = new Rng(M * 1000 + N * 10 + K);
          const lda = (ta ? M : K) + pad;
          const ldb = (tb ? K : N) + pad;
          const ldc = N + pad;
          const aRows = ta ? K : M;
          const bRows = tb ? N : K;
          const a = heap.alloc(aRows * lda);
          const b = heap.alloc(bRows * ldb);
          const c = heap.alloc(M * ldc);
          let h = heap.f32();
          const A = new Float32Array(aRows * (ta ? M : K));
          const Bv = new Float32Array(bRows * (tb ? K : N));
          for (let r = 0; r < aRows; r++)
            for (let q = 0; q < (ta ? M : K); q++) A[r * (ta ? M : K) + q] = h[a + r * lda + q] = Math.fround(rng.normal());
          for (let r = 0; r < bRows; r++)
            for (let q = 0; q < (tb ? K : N); q++) Bv[r * (tb ? K : N) + q] = h[b + r * ldb + q] = Math.fround(rng.normal());
          for (let i = 0; i < M * ldc; i++) h[c + i] = 0.5;
          g.gemm(M, N, K, { off: a, ld: lda, trans: ta }, { off: b, ld: ldb, trans: tb }, c, ldc, acc);
          const R = refGemm(M, N, K, A, ta, Bv, tb);
          h = heap.f32();
          for (let i = 0; i < M; i++) {
            for (let j = 0; j < N; j++)
              expect(Math.abs(h[c + i * ldc + j] - R[i * N + j] - (acc ? 0.5 : 0))).toBeLessThan(1e-4 * Math.sqrt(K));
            for (let j = N; j < ldc; j++) expect(h[c + i * ldc + j]).toBe(0.5); // padding untouched
          }
          heap.free(a, aRows * lda);
          heap.free(b, bRows * ldb);
          heap.free(c, M * ldc);
        },
      ),
      { seed: 20, numRuns: 120 },
    );
  });
});

describe('heap', () => {
  it('reuses freed blocks of the same size and grows across the chunk boundary', () => {
    const heap = new F32Heap();
    const a = heap.alloc(10);
    heap.free(a, 10);
    expect(heap.alloc(12)).toBe(a); // rounded to the same 4-float size class
    const before = heap.bytes();
    const big = heap.alloc(5_000_000); // 20 MB > one 16 MiB chunk
    expect(heap.bytes()).toBeGreaterThan(before);
    heap.f32()[big + 4_999_999] = 3;
    expect(heap.f32()[big + 4_999_999]).toBe(3);
  });
});

describe('ops', () => {
  /** Central finite differences of a scalar function of one parameter vs the tape gradient. */
  function fdCheck(build: (e: F32Engine, p: ReturnType<F32Engine['param']>) => ReturnType<F32Engine['param']>, n: number, seed: number) {
    const e = new F32Engine();
    const rng = new Rng(seed);
    const p = e.param(
      Float32Array.from({ length: n }, () => rng.normal()),
      [n],
    );
    const loss = build(e, p);
    e.backward(loss);
    const g = p.gradData().slice();
    e.endStep();
    const h = 1e-2;
    let worst = 0;
    let scale = 0;
    for (let i = 0; i < n; i++) {
      const v = p.data()[i];
      p.data()[i] = v + h;
      const up = build(e, p).data()[0];
      e.endStep();
      p.data()[i] = v - h;
      const dn = build(e, p).data()[0];
      e.endStep();
      p.data()[i] = v;
      worst = Math.max(worst, Math.abs((up - dn) / (2 * h) - g[i]));
      scale = Math.max(scale, Math.abs(g[i]));
    }
    expect(scale).toBeGreaterThan(1e-3);
    expect(worst).toBeLessThan(2e-2 * scale);
  }
  const wvec = (e: F32Engine, n: number, seed: number) => {
    const rng = new Rng(seed);
    return e.input(
      Float32Array.from({ length: n }, () => rng.normal()),
      [n],
    );
  };
  it('gelu, swiglu, rmsNorm, tiled mul/add: gradients match finite differences', () => {
    // L = Σ w ⊙ f(p) with a fixed random w (a generic linear functional of the op's output).
    const dot = (e: F32Engine, y: ReturnType<F32Engine['param']>, seed: number) => {
      const w = wvec(e, y.size, seed + 100);
      const ones = e.input(new Float32Array(y.size).fill(1), [y.size, 1]);
      return e.matmul(e.mul(y, w), ones); // Σ_i w_i y_i
    };
    fdCheck((e, p) => dot(e, e.gelu(p), 1), 12, 1);
    fdCheck((e, p) => dot(e, e.rmsNorm(p, 4), 2), 12, 2);
    fdCheck(
      (e, p) => {
        const q = wvec(e, 12, 9);
        return dot(e, e.swiglu(p, q), 3);
      },
      12,
      3,
    );
    fdCheck(
      (e, p) => {
        const x = wvec(e, 12, 8);
        return dot(e, e.add(e.mul(x, p), p), 4); // p [4] tiled along x [12]
      },
      4,
      4,
    );
  });
  it('rejects mismatched shapes with QuireError naming the op', () => {
    const e = new F32Engine();
    const a = e.param(new Float32Array(6), [6]);
    const b = e.param(new Float32Array(4), [4]);
    expect(() => e.add(a, b)).toThrow(QuireError);
    expect(() => e.matmul(a, b)).toThrow(/matmul/);
    expect(() => e.rmsNorm(a, 4)).toThrow(/rmsNorm/);
  });
});

describe('F32AdamW', () => {
  it('matches core/nn adamw (jax) over 5 steps with per-path decay', () => {
    const rng = new Rng(3);
    const w0 = Float32Array.from({ length: 6 }, () => rng.normal());
    const s0 = Float32Array.from({ length: 3 }, () => rng.normal());
    const grads = Array.from({ length: 5 }, () => Float32Array.from({ length: 9 }, () => rng.normal()));
    const decay = (path: string) => (path === 'w' ? 0.1 : 0);
    // f32 engine
    const e = new F32Engine();
    const w = e.param(w0, [2, 3]);
    const s = e.param(s0, [3]);
    const opt = new F32AdamW(
      e,
      [
        { path: 's', tensor: s },
        { path: 'w', tensor: w },
      ],
      { weightDecay: decay },
    );
    for (const g of grads) {
      s.gradData().set(g.subarray(0, 3));
      w.gradData().set(g.subarray(3));
      opt.step(0.05);
    }
    // jax
    const o = adamw({ weightDecay: decay });
    let params: ParamTree = { s: np.array(s0, { shape: [3] }), w: np.array(w0, { shape: [2, 3] }) };
    let state = o.init(params);
    for (const g of grads) {
      const gt = { s: np.array(g.slice(0, 3), { shape: [3] }), w: np.array(g.slice(3), { shape: [2, 3] }) };
      const r: { params: ParamTree; state: typeof state } = o.update(gt as ParamTree, state, params, 0.05);
      params = r.params;
      state = r.state;
    }
    const ref = paramsToFloat32Sync(params);
    const got = [...s.data(), ...w.data()];
    for (let i = 0; i < 9; i++) expect(Math.abs(got[i] - ref[i])).toBeLessThan(1e-5);
  });
  it('with zero gradient shrinks a decayed parameter by exactly (1 − lr·λ)', () => {
    const e = new F32Engine();
    const w = e.param(new Float32Array([2, -4]), [2]);
    const opt = new F32AdamW(e, [{ path: 'w', tensor: w }], { weightDecay: 0.5 });
    opt.step(0.1);
    expect(Array.from(w.data())).toEqual([Math.fround(2 * 0.95), Math.fround(-4 * 0.95)]);
    expect(() => opt.step(NaN)).toThrow(QuireError);
  });
});

describe('engine input checks (issue 16 hunt)', () => {
  it('param/constant refuse bad shapes and non-finite values; the heap refuses bad sizes', () => {
    const e = new F32Engine({ threads: 1 });
    for (const shape of [[-1, -1], [0.5, 2], [Number.NaN]]) expect(() => e.param(new Float32Array(1), shape)).toThrow(/shape/);
    expect(() => e.constant(new Float32Array([1, Number.NaN]), [2])).toThrow(/values\[1\]/);
    expect(e.param(new Float32Array([1, 2]), [1, 2]).size).toBe(2);
    const heap = new F32Heap();
    for (const n of [Number.NaN, -5, 1.5]) expect(() => heap.alloc(n)).toThrow(QuireError);
  });
  it('embedding refuses fractional ids; crossEntropy refuses a loss beyond float32 instead of storing Infinity', () => {
    const e = new F32Engine({ threads: 1 });
    const table = e.param(new Float32Array([1, 2, 3, 4]), [2, 2]);
    expect(() => e.embedding(new Float64Array([0.5]) as unknown as Int32Array, table, [1])).toThrow(/ids\[0\]/);
    const logits = e.input(new Float32Array([3e38, -3e38]), [1, 2]);
    expect(() => e.crossEntropy(logits, new Int32Array([1]))).toThrow(/overflows float32/);
    const ok = e.input(new Float32Array([0, Math.log(3)]), [1, 2]);
    expect(e.crossEntropy(ok, new Int32Array([1])).size).toBe(1);
  });
});
