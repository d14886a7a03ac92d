/**
 * Study `blasso`: does birth/death (FS&P) fix the stalls of conic particle gradient descent
 * on the Beurling LASSO, how fast does it converge compared with Sliding Frank–Wolfe and with
 * the paper's rate, and how does recovery degrade with noise?
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Claim, ClaimResult, Figure, Progress, Study, StudyConfig, Table } from '../types.js';
import { judgeInterval } from '../verdict.js';
import { linearRegression, mean, meanCI, median, wilsonInterval } from '../../core/stats.js';
import { splitSeeds } from '../../core/rng.js';
import {
  cpgd,
  flatDistance,
  fsp,
  fspHorizonFree,
  makeProblem,
  recoveryError,
  slidingFrankWolfe,
  type SolveResult,
} from '../../blasso/index.js';

export interface BlassoConfig extends StudyConfig {
  /** seeds of the stall experiment (random truth + random start per seed) */
  seeds: number;
  /** iterations K of CPGD and FS&P */
  iters: number;
  /** true spikes */
  spikes: number;
  /** Fourier cutoff (d = 1) */
  fc: number;
  lambda: number;
  /** seeds per noise level */
  noiseSeeds: number;
  /** seeds of the rate experiment */
  rateSeeds: number;
  /** also run the stall experiment on the 1-D Gaussian and 2-D Fourier operators */
  extraOperators: boolean;
}

const claims: Claim[] = [
  {
    id: 'fsp-beats-cpgd',
    statement: 'From random starts with few particles, FS&P reaches the global optimum more often than CPGD (success-rate difference > 0).',
  },
  {
    id: 'cpgd-stalls',
    statement:
      'CPGD started with as many particles as true spikes (random signs and positions) fails to reach the global optimum within K iterations (stalls) in more than 10% of runs.',
  },
  { id: 'certificate', statement: 'At FS&P’s final iterate the certificate condition holds, max|η| ≤ 1.01, in more than 90% of runs.' },
  {
    id: 'particles-bounded',
    statement: 'Death and merging keep FS&P’s final particle count below twice the number of true spikes (mean ratio < 2).',
  },
  { id: 'noise-recovery', statement: 'FS&P’s position error grows with the noise level (log–log slope > 0).' },
  {
    id: 'rate',
    statement:
      'FS&P’s excess objective decays at least as fast as the theory rate (log K/K)^{1/(2(2+d))}, i.e. the log–log slope is < −1/6 for d = 1.',
  },
  {
    id: 'time-vs-sfw',
    statement: 'FS&P reaches a 1e-4 relative objective gap in less wall time than Sliding Frank–Wolfe (mean log10 time ratio < 0).',
  },
];

/** Newcombe's hybrid score interval for p1 − p2 (independent-proportions form). */
function newcombe(s1: number, n1: number, s2: number, n2: number): { estimate: number; lower: number; upper: number } {
  const a = wilsonInterval(s1, n1);
  const b = wilsonInterval(s2, n2);
  const d = a.estimate - b.estimate;
  return {
    estimate: d,
    lower: d - Math.sqrt((a.estimate - a.lower) ** 2 + (b.upper - b.estimate) ** 2),
    upper: d + Math.sqrt((a.upper - a.estimate) ** 2 + (b.estimate - b.lower) ** 2),
  };
}

function relGap(f: number, fStar: number): number {
  return (f - fStar) / Math.abs(fStar);
}

/** First record time (ms) at which F ≤ F*(1 + tol); Infinity if never. */
function timeToTarget(r: SolveResult, fStar: number, tol: number): number {
  const t = r.trajectory;
  for (let i = 0; i < t.objective.length; i++) if (relGap(t.objective[i], fStar) <= tol) return t.time[i];
  return Infinity;
}

interface StallRow {
  operator: string;
  cpgdSuccess: number;
  fspSuccess: number;
  n: number;
}

const SUCCESS_GAP = 1e-3;
const SUCCESS_CERT = 1.01;

function lineSpec(
  values: Record<string, unknown>[],
  x: string,
  y: string,
  xTitle: string,
  yTitle: string,
  opts: { logX?: boolean; logY?: boolean; color?: string } = {},
): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: 420,
    height: 260,
    data: { values },
    mark: { type: 'line', point: values.length < 200 },
    encoding: {
      x: { field: x, type: 'quantitative', title: xTitle, scale: opts.logX ? { type: 'log' } : {} },
      y: { field: y, type: 'quantitative', title: yTitle, scale: opts.logY ? { type: 'log' } : { zero: false } },
      color: { field: opts.color ?? 'method', type: 'nominal' },
    },
  } as TopLevelSpec;
}

export const blassoStudy: Study<BlassoConfig> = {
  id: 'blasso',
  title: 'BLASSO: conic particle gradient descent with birth and death (Fast Spawn&Prune)',
  paper: {
    title: 'Fast Spawn&Prune (FS&P): Global convergence of stochastic conic particle gradient descent via birth/death process',
    arxiv: '2605.19784',
  },
  claims,
  configs: {
    quick: { seed: 1, seeds: 40, iters: 1000, spikes: 3, fc: 6, lambda: 0.1, noiseSeeds: 3, rateSeeds: 6, extraOperators: false },
    full: { seed: 1, seeds: 150, iters: 2000, spikes: 3, fc: 6, lambda: 0.1, noiseSeeds: 12, rateSeeds: 30, extraOperators: true },
  },
  sweepable: ['seeds', 'iters', 'spikes', 'fc', 'lambda', 'noiseSeeds', 'rateSeeds'],
  async run(config: BlassoConfig, progress: Progress) {
    const { seeds, iters, spikes: k, fc, lambda } = config;
    const operators: { name: string; kernel: 'fourier' | 'gaussian'; dim: 1 | 2; fc: number }[] = [
      { name: `Fourier d=1 fc=${fc}`, kernel: 'fourier', dim: 1, fc },
    ];
    if (config.extraOperators) {
      operators.push({ name: 'Gaussian d=1 σ=0.05', kernel: 'gaussian', dim: 1, fc });
      operators.push({ name: 'Fourier d=2 fc=3', kernel: 'fourier', dim: 2, fc: 3 });
    }
    const noiseLevels = [0, 0.01, 0.03, 0.1, 0.3];
    const total = operators.length * seeds + 1 + noiseLevels.length * config.noiseSeeds + config.rateSeeds;
    let done = 0;
    const tick = (label: string) => progress(++done, total, label);

    // ---------------------------------------------------------------- A. stalls
    const stallRows: StallRow[] = [];
    const countRatios: number[] = [];
    let certOk = 0;
    let certN = 0;
    const timeLogRatios: number[] = [];
    let sfwOnly = 0;
    let fspOnly = 0;
    let first: { cpgd: number; fsp: number; n: number } | null = null;
    for (const o of operators) {
      const seedList = splitSeeds(config.seed + (o.dim === 2 ? 7919 : o.kernel === 'gaussian' ? 104729 : 0), seeds);
      let cs = 0;
      let fsS = 0;
      for (let s = 0; s < seeds; s++) {
        const p = makeProblem({ kernel: o.kernel, dim: o.dim, fc: o.fc, spikes: k, seed: seedList[s] });
        const ref = slidingFrankWolfe(p.op, p.y, { lambda });
        const c = cpgd(p.op, p.y, { lambda, particles: k, signs: 'random', iters, seed: seedList[s], recordEvery: iters });
        // the time-to-target claim needs a dense trajectory on the first operator only
        const f = fsp(p.op, p.y, {
          lambda,
          particles: 2,
          signs: 'random',
          iters,
          seed: seedList[s],
          recordEvery: o === operators[0] ? 10 : iters,
        });
        const fStar = Math.min(ref.objective, c.objective, f.objective);
        if (relGap(c.objective, fStar) < SUCCESS_GAP && c.certificateMax < SUCCESS_CERT) cs++;
        if (relGap(f.objective, fStar) < SUCCESS_GAP && f.certificateMax < SUCCESS_CERT) fsS++;
        if (o === operators[0]) {
          certN++;
          if (f.certificateMax <= SUCCESS_CERT) certOk++;
          countRatios.push(f.measure.amplitudes.length / k);
          const tf = timeToTarget(f, fStar, 1e-4);
          const ts = timeToTarget(ref, fStar, 1e-4);
          if (Number.isFinite(tf) && Number.isFinite(ts) && tf > 0 && ts > 0) {
            timeLogRatios.push(Math.log10(tf / ts));
          } else if (Number.isFinite(ts)) sfwOnly++;
          else if (Number.isFinite(tf)) fspOnly++;
        }
        tick(`stalls ${o.name} ${s + 1}/${seeds}`);
      }
      stallRows.push({ operator: o.name, cpgdSuccess: cs, fspSuccess: fsS, n: seeds });
      if (first === null) first = { cpgd: cs, fsp: fsS, n: seeds };
    }

    // ---------------------------------------------------------------- B. trajectories on one instance
    const p0 = makeProblem({ kernel: 'fourier', dim: 1, fc, spikes: k, seed: config.seed });
    const runs: SolveResult[] = [
      cpgd(p0.op, p0.y, { lambda, particles: k, signs: 'random', iters, seed: config.seed, recordEvery: 10 }),
      cpgd(p0.op, p0.y, { lambda, particles: 10 * k, iters, seed: config.seed, recordEvery: 10 }),
      fsp(p0.op, p0.y, { lambda, particles: 2, signs: 'random', iters, seed: config.seed, recordEvery: 10 }),
      fspHorizonFree(p0.op, p0.y, { lambda, particles: 2, signs: 'random', iters, seed: config.seed, recordEvery: 10 }),
      slidingFrankWolfe(p0.op, p0.y, { lambda }),
    ];
    const names = [`CPGD (${k} particles)`, `CPGD (${10 * k} particles)`, 'FS&P', 'FS&P horizon-free', 'SFW'];
    const fStar0 = Math.min(...runs.map((r) => r.objective));
    const trajRows: Record<string, unknown>[] = [];
    runs.forEach((r, i) => {
      const t = r.trajectory;
      for (let j = 0; j < t.iteration.length; j++) {
        trajRows.push({
          method: names[i],
          iteration: Math.max(1, t.iteration[j]),
          timeMs: Math.max(1e-3, t.time[j]),
          gap: Math.max(1e-14, t.objective[j] - fStar0),
          certificate: t.certificateMax[j],
          particles: t.particles[j],
        });
      }
    });
    tick('trajectories');

    // ---------------------------------------------------------------- C. recovery vs noise
    const noiseRows: Record<string, unknown>[] = [];
    const noiseX: number[] = [];
    const noiseY: number[] = [];
    const noiseSeedList = splitSeeds(config.seed + 31337, config.noiseSeeds);
    for (const sigma of noiseLevels) {
      const pos: number[] = [];
      const flat: number[] = [];
      for (let s = 0; s < config.noiseSeeds; s++) {
        const p = makeProblem({ kernel: 'fourier', dim: 1, fc, spikes: k, noise: sigma, seed: noiseSeedList[s] });
        const lam = 0.02 + 8 * sigma;
        const f = fsp(p.op, p.y, {
          lambda: lam,
          particles: 2,
          iters: Math.max(iters, 2000),
          seed: noiseSeedList[s],
          recordEvery: Math.max(iters, 2000),
        });
        const rec = recoveryError(f.measure, p.truth, { clusterRadius: 0.02 });
        const e = Number.isFinite(rec.maxPositionError) ? rec.meanPositionError : 0.5;
        pos.push(e);
        flat.push(flatDistance(f.measure, p.truth));
        if (sigma > 0) {
          noiseX.push(Math.log10(sigma));
          noiseY.push(Math.log10(Math.max(e, 1e-12)));
        }
        tick(`noise ${sigma}`);
      }
      noiseRows.push({ noise: sigma, lambda: 0.02 + 8 * sigma, medianPositionError: median(pos), medianFlatDistance: median(flat) });
    }

    // ---------------------------------------------------------------- D. empirical rate
    const rateSeedList = splitSeeds(config.seed + 4242, config.rateSeeds);
    const slopes: number[] = [];
    const rateRows: Record<string, unknown>[] = [];
    const Kgrid: number[] = [];
    for (let K = 16; K <= iters; K *= 2) Kgrid.push(K);
    const perK: number[][] = Kgrid.map(() => []);
    for (let s = 0; s < config.rateSeeds; s++) {
      const p = makeProblem({ kernel: 'fourier', dim: 1, fc, spikes: k, seed: rateSeedList[s] });
      const ref = slidingFrankWolfe(p.op, p.y, { lambda });
      const h = fspHorizonFree(p.op, p.y, { lambda, particles: 2, signs: 'random', iters, seed: rateSeedList[s], recordEvery: 8 });
      const fStar = Math.min(ref.objective, h.objective);
      const xs: number[] = [];
      const ys: number[] = [];
      Kgrid.forEach((K, gi) => {
        const idx = h.trajectory.iteration.indexOf(K);
        if (idx < 0) return;
        const ex = (h.trajectory.objective[idx] - fStar) / Math.abs(fStar);
        perK[gi].push(ex);
        if (ex > 1e-9) {
          xs.push(Math.log10(K));
          ys.push(Math.log10(ex));
        }
      });
      if (xs.length >= 3) slopes.push(linearRegression(xs, ys).slope.estimate);
      tick(`rate ${s + 1}/${config.rateSeeds}`);
    }
    Kgrid.forEach((K, gi) => {
      if (perK[gi].length > 0) {
        const medEx = Math.max(1e-12, median(perK[gi]));
        rateRows.push({ K, series: 'FS&P-HF median relative excess', value: medEx });
      }
    });
    // theory curve anchored at the first point
    const exponent = 1 / (2 * (2 + 1));
    if (rateRows.length > 0) {
      const K0 = Kgrid[0];
      const v0 = rateRows[0].value as number;
      const th = (K: number) => Math.pow(Math.log(K) / K, exponent);
      for (const K of Kgrid) rateRows.push({ K, series: 'theory (log K/K)^{1/6}, anchored', value: (v0 * th(K)) / th(K0) });
    }

    // ---------------------------------------------------------------- claims
    const results: ClaimResult[] = [];
    const f0 = first ?? { cpgd: 0, fsp: 0, n: 1 };
    results.push(
      judgeInterval(claims[0], newcombe(f0.fsp, f0.n, f0.cpgd, f0.n), {
        threshold: 0,
        direction: 'greater',
        effectLabel: 'success rate FS&P − CPGD',
        uncertainty: `95% Newcombe hybrid-score interval, ${f0.n} seeds (success: relative gap < ${SUCCESS_GAP} and max|η| < ${SUCCESS_CERT})`,
      }),
    );
    const stall = wilsonInterval(f0.n - f0.cpgd, f0.n);
    results.push(
      judgeInterval(claims[1], stall, {
        threshold: 0.1,
        direction: 'greater',
        effectLabel: 'CPGD stall rate',
        uncertainty: `95% Wilson interval, ${f0.n} seeds`,
      }),
    );
    results.push(
      judgeInterval(claims[2], wilsonInterval(certOk, Math.max(1, certN)), {
        threshold: 0.9,
        direction: 'greater',
        effectLabel: 'fraction with max|η| ≤ 1.01',
        uncertainty: `95% Wilson interval, ${certN} seeds`,
      }),
    );
    const cr = countRatios.length >= 2 ? meanCI(countRatios) : { estimate: countRatios[0] ?? NaN, lower: NaN, upper: NaN };
    results.push(
      judgeInterval(claims[3], cr, {
        threshold: 2,
        direction: 'less',
        effectLabel: 'final particles / true spikes',
        uncertainty: `95% t-interval over ${countRatios.length} seeds`,
      }),
    );
    const nf = noiseX.length >= 3 ? linearRegression(noiseX, noiseY).slope : { estimate: NaN, lower: NaN, upper: NaN };
    results.push(
      judgeInterval(claims[4], nf, {
        threshold: 0,
        direction: 'greater',
        effectLabel: 'slope of log10 position error vs log10 noise',
        uncertainty: `95% t-interval of the OLS slope over ${noiseX.length} runs (noise > 0)`,
      }),
    );
    const rs = slopes.length >= 2 ? meanCI(slopes) : { estimate: slopes[0] ?? NaN, lower: NaN, upper: NaN };
    results.push(
      judgeInterval(claims[5], rs, {
        threshold: -exponent,
        direction: 'less',
        effectLabel: 'log–log slope of relative excess objective vs K',
        uncertainty: `95% t-interval of per-seed OLS slopes (${slopes.length} seeds, K = ${Kgrid[0]}…${Kgrid.at(-1)}, points with excess > 1e-9)`,
      }),
    );
    const tr = timeLogRatios.length >= 2 ? meanCI(timeLogRatios) : { estimate: timeLogRatios[0] ?? NaN, lower: NaN, upper: NaN };
    results.push(
      judgeInterval(claims[6], tr, {
        threshold: 0,
        direction: 'less',
        effectLabel: 'mean log10(time FS&P / time SFW) to a 1e-4 gap',
        uncertainty: `95% t-interval over ${timeLogRatios.length} seeds where both reached the target (SFW only: ${sfwOnly}, FS&P only: ${fspOnly})`,
      }),
    );

    // ---------------------------------------------------------------- figures and tables
    const stallFig: Record<string, unknown>[] = [];
    for (const r of stallRows) {
      for (const [m, s] of [
        ['CPGD', r.cpgdSuccess],
        ['FS&P', r.fspSuccess],
      ] as const) {
        const w = wilsonInterval(s, r.n);
        stallFig.push({ operator: r.operator, method: m, rate: w.estimate, lower: w.lower, upper: w.upper });
      }
    }
    const figures: Figure[] = [
      {
        id: 'success',
        title: 'Success rate from random few-particle starts',
        caption: `Fraction of ${seeds} seeds reaching the global optimum (relative gap < ${SUCCESS_GAP}, max|η| < ${SUCCESS_CERT}); CPGD starts with ${k} particles of random signs, FS&P with 2. Bars: 95% Wilson intervals.`,
        spec: {
          $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
          width: 360,
          height: 240,
          data: { values: stallFig },
          layer: [
            {
              mark: 'bar',
              encoding: {
                x: { field: 'method', type: 'nominal' },
                xOffset: { field: 'operator' },
                y: { field: 'rate', type: 'quantitative', scale: { domain: [0, 1] } },
                color: { field: 'operator', type: 'nominal' },
              },
            },
            {
              mark: 'rule',
              encoding: {
                x: { field: 'method', type: 'nominal' },
                xOffset: { field: 'operator' },
                y: { field: 'lower', type: 'quantitative' },
                y2: { field: 'upper' },
              },
            },
          ],
        } as TopLevelSpec,
      },
      {
        id: 'objective-iter',
        title: 'Objective gap vs iteration',
        caption: 'F(μ_k) − F* on one instance (SFW: outer iterations).',
        spec: lineSpec(trajRows, 'iteration', 'gap', 'iteration k', 'F − F*', { logX: true, logY: true }),
      },
      {
        id: 'objective-time',
        title: 'Objective gap vs wall time',
        caption: 'Solver time in ms, trajectory diagnostics excluded.',
        spec: lineSpec(trajRows, 'timeMs', 'gap', 'time (ms)', 'F − F*', { logX: true, logY: true }),
      },
      {
        id: 'certificate',
        title: 'Certificate maximum vs iteration',
        caption: 'max|η_k| on a 512-point grid refined from its best point; 1 at an optimum.',
        spec: lineSpec(trajRows, 'iteration', 'certificate', 'iteration k', 'max |η|', { logX: true, logY: true }),
      },
      {
        id: 'particles',
        title: 'Particle count over time',
        caption:
          'Particles against solver wall time: FS&P grows by birth and shrinks by death and merging; CPGD keeps its count; SFW adds one spike per outer iteration.',
        spec: lineSpec(trajRows, 'timeMs', 'particles', 'time (ms)', 'particles', { logX: true }),
      },
      {
        id: 'noise',
        title: 'Recovery vs noise',
        caption: `Median over ${config.noiseSeeds} seeds of FS&P's mean position error and flat distance to the truth; λ = 0.02 + 8σ.`,
        spec: lineSpec(
          noiseRows.flatMap((r) => [
            { noise: Math.max(1e-3, r.noise as number), metric: 'position error', value: Math.max(1e-12, r.medianPositionError as number) },
            { noise: Math.max(1e-3, r.noise as number), metric: 'flat distance', value: Math.max(1e-12, r.medianFlatDistance as number) },
          ]),
          'noise',
          'value',
          'noise σ (0 plotted at 1e-3)',
          'error',
          { logX: true, logY: true, color: 'metric' },
        ),
      },
      {
        id: 'rate',
        title: 'Empirical rate vs theory',
        caption:
          'Median relative excess objective of horizon-free FS&P against K, with the theory rate (log K/K)^{1/6} anchored at the first K. The theory exponent is a worst-case bound and is very flat at these K.',
        spec: lineSpec(rateRows, 'K', 'value', 'K', 'relative excess objective', { logX: true, logY: true, color: 'series' }),
      },
    ];
    const tables: Table[] = [
      {
        id: 'stalls',
        title: 'Success counts from random few-particle starts',
        columns: ['operator', 'seeds', 'CPGD successes', 'FS&P successes'],
        rows: stallRows.map((r) => [r.operator, r.n, r.cpgdSuccess, r.fspSuccess]),
      },
      {
        id: 'final',
        title: 'One instance: final values',
        columns: ['method', 'objective', 'max|η|', 'particles', 'time (ms)'],
        rows: runs.map((r, i) => [names[i], r.objective, r.certificateMax, r.measure.amplitudes.length, r.timeMs]),
      },
      {
        id: 'noise',
        title: 'Recovery vs noise (medians)',
        columns: ['noise σ', 'λ', 'position error', 'flat distance'],
        rows: noiseRows.map((r) => [
          r.noise as number,
          r.lambda as number,
          r.medianPositionError as number,
          r.medianFlatDistance as number,
        ]),
      },
    ];
    return {
      metrics: {
        cpgdSuccessRate: f0.cpgd / f0.n,
        fspSuccessRate: f0.fsp / f0.n,
        meanFinalParticleRatio: mean(countRatios),
        rateSlope: rs.estimate,
        theoryExponent: -exponent,
        noiseSlope: nf.estimate,
        meanLog10TimeRatioFspOverSfw: tr.estimate,
      },
      claims: results,
      figures,
      tables,
    };
  },
};

export const studies = [blassoStudy] as unknown as Study<StudyConfig>[];
