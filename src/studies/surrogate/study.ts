/**
 * Study `surrogate`: neural surrogates for the steady heat equation with a log-normal KL source,
 * judged at the tails (Wade & Teferra, arXiv 2605.16078). Every model × loss combination is
 * trained on the same training set and evaluated on the same large Monte Carlo test set:
 * per-sample error distribution (mean, quantiles, max), errors of the output statistics, and the
 * extrapolation detector's precision and recall on the worst 1 % of errors.
 */
import { QuireError } from '../../core/errors.js';
import { Rng, splitSeeds } from '../../core/rng.js';
import { wilsonInterval } from '../../core/stats.js';
import {
  detect,
  disposeSurrogate,
  evaluatePredictions,
  fitDetector,
  heatProblem,
  predictSurrogate,
  sampleKl,
  solveDataset,
  sortedQuantile,
  trainSurrogate,
  fieldStats,
  type Evaluation,
  type LossKind,
  type ModelKind,
} from '../../surrogate/index.js';
import type { ClaimResult, Figure, MetricValue, Progress, Study, StudyConfig, StudyOutput, Table } from '../types.js';
import { judgeInterval } from '../verdict.js';

export interface SurrogateStudyConfig extends StudyConfig {
  dim: number;
  cells: number;
  modes: number;
  lengthScale: number;
  sigma: number;
  trainSamples: number;
  testSamples: number;
  /** combinations 'model-loss', e.g. 'fcnn-weak' */
  combos: string[];
  steps: number;
  hidden: number;
  depth: number;
  latent: number;
  batchSize: number;
  lr: number;
  /** fraction of test samples counted as the worst (default 0.01) */
  worstFraction: number;
  /** bootstrap resamples of the test set for the intervals */
  bootstrap: number;
}

const ALL_COMBOS = ['fcnn-data', 'fcnn-strong', 'fcnn-weak', 'deeponet-data', 'deeponet-strong', 'deeponet-weak'];

const CLAIMS = [
  {
    id: 'worst-vs-mean',
    statement:
      'Worst-case prediction errors are at least an order of magnitude (≥ 10×) above the mean error, for every model × loss combination',
  },
  {
    id: 'extrapolation',
    statement:
      'The worst errors come from extrapolation: the worst 1 % of test inputs lie outside the training box far more often (lift > 2) than test inputs in general',
  },
  {
    id: 'detector',
    statement:
      'The extrapolation detector (Mahalanobis in KL space or per-coordinate range test) finds most (> 50 %) of the worst 1 % of errors',
  },
  {
    id: 'fcnn-weak-best',
    statement: 'The FCNN with the weak-form residual loss handles the tails best (smallest 99th-percentile error of all combinations)',
  },
];

function parseCombo(c: string): { model: ModelKind; loss: LossKind } {
  if (!ALL_COMBOS.includes(c)) throw new QuireError(`surrogate study: combo '${c}' is not one of ${ALL_COMBOS.join(', ')}`);
  const [model, loss] = c.split('-') as [ModelKind, LossKind];
  return { model, loss };
}

/** Percentile bootstrap of a statistic over resampled indices. */
function bootstrap(n: number, reps: number, seed: number, stat: (idx: Int32Array) => number): [number, number] {
  const rng = new Rng(seed);
  const vals = new Float64Array(reps);
  const idx = new Int32Array(n);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < n; i++) idx[i] = rng.int(n);
    vals[r] = stat(idx);
  }
  vals.sort();
  return [sortedQuantile(vals, 0.025), sortedQuantile(vals, 0.975)];
}

function ratioMaxMean(e: Float64Array, idx: Int32Array): number {
  let s = 0;
  let m = 0;
  for (let i = 0; i < idx.length; i++) {
    const v = e[idx[i]];
    s += v;
    if (v > m) m = v;
  }
  return m / (s / idx.length);
}

function q99(e: Float64Array, idx: Int32Array, buf: Float64Array): number {
  for (let i = 0; i < idx.length; i++) buf[i] = e[idx[i]];
  buf.sort();
  return sortedQuantile(buf, 0.99);
}

async function run(cfg: SurrogateStudyConfig, progress: Progress): Promise<StudyOutput> {
  const combos = cfg.combos.map(parseCombo);
  if (combos.length === 0) throw new QuireError('surrogate study: combos is empty');
  const pb = heatProblem({ dim: cfg.dim, cells: cfg.cells, modes: cfg.modes, lengthScale: cfg.lengthScale, sigma: cfg.sigma });
  const [sTrain, sTest, sNet, sBoot] = splitSeeds(cfg.seed, 4);
  const total = combos.length + 2;
  progress(0, total, 'solving');
  const train = solveDataset(pb, sampleKl(pb, cfg.trainSamples, sTrain));
  const test = solveDataset(pb, sampleKl(pb, cfg.testSamples, sTest));
  progress(1, total, 'solved');
  const det = detect(fitDetector(train.xi, cfg.modes), test.xi);
  const P = pb.size;
  const evals: Evaluation[] = [];
  const preds: Float64Array[] = [];
  const trainMs: number[] = [];
  for (let c = 0; c < combos.length; c++) {
    const { model, loss } = combos[c];
    const s = await trainSurrogate(
      pb,
      train,
      {
        model,
        loss,
        steps: cfg.steps,
        hidden: cfg.hidden,
        depth: cfg.depth,
        latent: cfg.latent,
        batchSize: cfg.batchSize,
        lr: cfg.lr,
        seed: sNet % 1000003,
      },
      (d, t) => progress(1 + c + d / t, total, cfg.combos[c]),
    );
    const pred = predictSurrogate(s, test);
    trainMs.push(s.trainMs);
    disposeSurrogate(s);
    preds.push(pred);
    evals.push(evaluatePredictions(pred, test, P, train.xi, cfg.modes, { fraction: cfg.worstFraction, detection: det }));
  }
  progress(total - 0.5, total, 'analysis');

  const n = cfg.testSamples;
  let outCount = 0;
  for (let s = 0; s < n; s++) outCount += det.outOfRange[s];
  const outRate = outCount / n;
  let flagCount = 0;
  for (let s = 0; s < n; s++) flagCount += det.flagged[s];

  // ---- claim 1: min over combinations of max/mean, with its bootstrap interval
  const ratios = evals.map((e) => e.maxError.worstOverMean);
  const iMin = ratios.indexOf(Math.min(...ratios));
  const ratioCi = bootstrap(n, cfg.bootstrap, sBoot, (idx) => ratioMaxMean(evals[iMin].errors.max, idx));
  const claims: ClaimResult[] = [];
  claims.push(
    judgeInterval(
      CLAIMS[0],
      { estimate: ratios[iMin], lower: ratioCi[0], upper: ratioCi[1] },
      {
        threshold: 10,
        direction: 'greater',
        effectLabel: `smallest worst/mean ratio of the per-sample sup-norm error (${cfg.combos[iMin]})`,
        uncertainty: `95% percentile bootstrap over the ${n} test samples (${cfg.bootstrap} resamples)`,
      },
    ),
  );

  // ---- claims 2 and 3: pooled over combinations, Wilson interval with n of one combination (conservative)
  const nWorst = evals[0].worst.length;
  const pooled = (key: 'range' | 'either') => {
    let tp = 0;
    let pos = 0;
    let flagged = 0;
    for (const e of evals) {
      tp += e.detection[key].truePositives;
      pos += e.detection[key].positives;
      flagged += e.detection[key].flagged;
    }
    const p = tp / pos;
    const w = wilsonInterval(Math.round(p * nWorst), nWorst);
    return { p, lower: w.lower, upper: w.upper, precision: tp / Math.max(1, flagged) };
  };
  const rng = pooled('range');
  claims.push(
    judgeInterval(
      CLAIMS[1],
      { estimate: rng.p / outRate, lower: rng.lower / outRate, upper: rng.upper / outRate },
      {
        threshold: 2,
        direction: 'greater',
        effectLabel: `lift: P(outside the training box | worst ${100 * cfg.worstFraction}%) / P(outside) = ${rng.p.toFixed(3)} / ${outRate.toFixed(3)}`,
        uncertainty: `95% Wilson interval on the pooled fraction with n = ${nWorst} (the worst samples of one combination; conservative), divided by the base rate`,
      },
    ),
  );
  const eith = pooled('either');
  claims.push(
    judgeInterval(
      CLAIMS[2],
      { estimate: eith.p, lower: eith.lower, upper: eith.upper },
      {
        threshold: 0.5,
        direction: 'greater',
        effectLabel: `recall on the worst ${100 * cfg.worstFraction}% (pooled over combinations; precision ${eith.precision.toFixed(3)}, flag rate ${(flagCount / n).toFixed(3)})`,
        uncertainty: `95% Wilson interval with n = ${nWorst} (conservative)`,
      },
    ),
  );

  // ---- claim 4: q99 of FCNN-weak over the best other combination, paired bootstrap
  const q99s = evals.map((e) => e.maxError.q99);
  const bestIdx = q99s.indexOf(Math.min(...q99s));
  const iWeak = cfg.combos.indexOf('fcnn-weak');
  if (iWeak >= 0 && combos.length > 1) {
    const others = q99s.map((v, i) => (i === iWeak ? Infinity : v));
    const iOther = others.indexOf(Math.min(...others));
    const buf = new Float64Array(n);
    const ci = bootstrap(
      n,
      cfg.bootstrap,
      sBoot + 1,
      (idx) => q99(evals[iWeak].errors.max, idx, buf) / q99(evals[iOther].errors.max, idx, buf),
    );
    const c = judgeInterval(
      CLAIMS[3],
      { estimate: q99s[iWeak] / q99s[iOther], lower: ci[0], upper: ci[1] },
      {
        threshold: 1,
        direction: 'less',
        effectLabel: `q99 error of fcnn-weak / q99 of the best other combination (${cfg.combos[iOther]}); best overall: ${cfg.combos[bestIdx]}`,
        uncertainty: `95% paired percentile bootstrap over the ${n} test samples (${cfg.bootstrap} resamples)`,
      },
    );
    claims.push(c);
  }

  // ---- metrics
  const metrics: Record<string, MetricValue> = {
    unknowns: P,
    trainSamples: cfg.trainSamples,
    testSamples: n,
    outOfBoxRate: outRate,
    flagRate: flagCount / n,
    bestTailCombination: cfg.combos[bestIdx],
    worstOverMeanMin: ratios[iMin],
  };
  cfg.combos.forEach((c, i) => {
    const e = evals[i];
    metrics[c] = {
      meanError: e.maxError.mean,
      medianError: e.maxError.median,
      q99Error: e.maxError.q99,
      q999Error: e.maxError.q999,
      maxError: e.maxError.max,
      worstOverMean: e.maxError.worstOverMean,
      meanRelL2: e.relL2.mean,
      maxRelL2: e.relL2.max,
      meanFieldError: e.statistics.mean,
      varianceFieldError: e.statistics.variance,
      q95FieldError: e.statistics.quantiles.find((q) => q.level === 0.95)?.error ?? null,
      q99FieldError: e.statistics.quantiles.find((q) => q.level === 0.99)?.error ?? null,
      recallEither: e.detection.either.recall,
      precisionEither: e.detection.either.precision,
      recallRange: e.detection.range.recall,
      recallMahalanobis: e.detection.mahalanobis.recall,
      meanErrorInsideBox: e.meanErrorInside,
      meanErrorOutsideBox: e.meanErrorOutside,
      trainSeconds: trainMs[i] / 1000,
    };
  });

  // ---- tables
  const f3 = (x: number) => Number(x.toPrecision(3));
  const tables: Table[] = [
    {
      id: 'tails',
      title: 'Per-sample sup-norm error over the test set, statistic-field errors and detector performance on the worst 1 %',
      columns: [
        'combination',
        'mean',
        'median',
        'q99',
        'q99.9',
        'max',
        'max/mean',
        'mean-field err',
        'variance-field err',
        'q99-field err',
        'recall',
        'precision',
        'train s',
      ],
      rows: cfg.combos.map((c, i) => {
        const e = evals[i];
        return [
          c,
          f3(e.maxError.mean),
          f3(e.maxError.median),
          f3(e.maxError.q99),
          f3(e.maxError.q999),
          f3(e.maxError.max),
          f3(e.maxError.worstOverMean),
          f3(e.statistics.mean),
          f3(e.statistics.variance),
          f3(e.statistics.quantiles[e.statistics.quantiles.length - 1].error),
          f3(e.detection.either.recall),
          f3(e.detection.either.precision),
          f3(trainMs[i] / 1000),
        ];
      }),
    },
  ];

  // ---- figures
  const levels = Array.from({ length: 120 }, (_, k) => 1 - Math.pow(10, -0.5 - (3.2 * k) / 119));
  const quantRows: { combination: string; exceedance: number; error: number }[] = [];
  cfg.combos.forEach((c, i) => {
    const s = Float64Array.from(evals[i].errors.max).sort();
    for (const q of levels) quantRows.push({ combination: c, exceedance: 1 - q, error: sortedQuantile(s, q) });
  });
  const summaryRows = cfg.combos.flatMap((c, i) => [
    { combination: c, statistic: 'mean', error: evals[i].maxError.mean },
    { combination: c, statistic: 'q99', error: evals[i].maxError.q99 },
    { combination: c, statistic: 'max', error: evals[i].maxError.max },
  ]);
  // scatter: error vs Mahalanobis d² for the best-tail combination (a seeded subsample + every worst sample)
  const pick = new Uint8Array(n);
  const sub = new Rng(sBoot + 2).permutation(n).subarray(0, Math.min(n, 1500));
  for (const s of sub) pick[s] = 1;
  for (const s of evals[bestIdx].worst) pick[s] = 1;
  const worstSet = new Set(Array.from(evals[bestIdx].worst));
  const scatter: { mahalanobis2: number; error: number; group: string }[] = [];
  for (let s = 0; s < n; s++)
    if (pick[s])
      scatter.push({
        mahalanobis2: det.mahalanobis2[s],
        error: evals[bestIdx].errors.max[s],
        group: (worstSet.has(s) ? 'worst 1%' : 'other') + (det.outOfRange[s] ? ', outside box' : ', inside box'),
      });
  // mean and standard-deviation fields along x (1-D) or the midline y ≈ ½ (2-D)
  const m1 = pb.n - 1;
  const line = pb.dim === 1 ? Array.from({ length: m1 }, (_, i) => i) : Array.from({ length: m1 }, (_, i) => i + m1 * Math.floor(m1 / 2));
  const fieldRows: { x: number; source: string; statistic: string; value: number }[] = [];
  const addField = (name: string, fields: Float64Array) => {
    const st = fieldStats(fields, P, [0.99]);
    for (const p of line) {
      const x = pb.points[p * pb.dim];
      fieldRows.push({ x, source: name, statistic: 'mean', value: st.mean[p] });
      fieldRows.push({ x, source: name, statistic: 'std', value: Math.sqrt(st.variance[p]) });
      fieldRows.push({ x, source: name, statistic: 'q99', value: st.quantiles[0][p] });
    }
  };
  addField('FD solver', test.u);
  cfg.combos.forEach((c, i) => addField(c, preds[i]));

  const figures: Figure[] = [
    {
      id: 'error-exceedance',
      title: 'Tail of the per-sample error: exceedance probability vs sup-norm error',
      caption: `Quantile curves of max_x|û − u| over ${n} Monte Carlo test samples, per model × loss. The right end is the worst sample.`,
      spec: {
        data: { values: quantRows },
        mark: { type: 'line' },
        encoding: {
          x: { field: 'error', type: 'quantitative', scale: { type: 'log' }, title: 'sup-norm error' },
          y: { field: 'exceedance', type: 'quantitative', scale: { type: 'log' }, title: 'P(error > x)' },
          color: { field: 'combination', type: 'nominal' },
        },
        width: 420,
        height: 280,
      },
    },
    {
      id: 'mean-q99-max',
      title: 'Mean, 99th percentile and maximum error per combination',
      spec: {
        data: { values: summaryRows },
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          y: { field: 'combination', type: 'nominal', title: null },
          x: { field: 'error', type: 'quantitative', scale: { type: 'log' }, title: 'sup-norm error' },
          color: { field: 'statistic', type: 'nominal' },
          shape: { field: 'statistic', type: 'nominal' },
        },
        width: 420,
        height: 200,
      },
    },
    {
      id: 'error-vs-mahalanobis',
      title: `Error vs Mahalanobis distance in KL space (${cfg.combos[bestIdx]})`,
      caption: `A seeded subsample of ${sub.length} test samples plus every worst-1% sample. The χ²_M(0.99) threshold is ${fitDetector(train.xi, cfg.modes).threshold.toFixed(2)}.`,
      spec: {
        data: { values: scatter },
        mark: { type: 'point', size: 14, opacity: 0.7 },
        encoding: {
          x: { field: 'mahalanobis2', type: 'quantitative', scale: { type: 'log' }, title: 'Mahalanobis d²' },
          y: { field: 'error', type: 'quantitative', scale: { type: 'log' }, title: 'sup-norm error' },
          color: { field: 'group', type: 'nominal' },
        },
        width: 420,
        height: 300,
      },
    },
    {
      id: 'statistic-fields',
      title:
        pb.dim === 1
          ? 'Output statistics along x: solver vs surrogates'
          : 'Output statistics along the midline y ≈ ½: solver vs surrogates',
      spec: {
        data: { values: fieldRows },
        mark: { type: 'line' },
        encoding: {
          x: { field: 'x', type: 'quantitative' },
          y: { field: 'value', type: 'quantitative', title: null },
          color: { field: 'source', type: 'nominal' },
          column: { field: 'statistic', type: 'nominal' },
        },
        resolve: { scale: { y: 'independent' } },
        width: 200,
        height: 180,
      },
    },
  ];
  progress(total, total, 'done');
  return { metrics, claims, figures, tables };
}

export const surrogateStudy: Study<SurrogateStudyConfig> = {
  id: 'surrogate',
  title: 'Neural surrogates for a stochastic heat equation, judged at the tails',
  paper: { title: 'A numerical study into neural network surrogate model performance for uncertainty propagation', arxiv: '2605.16078' },
  claims: CLAIMS,
  configs: {
    quick: {
      seed: 1,
      dim: 1,
      cells: 32,
      modes: 6,
      lengthScale: 0.3,
      sigma: 1,
      trainSamples: 200,
      testSamples: 5000,
      combos: ALL_COMBOS,
      steps: 250,
      hidden: 32,
      depth: 2,
      latent: 16,
      batchSize: 32,
      lr: 3e-3,
      worstFraction: 0.01,
      bootstrap: 200,
    },
    full: {
      seed: 1,
      dim: 1,
      cells: 64,
      modes: 6,
      lengthScale: 0.3,
      sigma: 1,
      trainSamples: 500,
      testSamples: 20000,
      combos: ALL_COMBOS,
      steps: 3000,
      hidden: 64,
      depth: 2,
      latent: 32,
      batchSize: 50,
      lr: 3e-3,
      worstFraction: 0.01,
      bootstrap: 500,
    },
  },
  sweepable: ['sigma', 'trainSamples', 'steps', 'hidden', 'cells', 'modes', 'lengthScale'],
  run,
};
