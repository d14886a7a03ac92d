/**
 * The f32 engine's WebAssembly SIMD kernels (kernels.ts) against its JavaScript loops (the
 * reference path, `simd = false`, which computes in float64 and rounds once per stored value):
 * every op's values and gradients agree to float32 rounding (a few ulp: the SIMD path computes
 * in float32, sums in 4 lanes, and uses a polynomial exp). Also: exp/tanh at their extremes, and a
 * whole normscale-like block (every op, accumulating gradients) on both paths.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../rng.js';
import { F32AdamW } from './adamw.js';
import { F32Engine, type F32Tensor } from './engine.js';

/**
 * Normwise float32 agreement: max |a − b| / (atol + max |b|) below rtol (gradients cancel, so an
 * entry far below the array's scale carries the absolute error of the larger terms).
 */
function close(a: Float32Array, b: Float32Array, rtol = 2e-6, atol = 1e-30): void {
  expect(a.length).toBe(b.length);
  let worst = 0;
  let at = -1;
  let scale = atol;
  for (const v of b) scale = Math.max(scale, Math.abs(v));
  for (let i = 0; i < a.length; i++) {
    expect(Number.isFinite(a[i])).toBe(Number.isFinite(b[i]));
    const r = Math.abs(a[i] - b[i]) / scale;
    if (r > worst) [worst, at] = [r, i];
  }
  expect(worst, `worst at ${at}: ${a[at]} vs ${b[at]}`).toBeLessThan(rtol);
}

type Build = (e: F32Engine, p: F32Tensor[]) => F32Tensor;

/**
 * Run `build` on fresh engines with simd on and off (one thread), same parameter values, loss =
 * mean((out − target)²) unless the op returns a scalar; compare the loss, the output and every
 * parameter's gradient.
 */
function agree(shapes: number[][], build: Build, opts: { seed?: number; scale?: number; rtol?: number } = {}): void {
  const rng = new Rng(opts.seed ?? 1);
  const vals = shapes.map((s) => Float32Array.from({ length: s.reduce((a, b) => a * b, 1) }, () => (opts.scale ?? 1) * rng.normal()));
  const res = [true, false].map((simd) => {
    const e = new F32Engine({ threads: 1, simd });
    const ps = shapes.map((s, i) => e.param(vals[i], s));
    const out = build(e, ps);
    const outV = out.data().slice();
    const loss = out.size === 1 ? out : e.meanSquaredError(out, e.input(new Float32Array(out.size).fill(0.5), [...out.shape]));
    const l = loss.data().slice();
    e.backward(loss);
    const grads = ps.map((p) => p.gradData().slice());
    e.endStep();
    return { outV, l, grads };
  });
  const [s, j] = res;
  close(s.l, j.l, opts.rtol);
  close(s.outV, j.outV, opts.rtol);
  for (let i = 0; i < s.grads.length; i++) close(s.grads[i], j.grads[i], opts.rtol);
}

describe('f32 SIMD kernels agree with the JavaScript path', () => {
  it('add and mul: same size, tiled rows, tiled [T, d] blocks (gradients of both operands)', () => {
    agree([[6, 8], [8]], (e, [a, b]) => e.add(a, b));
    agree(
      [
        [6, 8],
        [6, 8],
      ],
      (e, [a, b]) => e.add(a, b),
    );
    agree(
      [
        [3, 4, 8],
        [4, 8],
      ],
      (e, [a, b]) => e.mul(a, b),
    );
    agree([[6, 12], [12]], (e, [a, b]) => e.mul(a, b));
    agree(
      [
        [6, 12],
        [6, 12],
      ],
      (e, [a, b]) => e.mul(e.add(a, b), a),
    ); // a's gradient accumulates
  });

  it('rmsNorm over the last axis and over heads, fresh and accumulating gradients', () => {
    agree([[5, 16]], (e, [x]) => e.rmsNorm(x, 16));
    agree([[5, 16]], (e, [x]) => e.rmsNorm(x, 4, 1e-5));
    agree([[3, 32]], (e, [x]) => e.add(e.rmsNorm(x, 32), e.rmsNorm(x, 8)), { scale: 30 });
  });

  it('causal attention (softmax forward and backward), T a multiple of 4 and not', () => {
    for (const [B, T, H, hd] of [
      [2, 8, 2, 4],
      [1, 12, 3, 8],
      [2, 5, 1, 4], // T % 4 ≠ 0: the JS softmax on both paths
    ]) {
      const d = H * hd;
      agree(
        [
          [B, T, d],
          [B, T, d],
          [B, T, d],
        ],
        (e, [q, k, v]) => e.attention(q, k, v, B, T, H),
        { scale: 2 },
      );
    }
  });

  it('SwiGLU and tanh, including inputs near 0 and beyond exp’s range', () => {
    agree(
      [
        [7, 8],
        [7, 8],
      ],
      (e, [a, b]) => e.swiglu(a, b),
      { scale: 3 },
    );
    agree([[9, 12]], (e, [x]) => e.tanh(x), { scale: 2 });
    const e = new F32Engine({ threads: 1 });
    const xs = Float32Array.from([0, 1e-30, -1e-7, 1e-3, -0.2, 0.2499, 0.25, -0.7, 3, -9, 20, -100, 1e30, -1e30, 88, -88]);
    const a = e.input(xs, [xs.length]);
    const t = e.tanh(a).data().slice();
    const ones = e.input(new Float32Array(xs.length).fill(1), [xs.length]);
    const s = e.swiglu(a, ones).data().slice();
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i];
      expect(Math.abs(t[i] - Math.tanh(x))).toBeLessThanOrEqual(3e-7 * Math.abs(Math.tanh(x)) + 1e-38);
      const silu = x / (1 + Math.exp(-x));
      // exp flushes to 0 below e^−87.34 (float32's smallest normal): silu(−88) = −5e-37 comes out −0
      expect(Math.abs(s[i] - silu)).toBeLessThanOrEqual(3e-7 * Math.abs(silu) + 1e-36);
    }
    expect(t[0]).toBe(0);
    expect(Object.is(t[2] * 0, -0)).toBe(true); // the sign survives
    e.endStep();
  });

  it('cross-entropy (V a multiple of 4 and not), logits near and far from 0', () => {
    for (const [N, V, scale] of [
      [6, 8, 1],
      [5, 16, 20],
      [4, 6, 1],
    ]) {
      const targets = Int32Array.from({ length: N }, (_, i) => (i * 5) % V);
      agree([[N, V]], (e, [z]) => e.crossEntropy(z, targets), { scale });
    }
  });

  it('a normscale-like block (every op, gradients accumulating across uses) and two AdamW steps', () => {
    const [B, T, d, H, F, V] = [2, 8, 16, 2, 24, 12];
    const rng = new Rng(9);
    const shapes = [[V, d], [T, d], [d], [d, 3 * d], [d, F], [d, F], [F, d], [d, V]];
    const vals = shapes.map((s) => Float32Array.from({ length: s.reduce((a, b) => a * b, 1) }, () => rng.normal() / 3));
    const ids = Int32Array.from({ length: B * T }, (_, i) => (i * 7) % V);
    const tg = Int32Array.from({ length: B * T }, (_, i) => (i * 3 + 1) % V);
    const run = (simd: boolean) => {
      const e = new F32Engine({ threads: 1, simd });
      const ps = shapes.map((s, i) => e.param(vals[i], s));
      const opt = new F32AdamW(
        e,
        ps.map((tensor, i) => ({ path: `p${i}`, tensor })),
        { weightDecay: 0.1 },
      );
      const losses: number[] = [];
      for (let step = 0; step < 3; step++) {
        e.zeroGrads(ps);
        const [emb, pos, g, wqkv, wg, wu, wd, head] = ps;
        let h = e.add(e.embedding(ids, emb, [B, T]), pos);
        const z = e.mul(e.rmsNorm(h, d), g);
        const qkv = e.matmul(z, wqkv).data().slice(); // split q, k, v by copying (an input, no gradient)
        const part = (c: number) =>
          e.input(
            Float32Array.from({ length: B * T * d }, (_, i) => qkv[Math.floor(i / d) * 3 * d + c * d + (i % d)]),
            [B, T, d],
          );
        const o = e.attention(e.rmsNorm(e.add(part(0), z), d / H), part(1), e.add(part(2), z), B, T, H);
        h = e.add(h, o);
        const z2 = e.rmsNorm(h, d);
        h = e.add(h, e.matmul(e.swiglu(e.matmul(z2, wg), e.matmul(z2, wu)), wd));
        const loss = e.crossEntropy(e.matmul(e.mul(e.rmsNorm(h, d), g), head), tg);
        losses.push(loss.data()[0]);
        e.backward(loss);
        e.endStep();
        opt.step(0.01);
      }
      return { losses: Float32Array.from(losses), params: ps.map((p) => p.data().slice()) };
    };
    const s = run(true);
    const j = run(false);
    close(s.losses, j.losses, 1e-5);
    for (let i = 0; i < s.params.length; i++) close(s.params[i], j.params[i], 1e-5);
  });
});
