/**
 * Flat row-major LU kernels, now part of core/linalg (kept as re-exports while the systems
 * that import them move to `linalg`).
 */
export { type FlatLu, luFactorFlat, luSolveFlat } from './linalg.js';
