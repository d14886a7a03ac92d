import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-helpers.js';
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

describe('the tda study under the CLI (issue 17: the full profile read no archive under `reproduce`)', () => {
  it('installTdaStudyHooks makes the study read a set from an archive directory, with diagrams on threads', async () => {
    const { installTdaStudyHooks } = await import('../src/cli/tda.js');
    const { setDatasetProvider } = await import('../src/studies/tda/index.js');
    const root = mkdtempSync(join(tmpdir(), 'quire-ucr-'));
    mkdirSync(join(root, 'Tiny'));
    const tsv = (d: { series: Float64Array[]; labels: number[] }): string =>
      d.series.map((y, i) => [d.labels[i], ...Array.from(y, (v) => v.toPrecision(8))].join('\t')).join('\n') + '\n';
    writeFileSync(join(root, 'Tiny', 'Tiny_TRAIN.tsv'), tsv(cbf(3, 11, { length: 48 })));
    writeFileSync(join(root, 'Tiny', 'Tiny_TEST.tsv'), tsv(cbf(2, 12, { length: 48 })));
    const cfg = {
      ...tdaStudy.configs.quick,
      datasets: ['Tiny'],
      generate: false,
      graphs: ['hvg', 'knn'],
      distances: ['weighted', 'diffusion'],
      resolution: 10,
      trees: 10,
    };
    const prev = process.env.QUIRE_TDA_THREADS;
    process.env.QUIRE_TDA_THREADS = '2';
    try {
      installTdaStudyHooks(root);
      const out = await tdaStudy.run(cfg, () => {});
      expect(out.tables![0].rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([['Tiny', 'archive', 9, 6]]);
      // the same numbers as in-process
      setBlockComputer(null);
      const here = await tdaStudy.run(cfg, () => {});
      expect(out.tables).toEqual(here.tables);
      expect(() => installTdaStudyHooks(join(root, 'nope'))).toThrow(/--ucr-dir: '.*nope' is not a directory/);
    } finally {
      if (prev === undefined) delete process.env.QUIRE_TDA_THREADS;
      else process.env.QUIRE_TDA_THREADS = prev;
      setDatasetProvider(null);
      setBlockComputer(null);
    }
  }, 60_000);

  it('reproduce --ucr-dir: a missing directory, or no tda study selected, is an error before any work', () => {
    const missing = runCli(['reproduce', '--only', 'tda', '--ucr-dir', join(tmpdir(), 'no-such-quire-archive')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/quire: error: --ucr-dir: '.*no-such-quire-archive' is not a directory/);
    const other = runCli(['reproduce', '--only', 'newton', '--ucr-dir', tmpdir()]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/--ucr-dir is read by the tda study only/);
  });

  it('QUIRE_TDA_THREADS that is not a positive integer is an error naming it, before any work', () => {
    for (const bad of ['0', 'abc', '2.5', '-1', '']) {
      const r = runCli(['reproduce', '--only', 'tda', '--json'], { env: { QUIRE_TDA_THREADS: bad } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/quire: error: QUIRE_TDA_THREADS: '.*' is not a positive integer/);
      expect(r.stdout).toBe('');
    }
  });
});
