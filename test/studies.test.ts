import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Study, StudyConfig } from '../src/studies/types.js';
import { resolveConfig, runStudy, selectStudies } from '../src/studies/runner.js';
import { judgeInterval, verdictFromInterval } from '../src/studies/verdict.js';
import { writeReport } from '../src/report/write.js';
import { fmt } from '../src/report/html.js';
import { verdictTable } from '../src/cli/reproduce.js';
import { QuireError } from '../src/core/errors.js';
import { Rng } from '../src/core/rng.js';

interface ToyConfig extends StudyConfig {
  n: number;
}

// A toy study: estimates the mean of N(1, 1) and judges "mean > 0".
const toy: Study<ToyConfig> = {
  id: 'toy',
  title: 'Toy study',
  paper: { title: 'none', arxiv: '0000.00000' },
  claims: [{ id: 'positive', statement: 'the mean is positive' }],
  configs: { quick: { seed: 1, n: 50 }, full: { seed: 1, n: 500 } },
  sweepable: ['n'],
  async run(config, progress) {
    const r = new Rng(config.seed);
    const xs = Array.from({ length: config.n }, () => r.normal(1, 1));
    progress(1, 1);
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const se = 1 / Math.sqrt(config.n);
    return {
      metrics: { mean: m },
      claims: [
        judgeInterval(
          this.claims[0],
          { estimate: m, lower: m - 2 * se, upper: m + 2 * se },
          {
            threshold: 0,
            direction: 'greater',
            effectLabel: 'mean',
            uncertainty: '±2 se',
          },
        ),
      ],
      figures: [
        {
          id: 'hist',
          title: 'Histogram',
          spec: {
            data: { values: xs.map((x) => ({ x })) },
            mark: 'bar',
            encoding: { x: { field: 'x', bin: true }, y: { aggregate: 'count' } },
          },
        },
      ],
      tables: [{ id: 't', title: 'Table', columns: ['a', 'b'], rows: [[1, 'x']] }],
    };
  },
};
const registry = [toy] as unknown as Study<StudyConfig>[];

describe('verdicts', () => {
  it('interval wholly above holds, wholly below fails, straddling is inconclusive', () => {
    expect(verdictFromInterval(0.1, 0.5, 0, 'greater')).toBe('holds');
    expect(verdictFromInterval(-0.5, -0.1, 0, 'greater')).toBe('fails');
    expect(verdictFromInterval(-0.1, 0.5, 0, 'greater')).toBe('inconclusive');
    expect(verdictFromInterval(-0.5, -0.1, 0, 'less')).toBe('holds');
    expect(verdictFromInterval(Number.NaN, 1, 0, 'less')).toBe('inconclusive');
  });
});

describe('runner', () => {
  it('resolves quick/full configs, seeds and overrides; rejects unknown keys', () => {
    expect(resolveConfig(registry[0], { profile: 'full' })).toEqual({ seed: 1, n: 500 });
    expect(resolveConfig(registry[0], { profile: 'quick', seed: 9, overrides: { n: 7 } })).toEqual({ seed: 9, n: 7 });
    expect(() => resolveConfig(registry[0], { profile: 'quick', overrides: { m: 1 } })).toThrow(/unknown config key 'm'/);
  });

  it('runs deterministically: the same seed gives identical metrics', async () => {
    const a = await runStudy(registry[0], { profile: 'quick', seed: 3 });
    const b = await runStudy(registry[0], { profile: 'quick', seed: 3 });
    expect(a.metrics).toEqual(b.metrics);
    expect(a.claims[0].verdict).toBe('holds');
  });

  it('selectStudies rejects unknown ids with QuireError', () => {
    expect(selectStudies(registry, ['toy'])).toHaveLength(1);
    expect(() => selectStudies(registry, ['nosuch'])).toThrow(QuireError);
  });
});

describe('report', () => {
  it('writes index.html with a rendered <svg> and results.json, and no temp files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-report-'));
    const res = await runStudy(registry[0], { profile: 'quick' });
    const paths = await writeReport(dir, [res], { generated: 'now', version: 'test' });
    const html = readFileSync(paths.html, 'utf8');
    expect(html).toMatch(/<svg[^>]*>/);
    expect(html).toMatch(/class="v-holds">holds/);
    const json = JSON.parse(readFileSync(paths.json, 'utf8'));
    expect(json.studies[0].id).toBe('toy');
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'results.json']);
    expect(verdictTable([res])).toMatch(/toy\s+holds\s+the mean is positive/);
  });

  it('writes nothing when rendering fails (invalid spec)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-report-'));
    const res = await runStudy(registry[0], { profile: 'quick' });
    res.figures[0].spec = { mark: 'nosuchmark' } as never;
    await expect(writeReport(join(dir, 'r'), [res], { generated: 'now', version: 'test' })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fmt formats numbers for tables', () => {
    expect(fmt(0.000012345)).toBe('1.234e-5');
    expect(fmt(3.14159)).toBe('3.142');
    expect(fmt(Number.NaN)).toBe('–');
    expect(fmt(Infinity)).toBe('∞');
  });
});
