// Worker-thread entry for `quire tda classify --threads`: computes one block (graph
// diagrams or series bars) for a chunk of series. The domain code stays pure; threads enter
// here, at the CLI layer, and their results reach `fitAuto` as `precomputed`.
import { parentPort } from 'node:worker_threads';
import { blockKernel, type FeatureBlock } from '../tda/blocks.js';
import type { ResolvedPipelineOptions } from '../tda/pipeline.js';
import { nearestNeighborDtw } from '../tda/baselines.js';

export interface TdaTask {
  id: number;
  block: FeatureBlock;
  options: ResolvedPipelineOptions;
  series: Float64Array[];
}

/** The 1-NN DTW baseline, run beside the TDA fit. */
export interface DtwTask {
  id: number;
  dtw: { train: Float64Array[]; labels: number[]; test: Float64Array[] };
}

parentPort?.on('message', (t: TdaTask | DtwTask) => {
  try {
    const out =
      'dtw' in t ? nearestNeighborDtw(t.dtw.train, t.dtw.labels, t.dtw.test) : t.series.map((y) => blockKernel(y, t.block, t.options));
    parentPort?.postMessage({ id: t.id, ok: true, out });
  } catch (e) {
    parentPort?.postMessage({ id: t.id, ok: false, error: (e as Error).message });
  }
});
