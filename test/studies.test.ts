import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim, Study, StudyConfig } from '../src/studies/types.js';
import { mdeT, tEvidence } from '../src/studies/inference.js';
import { judgeClaim } from '../src/studies/protocol.js';
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

// A toy study under the claim protocol: two paper claims (Holm family), one sanity check,
// a gate, a negative control, a config schema and a deviation.
interface ProtoConfig extends StudyConfig {
  n: number;
  shift: number;
}
const protoClaims: Claim[] = [
  {
    id: 'positive',
    statement: 'the mean exceeds 0',
    protocol: {
      metric: 'sample mean',
      test: 'one-sample t',
      alpha: 0.025,
      n: { quick: 30, full: 300, unit: 'draws' },
      mde: { quick: mdeT(30), full: mdeT(300), unit: 'σ', how: 'mdeT(n)' },
    },
    negativeControl: 'the same test on draws recentred to mean 0',
  },
  { id: 'tiny', statement: 'the mean exceeds 0.9', noNegativeControl: 'none needed for the toy' },
  { id: 'identity', statement: 'the sum equals n times the mean', kind: 'sanity' },
];
const protoStudy: Study<ProtoConfig> = {
  id: 'proto',
  title: 'Protocol toy',
  paper: { title: 'none', arxiv: '0000.00000' },
  claims: protoClaims,
  configs: { quick: { seed: 1, n: 30, shift: 1 }, full: { seed: 1, n: 300, shift: 1 } },
  schema: {
    n: { type: 'integer', min: 2, max: 10000, description: 'draws', label: 'draws' },
    shift: { type: 'number', min: -10, max: 10, description: 'true mean' },
  },
  deviations: ['the toy metric was changed after a look (for the test)'],
  async run(config) {
    const r = new Rng(config.seed);
    const xs = Array.from({ length: config.n }, () => r.normal(config.shift, 1));
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const ev = tEvidence(xs, { unit: 'draws' });
    const rule = { kind: 'greater' as const, threshold: 0 };
    return {
      metrics: { mean: m },
      claims: [
        judgeClaim(protoClaims[0], ev, {
          rule,
          effectLabel: 'mean',
          negativeControl: { evidence: tEvidence(xs.map((x) => x - m + 0.001)) },
        }),
        judgeClaim(protoClaims[1], ev, { rule: { kind: 'greater', threshold: 0.9 }, effectLabel: 'mean' }),
        judgeClaim(protoClaims[2], tEvidence(xs.map((x) => x - x)), {
          rule: { kind: 'within', lower: -1e-9, upper: 1e-9 },
          effectLabel: 'residual',
        }),
      ],
      figures: [],
    };
  },
};

describe('claim protocol through the runner and the report', () => {
  const study = protoStudy as unknown as Study<StudyConfig>;
  it('validates overrides against the schema before any work, naming the field', () => {
    expect(() => resolveConfig(study, { profile: 'quick', overrides: { n: 1 } })).toThrow(/proto: n must be in \[2, 10000\]/);
    expect(() => resolveConfig(study, { profile: 'quick', overrides: { shift: Number.NaN } })).toThrow(/shift/);
  });

  it('applies Holm across paper claims only, and carries the protocol fields and deviations', async () => {
    const res = await runStudy(study, { profile: 'quick' });
    const [a, b, s] = res.claims;
    expect(a.pValues?.family).toBe(2);
    expect(b.pValues?.family).toBe(2);
    expect(s.pValues?.family).toBe(1);
    expect(a.pValues!.adjustedHolds).toBeGreaterThanOrEqual(a.pValues!.holds);
    expect(a.negativeControl?.verdict).not.toBe('holds');
    expect(a.verdict).toBe('holds');
    expect(s.kind).toBe('sanity');
    expect(b.noNegativeControl).toBe('none needed for the toy');
    expect(res.deviations).toEqual(protoStudy.deviations);
  });

  it('the report shows the protocol, the sanity table, and the deviations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-report-'));
    const res = await runStudy(study, { profile: 'quick' });
    const html = readFileSync((await writeReport(dir, [res], { generated: 'now', version: 'test' })).html, 'utf8');
    expect(html).toContain('Sanity checks');
    expect(html).toContain('the toy metric was changed after a look');
    expect(html).toMatch(/<b>MDE<\/b>/);
    expect(html).toMatch(/negative control<\/b> <span class="v-(inc|fails)">/);
    expect(html).toMatch(/Paper claims: <b>\d+<\/b> hold/);
  });
});
