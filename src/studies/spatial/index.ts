/**
 * Study `spatial`: the Spatial Adapter (arXiv 2605.11394) on the paper's 1-D synthetic
 * generator and on 2-D stations with 20% held out.
 */
import type { Claim, ClaimResult, Figure, Study, StudyConfig, Verdict } from '../types.js';
import { judgeInterval, legacyProtocolFields } from '../verdict.js';
import { mean, meanCI, pairedDifference } from '../../core/stats.js';
import { Rng } from '../../core/rng.js';
import { parseOptions } from '../../core/schema.js';
import { fitSpatialAdapterFlat, spatialAdapterSchema } from '../../spatial/admm.js';
import { covarianceFlat, denseCovariance } from '../../spatial/covariance.js';
import { krigeLowRank } from '../../spatial/kriging.js';
import { interpolateFlat, omegaFromCoords } from '../../spatial/omega.js';
import { tuneTauFlat } from '../../spatial/tune.js';
import { fitOlsFirstStage, generateStations2d, generateSynthetic1d } from '../../spatial/generators.js';
import { normalQuantile } from '../../core/stats.js';
import type { Coords } from '../../spatial/coords.js';

export interface SpatialStudyConfig extends StudyConfig {
  /** 1-D: sites, time points, replications */
  n1d: number;
  T1d: number;
  reps1d: number;
  /** τ₁ grid for the recovery curve; tauReg is the pre-declared regularized value (from the notes' prototype) */
  taus: number[];
  tauReg: number;
  /** 2-D: stations, time points, replications, K */
  nStations: number;
  T2d: number;
  reps2d: number;
  K2d: number;
  /** τ₁ grid searched by held-out-site validation in 2-D */
  taus2d: number[];
  /** ADMM iterations */
  iters: number;
}

const claims: Claim[] = [
  {
    id: 'basis-recovery',
    statement:
      'The smoothness penalty recovers the 1-D basis better than the unregularized adapter (|⟨φ̂, φ⟩| higher at τ₁ = tauReg than at τ₁ = 0)',
  },
  { id: 'covariance', statement: 'Regularization lowers the covariance relative Frobenius error ‖Σ̂ − Σ‖_F/‖Σ‖_F on the 1-D data' },
  { id: 'kriging-rmse', statement: 'At held-out stations, first stage + adapter kriging has lower RMSE than the frozen first stage alone' },
  { id: 'coverage', statement: 'The 95% kriging intervals are calibrated at held-out stations (coverage within 0.95 ± 0.025)' },
  { id: 'sigma2', statement: 'σ̂² recovers the noise variance (σ̂²/σ² within 1 ± 0.1)' },
];

/** Two-sided "within a band" verdict: the interval inside the band holds, disjoint fails. */
function judgeBand(
  claim: Claim,
  e: { estimate: number; lower: number; upper: number },
  lo: number,
  hi: number,
  label: string,
  unc: string,
): ClaimResult {
  let verdict: Verdict = 'inconclusive';
  if (e.lower >= lo && e.upper <= hi) verdict = 'holds';
  else if (e.upper < lo || e.lower > hi) verdict = 'fails';
  return {
    id: claim.id,
    statement: claim.statement,
    verdict,
    effect: e.estimate,
    effectLabel: label,
    interval: [e.lower, e.upper],
    uncertainty: unc,
    rule: `holds if the whole interval is inside [${lo}, ${hi}]; fails if it is wholly outside; otherwise inconclusive`,
    ...legacyProtocolFields(claim),
  };
}

function ci(x: number[]): { estimate: number; lower: number; upper: number } {
  if (x.length < 2) return { estimate: x[0] ?? NaN, lower: -Infinity, upper: Infinity };
  return meanCI(x);
}

function relFrob(est: Float64Array, truth: Float64Array): number {
  let a = 0;
  let b = 0;
  for (let i = 0; i < est.length; i++) {
    a += (est[i] - truth[i]) ** 2;
    b += truth[i] ** 2;
  }
  return Math.sqrt(a / b);
}

function tauLabel(t: number): string {
  return t === 0 ? '0' : `1e${Math.round(Math.log10(t))}`;
}

async function run(config: SpatialStudyConfig, progress: (d: number, t: number, l?: string) => void) {
  const total = config.reps1d + config.reps2d;
  let done = 0;
  const figures: Figure[] = [];
  // ---------------- 1-D ----------------
  const N = config.n1d;
  const T = config.T1d;
  const taus = config.taus.includes(config.tauReg) ? config.taus : [...config.taus, config.tauReg].sort((a, b) => a - b);
  const recovery: number[][] = taus.map(() => []);
  const covErr0: number[] = [];
  const covErrReg: number[] = [];
  const sigma1d0: number[] = [];
  const rank1d0: number[] = [];
  const rank1dReg: number[] = [];
  const seeds = new Rng(config.seed).split(total);
  let basisFig: Record<string, number | string>[] = [];
  let heat: Record<string, number | string>[] = [];
  for (let rep = 0; rep < config.reps1d; rep++) {
    const data = generateSynthetic1d({ n: N, T, seed: seeds[rep].seed });
    const ols = fitOlsFirstStage(data);
    const pred = ols.predict(data.X, T, N);
    const R = new Float64Array(T * N);
    for (let i = 0; i < T * N; i++) R[i] = data.Y[i] - pred[i];
    const c: Coords = { n: N, d: 1, x: data.coords };
    const omega = omegaFromCoords('spatial study', c);
    const truthCov = new Float64Array(N * N);
    for (let i = 0; i < N; i++)
      for (let j = 0; j < N; j++)
        truthCov[i * N + j] = data.scoreVariance[0] * data.basis[i] * data.basis[j] + (i === j ? data.noiseVariance : 0);
    const fits: Float64Array[] = [];
    taus.forEach((tau1, ti) => {
      const opts = parseOptions('spatial study', spatialAdapterSchema, { K: 1, tau1, iters: config.iters, seed: rep });
      const fit = fitSpatialAdapterFlat(R, T, c, opts, omega);
      let ip = 0;
      for (let i = 0; i < N; i++) ip += fit.basis[i] * data.basis[i];
      recovery[ti].push(Math.abs(ip));
      fits.push(Float64Array.from(fit.basis, (v) => (ip < 0 ? -v : v)));
      if (tau1 === 0 || tau1 === config.tauReg) {
        const cov = covarianceFlat(R, T, N, fit.basis, 1);
        const S = denseCovariance(cov);
        const e = relFrob(S, truthCov);
        if (tau1 === 0) {
          covErr0.push(e);
          sigma1d0.push(cov.sigma2 / data.noiseVariance);
          rank1d0.push(cov.rank);
        } else {
          covErrReg.push(e);
          rank1dReg.push(cov.rank);
          if (rep === 0) {
            const step = Math.max(1, Math.ceil(N / 32));
            heat = [];
            for (let i = 0; i < N; i += step)
              for (let j = 0; j < N; j += step) {
                heat.push({ panel: 'estimated Σ̂ (τ₁ = tauReg)', i, j, value: S[i * N + j] });
                heat.push({ panel: 'true Σ', i, j, value: truthCov[i * N + j] });
              }
          }
        }
      }
    });
    if (rep === 0) {
      const i0 = taus.indexOf(0);
      const ir = taus.indexOf(config.tauReg);
      basisFig = [];
      for (let i = 0; i < N; i++) {
        basisFig.push({ s: data.coords[i], value: data.basis[i], curve: 'true φ' });
        if (i0 >= 0) basisFig.push({ s: data.coords[i], value: fits[i0][i], curve: 'φ̂, τ₁ = 0' });
        if (ir >= 0) basisFig.push({ s: data.coords[i], value: fits[ir][i], curve: `φ̂, τ₁ = ${tauLabel(config.tauReg)}` });
      }
    }
    progress(++done, total, `1-D replication ${rep + 1}/${config.reps1d}`);
  }
  const i0 = taus.indexOf(0);
  const ir = taus.indexOf(config.tauReg);
  const recDiff = pairedDifference(recovery[ir], recovery[i0]);
  const covDiff = pairedDifference(covErr0, covErrReg);

  // ---------------- 2-D stations ----------------
  const rmseFirst: number[] = [];
  const rmseKrige: number[] = [];
  const coverage: number[] = [];
  const sigmaRatio: number[] = [];
  const chosenTau: number[] = [];
  const ranks2d: number[] = [];
  const predFig: Record<string, number | string>[] = [];
  let mapFig: Record<string, number | string>[] = [];
  const z = normalQuantile(0.975);
  for (let rep = 0; rep < config.reps2d; rep++) {
    const seed = seeds[config.reps1d + rep].seed;
    const data = generateStations2d({ n: config.nStations, T: config.T2d, seed });
    const n = data.n;
    const T2 = data.T;
    const perm = new Rng(seed + 1).permutation(n);
    const nHold = Math.round(0.2 * n);
    const hold = Int32Array.from(perm.subarray(0, nHold)).sort();
    const train = Int32Array.from(perm.subarray(nHold)).sort();
    const ols = fitOlsFirstStage(data, train);
    const pred = ols.predict(data.X, T2, n);
    const m = train.length;
    const Rtr = new Float64Array(T2 * m);
    for (let t = 0; t < T2; t++) for (let a = 0; a < m; a++) Rtr[t * m + a] = data.Y[t * n + train[a]] - pred[t * n + train[a]];
    const sub = (idx: Int32Array): Coords => {
      const x = new Float64Array(idx.length * 2);
      idx.forEach((i, a) => x.set(data.coords.subarray(i * 2, i * 2 + 2), a * 2));
      return { n: idx.length, d: 2, x };
    };
    const ctr = sub(train);
    const cho = sub(hold);
    const base = parseOptions('spatial study', spatialAdapterSchema, { K: config.K2d, iters: config.iters, seed: rep });
    const tuned = tuneTauFlat(
      Rtr,
      T2,
      ctr,
      config.taus2d.map((t) => ({ tau1: t, tau2: 0 })),
      base,
      0.2,
      seed + 2,
    );
    chosenTau.push(tuned.best.tau1);
    const fit = fitSpatialAdapterFlat(Rtr, T2, ctr, { ...base, tau1: tuned.best.tau1 });
    const cov = covarianceFlat(Rtr, T2, m, fit.basis, fit.K);
    ranks2d.push(cov.rank);
    sigmaRatio.push(cov.sigma2 / data.noiseVariance);
    const L = cov.lambda.length;
    const W = L + 1;
    const vals = new Float64Array(m * W);
    for (let i = 0; i < m; i++) {
      for (let a = 0; a < L; a++) vals[i * W + a] = cov.factors[i * L + a];
      vals[i * W + L] = cov.mean[i];
    }
    const at = interpolateFlat('spatial study', ctr, vals, W, cho);
    const Bp = new Float64Array(nHold * L);
    for (let q = 0; q < nHold; q++) for (let a = 0; a < L; a++) Bp[q * L + a] = at[q * W + a];
    const rc = new Float64Array(T2 * m);
    for (let t = 0; t < T2; t++) for (let i = 0; i < m; i++) rc[t * m + i] = Rtr[t * m + i] - cov.mean[i];
    const k = krigeLowRank(cov.factors, m, Bp, nHold, cov.lambda, Math.max(cov.sigma2, 1e-12), rc, T2);
    let se0 = 0;
    let se1 = 0;
    let cover = 0;
    for (let t = 0; t < T2; t++)
      for (let q = 0; q < nHold; q++) {
        const i = hold[q];
        const y = data.Y[t * n + i];
        const f = pred[t * n + i];
        const yhat = f + at[q * W + L] + k.mean[t * nHold + q];
        const h = z * Math.sqrt(k.variance[q]);
        se0 += (y - f) ** 2;
        se1 += (y - yhat) ** 2;
        if (y >= yhat - h && y <= yhat + h) cover++;
        if (rep === 0 && q === 0 && t < 200) {
          predFig.push({ t, value: y, series: 'observed Y' });
          predFig.push({ t, value: f, series: 'first stage' });
          predFig.push({ t, value: yhat, series: 'first stage + kriging', lo: yhat - h, hi: yhat + h });
        }
      }
    rmseFirst.push(Math.sqrt(se0 / (T2 * nHold)));
    rmseKrige.push(Math.sqrt(se1 / (T2 * nHold)));
    coverage.push(cover / (T2 * nHold));
    if (rep === 0) {
      mapFig = [];
      for (let a = 0; a < m; a++)
        for (let c2 = 0; c2 < fit.K; c2++)
          mapFig.push({ x: ctr.x[a * 2], y: ctr.x[a * 2 + 1], basis: `φ̂${c2 + 1}`, value: fit.basis[a * fit.K + c2] });
    }
    progress(++done, total, `2-D replication ${rep + 1}/${config.reps2d}`);
  }
  const rmseDiff = pairedDifference(rmseFirst, rmseKrige);
  const covCI = ci(coverage);
  const sigCI = ci(sigmaRatio);
  const t1 = `95% paired t-interval over ${config.reps1d} replications`;
  const t2 = `95% t-interval over ${config.reps2d} replications`;
  const results: ClaimResult[] = [
    judgeInterval(claims[0], recDiff, {
      threshold: 0,
      direction: 'greater',
      effectLabel: `Δ|⟨φ̂, φ⟩| (τ₁ = ${tauLabel(config.tauReg)} minus τ₁ = 0)`,
      uncertainty: t1,
    }),
    judgeInterval(claims[1], covDiff, {
      threshold: 0,
      direction: 'greater',
      effectLabel: 'relative Frobenius error, unregularized minus regularized',
      uncertainty: t1,
    }),
    judgeInterval(claims[2], rmseDiff, {
      threshold: 0,
      direction: 'greater',
      effectLabel: 'RMSE first stage minus RMSE first stage + kriging',
      uncertainty: `95% paired t-interval over ${config.reps2d} replications`,
    }),
    judgeBand(claims[3], covCI, 0.925, 0.975, 'coverage of 95% intervals at held-out stations', t2),
    judgeBand(claims[4], sigCI, 0.9, 1.1, 'σ̂²/σ²', t2),
  ];

  const curve = taus.map((tau, ti) => {
    const e = ci(recovery[ti]);
    return { tau: tauLabel(tau), order: ti, mean: e.estimate, lo: e.lower, hi: e.upper };
  });
  figures.push({
    id: 'recovery-vs-tau',
    title: '1-D basis recovery |⟨φ̂, φ⟩| against τ₁',
    caption: `N = ${N}, T = ${T}, noise sd 4, eigenvalue 25, K = 1; mean and 95% t-interval over ${config.reps1d} replications.`,
    spec: {
      data: { values: curve },
      layer: [
        {
          mark: { type: 'line', point: true },
          encoding: {
            x: { field: 'tau', type: 'ordinal', sort: { field: 'order' }, title: 'τ₁' },
            y: { field: 'mean', type: 'quantitative', title: '|⟨φ̂, φ⟩|', scale: { zero: false } },
          },
        },
        {
          mark: 'rule',
          encoding: {
            x: { field: 'tau', type: 'ordinal', sort: { field: 'order' } },
            y: { field: 'lo', type: 'quantitative' },
            y2: { field: 'hi' },
          },
        },
      ],
    },
  });
  figures.push({
    id: 'basis-1d',
    title: '1-D basis: truth vs estimates (replication 1)',
    spec: {
      data: { values: basisFig },
      mark: 'line',
      encoding: {
        x: { field: 's', type: 'quantitative', title: 'site s' },
        y: { field: 'value', type: 'quantitative', title: 'φ(s)' },
        color: { field: 'curve', type: 'nominal' },
      },
    },
  });
  figures.push({
    id: 'basis-2d',
    title: '2-D basis maps at the training stations (replication 1)',
    caption: `Station colour = φ̂_k(s); K = ${config.K2d}, τ₁ chosen by held-out-site validation.`,
    spec: {
      data: { values: mapFig },
      mark: { type: 'circle', size: 60 },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        y: { field: 'y', type: 'quantitative' },
        color: { field: 'value', type: 'quantitative', scale: { scheme: 'redblue', domainMid: 0 } },
        column: { field: 'basis', type: 'nominal' },
      },
    },
  });
  figures.push({
    id: 'covariance-heatmap',
    title: '1-D covariance: estimated (regularized) vs true',
    caption: 'Every few sites shown (≤ 32×32 per panel).',
    spec: {
      data: { values: heat },
      mark: 'rect',
      encoding: {
        x: { field: 'j', type: 'ordinal', axis: null },
        y: { field: 'i', type: 'ordinal', axis: null },
        color: { field: 'value', type: 'quantitative', scale: { scheme: 'viridis' } },
        column: { field: 'panel', type: 'nominal' },
      },
    },
  });
  figures.push({
    id: 'heldout-predictions',
    title: 'A held-out station: observations, first stage, and kriged prediction with 95% interval',
    spec: {
      data: { values: predFig },
      layer: [
        {
          transform: [{ filter: "datum.series === 'first stage + kriging'" }],
          mark: { type: 'area', opacity: 0.25 },
          encoding: {
            x: { field: 't', type: 'quantitative', title: 'time' },
            y: { field: 'lo', type: 'quantitative', title: 'Y' },
            y2: { field: 'hi' },
          },
        },
        {
          mark: { type: 'line', strokeWidth: 1 },
          encoding: {
            x: { field: 't', type: 'quantitative' },
            y: { field: 'value', type: 'quantitative' },
            color: { field: 'series', type: 'nominal' },
          },
        },
      ],
    },
  });

  return {
    metrics: {
      recovery_by_tau: Object.fromEntries(taus.map((t, i) => [tauLabel(t), mean(recovery[i])])),
      cov_relfrob_unregularized: mean(covErr0),
      cov_relfrob_regularized: mean(covErrReg),
      rank_1d_unregularized: rank1d0,
      rank_1d_regularized: rank1dReg,
      sigma2_ratio_1d: mean(sigma1d0),
      rmse_first_stage: mean(rmseFirst),
      rmse_first_stage_plus_kriging: mean(rmseKrige),
      coverage95: mean(coverage),
      sigma2_ratio_2d: mean(sigmaRatio),
      tau1_chosen_2d: chosenTau,
      rank_2d: ranks2d,
    },
    claims: results,
    figures,
    tables: [
      {
        id: 'stations',
        title: '2-D stations with 20% held out, per replication',
        columns: ['replication', 'τ₁ (validation)', 'L̂', 'RMSE first stage', 'RMSE + kriging', 'coverage 95%', 'σ̂²/σ²'],
        rows: rmseFirst.map((_, i) => [i + 1, chosenTau[i], ranks2d[i], rmseFirst[i], rmseKrige[i], coverage[i], sigmaRatio[i]]),
      },
    ],
  };
}

const spatialStudy: Study<SpatialStudyConfig> = {
  id: 'spatial',
  title: 'Spatial Adapter: smooth orthonormal residual basis, closed-form covariance, kriging',
  paper: {
    title: 'Spatial Adapter: Structured Spatial Decomposition and Closed-Form Covariance for Frozen Predictors',
    arxiv: '2605.11394',
  },
  claims,
  configs: {
    quick: {
      seed: 1,
      n1d: 128,
      T1d: 256,
      reps1d: 4,
      taus: [0, 1e1, 1e2, 1e3, 1e4, 1e5],
      tauReg: 1e3,
      nStations: 100,
      T2d: 200,
      reps2d: 3,
      K2d: 3,
      taus2d: [0, 1e-2, 1, 1e2, 1e4],
      iters: 40,
    },
    full: {
      seed: 1,
      n1d: 256,
      T1d: 512,
      reps1d: 10,
      taus: [0, 1e1, 1e2, 1e3, 1e4, 1e5],
      tauReg: 1e3,
      nStations: 200,
      T2d: 400,
      reps2d: 10,
      K2d: 3,
      taus2d: [0, 1e-3, 1e-2, 1e-1, 1, 10, 1e2, 1e3, 1e4],
      iters: 100,
    },
  },
  sweepable: ['n1d', 'T1d', 'reps1d', 'tauReg', 'nStations', 'T2d', 'reps2d', 'K2d', 'iters'],
  run,
};

export const studies = [spatialStudy] as unknown as Study<StudyConfig>[];
