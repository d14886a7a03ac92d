/** quire/data: pure parsers and embedded data sets. */
export * from './csv.js';
export * from './ucr.js';
export * from './sktime.js';
export * from './arff.js';
export * from './synthetic.js';
export { loadMobyDickText } from './moby-dick.js';
export * from './ucr-embedded.js';
