/**
 * The WebAssembly kernel module (built from kernels.c by scripts/build-wasm.mjs and shipped as
 * base64 in kernels.gen.ts): instantiated synchronously on first use, in Node and in the
 * browser alike. Operands are copied into the module's memory above `__heap_base` (a bump
 * arena reset by each call), the kernel runs, results are copied out. If WebAssembly or SIMD
 * is unavailable, `kernels()` returns null and core/linalg uses its TypeScript twins.
 */
import { QuireError } from '../errors.js';
import { KERNELS_WASM_BASE64 } from './kernels.gen.js';

interface Exports {
  memory: WebAssembly.Memory;
  __heap_base: WebAssembly.Global;
  gemm(m: number, n: number, k: number, A: number, lda: number, B: number, ldb: number, C: number, ldc: number, acc: number): void;
  tridiag(n: number, a: number, d: number, e: number, tau: number, ws: number): void;
  tridiagWork(n: number): number;
  formQt(n: number, a: number, tau: number, W: number, ws: number): void;
  tql(n: number, d: number, e: number, W: number, hdr: number, hcap: number, cs: number, cscap: number): number;
  stedc(n: number, d: number, e: number, Zt: number, ws: number, iw: number): number;
  stedcWork(n: number): number;
  stedcIWork(n: number): number;
  ormtr(n: number, a: number, tau: number, Z: number, ws: number): void;
  ormtrWork(n: number): number;
  sterf(n: number, d: number, e: number): number;
  rotSweeps(len: number, X: number, hdr: number, nsw: number, cs: number): void;
  hqrIter(nn: number, H: number, V: number, d: number, e: number, norm: number): number;
  hessenberg(n: number, H: number, V: number, U: number, hs: number, f: number): void;
  bidiag(m: number, n: number, a: number, s: number, e: number, work: number, Ut: number, Vt: number): void;
  transpose(r: number, c: number, inp: number, out: number): void;
  transposeSquare(n: number, a: number): void;
  lu(n: number, a: number, perm: number, zero: number, stats: number): number;
  cholesky(n: number, a: number): number;
  sortf64(x: number, n: number, ix: number, keys: number, tkeys: number, tix: number, cnt: number): void;
}

/** A bump allocator over the module's memory (8-byte aligned blocks, 16-byte aligned starts). */
export class Arena {
  private top: number;
  constructor(
    readonly ex: Exports,
    private readonly base: number,
  ) {
    this.top = base;
  }
  /** Reserve `bytes` and return the offset. */
  alloc(bytes: number): number {
    // no bit ops: offsets may pass 2^31; wasm32 memory stops at 4 GiB
    const at = Math.ceil(this.top / 16) * 16;
    const top = at + bytes;
    const have = this.ex.memory.buffer.byteLength;
    if (top > have) {
      const fail = (): never => {
        throw new QuireError(
          `linalg: the WebAssembly kernels need ${Math.ceil(top / 2 ** 20)} MiB, more than their memory can hold (4 GiB at most); use linalg.setBackend('ts') for this size`,
        );
      };
      if (top > 2 ** 32) fail();
      try {
        this.ex.memory.grow(Math.ceil((top - have) / 65536));
      } catch {
        fail();
      }
    }
    this.top = top;
    return at;
  }
  /** Copy a Float64Array in; returns its offset. */
  f64(src: ArrayLike<number> | number): number {
    const n = typeof src === 'number' ? src : src.length;
    const at = this.alloc(n * 8);
    if (typeof src !== 'number') new Float64Array(this.ex.memory.buffer, at, n).set(src);
    return at;
  }
  i32(n: number): number {
    return this.alloc(n * 4);
  }
  /** A live view (invalidated by the next alloc that grows memory). */
  viewF64(at: number, n: number): Float64Array {
    return new Float64Array(this.ex.memory.buffer, at, n);
  }
  viewI32(at: number, n: number): Int32Array {
    return new Int32Array(this.ex.memory.buffer, at, n);
  }
  reset(): void {
    this.top = this.base;
  }
}

let state: Arena | null | undefined;

function decode(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The kernels with a fresh arena, or null when WebAssembly SIMD is not available here. */
export function kernels(): Arena | null {
  if (state === undefined) {
    try {
      const mod = new WebAssembly.Module(decode(KERNELS_WASM_BASE64) as Uint8Array<ArrayBuffer>);
      const ex = new WebAssembly.Instance(mod, {}).exports as unknown as Exports;
      state = new Arena(ex, ex.__heap_base.value as number);
    } catch {
      state = null;
    }
  }
  if (state) state.reset();
  return state;
}
