/**
 * quire core/nn: the shared neural-network engine over @jax-js/jax (float32, wasm).
 * Import jax only through this module. Call `await initNN()` first. See README.md for the
 * memory rules (jax-js arrays are reference-counted and consumed by every call).
 */
export * from './runtime.js';
export * from './params.js';
export * from './init.js';
export * from './layers.js';
export * from './optim.js';
export * from './schedules.js';
export * from './train.js';
export * from './f32/index.js';
