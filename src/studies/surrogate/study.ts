/**
 * Study `surrogate`: neural surrogates for the steady heat equation with a log-normal KL source,
 * judged at the tails (Wade & Teferra, arXiv 2605.16078). Every model × loss combination is
 * trained on the same training set and evaluated on the same large Monte Carlo test set:
 * per-sample error distribution (mean, quantiles, max), errors of the output statistics, and the
 * extrapolation detector's precision and recall on the worst 1 % of errors.
 */
import { QuireError } from '../../core/errors.js';
import { Rng, splitSeeds } from '../../core/rng.js';
import { std } from '../../core/stats.js';
import type { Schema } from '../../core/schema.js';
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
  sampleSupNorms,
  tailIndex,
  worstIndices,
  precisionRecall,
  type Evaluation,
  type LossKind,
  type ModelKind,
} from '../../surrogate/index.js';
import type { Claim, ClaimResult, Figure, MetricValue, Progress, Study, StudyConfig, StudyOutput, Table } from '../types.js';
import { judgeClaim } from '../protocol.js';
import { binomialEvidence, bootstrapEvidence, mdeBinomial, mdeNormal } from '../inference.js';

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

/** The fixed tail quantile, the oracle's relative error and the competence threshold (pre-declared). */
const Q = 0.99;
const ORACLE = 0.05;
const COMPETENT_REL_L2 = 0.3;

const schema: Schema = {
  dim: { type: 'integer', min: 1, max: 2, description: 'spatial dimension of the heat problem', label: 'dimension' },
  cells: { type: 'integer', min: 4, max: 256, description: 'grid cells per axis', label: 'cells' },
  modes: { type: 'integer', min: 1, max: 64, description: 'KL modes (FCNN input dimension)', label: 'KL modes' },
  lengthScale: { type: 'number', min: 0, exclusive: true, description: 'correlation length of the log-source', label: 'length scale' },
  sigma: { type: 'number', min: 0, exclusive: true, description: 'sd of the log-source', label: 'σ' },
  trainSamples: { type: 'integer', min: 2, max: 1e6, description: 'training samples (> modes, ≥ batchSize)', label: 'training samples' },
  testSamples: { type: 'integer', min: 100, max: 1e7, description: 'Monte Carlo test samples', label: 'test samples' },
  steps: { type: 'integer', min: 1, max: 1e6, description: 'optimizer steps per model', label: 'steps' },
  hidden: { type: 'integer', min: 2, max: 1024, description: 'hidden width', label: 'hidden width' },
  depth: { type: 'integer', min: 1, max: 8, description: 'hidden layers', label: 'depth' },
  latent: { type: 'integer', min: 1, max: 512, description: 'DeepONet latent width', label: 'latent width' },
  batchSize: { type: 'integer', min: 1, max: 1e5, description: 'minibatch size (≤ trainSamples)', label: 'batch size' },
  lr: { type: 'number', min: 0, exclusive: true, max: 1, description: 'peak learning rate', label: 'learning rate' },
  worstFraction: {
    type: 'number',
    min: 0,
    exclusive: true,
    max: 1,
    description: 'fraction of test samples counted as the worst',
    label: 'worst fraction',
  },
  bootstrap: { type: 'integer', min: 20, max: 100000, description: 'bootstrap resamples of the test set', label: 'bootstrap resamples' },
};

const gateText = `relative L2 error (mean over the test set) ≤ ${COMPETENT_REL_L2} for every model × loss the claim uses; the zero predictor scores 1`;

const CLAIMS: Claim[] = [
  {
    id: 'worst-vs-mean',
    origin: 'ours',
    statement:
      'Worst-case errors are out of proportion to the mean error, beyond the spread of the solutions themselves, for every model × loss: tail index TI₀.₉₉ > 1 (TI = [Q₀.₉₉(e)/mean(e)] ÷ the same for a 5 %-relative-error oracle)',
    protocol: {
      metric: 'smallest TI₀.₉₉ over the model × loss combinations, per-sample sup-norm errors (src/surrogate/tails.ts tailIndex)',
      test: 'percentile bootstrap over the test samples (the minimum recomputed on each resample)',
      alpha: 0.025,
      n: { quick: 5000, full: 20000, unit: 'test samples' },
      mde: { quick: null, full: null, unit: 'TI', how: 'mdeNormal(bootstrap SD of this run)' },
    },
    negativeControl: 'the same test on the 5 %-relative-error oracle (TI = 1 by construction; max/mean scored it 8.3–16 depending on n)',
    gate: gateText,
  },
  {
    id: 'extrapolation',
    statement:
      'The worst errors come from extrapolation: the worst 1 % of test inputs lie outside the training box far more often (lift > 2) than test inputs in general',
    protocol: {
      metric: 'P(outside the training box | worst 1 %), pooled over the competent combinations; the claim is P > 2 × the base rate',
      test: 'exact binomial with n = the worst samples of one combination (conservative: the pooled sets overlap)',
      alpha: 0.025,
      n: { quick: 50, full: 200, unit: 'worst test samples' },
      mde: { quick: null, full: null, unit: 'rate', how: 'mdeBinomial(n, 2 × base rate)' },
    },
    negativeControl: "the same test on the oracle's worst 1 % (the largest solutions): if it holds, the data alone explain the claim",
    gate: `${gateText} (judged on the competent combinations; at least one needed)`,
  },
  {
    id: 'detector',
    statement:
      'The extrapolation detector (Mahalanobis in KL space or per-coordinate range test) finds most (> 50 %) of the worst 1 % of errors',
    protocol: {
      metric: 'recall of the detector on the worst 1 %, pooled over the competent combinations',
      test: 'exact binomial with n = the worst samples of one combination (conservative)',
      alpha: 0.025,
      n: { quick: 50, full: 200, unit: 'worst test samples' },
      mde: { quick: null, full: null, unit: 'recall', how: 'mdeBinomial(n, 0.5)' },
    },
    negativeControl:
      "the same test on the oracle's worst 1 % (the largest solutions): if it holds, the detector finds large solutions, not model failures",
    gate: `${gateText} (judged on the competent combinations; at least one needed)`,
  },
  {
    id: 'fcnn-weak-best',
    statement: 'The FCNN with the weak-form residual loss handles the tails best (smallest 99th-percentile error of all combinations)',
    protocol: {
      metric: 'Q₀.₉₉ sup-norm error of fcnn-weak ÷ that of the best other combination',
      test: 'paired percentile bootstrap over the test samples',
      alpha: 0.025,
      n: { quick: 5000, full: 20000, unit: 'test samples' },
      mde: { quick: null, full: null, unit: 'ratio', how: 'mdeNormal(bootstrap SD of this run)' },
    },
    negativeControl: 'fcnn-weak against its retrained twin (same data, initialisation seed + 1): the ratio should not be below 1',
    gate: `${gateText} (fcnn-weak and the best other combination)`,
  },
];

function parseCombo(c: string): { model: ModelKind; loss: LossKind } {
  if (!ALL_COMBOS.includes(c)) throw new QuireError(`surrogate study: combo '${c}' is not one of ${ALL_COMBOS.join(', ')}`);
  const [model, loss] = c.split('-') as [ModelKind, LossKind];
  return { model, loss };
}

function tailSummaryRatio(e: Float64Array): number {
  let s = 0;
  let m = 0;
  for (const v of e) {
    s += v;
    m = Math.max(m, v);
  }
  return m / (s / e.length);
}

/** Bootstrap replicates of a statistic over resampled test indices. */
function bootstrapReplicates(n: number, reps: number, seed: number, stat: (idx: Int32Array) => number): Float64Array {
  const rng = new Rng(seed);
  const vals = new Float64Array(reps);
  const idx = new Int32Array(n);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < n; i++) idx[i] = rng.int(n);
    vals[r] = stat(idx);
  }
  return vals;
}

/** TI_q on a resample (errors and norms gathered at idx). */
function tiAt(e: Float64Array, norms: Float64Array, idx: Int32Array, be: Float64Array, bn: Float64Array): number {
  for (let i = 0; i < idx.length; i++) {
    be[i] = e[idx[i]];
    bn[i] = norms[idx[i]];
  }
  return tailIndex(be, bn, { q: Q, oracle: ORACLE }).index;
}

function q99(e: Float64Array, idx: Int32Array, buf: Float64Array): number {
  for (let i = 0; i < idx.length; i++) buf[i] = e[idx[i]];
  buf.sort();
  return sortedQuantile(buf, 0.99);
}

async function run(cfg: SurrogateStudyConfig, progress: Progress): Promise<StudyOutput> {
  const combos = cfg.combos.map(parseCombo);
  if (combos.length === 0) throw new QuireError('surrogate study: combos is empty');
  if (!(cfg.batchSize <= cfg.trainSamples))
    throw new QuireError(`surrogate study: batchSize is ${cfg.batchSize}, expected ≤ trainSamples (${cfg.trainSamples})`);
  if (!(cfg.trainSamples > cfg.modes))
    throw new QuireError(`surrogate study: trainSamples is ${cfg.trainSamples}, expected > modes (${cfg.modes}) to fit the detector`);
  const pb = heatProblem({ dim: cfg.dim, cells: cfg.cells, modes: cfg.modes, lengthScale: cfg.lengthScale, sigma: cfg.sigma });
  const [sTrain, sTest, sNet, sBoot] = splitSeeds(cfg.seed, 4);
  const total = combos.length + 2;
  progress(0, total, 'solving');
  const train = solveDataset(pb, sampleKl(pb, cfg.trainSamples, sTrain));
  const test = solveDataset(pb, sampleKl(pb, cfg.testSamples, sTest));
  progress(1, total, 'solved');
  const det = detect(fitDetector(train.xi, cfg.modes), test.xi);
  const P = pb.size;
  const netOptions = (model: ModelKind, loss: LossKind) => ({
    model,
    loss,
    steps: cfg.steps,
    hidden: cfg.hidden,
    depth: cfg.depth,
    latent: cfg.latent,
    batchSize: cfg.batchSize,
    lr: cfg.lr,
  });
  const evals: Evaluation[] = [];
  const preds: Float64Array[] = [];
  const trainMs: number[] = [];
  for (let c = 0; c < combos.length; c++) {
    const { model, loss } = combos[c];
    const s = await trainSurrogate(pb, train, { ...netOptions(model, loss), seed: sNet % 1000003 }, (d, t) =>
      progress(1 + c + d / t, total, cfg.combos[c]),
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

  // ---- the tail index, the oracle and the competence gate
  const norms = sampleSupNorms(test.u, P);
  const oracleErrors = norms.map((v) => ORACLE * v);
  const tis = evals.map((e) => tailIndex(e.errors.max, norms, { q: Q, oracle: ORACLE }));
  const relL2 = evals.map((e) => e.relL2.mean);
  const competent = relL2.map((r) => r <= COMPETENT_REL_L2);
  const incompetent = cfg.combos.filter((_, i) => !competent[i]);
  const gateDetail = (used: number[]) =>
    used
      .filter((i) => !competent[i])
      .map((i) => `${cfg.combos[i]} relL2 = ${relL2[i].toFixed(3)}`)
      .join(', ');
  const claims: ClaimResult[] = [];

  // ---- claim 1: min over combinations of TI_0.99, bootstrap over the test samples
  const all = cfg.combos.map((_, i) => i);
  const iMin = tis.reduce((b, t, i) => (t.index < tis[b].index ? i : b), 0);
  const be = new Float64Array(n);
  const bn = new Float64Array(n);
  const tiReps = bootstrapReplicates(n, cfg.bootstrap, sBoot, (idx) =>
    Math.min(...evals.map((e) => tiAt(e.errors.max, norms, idx, be, bn))),
  );
  const oracleReps = bootstrapReplicates(n, cfg.bootstrap, sBoot, (idx) => tiAt(oracleErrors, norms, idx, be, bn));
  const oracleTi = tailIndex(oracleErrors, norms, { q: Q, oracle: ORACLE }).index;
  claims.push(
    judgeClaim(
      CLAIMS[0],
      bootstrapEvidence(tis[iMin].index, tiReps, { n, test: `percentile bootstrap (${cfg.bootstrap} resamples) over ${n} test samples` }),
      {
        rule: { kind: 'greater', threshold: 1 },
        effectLabel: `smallest TI₀.₉₉ over the combinations (${cfg.combos[iMin]})`,
        gate: {
          passed: incompetent.length === 0,
          detail: incompetent.length ? `not competent: ${gateDetail(all)}` : 'every combination competent',
        },
        negativeControl: { evidence: bootstrapEvidence(oracleTi, oracleReps, { n }) },
        mde: mdeNormal(std(tiReps)),
      },
    ),
  );

  // ---- claims 2 and 3: pooled over the competent combinations; the oracle's worst 1 % as negative control
  const used = all.filter((i) => competent[i]);
  const nWorst = evals[0].worst.length;
  const pooled = (key: 'range' | 'either') => {
    let tp = 0;
    let pos = 0;
    let flagged = 0;
    for (const i of used.length ? used : all) {
      const d = evals[i].detection[key];
      tp += d.truePositives;
      pos += d.positives;
      flagged += d.flagged;
    }
    const p = tp / pos;
    return { p, successes: Math.round(p * nWorst), precision: tp / Math.max(1, flagged) };
  };
  const oracleWorst = worstIndices(oracleErrors, cfg.worstFraction);
  const oracleRange = precisionRecall(det.outOfRange, oracleWorst);
  const oracleEither = precisionRecall(det.flagged, oracleWorst);
  const gatePooled = {
    passed: used.length > 0,
    detail: used.length
      ? `judged on ${used.map((i) => cfg.combos[i]).join(', ')}${incompetent.length ? `; excluded: ${gateDetail(all)}` : ''}`
      : `no competent combination: ${gateDetail(all)}`,
  };
  const rng = pooled('range');
  const liftThreshold = Math.min(1, 2 * outRate);
  claims.push(
    judgeClaim(CLAIMS[1], binomialEvidence(rng.successes, nWorst, { unit: 'worst test samples' }), {
      rule: { kind: 'greater', threshold: liftThreshold },
      effectLabel: `P(outside the training box | worst ${100 * cfg.worstFraction}%); lift = ${(rng.p / outRate).toFixed(2)} over the base rate ${outRate.toFixed(3)} (claim: > 2, i.e. P > ${liftThreshold.toFixed(3)})`,
      gate: gatePooled,
      negativeControl: { evidence: binomialEvidence(Math.round(oracleRange.recall * nWorst), nWorst, { unit: 'worst test samples' }) },
      mde: mdeBinomial(nWorst, liftThreshold),
    }),
  );
  const eith = pooled('either');
  claims.push(
    judgeClaim(CLAIMS[2], binomialEvidence(eith.successes, nWorst, { unit: 'worst test samples' }), {
      rule: { kind: 'greater', threshold: 0.5 },
      effectLabel: `recall on the worst ${100 * cfg.worstFraction}% (pooled; precision ${eith.precision.toFixed(3)}, flag rate ${(flagCount / n).toFixed(3)})`,
      gate: gatePooled,
      negativeControl: { evidence: binomialEvidence(Math.round(oracleEither.recall * nWorst), nWorst, { unit: 'worst test samples' }) },
      mde: mdeBinomial(nWorst, 0.5),
    }),
  );

  // ---- claim 4: q99 of fcnn-weak over the best other combination, paired bootstrap; NC: its retrained twin
  const q99s = evals.map((e) => e.maxError.q99);
  const bestIdx = q99s.indexOf(Math.min(...q99s));
  const iWeak = cfg.combos.indexOf('fcnn-weak');
  let twinQ99: number | null = null;
  if (iWeak >= 0 && combos.length > 1) {
    const others = q99s.map((v, i) => (i === iWeak ? Infinity : v));
    const iOther = others.indexOf(Math.min(...others));
    const twin = await trainSurrogate(pb, train, { ...netOptions('fcnn', 'weak'), seed: (sNet % 1000003) + 1 });
    const twinErr = evaluatePredictions(predictSurrogate(twin, test), test, P, train.xi, cfg.modes, {
      fraction: cfg.worstFraction,
      detection: det,
    }).errors.max;
    disposeSurrogate(twin);
    const buf = new Float64Array(n);
    const ratioReps = bootstrapReplicates(
      n,
      cfg.bootstrap,
      sBoot + 1,
      (idx) => q99(evals[iWeak].errors.max, idx, buf) / q99(evals[iOther].errors.max, idx, buf),
    );
    const twinReps = bootstrapReplicates(
      n,
      cfg.bootstrap,
      sBoot + 1,
      (idx) => q99(evals[iWeak].errors.max, idx, buf) / q99(twinErr, idx, buf),
    );
    const all0 = new Int32Array(n).map((_, i) => i);
    twinQ99 = q99(twinErr, all0, buf);
    claims.push(
      judgeClaim(
        CLAIMS[3],
        bootstrapEvidence(q99s[iWeak] / q99s[iOther], ratioReps, {
          n,
          test: `paired percentile bootstrap (${cfg.bootstrap} resamples) over ${n} test samples`,
        }),
        {
          rule: { kind: 'less', threshold: 1 },
          effectLabel: `q99 error of fcnn-weak / q99 of the best other combination (${cfg.combos[iOther]}); best overall: ${cfg.combos[bestIdx]}`,
          gate: {
            passed: competent[iWeak] && competent[iOther],
            detail: competent[iWeak] && competent[iOther] ? 'both competent' : `not competent: ${gateDetail([iWeak, iOther])}`,
          },
          negativeControl: { evidence: bootstrapEvidence(q99s[iWeak] / twinQ99, twinReps, { n }) },
          mde: mdeNormal(std(ratioReps)),
        },
      ),
    );
  }

  // ---- metrics
  const metrics: Record<string, MetricValue> = {
    unknowns: P,
    trainSamples: cfg.trainSamples,
    testSamples: n,
    outOfBoxRate: outRate,
    flagRate: flagCount / n,
    bestTailCombination: cfg.combos[bestIdx],
    tailIndexMin: tis[iMin].index,
    tailIndexOracle: oracleTi,
    worstOverMeanOracle: tailSummaryRatio(oracleErrors),
    oracleRecallEither: oracleEither.recall,
    oracleRecallRange: oracleRange.recall,
    fcnnWeakTwinQ99: twinQ99,
    competent: cfg.combos.filter((_, i) => competent[i]).join(', ') || 'none',
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
      tailIndex: tis[i].index,
      q99OverOracle: tis[i].levelRatio,
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
        'TI0.99',
        'q99/oracle q99',
        'relL2',
        'competent',
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
          f3(tis[i].index),
          f3(tis[i].levelRatio),
          f3(relL2[i]),
          competent[i] ? 'yes' : 'no',
          f3(e.statistics.mean),
          f3(e.statistics.variance),
          f3(e.statistics.quantiles[e.statistics.quantiles.length - 1].error),
          f3(e.detection.either.recall),
          f3(e.detection.either.precision),
          f3(trainMs[i] / 1000),
        ];
      }),
    },
    {
      id: 'oracle',
      title: `The negative control: an oracle whose sup-norm error is exactly ${100 * ORACLE} % of each solution's`,
      columns: ['max/mean', 'TI0.99', 'recall (either) on its worst 1 %', 'outside-box rate of its worst 1 %', 'base outside-box rate'],
      rows: [[f3(tailSummaryRatio(oracleErrors)), f3(oracleTi), f3(oracleEither.recall), f3(oracleRange.recall), f3(outRate)]],
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
  schema,
  deviations: [
    "Issue 19 (after the first results): 'worst-vs-mean' was judged on max/mean of the per-sample sup-norm error (≥ 10). That ratio grows with the test-set size and mostly measures the data (a 5 %-relative oracle scores 8.3–16). It is now the tail index TI₀.₉₉ (fixed quantile, normalised by the oracle), with threshold 1 (ours) and the oracle as negative control.",
    'Issue 19: a competence gate (mean relative L2 ≤ 0.3) was added; claims that use an incompetent model are inconclusive with that reason, and the pooled claims (extrapolation, detector) are judged on the competent combinations only.',
    "Issue 19: 'extrapolation' and 'detector' moved from Wilson intervals to exact binomial tests with the oracle's worst 1 % as negative control; 'fcnn-weak-best' gained a retrained-twin negative control. All claims moved to the protocol (Holm across paper claims).",
  ],
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
