import { describe, expect, it } from 'vitest';
import { cbf } from '../data/synthetic.js';
import { autoJobs, DEFAULT_FEATURE_SETS, fitAuto, selectPipeline, stratifiedFolds } from './auto.js';
import { blockKernel } from './blocks.js';

describe('auto selection by cross-validation on train', () => {
  it('stratified folds: every fold gets ⌊n_c/k⌋ or ⌈n_c/k⌉ of each class; seeded', () => {
    const labels = [...new Array(7).fill(1), ...new Array(5).fill(2), ...new Array(9).fill(3)];
    const f = stratifiedFolds(labels, 3, 4);
    for (const c of [1, 2, 3]) {
      const n = labels.filter((l) => l === c).length;
      for (let k = 0; k < 3; k++) {
        const m = labels.filter((l, i) => l === c && f[i] === k).length;
        expect(m).toBeGreaterThanOrEqual(Math.floor(n / 3));
        expect(m).toBeLessThanOrEqual(Math.ceil(n / 3));
      }
    }
    expect(Array.from(stratifiedFolds(labels, 3, 4))).toEqual(Array.from(f));
  });

  it('picks the candidate with the best CV accuracy, reports every candidate, and refits on all of train', () => {
    const tr = cbf(5, 3, { length: 48 });
    const opts = {
      graphs: ['hvg', 'knn'] as const,
      distances: ['shortest', 'weighted'] as const,
      folds: 3,
      base: { trees: 30, resolution: 20 },
    };
    const sel = selectPipeline(tr.series, tr.labels, opts);
    expect(sel.table).toHaveLength(4);
    const best = Math.max(...sel.table.map((r) => r.cvAccuracy));
    const chosen = sel.table.find((r) => r.graph === sel.graph && r.distance === sel.distance)!;
    expect(chosen.cvAccuracy).toBe(best);
    expect(sel.table.find((r) => r.graph === 'hvg' && r.distance === 'shortest')!.cvAccuracy).toBeLessThan(0.6); // constant features
    // the feature-set table: every union tried, the chosen one has the best CV accuracy
    expect(sel.featureTable.map((r) => r.features)).toEqual(DEFAULT_FEATURE_SETS.map((s) => s.join('+')));
    expect(sel.featureTable[0].cvAccuracy).toBe(best); // the graph-only set is the graph table's winner
    const bestSet = Math.max(...sel.featureTable.map((r) => r.cvAccuracy));
    expect(sel.featureTable.find((r) => r.features === sel.features.join('+'))!.cvAccuracy).toBe(bestSet);
    const { classifier, selection } = fitAuto(tr.series, tr.labels, opts);
    expect(classifier.options.graph).toBe(sel.graph);
    expect(classifier.blocks).toEqual(selection.features);
    // precomputed jobs (as threads would return them) give the same selection
    const jobs = autoJobs(opts);
    expect(jobs.map((j) => j.key)).toContain('block:sublevel');
    const pre = new Map(jobs.map((j) => [j.key, tr.series.map((y) => blockKernel(Float64Array.from(y), j.block, j.options))]));
    const again = selectPipeline(tr.series, tr.labels, { ...opts, precomputed: pre });
    expect(again.featureTable).toEqual(sel.featureTable);
    expect(again.table).toEqual(sel.table);
    expect(() =>
      selectPipeline(
        tr.series,
        tr.labels.map(() => 1),
      ),
    ).toThrow(/at least 2 classes/);
  });
});
