/**
 * Study `tda`: accuracy of every graph construction × graph distance with the downstream
 * pipeline held fixed (Rips H0/H1 → landscapes + summaries → standardize → logistic
 * regression), on the embedded CBF and SyntheticControl generators (quick) or UCR datasets
 * supplied by a dataset provider (full), plus accuracy under Gaussian test noise.
 */
import { Rng, splitSeeds } from '../../core/rng.js';
import { pairedDifference, wilsonInterval } from '../../core/stats.js';
import { cbf, syntheticControl, type LabelledSeries } from '../../data/synthetic.js';
import {
  accuracy,
  DISTANCE_TYPES,
  edgeList,
  GRAPH_TYPES,
  naturalVisibilityGraph,
  persistenceLandscape,
  linspace,
  seriesDiagrams,
  TdaClassifier,
  type Diagrams,
  type DistanceType,
  type GraphType,
} from '../../tda/index.js';
import { judgeInterval } from '../verdict.js';
import type { ClaimResult, Figure, Study, StudyConfig, StudyOutput, Table } from '../types.js';

export interface TdaStudyConfig extends StudyConfig {
  /** dataset names: 'CBF' / 'SyntheticControl' are generated when `source` is 'synthetic'; others come from the provider */
  datasets: string[];
  source: 'synthetic' | 'ucr';
  /** generated sets: series per class (train, test) and CBF length */
  trainPerClass: number;
  testPerClass: number;
  cbfLength: number;
  /** UCR sets: at most this many test series (a seeded stratified-free subsample; 0 = all) */
  maxTest: number;
  graphs: string[];
  distances: string[];
  /** SNR levels in dB of the Gaussian noise added to test series (clean is always included) */
  snrDb: number[];
  /** the SNR level at which claim (iii) is judged */
  claimSnrDb: number;
  /** claim (iii) threshold: a mean accuracy drop below this is "graceful" */
  gracefulDrop: number;
  layers: number;
  resolution: number;
  iterations: number;
}

/** A source of train/test splits by name (the CLI installs one reading ../shared/data/ucr). */
export type DatasetProvider = (name: string) => { train: LabelledSeries; test: LabelledSeries } | null;

const providers: { current: DatasetProvider | null } = { current: null };

/** Install the provider used for non-generated datasets (null removes it). */
export function setDatasetProvider(p: DatasetProvider | null): void {
  providers.current = p;
}

function getDataset(name: string, cfg: TdaStudyConfig, seeds: number[]): { train: LabelledSeries; test: LabelledSeries } | null {
  if (cfg.source === 'synthetic') {
    if (name === 'CBF') {
      return {
        train: cbf(cfg.trainPerClass, seeds[0], { length: cfg.cbfLength }),
        test: cbf(cfg.testPerClass, seeds[1], { length: cfg.cbfLength }),
      };
    }
    if (name === 'SyntheticControl')
      return { train: syntheticControl(cfg.trainPerClass, seeds[2]), test: syntheticControl(cfg.testPerClass, seeds[3]) };
    return null;
  }
  const d = providers.current ? providers.current(name) : null;
  if (!d) return null;
  if (cfg.maxTest > 0 && d.test.series.length > cfg.maxTest) {
    const idx = Array.from(new Rng(seeds[4]).permutation(d.test.series.length).subarray(0, cfg.maxTest)).sort((a, b) => a - b);
    return { train: d.train, test: { series: idx.map((i) => d.test.series[i]), labels: idx.map((i) => d.test.labels[i]) } };
  }
  return d;
}

/** y + N(0, σ²) with σ = sd(y) · 10^(−SNR/20). */
function addNoise(y: Float64Array, snrDb: number, r: Rng): Float64Array {
  let m = 0;
  for (const v of y) m += v;
  m /= y.length;
  let s = 0;
  for (const v of y) s += (v - m) ** 2;
  const sigma = Math.sqrt(s / y.length) * 10 ** (-snrDb / 20);
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) out[i] = y[i] + sigma * r.normal();
  return out;
}

const round = (x: number, d = 4): number => Math.round(x * 10 ** d) / 10 ** d;

export const tdaStudy: Study<TdaStudyConfig> = {
  id: 'tda',
  title: 'Persistent homology of time series through complex networks',
  paper: { title: 'Persistent Homology of Time Series through Complex Networks (Güzel)', arxiv: '2605.01624' },
  claims: [
    { id: 'no-dominant-construction', statement: '(i) No single graph construction is best on every dataset and distance.' },
    {
      id: 'diffusion-beats-shortest-path',
      statement: '(ii) Diffusion distance beats the shortest-path distances (hop count and weighted), across datasets and constructions.',
    },
    { id: 'graceful-noise', statement: '(iii) Persistence features degrade gracefully under Gaussian noise on the test series.' },
  ],
  configs: {
    quick: {
      seed: 1,
      datasets: ['CBF', 'SyntheticControl'],
      source: 'synthetic',
      trainPerClass: 6,
      testPerClass: 6,
      cbfLength: 64,
      maxTest: 0,
      graphs: [...GRAPH_TYPES],
      distances: [...DISTANCE_TYPES],
      snrDb: [10, 0],
      claimSnrDb: 10,
      gracefulDrop: 0.1,
      layers: 3,
      resolution: 25,
      iterations: 200,
    },
    full: {
      seed: 1,
      datasets: [
        'ECG200',
        'GunPoint',
        'Coffee',
        'ItalyPowerDemand',
        'SonyAIBORobotSurface1',
        'Trace',
        'SyntheticControl',
        'CBF',
        'BeetleFly',
        'Plane',
        'Wine',
        'Chinatown',
      ],
      source: 'ucr',
      trainPerClass: 0,
      testPerClass: 0,
      cbfLength: 128,
      maxTest: 100,
      graphs: [...GRAPH_TYPES],
      distances: [...DISTANCE_TYPES],
      snrDb: [20, 10, 0],
      claimSnrDb: 10,
      gracefulDrop: 0.1,
      layers: 5,
      resolution: 50,
      iterations: 300,
    },
  },
  sweepable: ['trainPerClass', 'testPerClass', 'layers', 'resolution', 'claimSnrDb'],

  async run(cfg, progress): Promise<StudyOutput> {
    const seeds = splitSeeds(cfg.seed, 8);
    const graphs = cfg.graphs as GraphType[];
    const distances = cfg.distances as DistanceType[];
    const loaded: { name: string; train: LabelledSeries; test: LabelledSeries }[] = [];
    const absent: string[] = [];
    for (const name of cfg.datasets) {
      const d = getDataset(name, cfg, seeds);
      if (d) loaded.push({ name, ...d });
      else absent.push(name);
    }
    const combos = graphs.length * distances.length;
    const total = Math.max(1, loaded.length * combos);
    let done = 0;
    // acc[dataset][graph][distance][level]; level 0 = clean, then cfg.snrDb
    const levels = [Infinity, ...cfg.snrDb];
    const acc: Record<string, Record<string, Record<string, number[]>>> = {};
    const errors: string[] = [];
    for (const [di, ds] of loaded.entries()) {
      acc[ds.name] = {};
      // noisy copies of the test set, one per level, shared by all combos (paired)
      const noisy = levels.map((snr, li) => {
        if (snr === Infinity) return ds.test.series;
        const r = new Rng(splitSeeds(seeds[5] + di, levels.length)[li]);
        return ds.test.series.map((y) => addNoise(y, snr, r));
      });
      for (const g of graphs) {
        acc[ds.name][g] = {};
        for (const dist of distances) {
          progress(done, total, `${ds.name}: ${g} × ${dist}`);
          try {
            const clf = new TdaClassifier({
              graph: g,
              distance: dist,
              layers: cfg.layers,
              resolution: cfg.resolution,
              iterations: cfg.iterations,
            });
            const trainDg = clf.diagrams(ds.train.series, 'train');
            clf.fitDiagrams(trainDg, ds.train.labels);
            acc[ds.name][g][dist] = noisy.map((series) => accuracy(clf.predictDiagrams(clf.diagrams(series, 'test')), ds.test.labels));
          } catch (e) {
            errors.push(`${ds.name} ${g}×${dist}: ${(e as Error).message}`);
            acc[ds.name][g][dist] = levels.map(() => NaN);
          }
          done++;
        }
      }
    }
    progress(total, total, 'claims');
    const cells = (fn: (d: string, g: string, t: string) => void): void => {
      for (const ds of loaded) for (const g of graphs) for (const t of distances) fn(ds.name, g, t);
    };
    const clean = (d: string, g: string, t: string): number => acc[d][g][t][0];

    // ---- claim (i): the overall leader's share of (dataset × distance) cells it wins
    const meanByGraph: Record<string, number> = {};
    for (const g of graphs) {
      const v: number[] = [];
      for (const ds of loaded) for (const t of distances) v.push(clean(ds.name, g, t));
      meanByGraph[g] = v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
    }
    const ranked = [...graphs].sort((a, b) => meanByGraph[b] - meanByGraph[a]);
    const leader = ranked[0];
    let wins = 0;
    let nCells = 0;
    const winsByGraph: Record<string, number> = Object.fromEntries(graphs.map((g) => [g, 0]));
    for (const ds of loaded)
      for (const t of distances) {
        const best = Math.max(...graphs.map((g) => clean(ds.name, g, t)));
        for (const g of graphs) if (clean(ds.name, g, t) === best) winsByGraph[g]++;
        if (clean(ds.name, leader, t) === best) wins++;
        nCells++;
      }
    const claims: ClaimResult[] = [];
    if (nCells >= 1) {
      const w = wilsonInterval(wins, nCells);
      const c = judgeInterval(
        tdaStudy.claims[0],
        { estimate: w.estimate, lower: w.lower, upper: w.upper },
        {
          threshold: 1,
          direction: 'less',
          effectLabel: `share of the ${nCells} dataset × distance cells won (ties count) by the best-on-average construction (${leader})`,
          uncertainty: '95% Wilson interval over cells',
        },
      );
      if (wins === nCells) {
        c.verdict = 'fails';
        c.rule =
          'fails if the best-on-average construction wins every cell; holds if the Wilson upper bound of its win share is < 1; otherwise inconclusive';
      } else
        c.rule = 'holds if the 95% Wilson upper bound of the leader’s win share is < 1 (it loses some cell); fails if it wins every cell';
      claims.push(c);
    }

    // ---- claim (ii): diffusion − each shortest-path distance, paired over (dataset × graph)
    const diffVs = (other: DistanceType): { a: number[]; b: number[] } => {
      const a: number[] = [];
      const b: number[] = [];
      for (const ds of loaded)
        for (const g of graphs) {
          const x = clean(ds.name, g, 'diffusion');
          const y = clean(ds.name, g, other);
          if (Number.isFinite(x) && Number.isFinite(y)) {
            a.push(x);
            b.push(y);
          }
        }
      return { a, b };
    };
    const comparisons = (['shortest', 'weighted'] as DistanceType[]).filter(
      (t) => distances.includes(t) && distances.includes('diffusion'),
    );
    const pd = comparisons.map((t) => ({ t, ...diffVs(t) })).filter((x) => x.a.length >= 2);
    const pdStats = pd.map((x) => ({
      t: x.t,
      est: pairedDifference(x.a, x.b),
      uniform: x.a.filter((v, i) => v >= x.b[i]).length / x.a.length,
    }));
    if (pdStats.length > 0) {
      const worst = pdStats.reduce((m, x) => (x.est.lower < m.est.lower ? x : m));
      const c = judgeInterval(
        tdaStudy.claims[1],
        { estimate: worst.est.estimate, lower: worst.est.lower, upper: worst.est.upper },
        {
          threshold: 0,
          direction: 'greater',
          effectLabel: `mean accuracy gain of diffusion over '${worst.t}' (the weaker of the comparisons), paired over dataset × construction`,
          uncertainty: `95% paired t-interval over ${pd[0].a.length} cells; p = ${round(worst.est.pvalue, 4)}`,
        },
      );
      c.rule =
        'holds if, against each shortest-path distance, the 95% interval of the mean paired gain is > 0; fails if one is wholly < 0; otherwise inconclusive';
      const verdicts = pdStats.map((x) => (x.est.lower > 0 ? 'holds' : x.est.upper < 0 ? 'fails' : 'inconclusive'));
      c.verdict = verdicts.includes('fails') ? 'fails' : verdicts.every((v) => v === 'holds') ? 'holds' : 'inconclusive';
      claims.push(c);
    }

    // ---- claim (iii): accuracy drop at claimSnrDb, paired over all cells
    const noiseSummary: Record<string, number> = {};
    const li = levels.indexOf(cfg.claimSnrDb);
    if (li > 0) {
      const a: number[] = [];
      const b: number[] = [];
      cells((d, g, t) => {
        const x = acc[d][g][t][0];
        const y = acc[d][g][t][li];
        if (Number.isFinite(x) && Number.isFinite(y)) {
          a.push(x);
          b.push(y);
        }
      });
      if (a.length >= 2) {
        const est = pairedDifference(a, b);
        // floor effect: how much above-chance accuracy is retained (chance = 1 / #classes)
        const chance = loaded.map((ds) => 1 / new Set(ds.test.labels).size);
        const meanChance = chance.reduce((x, y) => x + y, 0) / chance.length;
        const meanA = a.reduce((x, y) => x + y, 0) / a.length;
        const meanB = b.reduce((x, y) => x + y, 0) / b.length;
        noiseSummary.meanCleanAccuracy = round(meanA);
        noiseSummary.meanNoisyAccuracy = round(meanB);
        noiseSummary.meanChance = round(meanChance);
        noiseSummary.retainedAboveChance = meanA > meanChance ? round((meanB - meanChance) / (meanA - meanChance)) : NaN;
        claims.push(
          judgeInterval(tdaStudy.claims[2], est, {
            threshold: cfg.gracefulDrop,
            direction: 'less',
            effectLabel: `mean accuracy drop (clean − noisy) at SNR ${cfg.claimSnrDb} dB over dataset × construction × distance`,
            uncertainty: `95% paired t-interval over ${a.length} cells (mean clean accuracy ${round(meanA, 3)}, chance ${round(meanChance, 3)}: a low clean accuracy leaves little to lose)`,
          }),
        );
      }
    }

    // ---- figures and tables
    const heat: { dataset: string; graph: string; distance: string; accuracy: number }[] = [];
    cells((d, g, t) => heat.push({ dataset: d, graph: g, distance: t, accuracy: round(clean(d, g, t)) }));
    const noiseRows: { graph: string; distance: string; snr: string; snrDb: number; accuracy: number }[] = [];
    for (const g of graphs)
      for (const t of distances)
        levels.forEach((snr, l) => {
          const v = loaded.map((ds) => acc[ds.name][g][t][l]).filter(Number.isFinite);
          if (v.length > 0)
            noiseRows.push({
              graph: g,
              distance: t,
              snr: snr === Infinity ? 'clean' : `${snr} dB`,
              snrDb: snr === Infinity ? 60 : snr,
              accuracy: round(v.reduce((x, y) => x + y, 0) / v.length),
            });
        });
    const figures: Figure[] = [
      {
        id: 'accuracy-heatmap',
        title: 'Test accuracy: graph construction × graph distance',
        caption:
          'Each cell: test accuracy with the downstream pipeline held fixed (Rips H0/H1 → landscapes + summaries → logistic regression).',
        spec: {
          data: { values: heat },
          facet: { column: { field: 'dataset', type: 'nominal' } },
          spec: {
            width: 160,
            height: 140,
            layer: [
              {
                mark: 'rect',
                encoding: {
                  x: { field: 'distance', type: 'nominal', sort: [...DISTANCE_TYPES] },
                  y: { field: 'graph', type: 'nominal', sort: [...GRAPH_TYPES] },
                  color: { field: 'accuracy', type: 'quantitative', scale: { domain: [0, 1], scheme: 'viridis' } },
                },
              },
              {
                mark: { type: 'text', fontSize: 9 },
                encoding: {
                  x: { field: 'distance', type: 'nominal', sort: [...DISTANCE_TYPES] },
                  y: { field: 'graph', type: 'nominal', sort: [...GRAPH_TYPES] },
                  text: { field: 'accuracy', type: 'quantitative', format: '.2f' },
                  color: { value: 'white' },
                },
              },
            ],
          },
        },
      },
      {
        id: 'noise-curves',
        title: 'Accuracy under Gaussian noise on the test series',
        caption: 'Mean over datasets; the classifier is trained on clean series. "clean" is drawn at 60 dB.',
        spec: {
          data: { values: noiseRows },
          facet: { column: { field: 'graph', type: 'nominal', sort: [...GRAPH_TYPES] } },
          spec: {
            width: 140,
            height: 140,
            mark: { type: 'line', point: true },
            encoding: {
              x: { field: 'snrDb', type: 'quantitative', title: 'SNR (dB)', scale: { reverse: true } },
              y: { field: 'accuracy', type: 'quantitative', scale: { domain: [0, 1] } },
              color: { field: 'distance', type: 'nominal' },
            },
          },
        },
      },
      ...exampleFigures(cfg),
    ];
    const tables: Table[] = [
      {
        id: 'accuracy',
        title: 'Test accuracy by dataset, construction and distance (clean test series)',
        columns: ['dataset', 'graph', ...distances],
        rows: loaded.flatMap((ds) => graphs.map((g) => [ds.name, g, ...distances.map((t) => round(clean(ds.name, g, t)))])),
      },
    ];
    const metrics: Record<string, number | string | number[] | Record<string, number | string | null>> = {
      datasets: loaded.map((d) => d.name).join(', '),
      absent: absent.join(', '),
      meanAccuracyByGraph: Object.fromEntries(Object.entries(meanByGraph).map(([k, v]) => [k, round(v)])),
      winsByGraph,
      leader,
      errors: errors.join(' | '),
      ...noiseSummary,
    };
    for (const t of distances) {
      const v: number[] = [];
      cells((d, g, tt) => {
        if (tt === t && Number.isFinite(clean(d, g, t))) v.push(clean(d, g, t));
      });
      metrics[`meanAccuracy_${t}`] = round(v.reduce((a, b) => a + b, 0) / Math.max(1, v.length));
    }
    for (const x of pdStats) {
      metrics[`diffusionMinus_${x.t}`] = round(x.est.estimate);
      metrics[`diffusionAtLeast_${x.t}_share`] = round(x.uniform);
    }
    return { metrics, claims, figures, tables };
  },
};

/** Example figures: a CBF series, its NVG (visibility lines), its diagram and its H1 landscape. */
function exampleFigures(cfg: TdaStudyConfig): Figure[] {
  const y = cbf(1, cfg.seed).series[1];
  const g = naturalVisibilityGraph(y, { weight: 'none' });
  const dg: Diagrams = seriesDiagrams(y, { graph: 'nvg', distance: 'diffusion' });
  const series = Array.from(y, (v, t) => ({ t, value: round(v) }));
  const edges = edgeList(g).map(([u, v]) => ({ t: u, value: round(y[u]), t2: v, value2: round(y[v]) }));
  const points = dg.flatMap((bars, k) =>
    bars.filter((b) => b[1] !== Infinity).map(([b, d]) => ({ dim: `H${k}`, birth: round(b, 6), death: round(d, 6) })),
  );
  const maxDeath = Math.max(1e-9, ...points.map((p) => p.death));
  const h1 = dg[1] ?? [];
  const fin = h1.filter((b) => b[1] !== Infinity);
  const lo = fin.length ? Math.min(...fin.map((b) => b[0])) : 0;
  const hi = fin.length ? Math.max(...fin.map((b) => b[1])) : 1;
  const grid = linspace(lo, hi, 100);
  const L = persistenceLandscape(h1, grid, 3);
  const land: { t: number; layer: string; value: number }[] = [];
  for (let k = 0; k < 3; k++)
    for (let r = 0; r < 100; r++) land.push({ t: round(grid[r], 6), layer: `λ${k + 1}`, value: round(L[k * 100 + r], 6) });
  return [
    {
      id: 'example-graph',
      title: 'Example: a CBF (bell) series and its natural visibility graph',
      caption: `Grey segments are NVG edges (${edges.length}); each joins two points that see each other above the series.`,
      spec: {
        width: 520,
        height: 220,
        layer: [
          {
            data: { values: edges },
            mark: { type: 'rule', opacity: 0.25, color: 'grey' },
            encoding: {
              x: { field: 't', type: 'quantitative', title: 't' },
              y: { field: 'value', type: 'quantitative', title: 'x(t)' },
              x2: { field: 't2' },
              y2: { field: 'value2' },
            },
          },
          {
            data: { values: series },
            mark: { type: 'line', point: true },
            encoding: { x: { field: 't', type: 'quantitative', title: 't' }, y: { field: 'value', type: 'quantitative', title: 'x(t)' } },
          },
        ],
      },
    },
    {
      id: 'example-diagram',
      title: 'Example: its persistence diagram (NVG, diffusion distance)',
      spec: {
        width: 260,
        height: 260,
        layer: [
          {
            data: { values: [{ a: 0 }, { a: maxDeath }] },
            mark: { type: 'line', color: 'grey', strokeDash: [4, 4] },
            encoding: { x: { field: 'a', type: 'quantitative', title: 'birth' }, y: { field: 'a', type: 'quantitative', title: 'death' } },
          },
          {
            data: { values: points },
            mark: 'point',
            encoding: {
              x: { field: 'birth', type: 'quantitative', title: 'birth' },
              y: { field: 'death', type: 'quantitative', title: 'death' },
              color: { field: 'dim', type: 'nominal' },
            },
          },
        ],
      },
    },
    {
      id: 'example-landscape',
      title: 'Example: the H1 persistence landscape (3 layers)',
      spec: {
        data: { values: land },
        width: 400,
        height: 180,
        mark: 'line',
        encoding: {
          x: { field: 't', type: 'quantitative', title: 'filtration value' },
          y: { field: 'value', type: 'quantitative' },
          color: { field: 'layer', type: 'nominal' },
        },
      },
    },
  ];
}
