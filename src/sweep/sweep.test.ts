import { describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Study, StudyConfig } from '../studies/types.js';
import { countJobs, expandGrid, jobId, parseGrid } from './grid.js';
import { ResultStore } from './store.js';
import { aggregate } from './aggregate.js';
import { meanCI } from '../core/stats.js';
import { parseRedisUrl, checkRedis, redactUrl } from './queue.js';

const study = {
  id: 'toy',
  title: 'Toy',
  paper: { title: 't', arxiv: '0' },
  claims: [],
  configs: { quick: { seed: 0, n: 10, alpha: 0.05, method: 'a' }, full: { seed: 0, n: 100, alpha: 0.05, method: 'a' } },
  sweepable: ['n', 'alpha', 'method'],
  run: async () => ({ metrics: {}, claims: [], figures: [] }),
} as unknown as Study<StudyConfig>;

describe('grid', () => {
  it('expands params × seeds with stable, distinct ids', () => {
    const spec = parseGrid(JSON.stringify({ seeds: [1, 2, 3], params: { n: [10, 20], method: ['a', 'b'] } }), study);
    const jobs = expandGrid('toy', spec);
    expect(jobs).toHaveLength(12);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(12);
    expect(expandGrid('toy', spec).map((j) => j.id)).toEqual(jobs.map((j) => j.id));
    // the id does not depend on key order
    expect(jobId('toy', 'quick', { n: 10, method: 'a' }, 1)).toBe(jobId('toy', 'quick', { method: 'a', n: 10 }, 1));
    expect(jobId('toy', 'quick', { n: 10 }, 1)).not.toBe(jobId('toy', 'quick', { n: 10 }, 2));
  });

  it('expands ranges: step (inclusive, rounded) and num (linear or log)', () => {
    const a = expandGrid('toy', parseGrid('{"seeds":{"from":0,"to":1},"params":{"alpha":{"from":0.1,"to":0.5,"step":0.1}}}', study));
    expect([...new Set(a.map((j) => j.overrides.alpha))]).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    const b = expandGrid('toy', parseGrid('{"seeds":[0],"params":{"n":{"from":10,"to":1000,"num":3,"log":true}}}', study));
    // n is an integer key: log-range values are rounded
    expect(b.map((j) => j.overrides.n)).toEqual([10, 100, 1000]);
    const c = expandGrid('toy', parseGrid('{"seeds":[0],"params":{"alpha":{"from":0.01,"to":1,"num":3,"log":true}}}', study));
    expect(c.map((j) => j.overrides.alpha)).toEqual([0.01, expect.closeTo(0.1, 14), 1]);
  });

  it('rejects malformed grids, unknown or unsweepable keys, empty lists and bad seeds', () => {
    expect(() => parseGrid('{', study)).toThrow(/invalid JSON/);
    expect(() => parseGrid('{"seeds":[1],"params":{"m":[1]}}', study)).toThrow(/unknown key 'm'/);
    expect(() => parseGrid('{"seeds":[1],"params":{"seed":[1]}}', study)).toThrow(/seeds/);
    expect(() => parseGrid('{"seeds":[1],"params":{"n":[]}}', study)).toThrow(/empty list/);
    expect(() => parseGrid('{"seeds":[],"params":{}}', study)).toThrow(/'seeds' is empty/);
    expect(() => parseGrid('{"seeds":[1.5]}', study)).toThrow(/seeds\[0\]/);
    expect(() => parseGrid('{"params":{}}', study)).toThrow(/'seeds' is required/);
    expect(() => parseGrid('{"seeds":[1],"params":{"n":["x"]}}', study)).toThrow(/type string, expected number/);
    expect(() => parseGrid('{"seeds":[1],"extra":1}', study)).toThrow(/unknown top-level key/);
    expect(() => expandGrid('toy', parseGrid('{"seeds":[1],"params":{"n":{"from":1,"to":5}}}', study))).toThrow(/exactly one of/);
  });
});

describe('store', () => {
  const outcome = (id: string, m: number) => ({
    id,
    seconds: 0.1,
    result: {
      id: 'toy',
      title: 'Toy',
      paper: { title: 't', arxiv: '0' },
      profile: 'quick' as const,
      config: { seed: 0 },
      metrics: { m },
      claims: [],
      figures: [],
      deviations: [],
    },
  });

  it('writes each job id once, reopens, and repairs a torn final line', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'quire-store-')), 'r.jsonl');
    const s = ResultStore.open(path);
    const jobs = expandGrid('toy', parseGrid('{"seeds":[1,2]}', study));
    expect(s.add(jobs[0], outcome(jobs[0].id, 1))).toBe(true);
    expect(s.add(jobs[0], outcome(jobs[0].id, 1))).toBe(false);
    appendFileSync(path, '{"id":"torn","res');
    const s2 = ResultStore.open(path);
    expect(s2.size).toBe(1);
    expect(s2.has(jobs[0].id)).toBe(true);
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
    expect(s2.add(jobs[1], outcome(jobs[1].id, 2))).toBe(true);
    expect(ResultStore.open(path).size).toBe(2);
    writeFileSync(path, 'not json\n');
    expect(() => ResultStore.open(path)).toThrow(/line 1 is not valid JSON/);
  });

  it('aggregates a metric across seeds with a t-interval', () => {
    const jobs = expandGrid('toy', parseGrid('{"seeds":[1,2,3,4]}', study));
    const recs = jobs.map((j, i) => ({ ...outcome(j.id, [1, 2, 4, 7][i]), job: j, finishedAt: '' }));
    const [agg] = aggregate(recs);
    const ci = meanCI([1, 2, 4, 7]);
    expect(agg.seeds).toEqual([1, 2, 3, 4]);
    expect(agg.metrics.m.mean).toBeCloseTo(3.5, 14);
    expect(agg.metrics.m.lower).toBeCloseTo(ci.lower, 14);
  });
});

describe('queue', () => {
  it('parses redis URLs and rejects others', () => {
    expect(parseRedisUrl('redis://127.0.0.1:6390/2')).toEqual({ host: '127.0.0.1', port: 6390, db: 2, tls: false });
    expect(parseRedisUrl('rediss://:p%40ss@cache.example:6380')).toEqual({
      host: 'cache.example',
      port: 6380,
      db: 0,
      tls: true,
      password: 'p@ss',
    });
    expect(parseRedisUrl('redis://alice:pw@h')).toMatchObject({ username: 'alice', password: 'pw', port: 6379 });
    expect(redactUrl('redis://:secret@h:1/2')).toBe('redis://:***@h:1/2');
    expect(() => parseRedisUrl('http://x')).toThrow(/redis:\/\//);
    expect(() => parseRedisUrl('nonsense')).toThrow(/URL like redis/);
  });

  it('an unreachable Redis is a clear error', async () => {
    await expect(checkRedis('redis://127.0.0.1:1', 2000)).rejects.toThrow(/cannot reach Redis at redis:\/\/127.0.0.1:1/);
  });
});

describe('grid size', () => {
  it('counts jobs without expanding: 1e8 seeds are rejected at once', () => {
    const spec = parseGrid('{"seeds":{"from":1,"to":100000000},"params":{"n":[1,2]}}', study);
    expect(countJobs(spec)).toBe(2e8);
    expect(() => expandGrid('toy', spec)).toThrow(/grid expands to 200000000 jobs, more than the limit of 100000/);
    expect(countJobs(parseGrid('{"seeds":[1,2],"params":{"alpha":{"from":0.1,"to":0.5,"step":0.1},"method":["a","b"]}}', study))).toBe(20);
  });
});
