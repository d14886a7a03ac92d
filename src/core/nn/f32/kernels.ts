/**
 * The f32 engine's non-GEMM kernels in WebAssembly SIMD (f32x4), emitted at runtime beside the
 * GEMM (one module, one memory): SwiGLU, causal softmax and its backward, RMSNorm forward and
 * backward, tiled add/mul and their column reductions, cross-entropy rows, tanh, AdamW.
 *
 * Conventions: pointers are byte offsets into the heap; element ranges [i0, i1) are in floats and
 * multiples of 4 (allocations are padded to 4 floats, so a range may run into a tensor's own
 * padding); row ranges [r0, r1) index rows of `G` floats (G a multiple of 4). Float scalars are
 * passed as their IEEE bits in an i32 (the helper thread's control block carries i32s only).
 * Every element or row is computed by the same code whatever the range, so splitting a call
 * between the main and the helper thread gives bit-identical results.
 *
 * exp(x) is Cephes' expf: x clamped to [−87.34, 88.38], x = n·ln2 + r (Cody–Waite), a degree-5
 * polynomial for eʳ, 2ⁿ built in the exponent bits (≈ 1–2 ulp); 0 below −87.34, 2¹²⁷·1.x near
 * the top (no ∞).
 * @see S. L. Moshier, Cephes Mathematical Library, expf.c
 */
import { F32, I32, V128, op, type WasmFunc } from './wasm.js';

/** A function under construction: params are i32s, locals are added by type. */
class Fn {
  readonly body: number[] = [];
  readonly locals: number[] = [];
  constructor(
    readonly name: string,
    readonly nParams: number,
  ) {}
  local(t: number): number {
    this.locals.push(t);
    return this.nParams + this.locals.length - 1;
  }
  e(...code: number[][]): this {
    for (const c of code) this.body.push(...c);
    return this;
  }
  /** for (i = from; i < to; i += step) body(), i an i32 local; from/to are code. */
  for(i: number, from: number[], to: number[], step: number, body: () => void): this {
    this.e(from, op.set(i), op.block(), op.loop(), op.get(i), to, op.i32GeS(), op.brIf(1));
    body();
    return this.e(op.get(i), op.i32(step), op.i32Add(), op.set(i), op.br(0), op.end(), op.end());
  }
  done(): WasmFunc {
    return { name: this.name, params: Array<number>(this.nParams).fill(I32), results: [], locals: this.locals, body: this.body };
  }
}

const F32X4_LT = [0xfd, 0x43];
const V128_AND = [0xfd, 0x4e];
const V128_OR = [0xfd, 0x50];
const SIGN = op.v128I32(-0x80000000, -0x80000000, -0x80000000, -0x80000000);
const ld = (ptr: number[]): number[] => [...ptr, ...op.v128Load()];
/** pointer code: base + 4·i (base and i locals) */
const at = (base: number, i: number): number[] => [...op.get(base), ...op.get(i), ...op.i32(4), ...op.i32Mul(), ...op.i32Add()];
const fparam = (p: number): number[] => [...op.get(p), ...op.f32ReinterpretI32()];

/** Temporaries of the inline exp. */
interface ExpLocals {
  x0: number;
  t: number;
  n: number;
  r: number;
}
function expLocals(f: Fn): ExpLocals {
  return { x0: f.local(V128), t: f.local(V128), n: f.local(V128), r: f.local(V128) };
}

/** Code computing exp of the f32x4 on the stack, leaving the result on the stack. */
function exp4(l: ExpLocals): number[] {
  const { x0, t, n, r } = l;
  const c: number[] = [];
  c.push(...op.tee(x0), ...op.v128F32(88.3762626647949), ...op.f32x4Pmin(), ...op.v128F32(-87.33654), ...op.f32x4Pmax(), ...op.set(t));
  c.push(...op.get(t), ...op.v128F32(1.4426950408889634), ...op.f32x4Mul(), ...op.f32x4Nearest(), ...op.set(n));
  c.push(...op.get(t), ...op.get(n), ...op.v128F32(0.693359375), ...op.f32x4Mul(), ...op.f32x4Sub());
  c.push(...op.get(n), ...op.v128F32(-2.1219444e-4), ...op.f32x4Mul(), ...op.f32x4Sub(), ...op.set(r));
  // p(r) = ((((P0 r + P1) r + P2) r + P3) r + P4) r + P5;  e^r ≈ p r² + r + 1
  c.push(...op.v128F32(1.98756915e-4));
  for (const k of [1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1]) {
    c.push(...op.get(r), ...op.f32x4Mul(), ...op.v128F32(k), ...op.f32x4Add());
  }
  c.push(
    ...op.get(r),
    ...op.f32x4Mul(),
    ...op.get(r),
    ...op.f32x4Mul(),
    ...op.get(r),
    ...op.f32x4Add(),
    ...op.v128F32(1),
    ...op.f32x4Add(),
  );
  // × 2ⁿ: the bits of n + 1.5·2²³ are 0x4B400000 + n (n integral, |n| ≤ 127)
  c.push(
    ...op.get(n),
    ...op.v128F32(12582912),
    ...op.f32x4Add(),
    ...op.v128I32(127 - 0x4b400000, 127 - 0x4b400000, 127 - 0x4b400000, 127 - 0x4b400000),
  );
  c.push(...op.i32x4Add(), ...op.i32(23), ...op.i32x4Shl());
  c.push(...op.f32x4Mul());
  // exactly 0 below the clamp (x < −87.34, and x = −∞)
  c.push(...op.get(x0), ...op.v128F32(-87.33654), ...F32X4_LT, ...op.v128AndNot());
  return c;
}

/** Horizontal sum ((l0 + l1) + l2) + l3 of a v128 local, as an f32 on the stack. */
const hsum = (v: number): number[] => [
  ...op.get(v),
  ...op.f32x4ExtractLane(0),
  ...op.get(v),
  ...op.f32x4ExtractLane(1),
  ...op.f32Add(),
  ...op.get(v),
  ...op.f32x4ExtractLane(2),
  ...op.f32Add(),
  ...op.get(v),
  ...op.f32x4ExtractLane(3),
  ...op.f32Add(),
];
const hmax = (v: number): number[] => [
  ...op.get(v),
  ...op.f32x4ExtractLane(0),
  ...op.get(v),
  ...op.f32x4ExtractLane(1),
  ...op.f32Max(),
  ...op.get(v),
  ...op.f32x4ExtractLane(2),
  ...op.f32Max(),
  ...op.get(v),
  ...op.f32x4ExtractLane(3),
  ...op.f32Max(),
];

/** Store `value` (code) at ptr (code): mode 1 overwrite, 2 add to what is there. */
function storeMode(mode: number, ptr: number[], value: number[]): number[] {
  return [
    ...op.get(mode),
    ...op.i32(2),
    ...op.i32Eq(),
    ...op.if(),
    ...ptr,
    ...ptr,
    ...op.v128Load(),
    ...value,
    ...op.f32x4Add(),
    ...op.v128Store(),
    ...op.else(),
    ...ptr,
    ...value,
    ...op.v128Store(),
    ...op.end(),
  ];
}

/**
 * swigluF(a, b, out, sig, i0, i1): out = a·σ(a)·b; sig = σ(a) unless sig = 0. σ from
 * e = exp(−|a|) (never overflows): 1/(1 + e) for a ≥ 0, e/(1 + e) below.
 */
function swigluF(): WasmFunc {
  const f = new Fn('swigluF', 6);
  const [a, b, out, sig, i0, i1] = [0, 1, 2, 3, 4, 5];
  const i = f.local(I32);
  const x = f.local(V128);
  const s = f.local(V128);
  const e1 = f.local(V128);
  const el = expLocals(f);
  f.for(i, op.get(i0), op.get(i1), 4, () => {
    f.e(ld(at(a, i)), op.set(x));
    f.e(op.get(x), SIGN, op.v128AndNot(), op.f32x4Neg(), exp4(el), op.set(s)); // s = e
    f.e(op.v128F32(1), op.v128F32(1), op.get(s), op.f32x4Add(), op.f32x4Div(), op.set(e1)); // 1/(1 + e)
    f.e(op.get(s), op.get(e1), op.f32x4Mul(), op.get(e1), op.get(x), op.v128F32(0), F32X4_LT, op.v128Bitselect(), op.set(s));
    f.e(op.get(sig), op.if(), at(sig, i), op.get(s), op.v128Store(), op.end());
    f.e(at(out, i), op.get(x), op.get(s), op.f32x4Mul(), ld(at(b, i)), op.f32x4Mul(), op.v128Store());
  });
  return f.done();
}

/**
 * swigluB(a, b, sig, go, ga, gb, i0, i1, aMode, bMode): ∂a = ∂o·b·s·(1 + a(1 − s)), ∂b = ∂o·a·s
 * (mode 0 skip, 1 overwrite, 2 accumulate).
 */
function swigluB(): WasmFunc {
  const f = new Fn('swigluB', 10);
  const [a, b, sig, go, ga, gb, i0, i1, am, bm] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const i = f.local(I32);
  const x = f.local(V128);
  const s = f.local(V128);
  const g = f.local(V128);
  f.for(i, op.get(i0), op.get(i1), 4, () => {
    f.e(ld(at(a, i)), op.set(x), ld(at(sig, i)), op.set(s), ld(at(go, i)), op.set(g));
    const va = [
      ...op.get(g),
      ...ld(at(b, i)),
      ...op.f32x4Mul(),
      ...op.get(s),
      ...op.f32x4Mul(),
      ...op.v128F32(1),
      ...op.get(x),
      ...op.v128F32(1),
      ...op.get(s),
      ...op.f32x4Sub(),
      ...op.f32x4Mul(),
      ...op.f32x4Add(),
      ...op.f32x4Mul(),
    ];
    f.e(op.get(am), op.if(), storeMode(am, at(ga, i), va), op.end());
    const vb = [...op.get(g), ...op.get(x), ...op.f32x4Mul(), ...op.get(s), ...op.f32x4Mul()];
    f.e(op.get(bm), op.if(), storeMode(bm, at(gb, i), vb), op.end());
  });
  return f.done();
}

/**
 * softmaxF(p, T, scale, r0, r1): rows r0…r1−1 of stacked T×T score blocks (row r is row r mod T
 * of its block): s = scale·p over the causal prefix j ≤ r mod T, p = softmax(s) there, 0 after.
 */
function softmaxF(): WasmFunc {
  const f = new Fn('softmaxF', 5);
  const [p, T, scaleBits, r0, r1] = [0, 1, 2, 3, 4];
  const [r, row, lim, nv, j] = [f.local(I32), f.local(I32), f.local(I32), f.local(I32), f.local(I32)];
  const [sc, mask, v, acc, lane] = [f.local(V128), f.local(V128), f.local(V128), f.local(V128), f.local(V128)];
  const [mx, inv] = [f.local(F32), f.local(F32)];
  const el = expLocals(f);
  f.e(op.get(scaleBits), op.f32ReinterpretI32(), op.f32x4Splat(), op.set(sc));
  f.e(op.v128I32(0, 1, 2, 3), op.set(lane));
  // mask = (j + lane) > lim
  const setMask = [
    ...op.get(j),
    ...op.i32x4Splat(),
    ...op.get(lane),
    ...op.i32x4Add(),
    ...op.get(lim),
    ...op.i32x4Splat(),
    ...op.i32x4GtS(),
    ...op.set(mask),
  ];
  f.for(r, op.get(r0), op.get(r1), 1, () => {
    f.e(op.get(p), op.get(r), op.get(T), op.i32Mul(), op.i32(4), op.i32Mul(), op.i32Add(), op.set(row));
    f.e(op.get(r), op.get(T), op.i32RemU(), op.set(lim));
    f.e(op.get(lim), op.i32(4), op.i32Add(), op.i32(-4), op.i32And(), op.set(nv)); // ⌈(lim + 1)/4⌉·4
    f.e(op.v128F32(-Infinity), op.set(acc));
    f.for(j, op.i32(0), op.get(nv), 4, () => {
      f.e(
        setMask,
        op.v128F32(-Infinity),
        ld(at(row, j)),
        op.get(sc),
        op.f32x4Mul(),
        op.get(mask),
        op.v128Bitselect(),
        op.get(acc),
        op.f32x4Max(),
        op.set(acc),
      );
    });
    f.e(hmax(acc), op.set(mx), op.v128F32(0), op.set(acc));
    f.for(j, op.i32(0), op.get(nv), 4, () => {
      f.e(
        setMask,
        ld(at(row, j)),
        op.get(sc),
        op.f32x4Mul(),
        op.get(mx),
        op.f32x4Splat(),
        op.f32x4Sub(),
        exp4(el),
        op.get(mask),
        op.v128AndNot(),
        op.set(v),
      );
      f.e(at(row, j), op.get(v), op.v128Store(), op.get(acc), op.get(v), op.f32x4Add(), op.set(acc));
    });
    f.e(op.f32(1), hsum(acc), op.f32Div(), op.set(inv));
    f.for(j, op.i32(0), op.get(nv), 4, () => {
      f.e(at(row, j), ld(at(row, j)), op.get(inv), op.f32x4Splat(), op.f32x4Mul(), op.v128Store());
    });
    f.for(j, op.get(nv), op.get(T), 4, () => f.e(at(row, j), op.v128F32(0), op.v128Store()));
  });
  return f.done();
}

/**
 * softmaxB(p, dp, T, scale, r0, r1): on the same rows, dp ← scale·p ⊙ (dp − Σ_j dp·p) over the
 * causal prefix, 0 after (p is the forward's softmax, zero after the prefix).
 */
function softmaxB(): WasmFunc {
  const f = new Fn('softmaxB', 6);
  const [p, dp, T, scaleBits, r0, r1] = [0, 1, 2, 3, 4, 5];
  const [r, prow, drow, nv, j] = [f.local(I32), f.local(I32), f.local(I32), f.local(I32), f.local(I32)];
  const [sc, acc, s] = [f.local(V128), f.local(V128), f.local(V128)];
  f.e(op.get(scaleBits), op.f32ReinterpretI32(), op.f32x4Splat(), op.set(sc));
  f.for(r, op.get(r0), op.get(r1), 1, () => {
    f.e(op.get(r), op.get(T), op.i32Mul(), op.i32(4), op.i32Mul(), op.set(drow));
    f.e(op.get(p), op.get(drow), op.i32Add(), op.set(prow), op.get(dp), op.get(drow), op.i32Add(), op.set(drow));
    f.e(op.get(r), op.get(T), op.i32RemU(), op.i32(4), op.i32Add(), op.i32(-4), op.i32And(), op.set(nv));
    f.e(op.v128F32(0), op.set(acc));
    f.for(j, op.i32(0), op.get(nv), 4, () => {
      f.e(op.get(acc), ld(at(drow, j)), ld(at(prow, j)), op.f32x4Mul(), op.f32x4Add(), op.set(acc));
    });
    f.e(hsum(acc), op.f32x4Splat(), op.set(s));
    f.for(j, op.i32(0), op.get(nv), 4, () => {
      f.e(
        at(drow, j),
        ld(at(prow, j)),
        ld(at(drow, j)),
        op.get(s),
        op.f32x4Sub(),
        op.f32x4Mul(),
        op.get(sc),
        op.f32x4Mul(),
        op.v128Store(),
      );
    });
    f.for(j, op.get(nv), op.get(T), 4, () => f.e(at(drow, j), op.v128F32(0), op.v128Store()));
  });
  return f.done();
}

/** rmsF(x, out, rs, G, eps, r0, r1): per row of G, r = 1/√(mean(x²) + ε) into rs[row], out = x·r. */
function rmsF(): WasmFunc {
  const f = new Fn('rmsF', 7);
  const [x, out, rs, G, epsBits, r0, r1] = [0, 1, 2, 3, 4, 5, 6];
  const [r, xr, orow, j] = [f.local(I32), f.local(I32), f.local(I32), f.local(I32)];
  const [acc, v] = [f.local(V128), f.local(V128)];
  const ri = f.local(F32);
  f.for(r, op.get(r0), op.get(r1), 1, () => {
    f.e(op.get(r), op.get(G), op.i32Mul(), op.i32(4), op.i32Mul(), op.set(orow));
    f.e(op.get(x), op.get(orow), op.i32Add(), op.set(xr), op.get(out), op.get(orow), op.i32Add(), op.set(orow));
    f.e(op.v128F32(0), op.set(acc));
    f.for(j, op.i32(0), op.get(G), 4, () =>
      f.e(ld(at(xr, j)), op.set(v), op.get(acc), op.get(v), op.get(v), op.f32x4Mul(), op.f32x4Add(), op.set(acc)),
    );
    f.e(
      op.f32(1),
      hsum(acc),
      op.get(G),
      op.f32ConvertI32U(),
      op.f32Div(),
      fparam(epsBits),
      op.f32Add(),
      op.f32Sqrt(),
      op.f32Div(),
      op.set(ri),
    );
    f.e(at(rs, r), op.get(ri), op.f32Store());
    f.e(op.get(ri), op.f32x4Splat(), op.set(v));
    f.for(j, op.i32(0), op.get(G), 4, () => f.e(at(orow, j), ld(at(xr, j)), op.get(v), op.f32x4Mul(), op.v128Store()));
  });
  return f.done();
}

/** rmsB(y, gy, rs, gx, G, r0, r1, mode): ∂x = r·(∂y − y·mean(∂y ⊙ y)) per row (mode 1 overwrite, 2 add). */
function rmsB(): WasmFunc {
  const f = new Fn('rmsB', 8);
  const [y, gy, rs, gx, G, r0, r1, mode] = [0, 1, 2, 3, 4, 5, 6, 7];
  const [r, yr, gr, xr, j] = [f.local(I32), f.local(I32), f.local(I32), f.local(I32), f.local(I32)];
  const [acc, s, rv] = [f.local(V128), f.local(V128), f.local(V128)];
  f.for(r, op.get(r0), op.get(r1), 1, () => {
    f.e(op.get(r), op.get(G), op.i32Mul(), op.i32(4), op.i32Mul(), op.set(xr));
    f.e(
      op.get(y),
      op.get(xr),
      op.i32Add(),
      op.set(yr),
      op.get(gy),
      op.get(xr),
      op.i32Add(),
      op.set(gr),
      op.get(gx),
      op.get(xr),
      op.i32Add(),
      op.set(xr),
    );
    f.e(op.v128F32(0), op.set(acc));
    f.for(j, op.i32(0), op.get(G), 4, () => f.e(op.get(acc), ld(at(gr, j)), ld(at(yr, j)), op.f32x4Mul(), op.f32x4Add(), op.set(acc)));
    f.e(hsum(acc), op.get(G), op.f32ConvertI32U(), op.f32Div(), op.f32x4Splat(), op.set(s));
    f.e(at(rs, r), op.f32Load(), op.f32x4Splat(), op.set(rv));
    f.for(j, op.i32(0), op.get(G), 4, () =>
      f.e(
        storeMode(mode, at(xr, j), [
          ...op.get(rv),
          ...ld(at(gr, j)),
          ...ld(at(yr, j)),
          ...op.get(s),
          ...op.f32x4Mul(),
          ...op.f32x4Sub(),
          ...op.f32x4Mul(),
        ]),
      ),
    );
  });
  return f.done();
}

/**
 * tileF(a, b, out, m, i0, i1, kind): out[i] = a[i] ∘ b[i mod m] for i in [i0, i1), ∘ = + (kind 0)
 * or · (kind 1); m a multiple of 4 dividing the tensor's size.
 */
function tileF(): WasmFunc {
  const f = new Fn('tileF', 7);
  const [a, b, out, m, i0, i1, kind] = [0, 1, 2, 3, 4, 5, 6];
  const [i, jb] = [f.local(I32), f.local(I32)];
  f.e(op.get(i0), op.get(m), op.i32RemU(), op.set(jb));
  for (const k of [0, 1]) {
    f.e(op.get(kind), op.i32(k), op.i32Eq(), op.if());
    f.for(i, op.get(i0), op.get(i1), 4, () => {
      f.e(at(out, i), ld(at(a, i)), ld(at(b, jb)), k === 0 ? op.f32x4Add() : op.f32x4Mul(), op.v128Store());
      f.e(op.get(jb), op.i32(4), op.i32Add(), op.set(jb), op.get(jb), op.get(m), op.i32Eq(), op.if(), op.i32(0), op.set(jb), op.end());
    });
    f.e(op.end());
  }
  return f.done();
}

/**
 * tileB(g, b, ga, m, i0, i1, mode, kind): ∂a[i] (mode 1 =, 2 +=) g[i] (kind 0) or g[i]·b[i mod m] (kind 1).
 */
function tileB(): WasmFunc {
  const f = new Fn('tileB', 8);
  const [g, b, ga, m, i0, i1, mode, kind] = [0, 1, 2, 3, 4, 5, 6, 7];
  const [i, jb] = [f.local(I32), f.local(I32)];
  f.e(op.get(i0), op.get(m), op.i32RemU(), op.set(jb));
  for (const k of [0, 1]) {
    f.e(op.get(kind), op.i32(k), op.i32Eq(), op.if());
    f.for(i, op.get(i0), op.get(i1), 4, () => {
      const v = k === 0 ? ld(at(g, i)) : [...ld(at(g, i)), ...ld(at(b, jb)), ...op.f32x4Mul()];
      f.e(storeMode(mode, at(ga, i), v));
      f.e(op.get(jb), op.i32(4), op.i32Add(), op.set(jb), op.get(jb), op.get(m), op.i32Eq(), op.if(), op.i32(0), op.set(jb), op.end());
    });
    f.e(op.end());
  }
  return f.done();
}

/**
 * colSum(g, x, gb, m, rows, j0, j1): gb[j] += Σ_r g[r, j] (x = 0) or Σ_r g[r, j]·x[r, j], for
 * columns j0…j1−1 of [rows, m] (rows summed in order: a column range split keeps the order).
 */
function colSum(): WasmFunc {
  const f = new Fn('colSum', 7);
  const [g, x, gb, m, rows, j0, j1] = [0, 1, 2, 3, 4, 5, 6];
  const [j, r, gp, xp] = [f.local(I32), f.local(I32), f.local(I32), f.local(I32)];
  const acc = f.local(V128);
  const stride = [...op.get(m), ...op.i32(4), ...op.i32Mul()];
  for (const withX of [false, true]) {
    f.e(op.get(x), withX ? [] : op.i32Eqz(), op.if());
    f.for(j, op.get(j0), op.get(j1), 4, () => {
      f.e(ld(at(gb, j)), op.set(acc), at(g, j), op.set(gp), at(x, j), op.set(xp));
      f.for(r, op.i32(0), op.get(rows), 1, () => {
        f.e(op.get(acc), ld(op.get(gp)), withX ? [...ld(op.get(xp)), ...op.f32x4Mul()] : [], op.f32x4Add(), op.set(acc));
        f.e(op.get(gp), stride, op.i32Add(), op.set(gp), op.get(xp), stride, op.i32Add(), op.set(xp));
      });
      f.e(at(gb, j), op.get(acc), op.v128Store());
    });
    f.e(op.end());
  }
  return f.done();
}

/** ceF(z, V, mx, sm, r0, r1): per row of V logits, mx[row] = max, sm[row] = Σ exp(z − max). */
function ceF(): WasmFunc {
  const f = new Fn('ceF', 6);
  const [z, V, mx, sm, r0, r1] = [0, 1, 2, 3, 4, 5];
  const [r, row, j] = [f.local(I32), f.local(I32), f.local(I32)];
  const acc = f.local(V128);
  const m = f.local(F32);
  const el = expLocals(f);
  f.for(r, op.get(r0), op.get(r1), 1, () => {
    f.e(op.get(z), op.get(r), op.get(V), op.i32Mul(), op.i32(4), op.i32Mul(), op.i32Add(), op.set(row));
    f.e(op.v128F32(-Infinity), op.set(acc));
    f.for(j, op.i32(0), op.get(V), 4, () => f.e(op.get(acc), ld(at(row, j)), op.f32x4Pmax(), op.set(acc)));
    f.e(hmax(acc), op.set(m), at(mx, r), op.get(m), op.f32Store(), op.v128F32(0), op.set(acc));
    f.for(j, op.i32(0), op.get(V), 4, () =>
      f.e(op.get(acc), ld(at(row, j)), op.get(m), op.f32x4Splat(), op.f32x4Sub(), exp4(el), op.f32x4Add(), op.set(acc)),
    );
    f.e(at(sm, r), hsum(acc), op.f32Store());
  });
  return f.done();
}

/** ceB(z, gz, lse, V, s, r0, r1, mode): ∂z = s·exp(z − lse[row]) per row (mode 1 =, 2 +=). */
function ceB(): WasmFunc {
  const f = new Fn('ceB', 8);
  const [z, gz, lse, V, sBits, r0, r1, mode] = [0, 1, 2, 3, 4, 5, 6, 7];
  const [r, row, grow, j] = [f.local(I32), f.local(I32), f.local(I32), f.local(I32)];
  const [l, s] = [f.local(V128), f.local(V128)];
  const el = expLocals(f);
  f.e(fparam(sBits), op.f32x4Splat(), op.set(s));
  f.for(r, op.get(r0), op.get(r1), 1, () => {
    f.e(op.get(r), op.get(V), op.i32Mul(), op.i32(4), op.i32Mul(), op.set(grow));
    f.e(op.get(z), op.get(grow), op.i32Add(), op.set(row), op.get(gz), op.get(grow), op.i32Add(), op.set(grow));
    f.e(at(lse, r), op.f32Load(), op.f32x4Splat(), op.set(l));
    f.for(j, op.i32(0), op.get(V), 4, () =>
      f.e(storeMode(mode, at(grow, j), [...op.get(s), ...ld(at(row, j)), ...op.get(l), ...op.f32x4Sub(), ...exp4(el), ...op.f32x4Mul()])),
    );
  });
  return f.done();
}

/**
 * tanhF(x, y, i0, i1): y = tanh(x) = sign(x)·(1 − e)/(1 + e), e = exp(−2|x|), and the odd Taylor
 * polynomial to x⁹ for |x| < 0.25 (where 1 − e cancels).
 */
function tanhF(): WasmFunc {
  const f = new Fn('tanhF', 4);
  const [x, y, i0, i1] = [0, 1, 2, 3];
  const i = f.local(I32);
  const [v, a, e, x2, big] = [f.local(V128), f.local(V128), f.local(V128), f.local(V128), f.local(V128)];
  const el = expLocals(f);
  f.for(i, op.get(i0), op.get(i1), 4, () => {
    f.e(ld(at(x, i)), op.set(v));
    // a = |v| (v with the sign bit cleared)
    f.e(op.get(v), SIGN, op.v128AndNot(), op.set(a));
    f.e(op.get(a), op.v128F32(-2), op.f32x4Mul(), exp4(el), op.set(e));
    f.e(op.v128F32(1), op.get(e), op.f32x4Sub(), op.v128F32(1), op.get(e), op.f32x4Add(), op.f32x4Div(), op.set(big));
    // small: a·(1 + x²(−1/3 + x²(2/15 + x²(−17/315 + x²·62/2835))))
    f.e(op.get(a), op.get(a), op.f32x4Mul(), op.set(x2));
    f.e(op.v128F32(62 / 2835));
    for (const k of [-17 / 315, 2 / 15, -1 / 3, 1]) f.e(op.get(x2), op.f32x4Mul(), op.v128F32(k), op.f32x4Add());
    f.e(op.get(a), op.f32x4Mul());
    // choose by a < 0.25 (lanes all-ones where small): bitselect(small, big, mask)
    f.e(op.get(big), op.get(a), op.v128F32(0.25), F32X4_LT, op.v128Bitselect());
    // copy v's sign
    f.e(op.get(v), SIGN, V128_AND, V128_OR);
    f.e(op.set(v), at(y, i), op.get(v), op.v128Store());
  });
  return f.done();
}

/**
 * adamw(th, g, m, v, n, pp): AdamW on floats [0, n) of one tensor; pp points at f32
 * [b1, 1 − b1, b2, 1 − b2, c1, c2, eps, lr, λ] (c = bias corrections 1/(1 − βᵗ)):
 * m ← b1·m + (1 − b1)g; v ← b2·v + (1 − b2)g²; θ ← θ − lr·(m·c1/(√(v·c2) + ε) + λθ).
 * Two extra params i0, i1 restrict the range.
 */
function adamwK(): WasmFunc {
  const f = new Fn('adamw', 7);
  const [th, g, m, v, pp, i0, i1] = [0, 1, 2, 3, 4, 5, 6];
  const i = f.local(I32);
  const k = Array.from({ length: 9 }, () => f.local(V128));
  const [gv, mv, vv, tv] = [f.local(V128), f.local(V128), f.local(V128), f.local(V128)];
  for (let q = 0; q < 9; q++) f.e(op.get(pp), op.v128Load32Splat(4 * q), op.set(k[q]));
  const [b1, nb1, b2, nb2, c1, c2, eps, lr, lam] = k;
  f.for(i, op.get(i0), op.get(i1), 4, () => {
    f.e(ld(at(g, i)), op.set(gv));
    f.e(op.get(b1), ld(at(m, i)), op.f32x4Mul(), op.get(nb1), op.get(gv), op.f32x4Mul(), op.f32x4Add(), op.set(mv));
    f.e(
      op.get(b2),
      ld(at(v, i)),
      op.f32x4Mul(),
      op.get(nb2),
      op.get(gv),
      op.f32x4Mul(),
      op.get(gv),
      op.f32x4Mul(),
      op.f32x4Add(),
      op.set(vv),
    );
    f.e(at(m, i), op.get(mv), op.v128Store(), at(v, i), op.get(vv), op.v128Store());
    f.e(ld(at(th, i)), op.set(tv));
    f.e(at(th, i), op.get(tv), op.get(lr));
    f.e(
      op.get(mv),
      op.get(c1),
      op.f32x4Mul(),
      op.get(vv),
      op.get(c2),
      op.f32x4Mul(),
      op.f32x4Sqrt(),
      op.get(eps),
      op.f32x4Add(),
      op.f32x4Div(),
    );
    f.e(op.get(lam), op.get(tv), op.f32x4Mul(), op.f32x4Add(), op.f32x4Mul(), op.f32x4Sub(), op.v128Store());
  });
  return f.done();
}

/** tanhB(y, gy, gx, i0, i1, mode): ∂x = ∂y·(1 − y²) (mode 1 =, 2 +=). */
function tanhB(): WasmFunc {
  const f = new Fn('tanhB', 6);
  const [y, gy, gx, i0, i1, mode] = [0, 1, 2, 3, 4, 5];
  const i = f.local(I32);
  const v = f.local(V128);
  f.for(i, op.get(i0), op.get(i1), 4, () => {
    f.e(ld(at(y, i)), op.set(v));
    f.e(
      storeMode(mode, at(gx, i), [
        ...ld(at(gy, i)),
        ...op.v128F32(1),
        ...op.get(v),
        ...op.get(v),
        ...op.f32x4Mul(),
        ...op.f32x4Sub(),
        ...op.f32x4Mul(),
      ]),
    );
  });
  return f.done();
}

/**
 * packT(src, ld4, K, panels, dst): pack `panels` full NR-column panels of a transposed B
 * (op(B)[k, j] = src[j·ld + k]) as the GEMM wants them: dst[p·NR·K + k·NR + c] = op(B)[k, p·NR + c].
 */
function packT(nr: number): WasmFunc {
  const f = new Fn('packT', 5);
  const [src, ld4, K, panels, dst] = [0, 1, 2, 3, 4];
  const [pn, c, k, sp, dp] = [f.local(I32), f.local(I32), f.local(I32), f.local(I32), f.local(I32)];
  f.for(pn, op.i32(0), op.get(panels), 1, () => {
    f.for(c, op.i32(0), op.i32(nr), 1, () => {
      f.e(op.get(src), op.get(pn), op.i32(nr), op.i32Mul(), op.get(c), op.i32Add(), op.get(ld4), op.i32Mul(), op.i32Add(), op.set(sp));
      f.e(
        op.get(dst),
        op.get(pn),
        op.get(K),
        op.i32Mul(),
        op.i32(nr),
        op.i32Mul(),
        op.get(c),
        op.i32Add(),
        op.i32(4),
        op.i32Mul(),
        op.i32Add(),
        op.set(dp),
      );
      f.for(k, op.i32(0), op.get(K), 1, () => {
        f.e(op.get(dp), op.get(sp), op.f32Load(), op.f32Store());
        f.e(op.get(sp), op.i32(4), op.i32Add(), op.set(sp), op.get(dp), op.i32(4 * nr), op.i32Add(), op.set(dp));
      });
    });
  });
  return f.done();
}

/** The elementwise kernels, in module order after the GEMM's functions (export names); `nr` is the GEMM's panel width. */
export function elementwiseFuncs(nr: number): WasmFunc[] {
  return [
    swigluF(),
    swigluB(),
    softmaxF(),
    softmaxB(),
    rmsF(),
    rmsB(),
    tileF(),
    tileB(),
    colSum(),
    ceF(),
    ceB(),
    tanhF(),
    adamwK(),
    tanhB(),
    packT(nr),
  ];
}

/** Export names of the elementwise kernels (helper-thread post codes follow 'gemm' in this order). */
export const ELEMENTWISE = [
  'swigluF',
  'swigluB',
  'softmaxF',
  'softmaxB',
  'rmsF',
  'rmsB',
  'tileF',
  'tileB',
  'colSum',
  'ceF',
  'ceB',
  'tanhF',
  'adamw',
  'tanhB',
  'packT',
] as const;
export type ElementwiseName = (typeof ELEMENTWISE)[number];

const bitsView = new DataView(new ArrayBuffer(4));
/** The IEEE single bits of x as an i32 (a float argument of a kernel). */
export function f32Bits(x: number): number {
  bitsView.setFloat32(0, x, true);
  return bitsView.getInt32(0, true);
}
