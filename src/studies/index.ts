export * from './types.js';
export * from './verdict.js';
export * from './runner.js';
export { studies, findStudy } from './registry.js';
export * from './inference.js';
export * from './protocol.js';
