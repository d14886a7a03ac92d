import { describe, expect, it } from 'vitest';
import { cbf } from '../data/synthetic.js';
import { fitAuto, selectPipeline, stratifiedFolds } from './auto.js';

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
    const { classifier } = fitAuto(tr.series, tr.labels, opts);
    expect(classifier.options.graph).toBe(sel.graph);
    expect(() =>
      selectPipeline(
        tr.series,
        tr.labels.map(() => 1),
      ),
    ).toThrow(/at least 2 classes/);
  });
});
