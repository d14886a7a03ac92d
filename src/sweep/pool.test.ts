import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { QuireError } from '../core/errors.js';
import { executeJob, loadPlugins, pluginUrl } from './execute.js';
import type { Job } from './grid.js';
import { ThreadPool } from './pool.js';
import { runThreads } from './local.js';

const plugin = pluginUrl(fileURLToPath(new URL('../../test/fixtures/sweep-plugin.mjs', import.meta.url)));
const job = (i: number, overrides: Job['overrides'] = {}): Job => ({
  id: `j${i}`,
  study: 'spin',
  profile: 'quick',
  overrides: { scale: i, ...overrides },
  seed: 1,
});

describe('ThreadPool', () => {
  it('reuses its threads across jobs, and equals the in-process run', async () => {
    const pool = new ThreadPool(2, [plugin]);
    try {
      const jobs = Array.from({ length: 6 }, (_, i) => job(i + 1));
      const outs = await Promise.all(jobs.map((j) => pool.run(j)));
      expect(pool.threadsStarted).toBe(2);
      const plugins = await loadPlugins([plugin]);
      for (let i = 0; i < jobs.length; i++) {
        const ref = await executeJob(jobs[i], plugins);
        expect(outs[i].result).toEqual(ref.result);
        expect(outs[i].result.metrics.value).toBe((i + 1) * 2); // scale × (seed + 1)
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a QuireError crosses the thread boundary as a QuireError; a dead thread fails only its job', async () => {
    const pool = new ThreadPool(1, [plugin]);
    try {
      await expect(pool.run(job(1, { fail: 'quire' }))).rejects.toBeInstanceOf(QuireError);
      await expect(pool.run(job(2, { fail: 'exit' }))).rejects.toThrow(/exited with code 3/);
      // the pool replaces the dead thread
      expect((await pool.run(job(3))).result.metrics.value).toBe(6);
      expect(pool.threadsStarted).toBe(2);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('rejects a bad size by name, and runThreads reports the first failure after the others settle', async () => {
    expect(() => new ThreadPool(0)).toThrow(/size must be an integer ≥ 1/);
    const done: string[] = [];
    await expect(
      runThreads([job(1), job(2, { fail: 'quire' }), job(3)], 2, (j) => done.push(j.id), undefined, [plugin]),
    ).rejects.toBeInstanceOf(QuireError);
    expect(done).toContain('j1');
  }, 60_000);
});
