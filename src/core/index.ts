/** quire/core: the seams every system builds on. */
export * from './errors.js';
export * from './validate.js';
export * from './rng.js';
export * as linalg from './linalg.js';
export * as stats from './stats.js';
export * from './schema.js';
