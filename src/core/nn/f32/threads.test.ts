/**
 * The f32 engine on two threads (helper thread over a shared heap, Node worker_threads).
 * Oracle: bit-identity with one thread. The row split falls on MR-row block boundaries, so every
 * element of C is computed by the same tile code in the same order; any difference is a bug
 * (a wrong offset, a lost edge tile, a race on the packing buffer). Also: the float64 triple loop.
 */
import { nodeThreadStarter } from './node-thread.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../rng.js';
import { F32AdamW } from './adamw.js';
import { F32Engine } from './engine.js';
import { Gemm, MR } from './gemm.js';
import { F32Heap } from './heap.js';
import { f32ThreadsAvailable, setF32ThreadStarter } from './threads.js';

describe('f32 engine on two threads', () => {
  it('a helper thread starts in a Node main thread (the test is not vacuous)', () => {
    expect(f32ThreadsAvailable()).toBe(true);
    const e = new F32Engine();
    expect(e.threads).toBe(2);
    expect(e.heap.shared).toBe(true);
    e.dispose();
    expect(e.threads).toBe(1);
    expect(new F32Engine({ threads: 1 }).threads).toBe(1);
  });

  it('without a starter (the browser) the engine runs on one thread', () => {
    setF32ThreadStarter(undefined);
    try {
      expect(f32ThreadsAvailable()).toBe(false);
      const e = new F32Engine({ threads: 2 });
      expect(e.threads).toBe(1);
    } finally {
      setF32ThreadStarter(nodeThreadStarter);
    }
  });

  it('GEMM: two threads give bit-identical results to one (all transposes, edge rows, accumulate, padding)', () => {
    const h1 = new F32Heap();
    const g1 = new Gemm(h1);
    const h2 = new F32Heap({ shared: true });
    const g2 = new Gemm(h2, { threads: 2 });
    expect(g2.threads).toBe(2);
    g2.splitFlops = 0; // split every GEMM with ≥ 2·MR rows
    g1.mcBlocks = g2.mcBlocks = 2;
    g1.kc = g2.kc = 16; // k blocks too (K up to 45)
    let split = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 1, max: 37 }),
        fc.integer({ min: 1, max: 45 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        (M, N, K, ta, tb, acc, pad) => {
          if (M >= 2 * MR) split++;
          const rng = new Rng(M * 10007 + N * 101 + K);
          const lda = (ta ? M : K) + pad;
          const ldb = (tb ? K : N) + pad;
          const ldc = N + pad;
          const aN = (ta ? K : M) * lda;
          const bN = (tb ? N : K) * ldb;
          const vals = Float32Array.from({ length: aN + bN + M * ldc }, () => rng.normal());
          const out: Float32Array[] = [];
          for (const [heap, g] of [
            [h1, g1],
            [h2, g2],
          ] as const) {
            const a = heap.alloc(aN);
            const b = heap.alloc(bN);
            const c = heap.alloc(M * ldc);
            const h = heap.f32();
            h.set(vals.subarray(0, aN), a);
            h.set(vals.subarray(aN, aN + bN), b);
            h.set(vals.subarray(aN + bN), c);
            g.gemm(M, N, K, { off: a, ld: lda, trans: ta }, { off: b, ld: ldb, trans: tb }, c, ldc, acc);
            out.push(heap.f32().slice(c, c + M * ldc));
            heap.free(a, aN);
            heap.free(b, bN);
            heap.free(c, M * ldc);
          }
          expect(out[1]).toEqual(out[0]);
          // and against float64 (the split is not merely consistently wrong)
          for (let i = 0; i < M; i++) {
            for (let j = 0; j < N; j++) {
              let s = acc ? vals[aN + bN + i * ldc + j] : 0;
              for (let k = 0; k < K; k++) {
                s += vals[ta ? k * lda + i : i * lda + k] * vals[aN + (tb ? j * ldb + k : k * ldb + j)];
              }
              expect(Math.abs(out[1][i * ldc + j] - s)).toBeLessThan(1e-4 * Math.sqrt(K) * (1 + Math.abs(s)));
            }
          }
        },
      ),
      { seed: 21, numRuns: 80 },
    );
    expect(split).toBeGreaterThan(40);
    g2.dispose();
  });

  it('gemmBatch (one wasm call per thread, the helper on half the jobs) is bit-identical to gemm in a loop', () => {
    const h1 = new F32Heap();
    const g1 = new Gemm(h1);
    const h2 = new F32Heap({ shared: true });
    const g2 = new Gemm(h2, { threads: 2 });
    g2.splitFlops = 0;
    g1.kc = g2.kc = 8; // k blocks inside the batch driver (K up to 21)
    const rng = new Rng(17);
    for (const [count, M, N, K] of [
      [6, 13, 16, 9],
      [5, 8, 8, 21],
      [1, 5, 24, 3],
      [4, 7, 12, 5], // N % NR ≠ 0: the loop path
    ]) {
      for (const [ta, tb, acc] of [
        [false, false, false],
        [true, false, true],
        [false, true, false],
        [true, true, true],
      ]) {
        const sizes = { a: M * K, b: K * N, c: M * N };
        const vals = Array.from({ length: count }, () => ({
          a: Float32Array.from({ length: sizes.a }, () => rng.normal()),
          b: Float32Array.from({ length: sizes.b }, () => rng.normal()),
          c: Float32Array.from({ length: sizes.c }, () => rng.normal()),
        }));
        const out: Float32Array[][] = [];
        for (const [heap, g, batch] of [
          [h1, g1, false],
          [h2, g2, true],
        ] as const) {
          const offs = vals.map((v) => {
            const o = { a: heap.alloc(sizes.a), b: heap.alloc(sizes.b), c: heap.alloc(sizes.c) };
            heap.f32().set(v.a, o.a);
            heap.f32().set(v.b, o.b);
            heap.f32().set(v.c, o.c);
            return o;
          });
          const jobs = offs.map((o) => ({
            M,
            N,
            K,
            A: { off: o.a, ld: ta ? M : K, trans: ta },
            B: { off: o.b, ld: tb ? K : N, trans: tb },
            c: o.c,
            ldc: N,
            accumulate: acc,
          }));
          if (batch) g.gemmBatch(jobs);
          else for (const j of jobs) g.gemm(j.M, j.N, j.K, j.A, j.B, j.c, j.ldc, j.accumulate);
          out.push(offs.map((o) => heap.f32().slice(o.c, o.c + sizes.c)));
          for (const o of offs) for (const k of ['a', 'b', 'c'] as const) heap.free(o[k], sizes[k]);
        }
        for (let q = 0; q < count; q++) expect(out[1][q]).toEqual(out[0][q]);
      }
    }
    g2.dispose();
  });

  it('a training step (matmul, attention, RMSNorm, SwiGLU, tanh, cross-entropy, backward, AdamW) is bit-identical on one and two threads', () => {
    const run = (threads: 1 | 2): Float32Array[] => {
      const e = new F32Engine({ threads });
      expect(e.threads).toBe(threads);
      e.gemm.splitFlops = 0;
      e.gemm.splitElems = 0; // and every elementwise kernel call
      const rng = new Rng(5);
      const [B, T, d, H] = [2, 24, 16, 2];
      const x = e.param(
        Float32Array.from({ length: B * T * d }, () => rng.normal()),
        [B, T, d],
      );
      const w = e.param(
        Float32Array.from({ length: d * d }, () => rng.normal() / 4),
        [d, d],
      );
      const g = e.param(
        Float32Array.from({ length: d }, () => 1 + rng.normal() / 4),
        [d],
      );
      const q = e.matmul(x, w);
      const o = e.attention(q, x, q, B, T, H);
      const s = e.add(e.mul(e.rmsNorm(o, d), g), e.swiglu(o, x));
      const y = e.matmul(e.tanh(s), w);
      const loss = e.crossEntropy(
        y,
        Int32Array.from({ length: B * T }, (_, i) => i % d),
      );
      const l = loss.data().slice();
      e.backward(loss);
      const r = [l, x.gradData().slice(), w.gradData().slice(), g.gradData().slice()];
      e.endStep();
      const opt = new F32AdamW(e, [
        { path: 'w', tensor: w },
        { path: 'g', tensor: g },
      ]);
      opt.step(0.01);
      opt.step(0.01);
      r.push(w.data().slice(), g.data().slice());
      e.dispose();
      return r;
    };
    const one = run(1);
    const two = run(2);
    for (let i = 0; i < one.length; i++) expect(two[i]).toEqual(one[i]);
  });
});
