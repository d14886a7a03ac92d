/**
 * Study `tda`: accuracy of every graph construction × graph distance with the downstream
 * pipeline held fixed (Rips H0/H1 → per-dimension landscapes, persistence images, Betti
 * curves and summaries → standardize → random forest), next to 1-NN Euclidean and 1-NN DTW,
 * on real UCR data (embedded sets in the quick profile, the paper's 12 from an archive
 * directory in the full one) and the CBF / SyntheticControl generators, plus accuracy
 * under Gaussian test noise, and quire's auto pipeline (graph × distance and unions of series-topology
 * blocks chosen by CV on train). Claims are judged across data sets.
 */
import { QuireError } from '../../core/errors.js';
import { Rng, splitSeeds } from '../../core/rng.js';
import { wilsonInterval } from '../../core/stats.js';
import { cbf, syntheticControl, type LabelledSeries } from '../../data/synthetic.js';
import { isEmbeddedUcr, loadEmbeddedUcr } from '../../data/ucr-embedded.js';
import {
  accuracy,
  autoJobKey,
  autoJobs,
  blockKernel,
  checkSeries,
  fitAuto,
  DISTANCE_TYPES,
  edgeList,
  GRAPH_TYPES,
  naturalVisibilityGraph,
  nearestNeighborDtw,
  nearestNeighborEuclidean,
  persistenceLandscape,
  linspace,
  seriesDiagrams,
  TdaClassifier,
  type AutoJob,
  type Diagrams,
  type DistanceType,
  type GraphType,
  type Representation,
} from '../../tda/index.js';
import { mdeT, mdeWilcoxon, tEvidence, wilcoxonEvidence } from '../inference.js';
import { judgeClaim } from '../protocol.js';
import type { ClaimResult, Figure, Study, StudyConfig, StudyOutput, Table } from '../types.js';

export interface TdaStudyConfig extends StudyConfig {
  /** data sets: 'CBF' / 'SyntheticControl' are generated when `generate` is true; others come from the provider, else the embedded UCR sets */
  datasets: string[];
  generate: boolean;
  /** generated sets: series per class (train, test) and CBF length */
  trainPerClass: number;
  testPerClass: number;
  cbfLength: number;
  /** UCR sets: at most this many test series (a seeded subsample; 0 = all) */
  maxTest: number;
  graphs: string[];
  distances: string[];
  /** SNR levels in dB of the Gaussian noise added to test series (clean is always included) */
  snrDb: number[];
  /** the SNR level at which claim (iii) is judged */
  claimSnrDb: number;
  /** claim (iii) threshold: a mean accuracy drop below this is "graceful" */
  gracefulDrop: number;
  /** claim (iii) is judged only on data sets whose clean accuracy exceeds chance by this much */
  aboveChance: number;
  layers: number;
  resolution: number;
  imagePixels: number;
  trees: number;
  /** graph constructions: series longer than this are reduced by PAA first (0: never) */
  maxLength: number;
  /** auto pipeline: CV folds on each training split */
  folds: number;
  /** claim (iv): non-inferiority margin of auto against 1-NN Euclidean (accuracy) */
  margin: number;
  /** 1-NN DTW baseline (LOO window search; slow on long series) */
  dtw: boolean;
}

/** A source of train/test splits by name (the CLI installs one reading an archive directory). */
export type DatasetProvider = (name: string) => { train: LabelledSeries; test: LabelledSeries } | null;

const providers: { current: DatasetProvider | null } = { current: null };

/**
 * Computes every block job on every series (e.g. on worker threads): a map from each job's key
 * to its results in series order; a job that failed on some series is left out.
 */
export type BlockComputer = (series: readonly Float64Array[], jobs: readonly AutoJob[]) => Promise<Map<string, unknown[]>>;

/** The default computer: every job here, in this thread. */
export const computeBlocksHere: BlockComputer = async (series, jobs) => {
  const out = new Map<string, unknown[]>();
  const ys = series.map((y, i) => checkSeries('tda study', `series[${i}]`, y));
  for (const j of jobs) {
    try {
      out.set(
        j.key,
        ys.map((y) => blockKernel(y, j.block, j.options)),
      );
    } catch {
      // left out: the study recomputes the job where it is used and reports its error there
    }
  }
  return out;
};

const blocks: { current: BlockComputer } = { current: computeBlocksHere };

/** Install the computer of diagrams and bars (null restores `computeBlocksHere`). */
export function setBlockComputer(c: BlockComputer | null): void {
  blocks.current = c ?? computeBlocksHere;
}

/** Install the provider used for non-generated datasets (null removes it). */
export function setDatasetProvider(p: DatasetProvider | null): void {
  providers.current = p;
}

async function getDataset(
  name: string,
  cfg: TdaStudyConfig,
  seeds: number[],
): Promise<{ train: LabelledSeries; test: LabelledSeries; source: string } | null> {
  if (cfg.generate && name === 'CBF')
    return {
      train: cbf(cfg.trainPerClass, seeds[0], { length: cfg.cbfLength }),
      test: cbf(cfg.testPerClass, seeds[1], { length: cfg.cbfLength }),
      source: 'generated',
    };
  if (cfg.generate && name === 'SyntheticControl')
    return {
      train: syntheticControl(cfg.trainPerClass, seeds[2]),
      test: syntheticControl(cfg.testPerClass, seeds[3]),
      source: 'generated',
    };
  let d: { train: LabelledSeries; test: LabelledSeries } | null = providers.current ? providers.current(name) : null;
  let source = 'archive';
  if (!d && isEmbeddedUcr(name)) {
    d = await loadEmbeddedUcr(name);
    source = 'embedded';
  }
  if (!d) return null;
  if (cfg.maxTest > 0 && d.test.series.length > cfg.maxTest) {
    const idx = Array.from(new Rng(seeds[4]).permutation(d.test.series.length).subarray(0, cfg.maxTest)).sort((a, b) => a - b);
    d = { train: d.train, test: { series: idx.map((i) => d!.test.series[i]), labels: idx.map((i) => d!.test.labels[i]) } };
  }
  return { ...d, source };
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
const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
/** Sample standard deviation (0 for fewer than 2 values). */
const sdOf = (v: readonly number[]): number => {
  if (v.length < 2) return 0;
  const m = mean(v);
  return Math.sqrt(v.reduce((a, x) => a + (x - m) ** 2, 0) / (v.length - 1));
};
/** The MDE of σ units in the effect's own units, by the sample sd of the values. */
const mdeNote = (mdeSigma: number, values: readonly number[]): string =>
  `MDE ${round(mdeSigma, 3)}σ ≈ ${round(mdeSigma * sdOf(values), 3)} at σ̂ ${round(sdOf(values), 3)}`;

// eight sets, so that a Wilcoxon test over data sets can reach Holm's level (n = 8: p ≥ 1/256)
const QUICK_SETS = ['CBF', 'SyntheticControl', 'Chinatown', 'ItalyPowerDemand', 'GunPoint', 'ArrowHead', 'Coffee', 'ECG200'];
const FULL_SETS = [
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
  // the other development sets (issue 17): 18 in all, so that tests over data sets have power
  'ArrowHead',
  'DistalPhalanxOutlineCorrect',
  'FaceFour',
  'Lightning7',
  'OliveOil',
  'PowerCons',
];

export const tdaStudy: Study<TdaStudyConfig> = {
  id: 'tda',
  title: 'Persistent homology of time series through complex networks',
  paper: { title: 'Persistent Homology of Time Series through Complex Networks (Güzel)', arxiv: '2605.01624' },
  claims: [
    {
      id: 'no-dominant-construction',
      statement: '(i) No single graph construction is best on every dataset: the winner differs significantly between data sets.',
      protocol: {
        metric:
          'per test series of one data set: share of the distances with which the challenger construction classifies it correctly − the same share for the overall leader (by mean rank)',
        test: 'paired t over the test series of the data set where the leader is beaten most clearly (the mean is the accuracy difference); Bonferroni over data sets × challengers',
        alpha: 0.025,
        n: {
          quick: 8,
          full: 18,
          unit: 'data sets × 4 challengers (each judged over its test series: 28–1029 in quick, ≤ 150 in full)',
        },
        mde: {
          quick: 0.087,
          full: 0.141,
          unit: 'accuracy (share of distances right, per test series)',
          how: 'mdeT(test series, 0.025 / (sets × 4)) × sd of the per-series differences (pilot sd 0.4; 343 series, as Chinatown in quick; 150 in full); the run reports its own',
        },
      },
      noNegativeControl:
        'a construction that is known to dominate on real data does not exist; the Bonferroni max-test is conservative instead',
    },
    {
      id: 'diffusion-beats-shortest-path',
      statement: '(ii) Diffusion distance beats the shortest-path distances (hop count and weighted), across datasets and constructions.',
      protocol: {
        metric:
          'per data set: mean over constructions of accuracy(diffusion) − accuracy(shortest-path distance), the weaker of hop and weighted',
        test: 'Wilcoxon signed-rank over data sets (Hodges–Lehmann estimate)',
        alpha: 0.025,
        n: { quick: 8, full: 18, unit: 'data sets' },
        mde: {
          quick: 1.18,
          full: 0.72,
          unit: 'σ of the per-set effect',
          how: 'mdeWilcoxon(n); with the pilot σ 0.075 (session-4 quick run) that is 0.089 accuracy in quick and 0.054 in full, against a pilot effect of −0.05: quick cannot decide it, full only if σ does not grow with the sets',
        },
      },
      noNegativeControl: 'the comparison is between two fixed distances; no configuration is known where the paper’s claim must fail',
    },
    {
      id: 'graceful-noise',
      statement: '(iii) Persistence features degrade gracefully under Gaussian noise on the test series.',
      origin: 'ours',
      protocol: {
        metric:
          'per data set: mean accuracy drop (clean − noisy at the claim SNR) over the pipelines with clean accuracy well above chance',
        test: 'one-sample t over the eligible data sets, against the graceful-drop threshold',
        alpha: 0.025,
        n: { quick: 8, full: 18, unit: 'data sets (eligible ones only: 6 of 8 in the pilot)' },
        mde: {
          quick: 1.42,
          full: 0.89,
          unit: 'σ of the per-set drop',
          how: 'mdeT(n eligible), 6 in quick and ≥ 12 in full; with the pilot σ 0.08 that is 0.11 and ≤ 0.07 accuracy, against a pilot drop 0.12 above the threshold',
        },
      },
      noNegativeControl: 'a drop is measured against a fixed threshold; a negative control would need a pipeline known to be fragile',
      gate: 'at least 3 data sets whose clean accuracy is above chance + aboveChance (otherwise a small drop is vacuous)',
    },
    {
      id: 'auto-not-worse-than-1nn',
      statement:
        "(iv) quire's auto-selected topological pipeline (graph × distance and a union of feature blocks chosen by CV on train) is at least as accurate as 1-NN Euclidean, up to a margin.",
      origin: 'ours',
      protocol: {
        metric: 'per data set: test accuracy(auto) − test accuracy(1-NN Euclidean), on the same split',
        test: 'Wilcoxon signed-rank over data sets (Hodges–Lehmann estimate), non-inferiority: the effect exceeds −margin',
        alpha: 0.025,
        n: { quick: 8, full: 18, unit: 'data sets' },
        mde: {
          quick: 1.18,
          full: 0.72,
          unit: 'σ of the per-set effect',
          how: 'mdeWilcoxon(n); with the pilot σ (0.06 quick, 0.12 on the 18 development sets) that is 0.07 and 0.087 accuracy, against a distance from the margin of ≈ 0 (quick pilot) and ≈ 0.05 (development table): neither profile is powered for it; the run reports its MDE',
        },
        band: {
          lower: -0.02,
          upper: Infinity,
          reason:
            'non-inferiority margin 0.02 accuracy (issue 17 asks for a mean at least that of 1-NN Euclidean; 2 points is a typical gap between UCR methods reported as ties)',
        },
      },
      negativeControl:
        'the same test with the decorative pipeline hvg × shortest (hop distances on a horizontal visibility graph: constant features) in place of auto; it must not hold',
    },
  ],
  configs: {
    quick: {
      seed: 1,
      datasets: QUICK_SETS,
      generate: true,
      trainPerClass: 10,
      testPerClass: 30,
      cbfLength: 64,
      maxTest: 0,
      graphs: [...GRAPH_TYPES],
      distances: [...DISTANCE_TYPES],
      snrDb: [10],
      claimSnrDb: 10,
      gracefulDrop: 0.1,
      aboveChance: 0.2,
      layers: 3,
      resolution: 25,
      imagePixels: 5,
      trees: 50,
      maxLength: 64,
      folds: 3,
      margin: 0.02,
      dtw: false,
    },
    full: {
      seed: 1,
      datasets: FULL_SETS,
      generate: false,
      trainPerClass: 0,
      testPerClass: 0,
      cbfLength: 128,
      maxTest: 150,
      graphs: [...GRAPH_TYPES],
      distances: [...DISTANCE_TYPES],
      snrDb: [20, 10, 0],
      claimSnrDb: 10,
      gracefulDrop: 0.1,
      aboveChance: 0.2,
      layers: 5,
      resolution: 50,
      imagePixels: 10,
      trees: 200,
      maxLength: 128,
      folds: 5,
      margin: 0.02,
      dtw: true,
    },
  },
  schema: {
    seed: { type: 'integer', min: 0, max: Number.MAX_SAFE_INTEGER, description: 'seed of the generators, subsamples, noise and forests' },
    generate: {
      type: 'boolean',
      label: 'generate CBF / SyntheticControl',
      description: 'generate these two sets (else read them like the other UCR sets)',
    },
    trainPerClass: {
      type: 'integer',
      min: 0,
      max: 10_000,
      label: 'train per class',
      description: 'generated sets: training series per class (0 only when nothing is generated)',
    },
    testPerClass: { type: 'integer', min: 0, max: 10_000, label: 'test per class', description: 'generated sets: test series per class' },
    cbfLength: { type: 'integer', min: 16, max: 100_000, label: 'CBF length', description: 'length of the generated CBF series' },
    maxTest: {
      type: 'integer',
      min: 0,
      max: 1_000_000,
      label: 'max test series',
      description: 'UCR sets: at most this many test series (seeded subsample; 0 = all)',
    },
    claimSnrDb: {
      type: 'number',
      min: -40,
      max: 80,
      label: 'claim SNR (dB)',
      description: 'the noise level at which claim (iii) is judged; must be one of the SNR levels',
    },
    gracefulDrop: {
      type: 'number',
      min: 0,
      max: 1,
      exclusive: true,
      label: 'graceful drop',
      description: 'claim (iii): a mean accuracy drop below this is graceful',
    },
    aboveChance: {
      type: 'number',
      min: 0,
      max: 1,
      label: 'above chance',
      description: 'claim (iii) is judged only on sets whose clean accuracy beats chance by this much',
    },
    layers: { type: 'integer', min: 1, max: 100, label: 'landscape layers', description: 'persistence landscape layers per dimension' },
    resolution: {
      type: 'integer',
      min: 2,
      max: 10_000,
      label: 'curve resolution',
      description: 'grid points of landscapes and Betti curves',
    },
    imagePixels: { type: 'integer', min: 1, max: 100, label: 'image pixels', description: 'persistence image side, per dimension' },
    trees: { type: 'integer', min: 1, max: 10_000, label: 'forest trees', description: 'trees of the random forest' },
    maxLength: {
      type: 'integer',
      min: 0,
      max: 100_000,
      label: 'graph max length',
      description: 'graph constructions: longer series are reduced to this many points by PAA (0: never)',
    },
    folds: { type: 'integer', min: 2, max: 20, label: 'auto CV folds', description: 'auto pipeline: cross-validation folds on train' },
    margin: {
      type: 'number',
      min: 0,
      max: 1,
      label: 'non-inferiority margin',
      description: 'claim (iv): auto may trail 1-NN Euclidean by at most this accuracy',
    },
    dtw: {
      type: 'boolean',
      label: '1-NN DTW baseline',
      description: 'also run 1-NN DTW with a leave-one-out window (slow on long series)',
    },
  },
  sweepable: ['trainPerClass', 'testPerClass', 'layers', 'resolution', 'claimSnrDb', 'trees'],
  deviations: [
    'issue 17, session 4 (before any run of the new code): graphs are built on PAA-reduced series (maxLength 64 quick, 128 full) for speed; the quick profile has 8 data sets (GunPoint, ArrowHead and the newly embedded Coffee and ECG200 added) so that a Wilcoxon test over data sets can reach Holm’s level; the auto pipeline (graph × distance and unions of series-topology blocks chosen by train CV) and claim (iv) against 1-NN Euclidean were added',
    'issue 17, session 5 (after the session-4 verdicts, all inconclusive; before any run of the new protocol): claim (i) compares constructions by the share of distances right per test series (Wilcoxon over the test series of a set) instead of McNemar on each construction’s best distance, which was picked on the test set itself; claim (i) was first judged so by a Wilcoxon signed-rank test; after its first quick run (holds, adj. p 3e-5) it became a paired t test, because with most per-series differences 0 the Hodges–Lehmann interval ([0, 0.125]) did not describe the mean difference the test decides on (the verdict did not change); the quick profile uses every test series of the embedded sets (maxTest 0, was 40) and 30 generated test series per class (was 10), sized by the power calculation in the claims’ declarations to fit 2 minutes; the full profile adds the six other development sets (18 in all) to the paper’s 12, and its auto pipeline ranks candidates with 50-tree forests inside the CV folds (as the CLI does; was 200, the refit keeps 200) and subsamples test sets to 150 series (was 300), so that it runs in well under an hour of CPU (about 10 000 series × 23 diagram/bar jobs)',
    'issue 17: the features (per-dimension persistence images, Betti curves, summaries), the downstream model (random forest instead of logistic regression), the data (embedded real UCR sets next to the generators) and the three claims (judged across data sets) were all changed after the first results were near chance; nothing was tuned to a verdict afterwards',
  ],

  async run(cfg, progress): Promise<StudyOutput> {
    // claim (iii) is read off the noise sweep: a level outside it would silently drop the claim
    if (!cfg.snrDb.includes(cfg.claimSnrDb)) {
      throw new QuireError(`tda study: claimSnrDb ${cfg.claimSnrDb} must be one of snrDb (${cfg.snrDb.join(', ')})`);
    }
    const seeds = splitSeeds(cfg.seed, 8);
    const graphs = cfg.graphs as GraphType[];
    const distances = cfg.distances as DistanceType[];
    const loaded: { name: string; source: string; train: LabelledSeries; test: LabelledSeries; chance: number }[] = [];
    const absent: string[] = [];
    for (const name of cfg.datasets) {
      const d = await getDataset(name, cfg, seeds);
      if (d) {
        const counts = new Map<number, number>();
        for (const l of d.test.labels) counts.set(l, (counts.get(l) ?? 0) + 1);
        loaded.push({ name, ...d, chance: Math.max(...counts.values()) / d.test.labels.length });
      } else absent.push(name);
    }
    // nothing to judge is an error, not an empty report (issue 23: "done" with no claims)
    if (loaded.length === 0) {
      throw new QuireError(
        `tda study: none of the data sets is available (${absent.join(', ')}); point QUIRE_UCR_DIR (or --ucr-dir) at a UCR archive, or use the embedded sets and generators of the quick profile`,
      );
    }
    const combos = graphs.length * distances.length;
    const total = Math.max(1, loaded.length * (combos + 2));
    let done = 0;
    const levels = [Infinity, ...cfg.snrDb];
    // correct[dataset][graph][distance][level] = per-test-series 0/1
    const correct: Record<string, Record<string, Record<string, Uint8Array[]>>> = {};
    const acc = (d: string, g: string, t: string, l = 0): number => {
      const c = correct[d]?.[g]?.[t]?.[l];
      return c ? c.reduce((a, b) => a + b, 0) / c.length : NaN;
    };
    const baselines: Record<string, { ed: number; dtw: number | null; window: number | null }> = {};
    // the auto pipeline: per data set, per noise level, per test series 0/1; and its choice
    const autoCorrect: Record<string, Uint8Array[]> = {};
    const autoChoice: Record<string, string> = {};
    const autoAcc = (d: string, l = 0): number => {
      const c = autoCorrect[d]?.[l];
      return c ? c.reduce((a, b) => a + b, 0) / c.length : NaN;
    };
    const errors: string[] = [];
    for (const [di, ds] of loaded.entries()) {
      progress(done, total, `${ds.name}: baselines`);
      const ed = accuracy(nearestNeighborEuclideanSafe(ds.train, ds.test), ds.test.labels);
      let dtw: number | null = null;
      let window: number | null = null;
      if (cfg.dtw) {
        try {
          const r = nearestNeighborDtw(ds.train.series, ds.train.labels, ds.test.series);
          dtw = accuracy(r.predictions, ds.test.labels);
          window = r.windowFraction ?? null;
        } catch (e) {
          errors.push(`${ds.name} DTW: ${(e as Error).message}`);
        }
      }
      baselines[ds.name] = { ed, dtw, window };
      done++;
      const noisy = levels.map((snr, li) => {
        if (snr === Infinity) return ds.test.series;
        const r = new Rng(splitSeeds(seeds[5] + di, levels.length)[li]);
        return ds.test.series.map((y) => addNoise(y, snr, r));
      });
      correct[ds.name] = {};
      const base = {
        layers: cfg.layers,
        resolution: cfg.resolution,
        imagePixels: cfg.imagePixels,
        trees: cfg.trees,
        seed: cfg.seed,
        maxLength: cfg.maxLength,
      };
      // every diagram/bar set of this data set (train, then each noise level of test), in one
      // batch: the CLI computes it on worker threads, the default here
      progress(done, total, `${ds.name}: diagrams`);
      const jobs = autoJobs({ graphs, distances, base });
      const nTrain = ds.train.series.length;
      const nTest = ds.test.series.length;
      const computed = await blocks.current([...ds.train.series, ...noisy.flat()], jobs);
      const part = (key: string, level: number | 'train'): unknown[] | undefined => {
        const all = computed.get(key);
        if (!all) return undefined;
        return level === 'train' ? all.slice(0, nTrain) : all.slice(nTrain + level * nTest, nTrain + (level + 1) * nTest);
      };
      const trainDiagrams = new Map<string, unknown[]>();
      for (const j of jobs) {
        const p = part(j.key, 'train');
        if (p) trainDiagrams.set(j.key, p);
      }
      for (const g of graphs) {
        correct[ds.name][g] = {};
        for (const t of distances) {
          progress(done, total, `${ds.name}: ${g} × ${t}`);
          try {
            const clf = new TdaClassifier({ ...base, graph: g, distance: t });
            const key = autoJobKey({ graph: g, distance: t });
            // a job the batch left out failed on some series: recompute it here for its error
            const dgs = (part(key, 'train') as Diagrams[] | undefined) ?? clf.diagrams(ds.train.series, 'train');
            clf.fitDiagrams(dgs, ds.train.labels);
            correct[ds.name][g][t] = noisy.map((series, l) => {
              const p = clf.predictDiagrams((part(key, l) as Diagrams[] | undefined) ?? clf.diagrams(series, 'test'));
              return Uint8Array.from(p, (v, i) => (v === ds.test.labels[i] ? 1 : 0));
            });
          } catch (e) {
            errors.push(`${ds.name} ${g}×${t}: ${(e as Error).message}`);
          }
          done++;
        }
      }
      // auto: the batch's training diagrams and bars are reused; only the CV is new
      progress(done, total, `${ds.name}: auto`);
      try {
        const fit = fitAuto(ds.train.series, ds.train.labels, {
          graphs,
          distances,
          folds: cfg.folds,
          seed: cfg.seed,
          base,
          // the folds only rank candidates (as the CLI does); the refit uses cfg.trees
          cvTrees: Math.min(cfg.trees, 50),
          precomputed: trainDiagrams,
        });
        autoChoice[ds.name] = `${fit.selection.features.join('+')} (${fit.selection.graph} × ${fit.selection.distance})`;
        const gKey = autoJobKey({ graph: fit.selection.graph, distance: fit.selection.distance });
        autoCorrect[ds.name] = noisy.map((series, l) => {
          const parts = fit.classifier.blocks.map((b) => [b, part(b === 'graph' ? gKey : autoJobKey({ block: b }), l)] as const);
          const p = parts.every(([, v]) => v !== undefined)
            ? fit.classifier.predictReps(series.map((_, i) => Object.fromEntries(parts.map(([b, v]) => [b, v![i]])) as Representation))
            : fit.classifier.predict(series);
          return Uint8Array.from(p, (v, i) => (v === ds.test.labels[i] ? 1 : 0));
        });
      } catch (e) {
        errors.push(`${ds.name} auto: ${(e as Error).message}`);
      }
      done++;
    }
    progress(total, total, 'claims');
    const names = loaded.map((d) => d.name);
    // construction accuracy per data set: mean over distances
    const gAcc = (d: string, g: string, l = 0): number => mean(distances.map((t) => acc(d, g, t, l)).filter(Number.isFinite));
    const meanRank: Record<string, number> = Object.fromEntries(graphs.map((g) => [g, 0]));
    for (const d of names) {
      const sorted = [...graphs].sort((a, b) => gAcc(d, b) - gAcc(d, a));
      for (const g of graphs) {
        // average rank for ties
        const v = gAcc(d, g);
        const better = sorted.filter((h) => gAcc(d, h) > v).length;
        const equal = sorted.filter((h) => gAcc(d, h) === v).length;
        meanRank[g] += (better + (equal + 1) / 2) / names.length;
      }
    }
    const leader = [...graphs].sort((a, b) => meanRank[a] - meanRank[b])[0];
    const claims: ClaimResult[] = [];

    // ---- claim (i): is the leader significantly beaten on some data set? A construction's
    // score on one test series is the share of the distances with which it classifies the
    // series correctly (the same accuracy, averaged over distances, that ranks the constructions),
    // so no distance is picked on the test set.
    if (names.length >= 2 && graphs.length >= 2) {
      const m = names.length * (graphs.length - 1);
      const alpha = 0.025 / m;
      let best: { d: string; g: string; values: number[]; ev: ReturnType<typeof tEvidence>; p: number } | null = null;
      for (const d of names)
        for (const g of graphs) {
          if (g === leader) continue;
          const both = distances.filter((t) => correct[d]?.[g]?.[t]?.[0] && correct[d]?.[leader]?.[t]?.[0]);
          if (both.length === 0) continue;
          const n = correct[d][g][both[0]][0].length;
          const values: number[] = [];
          for (let i = 0; i < n; i++) {
            let s = 0;
            for (const t of both) s += correct[d][g][t][0][i] - correct[d][leader][t][0][i];
            values.push(s / both.length);
          }
          if (values.every((v) => v === 0)) continue;
          const ev = tEvidence(values, { alpha, unit: 'test series' });
          const p = ev.pAbove(0);
          if (!best || p < best.p) best = { d, g, values, ev, p };
        }
      if (best) {
        const sd = sdOf(best.values);
        claims.push(
          judgeClaim(tdaStudy.claims[0], best.ev, {
            rule: { kind: 'greater', threshold: 0 },
            effectLabel: `${best.d}: accuracy of ${best.g} − accuracy of the leader ${leader}, each averaged over the distances (mean over test series)`,
            mde: round(mdeT(best.values.length, alpha) * sd),
            note: `Bonferroni level ${alpha.toPrecision(3)} over ${m} data set × challenger pairs; MDE in accuracy = mdeT(${best.values.length}) × sd ${round(sd, 3)}; mean ranks ${graphs.map((g) => `${g} ${round(meanRank[g], 2)}`).join(', ')}`,
          }),
        );
      }
    }

    // ---- claim (ii): diffusion − shortest-path distances, per data set, Wilcoxon over data sets
    const perSet: Record<string, Record<string, number>> = {};
    const comparisons = (['shortest', 'weighted'] as DistanceType[]).filter(
      (t) => distances.includes(t) && distances.includes('diffusion'),
    );
    for (const t of comparisons) {
      perSet[t] = {};
      for (const d of names) {
        const v = graphs.map((g) => acc(d, g, 'diffusion') - acc(d, g, t)).filter(Number.isFinite);
        if (v.length > 0) perSet[t][d] = mean(v);
      }
    }
    const evs = comparisons
      .map((t) => ({ t, values: Object.values(perSet[t]) }))
      .filter((x) => x.values.length >= 2)
      .map((x) => ({ t: x.t, ev: wilcoxonEvidence(x.values, { unit: 'data sets' }) }));
    if (evs.length > 0) {
      const weaker = evs.reduce((a, b) => (b.ev.pAbove(0) > a.ev.pAbove(0) ? b : a));
      claims.push(
        judgeClaim(tdaStudy.claims[1], weaker.ev, {
          rule: { kind: 'greater', threshold: 0 },
          effectLabel: `accuracy gain of diffusion over '${weaker.t}' (the weaker comparison), per data set (mean over constructions)`,
          mde: weaker.ev.n >= 2 ? round(mdeWilcoxon(weaker.ev.n)) : null,
          note: `per data set: ${Object.entries(perSet[weaker.t])
            .map(([d, v]) => `${d} ${round(v, 3)}`)
            .join(', ')}; ${mdeNote(mdeWilcoxon(Math.max(2, weaker.ev.n)), Object.values(perSet[weaker.t]))}`,
        }),
      );
    }

    // ---- claim (iii): accuracy drop at the claim SNR, on data sets well above chance
    const li = levels.indexOf(cfg.claimSnrDb);
    const drops: Record<string, number> = {};
    if (li > 0) {
      for (const ds of loaded) {
        const v: number[] = [];
        for (const g of graphs)
          for (const t of distances) {
            const a0 = acc(ds.name, g, t, 0);
            const a1 = acc(ds.name, g, t, li);
            if (Number.isFinite(a0) && Number.isFinite(a1) && a0 >= ds.chance + cfg.aboveChance) v.push(a0 - a1);
          }
        if (v.length > 0) drops[ds.name] = mean(v);
      }
      const values = Object.values(drops);
      const passed = values.length >= 3;
      const ev = tEvidence(values.length >= 2 ? values : [0, 0], { unit: 'data sets' });
      claims.push(
        judgeClaim(tdaStudy.claims[2], ev, {
          rule: { kind: 'less', threshold: cfg.gracefulDrop },
          effectLabel: `mean accuracy drop (clean − noisy at SNR ${cfg.claimSnrDb} dB) per eligible data set`,
          gate: {
            passed,
            detail: `${values.length} data set(s) with some pipeline ≥ chance + ${cfg.aboveChance}: ${Object.keys(drops).join(', ') || 'none'}`,
          },
          mde: values.length >= 2 ? round(mdeT(values.length)) : null,
          note: `per data set: ${Object.entries(drops)
            .map(([d, v]) => `${d} ${round(v, 3)}`)
            .join(', ')}${values.length >= 2 ? `; ${mdeNote(mdeT(values.length), values)}` : ''}`,
        }),
      );
    }

    // ---- claim (iv): auto − 1-NN ED per data set, non-inferiority by Wilcoxon over data sets
    const autoVsEd: Record<string, number> = {};
    const ncVsEd: Record<string, number> = {};
    for (const d of names) {
      if (Number.isFinite(autoAcc(d))) autoVsEd[d] = autoAcc(d) - baselines[d].ed;
      const nc = acc(d, 'hvg', 'shortest');
      if (Number.isFinite(nc)) ncVsEd[d] = nc - baselines[d].ed;
    }
    const autoValues = Object.values(autoVsEd);
    if (autoValues.length >= 2) {
      const ev = wilcoxonEvidence(autoValues, { unit: 'data sets' });
      const ncValues = Object.values(ncVsEd);
      claims.push(
        judgeClaim(tdaStudy.claims[3], ev, {
          rule: { kind: 'greater', threshold: -cfg.margin },
          effectLabel: 'accuracy(auto) − accuracy(1-NN Euclidean) per data set (Hodges–Lehmann)',
          mde: round(mdeWilcoxon(autoValues.length)),
          negativeControl:
            ncValues.length >= 2
              ? {
                  description: 'hvg × shortest (constant features) in place of auto',
                  evidence: wilcoxonEvidence(ncValues, { unit: 'data sets' }),
                }
              : undefined,
          note: `per data set: ${Object.entries(autoVsEd)
            .map(([d, v]) => `${d} ${round(v, 3)}`)
            .join(', ')}; mean ${round(mean(autoValues), 4)}; ${mdeNote(mdeWilcoxon(autoValues.length), autoValues)}`,
        }),
      );
    }

    // ---- tables and figures
    const perDataset: Table = {
      id: 'per-dataset',
      title: 'Per data set: the best construction × distance (with a 95% Wilson interval over test series) next to the 1-NN baselines',
      columns: [
        'dataset',
        'source',
        'train',
        'test',
        'chance',
        'auto (chosen on train)',
        'auto accuracy',
        'auto Wilson 95%',
        'best grid pipeline (on test: optimistic)',
        'accuracy',
        'Wilson 95%',
        '1-NN ED',
        'ED Wilson 95%',
        '1-NN DTW (window)',
      ],
      rows: loaded.map((ds) => {
        let bg = '';
        let ba = -1;
        for (const g of graphs)
          for (const t of distances)
            if (acc(ds.name, g, t) > ba) {
              ba = acc(ds.name, g, t);
              bg = `${g} × ${t}`;
            }
        const n = ds.test.labels.length;
        const wi = (a: number): string => {
          if (!Number.isFinite(a)) return '';
          const w = wilsonInterval(Math.round(a * n), n);
          return `[${round(w.lower, 3)}, ${round(w.upper, 3)}]`;
        };
        const b = baselines[ds.name];
        const aa = autoAcc(ds.name);
        return [
          ds.name,
          ds.source,
          ds.train.labels.length,
          n,
          round(ds.chance, 3),
          autoChoice[ds.name] ?? 'failed',
          Number.isFinite(aa) ? round(aa, 3) : null,
          wi(aa),
          bg,
          round(ba, 3),
          wi(ba),
          round(b.ed, 3),
          wi(b.ed),
          b.dtw === null ? null : `${round(b.dtw, 3)} (${Math.round(100 * (b.window ?? 0))}%)`,
        ];
      }),
    };
    const accTable: Table = {
      id: 'accuracy',
      title:
        'Test accuracy by dataset, construction and distance (clean test series; best on the test set is optimistic, see the per-data-set table)',
      columns: ['dataset', 'graph', ...distances],
      rows: names.flatMap((d) => graphs.map((g) => [d, g, ...distances.map((t) => round(acc(d, g, t)))])),
    };
    const heat: { dataset: string; graph: string; distance: string; accuracy: number }[] = [];
    for (const d of names)
      for (const g of graphs) for (const t of distances) heat.push({ dataset: d, graph: g, distance: t, accuracy: round(acc(d, g, t)) });
    const noiseRows: { dataset: string; graph: string; snrDb: number; accuracy: number }[] = [];
    for (const d of names)
      for (const g of graphs)
        levels.forEach((snr, l) =>
          noiseRows.push({ dataset: d, graph: g, snrDb: snr === Infinity ? 40 : snr, accuracy: round(gAcc(d, g, l)) }),
        );
    for (const d of names)
      levels.forEach((snr, l) =>
        noiseRows.push({ dataset: d, graph: 'auto', snrDb: snr === Infinity ? 40 : snr, accuracy: round(autoAcc(d, l)) }),
      );
    const rankRows = graphs.map((g) => ({ graph: g, meanRank: round(meanRank[g], 3) }));
    const vsRows = names.map((d) => ({ dataset: d, ed: round(baselines[d].ed), auto: round(autoAcc(d)) }));
    const figures: Figure[] = [
      {
        id: 'accuracy-heatmap',
        title: 'Test accuracy: graph construction × graph distance',
        caption:
          'Each cell: test accuracy with the downstream pipeline held fixed (Rips H0/H1 → per-dimension vectorizations → random forest).',
        spec: {
          data: { values: heat },
          facet: { column: { field: 'dataset', type: 'nominal' } },
          spec: {
            width: 140,
            height: 130,
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
        id: 'rank-plot',
        title: 'Mean rank of each construction across data sets (1 = best; accuracy averaged over distances)',
        spec: {
          data: { values: rankRows },
          width: 320,
          height: 160,
          mark: 'bar',
          encoding: {
            y: { field: 'graph', type: 'nominal', sort: 'x' },
            x: { field: 'meanRank', type: 'quantitative', title: 'mean rank', scale: { domain: [1, graphs.length] } },
          },
        },
      },
      {
        id: 'noise-curves',
        title: 'Accuracy under Gaussian noise on the test series, per data set',
        caption: 'Mean over distances; the classifier is trained on clean series. "clean" is drawn at 40 dB.',
        spec: {
          data: { values: noiseRows },
          facet: { column: { field: 'dataset', type: 'nominal' } },
          spec: {
            width: 130,
            height: 130,
            mark: { type: 'line', point: true },
            encoding: {
              x: { field: 'snrDb', type: 'quantitative', title: 'SNR (dB)', scale: { reverse: true } },
              y: { field: 'accuracy', type: 'quantitative', scale: { domain: [0, 1] } },
              color: { field: 'graph', type: 'nominal' },
            },
          },
        },
      },
      {
        id: 'auto-vs-1nn',
        title: 'Per data set: the auto pipeline against 1-NN Euclidean (test accuracy)',
        caption: 'Above the diagonal: topology wins. The auto choice is made by CV on the training split only.',
        spec: {
          width: 300,
          height: 300,
          layer: [
            {
              data: { values: [{ a: 0 }, { a: 1 }] },
              mark: { type: 'line', color: 'grey', strokeDash: [4, 4] },
              encoding: {
                x: { field: 'a', type: 'quantitative', title: '1-NN Euclidean' },
                y: { field: 'a', type: 'quantitative', title: 'TDA auto' },
              },
            },
            {
              data: { values: vsRows },
              mark: { type: 'point', filled: true },
              encoding: {
                x: { field: 'ed', type: 'quantitative', scale: { domain: [0, 1] } },
                y: { field: 'auto', type: 'quantitative', scale: { domain: [0, 1] } },
                tooltip: [{ field: 'dataset' }, { field: 'ed' }, { field: 'auto' }],
              },
            },
            {
              data: { values: vsRows },
              mark: { type: 'text', dx: 6, align: 'left', fontSize: 9 },
              encoding: {
                x: { field: 'ed', type: 'quantitative' },
                y: { field: 'auto', type: 'quantitative' },
                text: { field: 'dataset' },
              },
            },
          ],
        },
      },
      ...exampleFigures(cfg),
    ];
    const metrics: Record<string, number | string | number[] | Record<string, number | string | null>> = {
      datasets: names.join(', '),
      absent: absent.join(', '),
      leader,
      meanRankByGraph: Object.fromEntries(graphs.map((g) => [g, round(meanRank[g], 3)])),
      oneNnEuclidean: Object.fromEntries(names.map((d) => [d, round(baselines[d].ed, 4)])),
      autoAccuracy: Object.fromEntries(names.map((d) => [d, Number.isFinite(autoAcc(d)) ? round(autoAcc(d), 4) : null])),
      autoChoice: Object.fromEntries(names.map((d) => [d, autoChoice[d] ?? null])),
      meanAutoAccuracy: round(mean(names.map((d) => autoAcc(d)).filter(Number.isFinite))),
      meanOneNnEuclidean: round(mean(names.map((d) => baselines[d].ed))),
      bestPipelineAccuracy: Object.fromEntries(
        names.map((d) => [d, round(Math.max(...graphs.flatMap((g) => distances.map((t) => acc(d, g, t))).filter(Number.isFinite)), 4)]),
      ),
      noiseDropBySet: Object.fromEntries(Object.entries(drops).map(([d, v]) => [d, round(v, 4)])),
      errors: errors.join(' | '),
    };
    for (const t of distances)
      metrics[`meanAccuracy_${t}`] = round(mean(names.flatMap((d) => graphs.map((g) => acc(d, g, t))).filter(Number.isFinite)));
    return { metrics, claims, figures, tables: [perDataset, accTable] };
  },
};

function nearestNeighborEuclideanSafe(train: LabelledSeries, test: LabelledSeries): number[] {
  return nearestNeighborEuclidean(train.series, train.labels, test.series).predictions;
}

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
