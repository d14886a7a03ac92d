import { describe, expect, it } from 'vitest';
import { cbf } from '../src/data/synthetic.js';
import { autoJobs } from '../src/tda/index.js';
import { createTdaPool } from '../src/cli/tda-pool.js';
import { computeBlocksHere, setBlockComputer, tdaStudy } from '../src/studies/tda/index.js';

describe('tda block computers', () => {
  const series = cbf(3, 5, { length: 40 }).series;
  const jobs = autoJobs({ graphs: ['hvg', 'knn'], distances: ['weighted', 'diffusion'], base: { maxLength: 32 } });

  it('worker threads give exactly the in-process diagrams and bars, job by job, in series order', async () => {
    const here = await computeBlocksHere(series, jobs);
    const pool = createTdaPool(2);
    try {
      const there = await pool.run(series, jobs);
      // a second batch on the same (now idle, unref'd) workers
      const again = await pool.run(series.slice(0, 4), jobs.slice(0, 1));
      expect([...there.keys()].sort()).toEqual(jobs.map((j) => j.key).sort());
      for (const j of jobs) expect(there.get(j.key)).toEqual(here.get(j.key));
      expect(again.get(jobs[0].key)).toEqual(here.get(jobs[0].key)!.slice(0, 4));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('the study recomputes, in-process, every job a computer leaves out: same tables as the default', async () => {
    const cfg = {
      ...tdaStudy.configs.quick,
      datasets: ['CBF'],
      trainPerClass: 3,
      testPerClass: 3,
      graphs: ['hvg', 'knn'],
      distances: ['weighted', 'diffusion'],
      resolution: 10,
      trees: 10,
    };
    const ref = await tdaStudy.run(cfg, () => {});
    setBlockComputer(async () => new Map());
    try {
      const out = await tdaStudy.run(cfg, () => {});
      expect(out.tables).toEqual(ref.tables);
      expect(out.metrics).toEqual(ref.metrics);
    } finally {
      setBlockComputer(null);
    }
  }, 60_000);
});
