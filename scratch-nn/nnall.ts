export * from '../src/core/nn/index.js';
export { Rng } from '../src/core/rng.js';
