import { beforeAll, describe, expect, it } from 'vitest';
import { QuireError } from '../core/errors.js';
import { initNN } from '../core/nn/index.js';
import { byteTokenizer, charTokenizer, oneHotWindows, splitTokens, windowStarts } from './tokenizer.js';
import { disposeCompiled, trainLM, trainLMJax, type CompileCache } from './trainer.js';
import type { F32Engine } from '../core/nn/index.js';

beforeAll(async () => {
  await initNN();
});

describe('tokenizers and splits', () => {
  it('char tokenizer: ids by decreasing count, unknown → 0, round trip on known text', () => {
    const t = charTokenizer('abbccc', { minCount: 1 });
    expect(t.symbols).toEqual(['', 'c', 'b', 'a']);
    expect(Array.from(t.encode('cabz'))).toEqual([1, 3, 2, 0]);
    expect(t.decode(t.encode('abcabc'))).toBe('abcabc');
    expect(charTokenizer('abbccc', { minCount: 2 }).vocabSize).toBe(3);
    expect(charTokenizer('abbccc', { maxVocab: 2 }).symbols).toEqual(['', 'c']);
  });

  it('byte tokenizer: UTF-8 round trip', () => {
    const t = byteTokenizer();
    expect(Array.from(t.encode('é'))).toEqual([195, 169]);
    expect(t.decode(t.encode('Call me Ishmael — ✓'))).toBe('Call me Ishmael — ✓');
  });

  it('split is contiguous and deterministic; window starts are seeded and in range', () => {
    const ids = Int32Array.from({ length: 100 }, (_, i) => i % 7);
    const s = splitTokens(ids, 0.2);
    expect(s.train.length).toBe(80);
    expect(s.val[0]).toBe(ids[80]);
    const a = windowStarts(50, 8, 4, 10, 3);
    expect(Array.from(a)).toEqual(Array.from(windowStarts(50, 8, 4, 10, 3)));
    expect(Array.from(a)).not.toEqual(Array.from(windowStarts(50, 8, 4, 10, 4)));
    expect(Math.max(...a)).toBeLessThanOrEqual(50 - 8 - 1);
    const oh = oneHotWindows(Int32Array.from([2, 0, 1, 2]), [1], 2, 3);
    expect(Array.from(oh.x)).toEqual([1, 0, 0, 0, 1, 0]);
    expect(Array.from(oh.y)).toEqual([0, 1, 0, 0, 0, 1]);
  });

  it('rejects bad input', () => {
    expect(() => charTokenizer('')).toThrow(QuireError);
    expect(() => charTokenizer('ab', { minCount: 0 })).toThrow(/minCount/);
    expect(() => splitTokens(Int32Array.from([1, 2, 3]), 1)).toThrow(/valFraction/);
    expect(() => splitTokens(Int32Array.from([1]), 0.5)).toThrow(QuireError);
    expect(() => windowStarts(5, 8, 1, 1, 0)).toThrow(/seqLen/);
  });
});

describe('trainLM', () => {
  const text = 'the whale, the whale! call me ishmael. '.repeat(30);
  const tok = charTokenizer(text);
  const data = splitTokens(tok.encode(text), 0.25);
  const model = { vocabSize: tok.vocabSize, seqLen: 8, dModel: 8, nHeads: 2, nLayers: 1, dFF: 8 };
  const opts = { steps: 30, batchSize: 4, evalBatches: 2, lr: 1e-2, seed: 1, dataSeed: 2 };

  it('learns (val loss below the uniform ln V) and is bit-identical for the same seeds', async () => {
    const a = await trainLM(data, { ...model, strategy: 'unified' }, { ...opts, steps: 20, wdRouting: 'input' });
    const b = await trainLM(data, { ...model, strategy: 'unified' }, { ...opts, steps: 20, wdRouting: 'input' });
    expect(a.valLoss).toBe(b.valLoss);
    expect(Array.from(a.trainLoss)).toEqual(Array.from(b.trainLoss));
    expect(a.valLoss).toBeLessThan(Math.log(tok.vocabSize));
    expect(a.valBatchLoss.length).toBe(2);
    expect(a.scaleCount).toBeGreaterThan(0);
  });

  it('paired runs share the first loss (same init function and first batch) across strategies', async () => {
    const a = await trainLM(data, { ...model, strategy: 'shared' }, { ...opts, steps: 2 });
    const b = await trainLM(data, { ...model, strategy: 'dnp' }, { ...opts, steps: 2, wdRouting: 'all' });
    expect(Math.abs(a.trainLoss[0] - b.trainLoss[0])).toBeLessThan(1e-4);
    expect(a.inputScaleRms).toBeGreaterThan(0);
    const n = await trainLM(data, { ...model, strategy: 'none' }, { ...opts, steps: 2 });
    expect(n.scaleCount).toBe(0);
    expect(Number.isNaN(n.inputScaleRms)).toBe(true);
  });

  it('frees what it allocates: the f32 heap is flat and nothing stays live across repeated runs', async () => {
    const cache: CompileCache = new Map();
    const heaps: number[] = [];
    const live: number[] = [];
    for (let i = 0; i < 4; i++) {
      await trainLM(data, { ...model, strategy: 'dnp' }, { ...opts, steps: 10 }, { cache });
      const engine = cache.get('f32-engine') as F32Engine;
      heaps.push(engine.heap.bytes());
      live.push(engine.heap.liveFloats());
    }
    disposeCompiled(cache);
    expect(heaps[3]).toBe(heaps[1]);
    expect(live[3]).toBe(live[0]);
  });

  it('the f32 engine and the jax reference train the same trajectory (cross-check, float32 tolerance)', async () => {
    for (const [strategy, wdRouting] of [
      ['unified', 'input'],
      ['dp', 'output'],
    ] as const) {
      const f = await trainLM(data, { ...model, strategy }, { ...opts, steps: 12, wdRouting });
      const j = await trainLMJax(data, { ...model, strategy }, { ...opts, steps: 12, wdRouting });
      for (let t = 0; t < 12; t++) expect(Math.abs(f.trainLoss[t] - j.trainLoss[t])).toBeLessThan(2e-3);
      expect(Math.abs(f.valLoss - j.valLoss)).toBeLessThan(2e-3);
      expect(Math.abs(f.inputScaleRms - j.inputScaleRms)).toBeLessThan(1e-3);
      expect(f.paramCount).toBe(j.paramCount);
      expect(f.scaleCount).toBe(j.scaleCount);
    }
  });

  it('rejects bad input', async () => {
    await expect(trainLM(data, { ...model, vocabSize: 3 }, opts)).rejects.toThrow(/expected an id/);
    await expect(trainLM(data, model, { ...opts, wdRouting: 'x' as never })).rejects.toThrow(/wdRouting/);
    await expect(trainLM(data, model, { ...opts, steps: 0 })).rejects.toThrow(/steps/);
    await expect(trainLM({ train: data.train, val: Int32Array.from([1, 2]) }, model, opts)).rejects.toThrow(/data.val/);
    await expect(trainLM(data, model, { ...opts, lr: 1e3 as never })).rejects.toThrow(QuireError);
  });
});

describe('Moby Dick corpus', () => {
  it('loads the whole novel (opening line, ≈1.2 M chars) and the split is deterministic', async () => {
    const { loadMobyDickText } = await import('../data/moby-dick.js');
    const text = await loadMobyDickText();
    expect(text.length).toBeGreaterThan(1_200_000);
    expect(text).toContain('Call me Ishmael.');
    const tok = charTokenizer(text.slice(0, 100_000), { minCount: 100, maxVocab: 64 });
    const a = splitTokens(tok.encode(text.slice(0, 200_000)), 0.1);
    expect(a.train.length).toBe(180_000);
    expect(tok.decode(a.train.subarray(0, 0))).toBe('');
  });
});
