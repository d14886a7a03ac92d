export * from './grid.js';
export * from './execute.js';
export * from './store.js';
export * from './aggregate.js';
export * from './local.js';
export * from './queue.js';
export * from './report.js';
