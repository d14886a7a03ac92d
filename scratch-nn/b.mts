import '../src/core/nn/node-threads.js';
await import('./a.mts');
