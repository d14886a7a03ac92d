/**
 * A minimal WebAssembly binary emitter: enough to build the f32 engine's kernels at runtime
 * (no build-time tool, no binary blob in the repository). Functions are byte arrays of
 * instructions; `moduleBytes` wraps them in a module that imports one memory (`env.memory`)
 * and exports every function by name.
 * @see WebAssembly Core Specification 2.0, §5 (binary format); SIMD proposal opcodes.
 */

/** Value types. */
export const I32 = 0x7f;
export const F32 = 0x7d;
export const V128 = 0x7b;

/** Unsigned LEB128. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (32-bit). */
export function sleb(n: number): number[] {
  const out: number[] = [];
  n |= 0;
  while (true) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const simd = (op: number): number[] => [0xfd, ...uleb(op)];
const memarg = (align: number, offset: number): number[] => [...uleb(align), ...uleb(offset)];

/** Instructions (each returns its bytes). */
export const op = {
  block: (): number[] => [0x02, 0x40],
  loop: (): number[] => [0x03, 0x40],
  if: (): number[] => [0x04, 0x40],
  else: (): number[] => [0x05],
  end: (): number[] => [0x0b],
  br: (depth: number): number[] => [0x0c, ...uleb(depth)],
  brIf: (depth: number): number[] => [0x0d, ...uleb(depth)],
  call: (fn: number): number[] => [0x10, ...uleb(fn)],
  get: (l: number): number[] => [0x20, ...uleb(l)],
  set: (l: number): number[] => [0x21, ...uleb(l)],
  tee: (l: number): number[] => [0x22, ...uleb(l)],
  f32Load: (offset = 0): number[] => [0x2a, ...memarg(2, offset)],
  i32Load: (offset = 0): number[] => [0x28, ...memarg(2, offset)],
  f32Store: (offset = 0): number[] => [0x38, ...memarg(2, offset)],
  i32: (v: number): number[] => [0x41, ...sleb(v)],
  f32: (v: number): number[] => {
    const b = new Uint8Array(new Float32Array([v]).buffer);
    return [0x43, ...b];
  },
  i32Eqz: (): number[] => [0x45],
  i32Eq: (): number[] => [0x46],
  i32Ne: (): number[] => [0x47],
  i32LtS: (): number[] => [0x48],
  i32GtS: (): number[] => [0x4a],
  i32LeS: (): number[] => [0x4c],
  i32GeS: (): number[] => [0x4e],
  i32Add: (): number[] => [0x6a],
  i32Sub: (): number[] => [0x6b],
  i32Mul: (): number[] => [0x6c],
  i32And: (): number[] => [0x71],
  i32Or: (): number[] => [0x72],
  i32Shl: (): number[] => [0x74],
  f32Add: (): number[] => [0x92],
  f32Sub: (): number[] => [0x93],
  f32Mul: (): number[] => [0x94],
  select: (): number[] => [0x1b],
  v128Load: (offset = 0): number[] => [...simd(0x00), ...memarg(4, offset)],
  v128Load32Splat: (offset = 0): number[] => [...simd(0x09), ...memarg(2, offset)],
  v128Store: (offset = 0): number[] => [...simd(0x0b), ...memarg(4, offset)],
  f32x4Splat: (): number[] => simd(0x13),
  f32x4Add: (): number[] => simd(0xe4),
  f32x4Sub: (): number[] => simd(0xe5),
  f32x4Mul: (): number[] => simd(0xe6),
  f32x4Max: (): number[] => simd(0xe9),
  f32x4Min: (): number[] => simd(0xe8),
  /** pseudo-min b < a ? b : a (one minps on x64; min/max with NaN rules take several) */
  f32x4Pmin: (): number[] => simd(0xea),
  /** pseudo-max a < b ? b : a */
  f32x4Pmax: (): number[] => simd(0xeb),
  i32x4Sub: (): number[] => simd(0xb1),
  f32x4Div: (): number[] => simd(0xe7),
  f32x4Sqrt: (): number[] => simd(0xe3),
  f32x4Neg: (): number[] => simd(0xe1),
  f32x4Nearest: (): number[] => simd(0x6a),
  f32x4ExtractLane: (lane: number): number[] => [...simd(0x1f), lane],
  i32x4Splat: (): number[] => simd(0x11),
  i32x4Add: (): number[] => simd(0xae),
  i32x4Shl: (): number[] => simd(0xab),
  i32x4GtS: (): number[] => simd(0x3b),
  i32x4TruncSatF32x4S: (): number[] => simd(0xf8),
  v128AndNot: (): number[] => simd(0x4f),
  v128Bitselect: (): number[] => simd(0x52),
  /** v128.const of four f32 lanes (one value splatted, or four) */
  v128F32: (...v: number[]): number[] => {
    const lanes = v.length === 1 ? [v[0], v[0], v[0], v[0]] : v;
    return [...simd(0x0c), ...new Uint8Array(new Float32Array(lanes).buffer)];
  },
  /** v128.const of four i32 lanes */
  v128I32: (...v: number[]): number[] => [...simd(0x0c), ...new Uint8Array(new Int32Array(v).buffer)],
  i32RemU: (): number[] => [0x70],
  i32GeU: (): number[] => [0x4f],
  f32Div: (): number[] => [0x95],
  f32Sqrt: (): number[] => [0x91],
  f32Max: (): number[] => [0x97],
  f32ConvertI32U: (): number[] => [0xb3],
  f32ReinterpretI32: (): number[] => [0xbe],
};

/** One function of a module. */
export interface WasmFunc {
  name: string;
  params: number[];
  results: number[];
  /** extra locals, by type, after the params */
  locals: number[];
  body: number[];
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}
function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}
function name(s: string): number[] {
  const b = [...new TextEncoder().encode(s)];
  return [...uleb(b.length), ...b];
}

/**
 * A module importing `env.memory` (shared if `shared`, with `maxPages`) and exporting `funcs`.
 * Functions call each other by their index in `funcs`.
 */
export function moduleBytes(funcs: WasmFunc[], memory: { shared: boolean; maxPages: number }): Uint8Array {
  const types = funcs.map((f) => [0x60, ...vec(f.params.map((t) => [t])), ...vec(f.results.map((t) => [t]))]);
  const limits = memory.shared ? [0x03, ...uleb(0), ...uleb(memory.maxPages)] : [0x00, ...uleb(0)];
  const imports = vec([[...name('env'), ...name('memory'), 0x02, ...limits]]);
  const fnSec = vec(funcs.map((_, i) => uleb(i)));
  const exports = vec(funcs.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]));
  const codes = funcs.map((f) => {
    const groups: number[][] = [];
    for (let i = 0; i < f.locals.length;) {
      let j = i;
      while (j < f.locals.length && f.locals[j] === f.locals[i]) j++;
      groups.push([...uleb(j - i), f.locals[i]]);
      i = j;
    }
    const body = [...vec(groups), ...f.body, 0x0b];
    return [...uleb(body.length), ...body];
  });
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vec(types)),
    ...section(2, imports),
    ...section(3, fnSec),
    ...section(7, exports),
    ...section(10, vec(codes)),
  ]);
}
