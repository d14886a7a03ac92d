/**
 * Single-precision GEMM on WebAssembly SIMD (f32x4), emitted at runtime:
 *   C (+)= op(A) · op(B),  op(X) = X or Xᵀ,  A: M×K, B: K×N, C: M×N row-major (leading dims given).
 *
 * The packed design of Goto & van de Geijn (2008), with A read in place: op(B) is packed into
 * NR-column panels (k-major, zero-padded; full panels of an untransposed B are copied by a wasm
 * f32x4 loop), and an MR×NR register micro-kernel (MR·NR/4 f32x4 accumulators; per k, MR
 * broadcasts of A and NR/4 loads of B) sweeps each B panel (kept in L1) over a block of
 * `mcBlocks` row blocks of A (kept in L2). A needs no packing: untransposed, the kernel walks MR
 * row pointers; transposed, the MR values of one k are contiguous (constant load offsets).
 * Edge tiles go through a scratch tile. The loops run in wasm (one JS→wasm call per GEMM).
 *
 * Baseline wasm SIMD has no FMA, so a k-step costs MR·NR/4 multiplies and as many adds: the
 * kernel reaches ≈ 24–30 GFLOP/s on the 2-core dev VM (2.6 GHz EPYC), against ≈ 90 for
 * OpenBLAS's AVX-512 FMA kernel on one core.
 * @see Goto & van de Geijn, Anatomy of High-Performance Matrix Multiplication, ACM TOMS 34(3), 2008
 */
import { F32Heap, MAX_PAGES } from './heap.js';
import { CTRL_INTS, F32Helper } from './threads.js';
import { ELEMENTWISE, elementwiseFuncs, type ElementwiseName } from './kernels.js';
import { I32, V128, moduleBytes, op, type WasmFunc } from './wasm.js';

/**
 * Micro-kernel rows. 4×8 (8 accumulators) beats 6×8 (12) by ≈ 30 % here: V8 keeps one of the 16
 * xmm registers as scratch, so 12 accumulators + 2 B vectors + the broadcast spill.
 */
export const MR = 4;
/** Micro-kernel columns (a multiple of 4). */
export const NR = 8;
const NV = NR / 4;

/**
 * The MR×NR micro-kernel. params: 0 pa, 1 lda4 (bytes between rows of A, or between k of Aᵀ),
 * 2 rows (valid rows, ≤ MR), 3 pb (packed panel), 4 K, 5 pc, 6 ldc4, 7 acc.
 * trans = false: A[r, k] at pa + r·lda4 + 4k (row pointers; rows ≥ `rows` reuse row 0);
 * trans = true: A[r, k] at pa + k·lda4 + 4r (one pointer, constant offsets).
 */
function tileFunc(trans: boolean): WasmFunc {
  const [pa, lda4, rows, pb, K, pc, ldc, acc] = [0, 1, 2, 3, 4, 5, 6, 7];
  const c0 = 8;
  const b0 = c0 + MR * NV;
  const a = b0 + NV;
  const k = a + 1;
  const rp0 = k + 1; // MR row pointers (untransposed)
  const locals = [...Array<number>(MR * NV + NV + 1).fill(V128), I32, ...Array<number>(MR).fill(I32)];
  const cIdx = (r: number, j: number) => c0 + r * NV + j;
  const body: number[] = [];
  for (let i = 0; i < MR * NV; i++) body.push(...op.f32(0), ...op.f32x4Splat(), ...op.set(c0 + i));
  if (!trans) {
    // rp_r = r < rows ? pa + r·lda4 : pa
    for (let r = 0; r < MR; r++) {
      body.push(...op.get(pa), ...op.i32(r), ...op.get(lda4), ...op.i32Mul(), ...op.i32Add());
      body.push(...op.get(pa), ...op.i32(r), ...op.get(rows), ...op.i32LtS(), ...op.select(), ...op.set(rp0 + r));
    }
  }
  body.push(...op.get(K), ...op.set(k));
  body.push(...op.loop());
  for (let j = 0; j < NV; j++) body.push(...op.get(pb), ...op.v128Load(16 * j), ...op.set(b0 + j));
  for (let r = 0; r < MR; r++) {
    if (trans) body.push(...op.get(pa), ...op.v128Load32Splat(4 * r), ...op.set(a));
    else {
      body.push(...op.get(rp0 + r), ...op.v128Load32Splat(0), ...op.set(a));
      body.push(...op.get(rp0 + r), ...op.i32(4), ...op.i32Add(), ...op.set(rp0 + r));
    }
    for (let j = 0; j < NV; j++) {
      body.push(...op.get(cIdx(r, j)), ...op.get(a), ...op.get(b0 + j), ...op.f32x4Mul(), ...op.f32x4Add(), ...op.set(cIdx(r, j)));
    }
  }
  if (trans) body.push(...op.get(pa), ...op.get(lda4), ...op.i32Add(), ...op.set(pa));
  body.push(...op.get(pb), ...op.i32(NR * 4), ...op.i32Add(), ...op.set(pb));
  body.push(...op.get(k), ...op.i32(1), ...op.i32Sub(), ...op.tee(k), ...op.brIf(0), ...op.end());
  const store = (accumulate: boolean): number[] => {
    const s: number[] = [];
    for (let r = 0; r < MR; r++) {
      for (let j = 0; j < NV; j++) {
        s.push(...op.get(pc));
        if (accumulate) s.push(...op.get(pc), ...op.v128Load(16 * j), ...op.get(cIdx(r, j)), ...op.f32x4Add());
        else s.push(...op.get(cIdx(r, j)));
        s.push(...op.v128Store(16 * j));
      }
      if (r < MR - 1) s.push(...op.get(pc), ...op.get(ldc), ...op.i32Add(), ...op.set(pc));
    }
    return s;
  };
  body.push(...op.get(acc), ...op.if(), ...store(true), ...op.else(), ...store(false), ...op.end());
  return { name: trans ? 'tileT' : 'tileN', params: Array<number>(8).fill(I32), results: [], locals, body };
}

/** Copy rows×cols from src (row stride NR·4) to dst (row stride ldc4), adding to dst when acc. */
function edgeFunc(): WasmFunc {
  // params: 0 src, 1 dst, 2 ldc4, 3 rows, 4 cols, 5 acc; locals: 6 r, 7 c, 8 d, 9 s
  const body = [
    ...op.i32(0),
    ...op.set(6),
    ...op.loop(),
    ...op.i32(0),
    ...op.set(7),
    ...op.get(1),
    ...op.get(6),
    ...op.get(2),
    ...op.i32Mul(),
    ...op.i32Add(),
    ...op.set(8),
    ...op.get(0),
    ...op.get(6),
    ...op.i32(NR * 4),
    ...op.i32Mul(),
    ...op.i32Add(),
    ...op.set(9),
    ...op.loop(),
    ...op.get(8),
    ...op.get(9),
    ...op.f32Load(),
    ...op.get(8),
    ...op.f32Load(),
    ...op.f32(0),
    ...op.get(5),
    ...op.select(),
    ...op.f32Add(),
    ...op.f32Store(),
    ...op.get(8),
    ...op.i32(4),
    ...op.i32Add(),
    ...op.set(8),
    ...op.get(9),
    ...op.i32(4),
    ...op.i32Add(),
    ...op.set(9),
    ...op.get(7),
    ...op.i32(1),
    ...op.i32Add(),
    ...op.tee(7),
    ...op.get(4),
    ...op.i32LtS(),
    ...op.brIf(0),
    ...op.end(),
    ...op.get(6),
    ...op.i32(1),
    ...op.i32Add(),
    ...op.tee(6),
    ...op.get(3),
    ...op.i32LtS(),
    ...op.brIf(0),
    ...op.end(),
  ];
  return { name: 'edge', params: Array<number>(6).fill(I32), results: [], locals: Array<number>(4).fill(I32), body };
}

/** Pack `panels` full NR-column panels of an untransposed B: params 0 src, 1 ldb4, 2 K, 3 panels, 4 dst. */
function packFunc(): WasmFunc {
  // locals: 5 p, 6 k, 7 s
  const [src, ldb4, K, panels, dst, p, k, s] = [0, 1, 2, 3, 4, 5, 6, 7];
  const body = [
    ...op.i32(0),
    ...op.set(p),
    ...op.loop(),
    ...op.get(src),
    ...op.get(p),
    ...op.i32(NR * 4),
    ...op.i32Mul(),
    ...op.i32Add(),
    ...op.set(s),
    ...op.get(K),
    ...op.set(k),
    ...op.loop(),
  ];
  for (let j = 0; j < NV; j++) body.push(...op.get(dst), ...op.get(s), ...op.v128Load(16 * j), ...op.v128Store(16 * j));
  body.push(
    ...op.get(dst),
    ...op.i32(NR * 4),
    ...op.i32Add(),
    ...op.set(dst),
    ...op.get(s),
    ...op.get(ldb4),
    ...op.i32Add(),
    ...op.set(s),
    ...op.get(k),
    ...op.i32(1),
    ...op.i32Sub(),
    ...op.tee(k),
    ...op.brIf(0),
    ...op.end(),
    ...op.get(p),
    ...op.i32(1),
    ...op.i32Add(),
    ...op.tee(p),
    ...op.get(panels),
    ...op.i32LtS(),
    ...op.brIf(0),
    ...op.end(),
  );
  return { name: 'packB', params: Array<number>(5).fill(I32), results: [], locals: Array<number>(3).fill(I32), body };
}

const TILE_N = 0;
const TILE_T = 1;
const EDGE = 2;

/**
 * The driver. params: 0 a, 1 lda4, 2 trans, 3 pb, 4 pc, 5 M, 6 N, 7 K, 8 ldc4, 9 acc, 10 scratch,
 * 11 mcb, 12 nrb, 13 ncp, 14 kp (the packed panels' K: panel stride kp·NR floats; K ≤ kp).
 */
function gemmFunc(): WasmFunc {
  const [a, lda4, trans, pb, pc, M, N, K, ldc, acc, scratch, mcb, nrb, ncp, kp] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
  const [ib0, ib1, jb, ib, rows, cols, aStep, pbS, cPtr, tpa, tpb] = [15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25];
  // one tile call: (tpa, lda4, rows, tpb, K, dst, ldcDst, accDst) for both variants
  const callTile = (dst: number[], ldcDst: number[], accDst: number[]): number[] => {
    const args = [...op.get(tpa), ...op.get(lda4), ...op.get(rows), ...op.get(tpb), ...op.get(K), ...dst, ...ldcDst, ...accDst];
    return [...op.get(trans), ...op.if(), ...args, ...op.call(TILE_T), ...op.else(), ...args, ...op.call(TILE_N), ...op.end()];
  };
  const body = [
    // aStep = bytes between row blocks of A: MR·lda4 (untransposed) or MR·4 (transposed)
    ...op.i32(MR * 4),
    ...op.get(lda4),
    ...op.i32(MR),
    ...op.i32Mul(),
    ...op.get(trans),
    ...op.select(),
    ...op.set(aStep),
    ...op.get(kp),
    ...op.i32(NR * 4),
    ...op.i32Mul(),
    ...op.set(pbS),
    ...op.i32(0),
    ...op.set(ib0),
    ...op.loop(), // L1 over blocks of row blocks
    ...op.get(ib0),
    ...op.get(mcb),
    ...op.i32Add(),
    ...op.get(nrb),
    ...op.get(ib0),
    ...op.get(mcb),
    ...op.i32Add(),
    ...op.get(nrb),
    ...op.i32LtS(),
    ...op.select(),
    ...op.set(ib1),
    ...op.i32(0),
    ...op.set(jb),
    ...op.loop(), // L2 over B panels
    ...op.get(N),
    ...op.get(jb),
    ...op.i32(NR),
    ...op.i32Mul(),
    ...op.i32Sub(),
    ...op.set(cols),
    ...op.get(pb),
    ...op.get(jb),
    ...op.get(pbS),
    ...op.i32Mul(),
    ...op.i32Add(),
    ...op.set(tpb),
    ...op.get(ib0),
    ...op.set(ib),
    ...op.loop(), // L3 over row blocks of the block
    ...op.get(M),
    ...op.get(ib),
    ...op.i32(MR),
    ...op.i32Mul(),
    ...op.i32Sub(),
    ...op.tee(rows),
    ...op.i32(MR),
    ...op.get(rows),
    ...op.i32(MR),
    ...op.i32LtS(),
    ...op.select(),
    ...op.set(rows), // rows = min(M − ib·MR, MR)
    ...op.get(pc),
    ...op.get(ib),
    ...op.i32(MR),
    ...op.i32Mul(),
    ...op.get(ldc),
    ...op.i32Mul(),
    ...op.i32Add(),
    ...op.get(jb),
    ...op.i32(NR * 4),
    ...op.i32Mul(),
    ...op.i32Add(),
    ...op.set(cPtr),
    ...op.get(a),
    ...op.get(ib),
    ...op.get(aStep),
    ...op.i32Mul(),
    ...op.i32Add(),
    ...op.set(tpa),
    ...op.get(rows),
    ...op.i32(MR),
    ...op.i32Eq(),
    ...op.get(cols),
    ...op.i32(NR),
    ...op.i32GeS(),
    ...op.i32And(),
    ...op.if(),
    ...callTile(op.get(cPtr), op.get(ldc), op.get(acc)),
    ...op.else(),
    ...callTile(op.get(scratch), op.i32(NR * 4), op.i32(0)),
    ...op.get(scratch),
    ...op.get(cPtr),
    ...op.get(ldc),
    ...op.get(rows),
    ...op.get(cols),
    ...op.i32(NR),
    ...op.get(cols),
    ...op.i32(NR),
    ...op.i32LtS(),
    ...op.select(),
    ...op.get(acc),
    ...op.call(EDGE),
    ...op.end(),
    ...op.get(ib),
    ...op.i32(1),
    ...op.i32Add(),
    ...op.tee(ib),
    ...op.get(ib1),
    ...op.i32LtS(),
    ...op.brIf(0),
    ...op.end(), // L3
    ...op.get(jb),
    ...op.i32(1),
    ...op.i32Add(),
    ...op.tee(jb),
    ...op.get(ncp),
    ...op.i32LtS(),
    ...op.brIf(0),
    ...op.end(), // L2
    ...op.get(ib1),
    ...op.tee(ib0),
    ...op.get(nrb),
    ...op.i32LtS(),
    ...op.brIf(0),
    ...op.end(), // L1
  ];
  return { name: 'gemmD', params: Array<number>(15).fill(I32), results: [], locals: Array<number>(11).fill(I32), body };
}

/**
 * gemm(a, lda4, trans, pb, pc, M, N, K, ldc4, acc, scratch, mcb, nrb, ncp, kc): the driver over
 * blocks of kc values of k (Goto's k-blocking: a B panel block kc·NR floats stays in L1, an A block
 * of mcb row blocks in L2); block 0 overwrites C unless acc, later blocks add to it. B is packed
 * for the whole K; A is read in place (offset 4·k0 bytes, or k0·lda4 when transposed).
 */
function gemmKFunc(): WasmFunc {
  const [a, lda4, trans, pb, pc, M, N, K, ldc, acc, scratch, mcb, nrb, ncp, kc] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
  const [k0, kl] = [15, 16];
  const body = [
    ...op.i32(0),
    ...op.set(k0),
    ...op.loop(),
    // kl = min(kc, K − k0)
    ...op.get(K),
    ...op.get(k0),
    ...op.i32Sub(),
    ...op.tee(kl),
    ...op.get(kc),
    ...op.get(kl),
    ...op.get(kc),
    ...op.i32LtS(),
    ...op.select(),
    ...op.set(kl),
    // a + (trans ? k0·lda4 : 4·k0)
    ...op.get(a),
    ...op.get(k0),
    ...op.get(lda4),
    ...op.i32Mul(),
    ...op.get(k0),
    ...op.i32(4),
    ...op.i32Mul(),
    ...op.get(trans),
    ...op.select(),
    ...op.i32Add(),
    ...op.get(lda4),
    ...op.get(trans),
    ...op.get(pb),
    ...op.get(k0),
    ...op.i32(NR * 4),
    ...op.i32Mul(),
    ...op.i32Add(),
    ...op.get(pc),
    ...op.get(M),
    ...op.get(N),
    ...op.get(kl),
    ...op.get(ldc),
    // acc || k0 > 0
    ...op.get(acc),
    ...op.get(k0),
    ...op.i32(0),
    ...op.i32GtS(),
    ...op.i32Or(),
    ...op.get(scratch),
    ...op.get(mcb),
    ...op.get(nrb),
    ...op.get(ncp),
    ...op.get(K),
    ...op.call(GEMM_D),
    ...op.get(k0),
    ...op.get(kc),
    ...op.i32Add(),
    ...op.tee(k0),
    ...op.get(K),
    ...op.i32LtS(),
    ...op.brIf(0),
    ...op.end(),
  ];
  return { name: 'gemm', params: Array<number>(15).fill(I32), results: [], locals: [I32, I32], body };
}

/** i32 slots of one job of `gemmJobs`. */
const JOB_INTS = 14;
const GEMM_D = 3;
/** index of gemmKFunc: after the GEMM's five, the elementwise kernels and gemmJobs */
const GEMM_K = 5 + ELEMENTWISE.length + 1;
const PACK_B = 4;
const PACK_T = 5 + ELEMENTWISE.indexOf('packT');

/**
 * gemmJobs(desc, count, pb, scratch, mcb): run `count` GEMMs described at byte offset desc, each
 * JOB_INTS i32s [a, lda4, transA, b, ldb4, transB, c, ldc4, M, N, K, acc, ncp, nrb] (byte
 * pointers; N a multiple of NR): pack op(B) into pb (packB or packT) and call the gemm driver.
 * One call for a batch of small GEMMs (attention's heads), on either thread.
 */
function gemmJobsFunc(): WasmFunc {
  const [desc, count, pb, scratch, mcb, kc] = [0, 1, 2, 3, 4, 5];
  const [j, d] = [6, 7];
  const f = (slot: number): number[] => [...op.get(d), ...op.i32Load(4 * slot)];
  const packArgs = [...f(3), ...f(4), ...f(10), ...f(12), ...op.get(pb)];
  const body = [
    ...op.i32(0),
    ...op.set(j),
    ...op.block(),
    ...op.loop(),
    ...op.get(j),
    ...op.get(count),
    ...op.i32GeS(),
    ...op.brIf(1),
    ...op.get(desc),
    ...op.get(j),
    ...op.i32(4 * JOB_INTS),
    ...op.i32Mul(),
    ...op.i32Add(),
    ...op.set(d),
    // pack op(B): (b, ldb4, K, ncp, pb) — a void if-block sees no outer operands: push them in each arm
    ...f(5),
    ...op.if(),
    ...packArgs,
    ...op.call(PACK_T),
    ...op.else(),
    ...packArgs,
    ...op.call(PACK_B),
    ...op.end(),
    // gemm(a, lda4, trans, pb, c, M, N, K, ldc4, acc, scratch, mcb, nrb, ncp)
    ...f(0),
    ...f(1),
    ...f(2),
    ...op.get(pb),
    ...f(6),
    ...f(8),
    ...f(9),
    ...f(10),
    ...f(7),
    ...f(11),
    ...op.get(scratch),
    ...op.get(mcb),
    ...f(13),
    ...f(12),
    ...op.get(kc),
    ...op.call(GEMM_K),
    ...op.get(j),
    ...op.i32(1),
    ...op.i32Add(),
    ...op.set(j),
    ...op.br(0),
    ...op.end(),
    ...op.end(),
  ];
  return { name: 'gemmJobs', params: Array<number>(6).fill(I32), results: [], locals: [I32, I32], body };
}

/** One GEMM of a batch (`Gemm.gemmBatch`). */
export interface GemmJob {
  M: number;
  N: number;
  K: number;
  A: Operand;
  B: Operand;
  c: number;
  ldc: number;
  accumulate?: boolean;
}

type Kernel = (...args: number[]) => void;

const compiled = new Map<boolean, WebAssembly.Module>();
/** The kernel module's bytes for an unshared or a shared memory (exported for tests: it must validate). */
export function gemmModuleBytes(shared = false): Uint8Array {
  return moduleBytes(
    [tileFunc(false), tileFunc(true), edgeFunc(), gemmFunc(), packFunc(), ...elementwiseFuncs(NR), gemmJobsFunc(), gemmKFunc()],
    {
      shared,
      maxPages: MAX_PAGES,
    },
  );
}
/** The kernels a helper thread may run (export names; the index is the post code). */
const HELPER_KERNELS: string[] = ['gemm', ...ELEMENTWISE, 'gemmJobs'];
const H_GEMM = 0;
const H_JOBS = 1 + ELEMENTWISE.length;

/** A matrix operand in the heap: float offset, leading dimension, transposed or not. */
export interface Operand {
  off: number;
  ld: number;
  trans?: boolean;
}

/**
 * GEMMs of at least this many flops (2MNK) are split between the main thread and the helper:
 * a post and a wait cost ≈ 10–50 µs, a 4 MFLOP GEMM ≈ 150 µs.
 */
export const SPLIT_FLOPS = 4e6;

/**
 * Elementwise kernel calls over at least this many floats are split between the threads: a post
 * and a wait cost ≈ 10–50 µs, SwiGLU over 64 Ki floats ≈ 100 µs.
 */
export const SPLIT_ELEMS = 65536;

/** Stops a dropped GEMM's helper thread (it would otherwise wait for work forever). */
const stopOnCollect = new FinalizationRegistry<F32Helper>((h) => h.stop());

/** A GEMM engine bound to one heap (the packing buffer is reused across calls). */
export class Gemm {
  readonly heap: F32Heap;
  readonly #gemm: Kernel;
  readonly #pack: Kernel;
  readonly #packT: Kernel;
  readonly #jobs: Kernel;
  /** the helper's packing buffer and the job tables (floats: 1 i32 each) */
  #pb2 = 0;
  #pb2Size = 0;
  #desc = 0;
  #descSize = 0;
  readonly #ew: Kernel[];
  #packB = 0;
  #packBSize = 0;
  readonly #scratch: number;
  readonly #helperScratch: number;
  #helper: F32Helper | undefined;
  /** GEMMs of at least this many flops are split between the threads (tests lower it) */
  splitFlops = SPLIT_FLOPS;
  /** elementwise calls over at least this many floats are split between the threads (tests lower it) */
  splitElems = SPLIT_ELEMS;
  /** k values per block (Goto's kc: a B panel block of kc·NR floats stays in L1; tests lower it) */
  kc = 256;
  /** row blocks of A per cache block (MR·K·mcBlocks floats ≈ 200 KiB of L2 at K = 512) */
  mcBlocks = 16;

  /**
   * A GEMM on `heap`. With `threads` = 2 and a shared heap, GEMMs of ≥ SPLIT_FLOPS are split by
   * rows of C between this thread and a helper thread (if the platform can start one: see
   * threads.ts); the split falls on row-block boundaries, so every element of C is computed by
   * the same tile code in the same order as on one thread (results are bit-identical).
   */
  constructor(heap: F32Heap, options: { threads?: 1 | 2 } = {}) {
    this.heap = heap;
    let mod = compiled.get(heap.shared);
    if (!mod) compiled.set(heap.shared, (mod = new WebAssembly.Module(gemmModuleBytes(heap.shared) as BufferSource)));
    const inst = new WebAssembly.Instance(mod, { env: { memory: heap.memory } });
    this.#gemm = inst.exports.gemm as Kernel;
    this.#pack = inst.exports.packB as Kernel;
    this.#packT = inst.exports.packT as Kernel;
    this.#jobs = inst.exports.gemmJobs as Kernel;
    this.#ew = ELEMENTWISE.map((n) => inst.exports[n] as Kernel);
    this.#scratch = heap.alloc(MR * NR);
    this.#helperScratch = heap.alloc(MR * NR);
    if ((options.threads ?? 1) === 2 && heap.shared) {
      const ctrl = heap.alloc(CTRL_INTS); // float offset = i32 index (both 4 bytes)
      this.#helper = F32Helper.start({ memory: heap.memory, module: mod, ctrl, names: HELPER_KERNELS });
      if (this.#helper) stopOnCollect.register(this, this.#helper, this);
    }
  }

  /** Threads the GEMM runs on (2 when a helper thread started). */
  get threads(): 1 | 2 {
    return this.#helper ? 2 : 1;
  }

  /** Stop the helper thread, if any (the GEMM then runs on one thread). */
  dispose(): void {
    if (!this.#helper) return;
    stopOnCollect.unregister(this);
    this.#helper.stop();
    this.#helper = undefined;
  }

  /**
   * Run elementwise kernel `name` (kernels.ts) over units [0, n) of `perUnit` floats each:
   * `args(lo, hi)` gives the call's arguments for units [lo, hi). With a helper thread and
   * n·perUnit ≥ splitElems, units [mid, n) run on
   * the helper at the same time (mid a multiple of `align`); each unit is computed by the same
   * code either way, so the results are bit-identical to one thread.
   */
  run(name: ElementwiseName, n: number, align: number, perUnit: number, args: (lo: number, hi: number) => number[]): void {
    if (n <= 0) return;
    const k = ELEMENTWISE.indexOf(name);
    const mid = this.#helper && n * perUnit >= this.splitElems && n >= 2 * align ? align * Math.round(n / (2 * align)) : n;
    if (mid < n) this.#helper!.post(1 + k, args(mid, n));
    try {
      this.#ew[k](...args(0, mid));
    } finally {
      if (mid < n) this.#helper!.wait();
    }
  }

  /**
   * A batch of independent GEMMs (attention's per-head products; no job may write what another
   * reads). Where every N is a multiple of NR, the batch runs as one wasm call per thread: with a
   * helper thread and ≥ splitFlops in all, the helper runs the second half of the jobs with its
   * own packing buffer. Each GEMM is computed whole by the same code as `gemm` (the same packing
   * and driver), so results are bit-identical to `gemm` in a loop, on 1 or 2 threads.
   */
  gemmBatch(jobs: GemmJob[]): void {
    const n = jobs.length;
    let flops = 0;
    let need = 0;
    let ok = true;
    for (const j of jobs) {
      flops += 2 * j.M * j.N * j.K;
      need = Math.max(need, j.N * j.K);
      if (j.N % NR !== 0 || j.M === 0 || j.N === 0 || j.K === 0) ok = false;
    }
    if (!ok || n === 0) {
      for (const j of jobs) this.gemm(j.M, j.N, j.K, j.A, j.B, j.c, j.ldc, j.accumulate);
      return;
    }
    if (this.#packBSize < need) {
      if (this.#packBSize > 0) this.heap.free(this.#packB, this.#packBSize);
      this.#packB = this.heap.alloc(need);
      this.#packBSize = need;
    }
    if (this.#descSize < n * JOB_INTS) {
      if (this.#descSize > 0) this.heap.free(this.#desc, this.#descSize);
      this.#desc = this.heap.alloc(n * JOB_INTS);
      this.#descSize = n * JOB_INTS;
    }
    const h = this.#helper && n >= 2 && flops >= this.splitFlops ? n >> 1 : 0; // jobs [n − h, n) on the helper
    if (h > 0 && this.#pb2Size < need) {
      if (this.#pb2Size > 0) this.heap.free(this.#pb2, this.#pb2Size);
      this.#pb2 = this.heap.alloc(need);
      this.#pb2Size = need;
    }
    const i32 = new Int32Array(this.heap.memory.buffer);
    for (let q = 0; q < n; q++) {
      const j = jobs[q];
      const o = this.#desc + q * JOB_INTS;
      i32[o] = j.A.off * 4;
      i32[o + 1] = j.A.ld * 4;
      i32[o + 2] = j.A.trans ? 1 : 0;
      i32[o + 3] = j.B.off * 4;
      i32[o + 4] = j.B.ld * 4;
      i32[o + 5] = j.B.trans ? 1 : 0;
      i32[o + 6] = j.c * 4;
      i32[o + 7] = j.ldc * 4;
      i32[o + 8] = j.M;
      i32[o + 9] = j.N;
      i32[o + 10] = j.K;
      i32[o + 11] = j.accumulate ? 1 : 0;
      i32[o + 12] = j.N / NR;
      i32[o + 13] = Math.ceil(j.M / MR);
    }
    if (h > 0)
      this.#helper!.post(H_JOBS, [
        (this.#desc + (n - h) * JOB_INTS) * 4,
        h,
        this.#pb2 * 4,
        this.#helperScratch * 4,
        this.mcBlocks,
        this.kc,
      ]);
    try {
      this.#jobs(this.#desc * 4, n - h, this.#packB * 4, this.#scratch * 4, this.mcBlocks, this.kc);
    } finally {
      if (h > 0) this.#helper!.wait();
    }
  }

  /**
   * C (+)= op(A)·op(B) with C: M×N at `c` (leading dimension ldc). op(A) is M×K, op(B) is K×N.
   * `accumulate` adds to C; otherwise C is overwritten. Inner kernel: trusts its arguments.
   */
  gemm(M: number, N: number, K: number, A: Operand, B: Operand, c: number, ldc: number, accumulate = false): void {
    if (M === 0 || N === 0) return;
    if (K === 0) {
      if (!accumulate) for (let i = 0; i < M; i++) this.heap.f32().fill(0, c + i * ldc, c + i * ldc + N);
      return;
    }
    const ncp = Math.ceil(N / NR);
    const need = ncp * NR * K;
    if (this.#packBSize < need) {
      if (this.#packBSize > 0) this.heap.free(this.#packB, this.#packBSize);
      this.#packB = this.heap.alloc(need);
      this.#packBSize = need;
    }
    const pb = this.#packB;
    const full = Math.floor(N / NR);
    if (full > 0) (B.trans ? this.#packT : this.#pack)(B.off * 4, B.ld * 4, K, full, pb * 4);
    packB(this.heap.f32(), B, K, N, pb, full * NR);
    const trans = A.trans ? 1 : 0;
    const acc = accumulate ? 1 : 0;
    // rows [0, m0) here, [m0, M) on the helper; m0 a multiple of MR
    const m0 = this.#helper && 2 * M * N * K >= this.splitFlops && M >= 2 * MR ? MR * Math.round(M / (2 * MR)) : M;
    if (m0 < M) {
      const a1 = A.off + (A.trans ? m0 : m0 * A.ld);
      const rest = M - m0;
      this.#helper!.post(H_GEMM, [
        a1 * 4,
        A.ld * 4,
        trans,
        pb * 4,
        (c + m0 * ldc) * 4,
        rest,
        N,
        K,
        ldc * 4,
        acc,
        this.#helperScratch * 4,
        this.mcBlocks,
        Math.ceil(rest / MR),
        ncp,
        this.kc,
      ]);
    }
    try {
      this.#gemm(
        A.off * 4,
        A.ld * 4,
        trans,
        pb * 4,
        c * 4,
        m0,
        N,
        K,
        ldc * 4,
        acc,
        this.#scratch * 4,
        this.mcBlocks,
        Math.ceil(m0 / MR),
        ncp,
        this.kc,
      );
    } finally {
      if (m0 < M) this.#helper!.wait();
    }
  }
}

/**
 * Pack op(B) (K×N) columns from `from` on into NR-column panels:
 * dst[q·NR·K + k·NR + c] = op(B)[k, q·NR + c], zero-padded.
 */
function packB(h: Float32Array, B: Operand, K: number, N: number, dst: number, from: number): void {
  const { off, ld } = B;
  for (let j0 = from; j0 < N; j0 += NR) {
    const cols = Math.min(NR, N - j0);
    const base = dst + j0 * K;
    if (!B.trans) {
      for (let k = 0; k < K; k++) {
        const s = off + k * ld + j0;
        const d = base + k * NR;
        for (let c = 0; c < cols; c++) h[d + c] = h[s + c];
        for (let c = cols; c < NR; c++) h[d + c] = 0;
      }
    } else {
      for (let c = 0; c < cols; c++) {
        let s = off + (j0 + c) * ld;
        let d = base + c;
        for (let k = 0; k < K; k++, d += NR) h[d] = h[s++];
      }
      if (cols < NR) for (let k = 0; k < K; k++) for (let c = cols; c < NR; c++) h[base + k * NR + c] = 0;
    }
  }
}
