/** quire/data: pure parsers and embedded data sets. */
export * from './csv.js';
