/**
 * Character and byte tokenizers, a deterministic train/validation split, and seeded batches of
 * next-token windows encoded one-hot (the LM embeds tokens by a one-hot matmul).
 */
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { assertInteger } from '../core/validate.js';

/** A fitted tokenizer: ids 0..vocabSize−1. */
export interface Tokenizer {
  kind: 'char' | 'byte';
  vocabSize: number;
  /** the symbol of each id ('' for the unknown id 0 of a char tokenizer) */
  symbols: string[];
  encode(text: string): Int32Array;
  decode(ids: ArrayLike<number>): string;
}

function checkIds(fn: string, ids: ArrayLike<number>): void {
  if (ids === null || typeof ids !== 'object' || typeof ids.length !== 'number')
    throw new QuireError(`${fn}: ids must be an array of token ids`);
}

function checkText(fn: string, text: string): void {
  if (typeof text !== 'string' || text.length === 0) throw new QuireError(`${fn}: text must be a non-empty string`);
}

/**
 * Character tokenizer fitted on `text`: id 0 is the unknown symbol; characters (code points)
 * occurring at least `minCount` times get ids 1.. in order of decreasing count (ties by code point).
 * @param text - the fitting text (non-empty)
 * @param options.minCount - integer ≥ 1 (default 1)
 * @param options.maxVocab - integer ≥ 2, cap on vocabSize including the unknown id (default 256)
 * @throws QuireError on an empty text or a bad option
 * @example charTokenizer('abba').encode('abc') // Int32Array [1, 2, 0]   (a, b tie → code order)
 */
export function charTokenizer(text: string, options: { minCount?: number; maxVocab?: number } = {}): Tokenizer {
  const fn = 'charTokenizer';
  checkText(fn, text);
  const minCount = options.minCount ?? 1;
  const maxVocab = options.maxVocab ?? 256;
  assertInteger(fn, 'minCount', minCount, 1);
  assertInteger(fn, 'maxVocab', maxVocab, 2);
  const counts = new Map<number, number>();
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const kept = [...counts.entries()]
    .filter((e) => e[1] >= minCount)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, maxVocab - 1);
  const symbols = ['', ...kept.map((e) => String.fromCodePoint(e[0]))];
  const ids = new Map<number, number>();
  kept.forEach((e, i) => ids.set(e[0], i + 1));
  return {
    kind: 'char',
    vocabSize: symbols.length,
    symbols,
    encode(s: string): Int32Array {
      if (typeof s !== 'string') throw new QuireError(`charTokenizer.encode: text must be a string, got ${typeof s}`);
      const out: number[] = [];
      for (const ch of s) out.push(ids.get(ch.codePointAt(0)!) ?? 0);
      return Int32Array.from(out);
    },
    decode(x: ArrayLike<number>): string {
      checkIds('charTokenizer.decode', x);
      let s = '';
      for (let i = 0; i < x.length; i++) s += Number.isInteger(x[i]) && x[i] > 0 && x[i] < symbols.length ? symbols[x[i]] : '\uFFFD';
      return s;
    },
  };
}

/**
 * Byte tokenizer: the UTF-8 bytes of the text, vocabSize 256. Decoding invalid UTF-8 gives U+FFFD;
 * decoding an id outside 0–255 is a QuireError (a char tokenizer decodes unknown ids as U+FFFD).
 * @example byteTokenizer().encode('é') // Int32Array [195, 169]
 */
export function byteTokenizer(): Tokenizer {
  const symbols = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));
  return {
    kind: 'byte',
    vocabSize: 256,
    symbols,
    encode: (s: string) => {
      if (typeof s !== 'string') throw new QuireError(`byteTokenizer.encode: text must be a string, got ${typeof s}`);
      return Int32Array.from(new TextEncoder().encode(s));
    },
    decode: (x: ArrayLike<number>) => {
      checkIds('byteTokenizer.decode', x);
      // Uint8Array.from would wrap 256 to 0 and −1 to 255: an id outside the bytes is an error
      for (let i = 0; i < x.length; i++)
        if (!(Number.isInteger(x[i]) && x[i] >= 0 && x[i] <= 255))
          throw new QuireError(`byteTokenizer.decode: ids[${i}] = ${x[i]} is not a byte (0–255)`);
      return new TextDecoder().decode(Uint8Array.from(x));
    },
  };
}

/**
 * Deterministic contiguous split: the first ⌊(1 − valFraction)·n⌋ tokens train, the rest validate
 * (no shuffling, so no window straddles both sets).
 * @param tokens - token ids (length ≥ 2)
 * @param valFraction - in (0, 1)
 * @throws QuireError if either part would be empty
 */
export function splitTokens(tokens: Int32Array, valFraction: number): { train: Int32Array; val: Int32Array } {
  const fn = 'splitTokens';
  if (!(valFraction > 0 && valFraction < 1)) throw new QuireError(`${fn}: valFraction is ${valFraction}, expected a number in (0, 1)`);
  const nTrain = Math.floor((1 - valFraction) * tokens.length);
  if (nTrain < 1 || nTrain >= tokens.length) {
    throw new QuireError(`splitTokens: tokens has length ${tokens.length}, too short for valFraction ${valFraction}`);
  }
  return { train: tokens.subarray(0, nTrain), val: tokens.subarray(nTrain) };
}

/** A batch of windows, one-hot: x[b,t,:] = e(tok[s_b + t]), y[b,t,:] = e(tok[s_b + t + 1]). */
export interface OneHotBatch {
  x: Float32Array;
  y: Float32Array;
  shape: [number, number, number];
}

/**
 * Fill one-hot inputs/targets for windows starting at `starts`.
 * @throws QuireError on a start outside [0, n − seqLen − 1] or a token outside [0, vocabSize)
 *   (they wrote nothing, silently: a window of zeros)
 */
export function oneHotWindows(
  tokens: Int32Array,
  starts: ArrayLike<number>,
  seqLen: number,
  vocabSize: number,
  out?: OneHotBatch,
): OneHotBatch {
  const fn = 'oneHotWindows';
  const B = starts.length;
  for (let b = 0; b < B; b++) {
    const s = starts[b];
    if (!(Number.isInteger(s) && s >= 0 && s + seqLen < tokens.length))
      throw new QuireError(`${fn}: starts[${b}] = ${s}, expected an integer in [0, ${tokens.length - seqLen - 1}]`);
    for (let t = 0; t <= seqLen; t++)
      if (!(tokens[s + t] >= 0 && tokens[s + t] < vocabSize))
        throw new QuireError(`${fn}: tokens[${s + t}] = ${tokens[s + t]}, expected an id in [0, ${vocabSize - 1}]`);
  }
  const n = B * seqLen * vocabSize;
  const o = out ?? { x: new Float32Array(n), y: new Float32Array(n), shape: [B, seqLen, vocabSize] as [number, number, number] };
  o.x.fill(0);
  o.y.fill(0);
  for (let b = 0; b < B; b++) {
    const s = starts[b];
    for (let t = 0; t < seqLen; t++) {
      const base = (b * seqLen + t) * vocabSize;
      o.x[base + tokens[s + t]] = 1;
      o.y[base + tokens[s + t + 1]] = 1;
    }
  }
  return o;
}

/**
 * Seeded window starts for training: `steps` batches of `batchSize` uniform starts in
 * [0, n − seqLen − 1]. The same seed gives the same data order for every model variant.
 * @returns Int32Array of length steps·batchSize
 */
export function windowStarts(n: number, seqLen: number, batchSize: number, steps: number, seed: number): Int32Array {
  const fn = 'windowStarts';
  assertInteger(fn, 'seqLen', seqLen, 1);
  assertInteger(fn, 'batchSize', batchSize, 1);
  assertInteger(fn, 'steps', steps, 1);
  assertInteger(fn, 'seed', seed, 0, Number.MAX_SAFE_INTEGER);
  const span = n - seqLen;
  if (!(span >= 1)) throw new QuireError(`windowStarts: the token stream has ${n} tokens, expected at least seqLen + 1 = ${seqLen + 1}`);
  const rng = new Rng(seed);
  const out = new Int32Array(steps * batchSize);
  for (let i = 0; i < out.length; i++) out[i] = rng.int(span);
  return out;
}
