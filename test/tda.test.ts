import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-helpers.js';
import { cbf } from '../src/data/synthetic.js';
import { tdaStudy } from '../src/studies/tda/index.js';
import { haveTool, TOOLS } from './tools.js';

const dir = mkdtempSync(join(tmpdir(), 'quire-tda-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const hasRipser = haveTool(TOOLS.ripser, 'the ripser comparison in test/tda.test.ts');

describe('quire tda graph', () => {
  it('prints nodes, edges and degree statistics as JSON, and writes the edges', () => {
    const series = file('conv.csv', Array.from({ length: 20 }, (_, i) => String(i * i)).join('\n') + '\n');
    const edges = join(dir, 'edges.csv');
    const r = runCli(['tda', 'graph', '--type', 'nvg', '--json', '--edges', edges, series]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.nodes).toBe(20);
    expect(out.edges).toBe(190); // convex series: complete graph
    expect(out.degree).toEqual({ min: 19, max: 19, mean: 19 });
    const lines = readFileSync(edges, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('source,target,weight');
    expect(lines).toHaveLength(191);
    const h = runCli(['tda', 'graph', '--type', 'hvg', series]);
    expect(h.stdout).toMatch(/hvg graph: 20 nodes, 19 edges/);
  });

  it('bad input: unknown type, NaN in the series → exit 2 with quire: error:', () => {
    for (const args of [
      ['tda', 'graph', '--type', 'bogus', file('ok.csv', '1\n2\n3\n')],
      ['tda', 'graph', '--type', 'nvg', file('nan.csv', '1\nNaN\n3\n4\n')],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^quire: error: /);
    }
  });
});

describe('quire tda persistence', () => {
  it('JSON diagrams with death null for infinite bars (circle of 12 points)', () => {
    const pts = Array.from({ length: 12 }, (_, i) => `${Math.cos((2 * Math.PI * i) / 12)},${Math.sin((2 * Math.PI * i) / 12)}`).join('\n');
    const r = runCli(['tda', 'persistence', '--json', file('circle.csv', pts + '\n')]);
    expect(r.code).toBe(0);
    const { diagrams } = JSON.parse(r.stdout);
    expect(diagrams).toHaveLength(2);
    expect(diagrams[0].filter((b: (number | null)[]) => b[1] === null)).toHaveLength(1);
    expect(diagrams[1]).toHaveLength(1);
    expect(diagrams[1][0][0]).toBeCloseTo(2 * Math.sin(Math.PI / 12), 6);
    expect(diagrams[1][0][1]).toBeCloseTo(Math.sqrt(3), 6);
  });

  it.skipIf(!hasRipser)('a distance matrix gives the same text output as the ripser binary', () => {
    const n = 9;
    const rows = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Math.min(Math.abs(i - j), n - Math.abs(i - j))));
    const p = file('c9.csv', rows.map((r) => r.join(',')).join('\n') + '\n');
    const r = runCli(['tda', 'persistence', '--distance-matrix', '--maxdim', '2', p]);
    expect(r.code).toBe(0);
    const lower = rows
      .slice(1)
      .map((r, i) => r.slice(0, i + 1).join(','))
      .join('\n');
    const ref = spawnSync('ripser', ['--format', 'lower-distance', '--dim', '2'], { input: lower + '\n' }).stdout.toString();
    const bars = (s: string): string[] =>
      s
        .split('\n')
        .filter((l) => l.startsWith(' ['))
        .sort();
    expect(bars(r.stdout)).toEqual(bars(ref));
    expect(bars(r.stdout)).toContain(' [1,3)');
  });

  it('distances near 1e300 give one essential bar, not three; a range beyond float32 asks for --precision float64', () => {
    const big = file('big.csv', '0,1e300,2e300\n1e300,0,1.5e300\n2e300,1.5e300,0\n');
    const r = runCli(['tda', 'persistence', '--distance-matrix', '--json', big]);
    expect(r.code).toBe(0);
    const h0 = JSON.parse(r.stdout).diagrams[0] as [number, number | null][];
    expect(h0.filter((b) => b[1] === null)).toHaveLength(1);
    const wide = file('wide.csv', '0,1,1e300\n1,0,1e300\n1e300,1e300,0\n');
    const w = runCli(['tda', 'persistence', '--distance-matrix', wide]);
    expect(w.code).toBe(2);
    expect(w.stderr).toMatch(/quire: error: .*float64/);
    const ok = runCli(['tda', 'persistence', '--distance-matrix', '--precision', 'float64', '--json', wide]);
    expect(JSON.parse(ok.stdout).diagrams[0]).toEqual([
      [0, 1],
      [0, 1e300],
      [0, null],
    ]);
  });

  it('classify --graph auto --distance auto on an embedded UCR set: the choice, its CV table and the 1-NN baselines', () => {
    const r = runCli([
      'tda',
      'classify',
      '--dataset',
      'Chinatown',
      '--graph',
      'auto',
      '--distance',
      'auto',
      '--resolution',
      '20',
      '--folds',
      '3',
      '--threads',
      '2',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.cv.table).toHaveLength(20);
    // unions of feature blocks, chosen by the same CV (diagrams computed on 2 worker threads)
    const bestSet = Math.max(...out.cv.featureTable.map((t: { cvAccuracy: number | null }) => t.cvAccuracy ?? -1));
    expect(out.cv.featureTable.find((t: { features: string }) => t.features === out.features.join('+')).cvAccuracy).toBe(bestSet);
    const best = Math.max(...out.cv.table.map((t: { cvAccuracy: number | null }) => t.cvAccuracy ?? -1));
    expect(
      out.cv.table.find((t: { graph: string; distance: string }) => t.graph === out.graph && t.distance === out.distance).cvAccuracy,
    ).toBe(best);
    expect(out.baselines.euclidean1nn.accuracy).toBeCloseTo(1 - 19 / 343, 12);
    expect(out.baselines.dtw1nn.windowFraction).toBeGreaterThanOrEqual(0);
    expect(out.accuracy).toBeGreaterThan(0.5);
    const bad = runCli(['tda', 'classify', '--dataset', 'Nope', '--ucr-dir', dir, '--graph', 'auto', '--distance', 'auto']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/quire: error: --dataset: 'Nope' not found/);
  });

  it('bad input: a non-symmetric distance matrix → exit 2', () => {
    const r = runCli(['tda', 'persistence', '--distance-matrix', file('ns.csv', '0,1\n2,0\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quire: error: .*not symmetric/);
  });
});

describe('quire tda classify', () => {
  const toTsv = (d: { series: Float64Array[]; labels: number[] }): string =>
    d.series.map((s, i) => [d.labels[i], ...s].join('\t')).join('\n') + '\n';
  it('prints {"accuracy","graph","distance"} and beats chance on CBF', () => {
    const train = file('CBF_TRAIN.tsv', toTsv(cbf(8, 1, { length: 64 })));
    const test = file('CBF_TEST.tsv', toTsv(cbf(8, 2, { length: 64 })));
    const r = runCli([
      'tda',
      'classify',
      '--train',
      train,
      '--test',
      test,
      '--graph',
      'knn',
      '--distance',
      'weighted',
      '--resolution',
      '25',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['accuracy', 'baselines', 'classifier', 'cv', 'distance', 'features', 'filtration', 'graph']);
    expect(out.graph).toBe('knn');
    expect(out.accuracy).toBeGreaterThan(0.4);
  });

  it('bad input: malformed UCR file, unknown distance → exit 2 naming the problem', () => {
    const good = file('g.tsv', '1\t1\t2\t3\t4\n2\t4\t3\t2\t1\n');
    const bad = file('bad.tsv', '1\t1\t2\tx\t4\n');
    let r = runCli(['tda', 'classify', '--train', bad, '--test', good, '--graph', 'hvg', '--distance', 'shortest']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quire: error: .*bad.tsv:1: value 3 'x' is not a number/);
    r = runCli(['tda', 'classify', '--train', good, '--test', good, '--graph', 'hvg', '--distance', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--distance must be one of/);
  });
});

describe('study tda', () => {
  it('a tiny config runs, judges the three claims and returns bounded accuracies', async () => {
    const cfg = {
      ...tdaStudy.configs.quick,
      datasets: ['CBF', 'Chinatown'],
      trainPerClass: 3,
      testPerClass: 3,
      maxTest: 20,
      graphs: ['hvg', 'knn'],
      distances: ['shortest', 'weighted', 'diffusion'],
      resolution: 10,
      trees: 20,
    };
    const out = await tdaStudy.run(cfg, () => {});
    expect(out.claims.map((c) => c.id)).toEqual([
      'no-dominant-construction',
      'diffusion-beats-shortest-path',
      'graceful-noise',
      'auto-not-worse-than-1nn',
    ]);
    for (const c of out.claims) expect(['holds', 'fails', 'inconclusive']).toContain(c.verdict);
    const perSet = out.tables![0].rows;
    expect(perSet.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['CBF', 'generated', 9],
      ['Chinatown', 'embedded', 20],
    ]);
    const rows = out.tables![1].rows;
    expect(rows).toHaveLength(4);
    for (const r of rows) for (const v of r.slice(2)) expect((v as number) >= 0 && (v as number) <= 1).toBe(true);
    expect(out.figures.map((f) => f.id)).toContain('accuracy-heatmap');
    expect(existsSync(dir)).toBe(true);
  });
});

describe('tda study config', () => {
  it('a claim level outside the noise sweep, or no available data set, is an error before any work', async () => {
    const { runStudy } = await import('../src/studies/runner.js');
    const { findStudy } = await import('../src/studies/registry.js');
    const study = findStudy('tda')!;
    await expect(runStudy(study, { profile: 'quick', overrides: { claimSnrDb: 3 } })).rejects.toThrow(/claimSnrDb 3 must be one of snrDb/);
    await expect(runStudy(study, { profile: 'quick', overrides: { datasets: ['NoSuchSet'], generate: false } })).rejects.toThrow(
      /none of the data sets is available \(NoSuchSet\)/,
    );
  });
});
