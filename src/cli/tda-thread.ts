// Worker-thread entry for `quire tda classify --threads`: computes one block (graph
// diagrams or series bars) for a chunk of series. The domain code stays pure; threads enter
// here, at the CLI layer, and their results reach `fitAuto` as `precomputed`.
import { parentPort } from 'node:worker_threads';
import { blockKernel, type FeatureBlock } from '../tda/blocks.js';
import type { ResolvedPipelineOptions } from '../tda/pipeline.js';

export interface TdaTask {
  id: number;
  block: FeatureBlock;
  options: ResolvedPipelineOptions;
  series: Float64Array[];
}

parentPort?.on('message', (t: TdaTask) => {
  try {
    const out = t.series.map((y) => blockKernel(y, t.block, t.options));
    parentPort?.postMessage({ id: t.id, ok: true, out });
  } catch (e) {
    parentPort?.postMessage({ id: t.id, ok: false, error: (e as Error).message });
  }
});
