/**
 * The f32 engine of core/nn: float32 tensors in one WebAssembly heap, fused ops with
 * hand-written backward rules, a runtime-emitted WASM SIMD GEMM, and AdamW. See README.md.
 */
export { F32Engine, F32Tensor } from './engine.js';
export { F32AdamW, type F32AdamWOptions, type F32NamedParam } from './adamw.js';
export { F32Heap } from './heap.js';
export { Gemm, MR, NR, SPLIT_FLOPS, gemmModuleBytes, type Operand } from './gemm.js';
export { CTRL_INTS, F32Helper, f32ThreadsAvailable, setF32ThreadStarter, type F32ThreadInit, type F32ThreadStarter } from './threads.js';
