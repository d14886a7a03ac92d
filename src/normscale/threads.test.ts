/**
 * normscale's trainer on the f32 engine with a helper thread (Node worker_threads): the training
 * losses, validation loss and scale-vector RMS are bit-identical to one thread (oracle: the
 * single-thread run; the GEMM row split falls on micro-kernel row blocks). Every GEMM is split.
 */
import { F32Engine } from '../core/nn/index.js';
import { nodeThreadStarter } from '../core/nn/f32/node-thread.js';
import { describe, expect, it } from 'vitest';
import { setF32ThreadStarter } from '../core/nn/f32/threads.js';
import { disposeCompiled, trainLM, type CompileCache } from './trainer.js';

describe('trainLM on one and two threads', () => {
  it('gives bit-identical results', async () => {
    setF32ThreadStarter(nodeThreadStarter);
    const V = 17;
    const ids = Int32Array.from({ length: 6000 }, (_, i) => (i * 7919 + (i >> 3)) % V);
    const data = { train: ids.subarray(0, 5000), val: ids.subarray(5000) };
    const model = { vocabSize: V, seqLen: 16, dModel: 16, nHeads: 2, nLayers: 2, dFF: 24, strategy: 'unified' as const };
    const runs = [];
    for (const threads of [1, 2] as const) {
      const e = new F32Engine({ threads });
      expect(e.threads).toBe(threads);
      e.gemm.splitFlops = 0;
      e.gemm.splitElems = 0; // and every elementwise kernel call
      const cache: CompileCache = new Map([['f32-engine', e]]);
      runs.push(await trainLM(data, model, { steps: 6, batchSize: 4, evalBatches: 2, wdRouting: 'input', seed: 3 }, { cache }));
      disposeCompiled(cache);
      expect(e.threads).toBe(1); // disposeCompiled stopped the helper
    }
    expect(runs[1].trainLoss).toEqual(runs[0].trainLoss);
    expect(runs[1].valLoss).toBe(runs[0].valLoss);
    expect(runs[1].inputScaleRms).toBe(runs[0].inputScaleRms);
    expect(runs[0].trainLoss[5]).not.toBe(runs[0].trainLoss[0]);
  });
});
