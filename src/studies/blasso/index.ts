/**
 * Study `blasso`: does birth/death (FS&P) reach the BLASSO optimum where conic particle gradient
 * descent (CPGD) stalls, at an equal budget of particle-gradient evaluations and against CPGD at its
 * best (over-parameterised, both signs); how fast does it converge compared with the paper's stated
 * rate and with Sliding Frank–Wolfe; how does recovery degrade with noise? Every claim is under the
 * claim protocol (src/studies/README.md) and says whether it uses exact or stochastic gradients.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Claim, ClaimResult, Figure, Progress, Study, StudyConfig, Table } from '../types.js';
import { binomialEvidence, estimateEvidence, mdeBinomial, mdeNormal, mdeT, tEvidence } from '../inference.js';
import { judgeClaim } from '../protocol.js';
import { linearRegression, mean, median, variance, wilsonInterval } from '../../core/stats.js';
import { Rng, splitSeeds } from '../../core/rng.js';
import {
  cpgd,
  flatDistance,
  fsp,
  fspHorizonFree,
  makeProblem,
  recoveryError,
  slidingFrankWolfe,
  type SolveResult,
  type SpikeMeasure,
} from '../../blasso/index.js';

export interface BlassoConfig extends StudyConfig {
  /** seeds of the success experiment (random truth + random start per seed) */
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
  /** also run the success experiment on the 1-D Gaussian and 2-D Fourier operators */
  extraOperators: boolean;
  /** stochastic variant: features drawn per iteration (0 = all m, with replacement) */
  batch: number;
  /** stochastic variant: step decay horizon k₀ (steps × (1 + k/k₀)^{-1/2}) */
  stepDecay: number;
}

/** particle counts of the equal-budget success-vs-particles comparison */
const PARTICLES = [3, 10, 30];
const A = 0.025;

const claims: Claim[] = [
  {
    id: 'fsp-beats-cpgd',
    statement:
      'At an equal budget of particle-gradient evaluations, FS&P (exact gradients, 2 initial particles) reaches the global optimum more often than CPGD at its best (the best of 3, 10 and 30 particles with alternating signs, Chizat’s over-parameterised setting)',
    protocol: {
      metric: 'success-rate difference FS&P − best CPGD (success: relative objective gap < 1e-3 and max|η| < 1.01)',
      test: 'paired t over seeds on the success indicators',
      alpha: A,
      n: { quick: 40, full: 150, unit: 'seeds' },
      mde: { quick: mdeT(40), full: mdeT(150), unit: 'σ of the paired indicator difference', how: 'mdeT(n)' },
    },
    negativeControl: 'FS&P against FS&P with another birth seed (the same method): no difference expected',
  },
  {
    id: 'cpgd-stalls',
    statement:
      'CPGD with as many particles as true spikes, its signs matched to the truth (so a sign mismatch cannot explain a stall), fails to reach the global optimum within K iterations in more than 10% of runs (exact gradients)',
    protocol: {
      metric: 'CPGD stall rate (1 − success rate), k matched-sign particles, K iterations',
      test: 'exact binomial (Clopper–Pearson)',
      alpha: A,
      n: { quick: 40, full: 150, unit: 'seeds' },
      mde: { quick: mdeBinomial(40, 0.1), full: mdeBinomial(150, 0.1), unit: 'stall rate above 0.1', how: 'mdeBinomial(n, 0.1)' },
    },
    negativeControl: 'the same test on over-parameterised CPGD (30 particles, alternating signs, K iterations)',
  },
  {
    id: 'certificate',
    statement: 'At FS&P’s final iterate the certificate condition holds, max|η| ≤ 1.01, in more than 90% of runs (exact gradients)',
    protocol: {
      metric: 'fraction of runs with max|η| ≤ 1.01 at FS&P’s final iterate',
      test: 'exact binomial (Clopper–Pearson)',
      alpha: A,
      n: { quick: 40, full: 150, unit: 'seeds' },
      mde: { quick: mdeBinomial(40, 0.9), full: mdeBinomial(150, 0.9), unit: 'rate above 0.9', how: 'mdeBinomial(n, 0.9)' },
    },
    negativeControl: 'the same test on CPGD with k matched-sign particles (the stalling solver)',
  },
  {
    id: 'particles-bounded',
    origin: 'ours',
    statement:
      'Death and merging keep FS&P’s final particle count close to the support of the BLASSO solution: on average fewer than 1.5 particles per spike of the reference solution (SFW), exact gradients',
    protocol: {
      metric: 'mean over seeds of (FS&P final particles) / (spikes of the SFW solution)',
      test: 'one-sample t over seeds',
      alpha: A,
      n: { quick: 40, full: 150, unit: 'seeds' },
      mde: { quick: mdeT(40), full: mdeT(150), unit: 'σ of the ratio', how: 'mdeT(n)' },
      band: {
        lower: 0,
        upper: 1.5,
        reason:
          'at low noise the BLASSO solution has exactly the support of the truth (Duval & Peyré 2015, non-degenerate source condition), so 1 is exact; 1.5 allows one spurious particle per two spikes',
      },
    },
    negativeControl: 'FS&P with death and merging switched off (deathThreshold 0, mergeRadius 0)',
  },
  {
    id: 'noise-recovery',
    origin: 'ours',
    statement:
      'FS&P’s position error grows linearly with the noise level when λ ∝ σ (log–log slope within [0.75, 1.25]; the O(σ) support stability of Duval & Peyré 2015), exact gradients',
    protocol: {
      metric: 'OLS slope of log10 mean position error on log10 σ (σ > 0, λ = 0.02 + 8σ)',
      test: 'OLS slope, t with (points − 2) df, two one-sided tests',
      alpha: A,
      n: { quick: 12, full: 48, unit: '(σ, seed) runs' },
      mde: { quick: null, full: null, unit: 'slope', how: 'mdeNormal(se of the slope), computed per run' },
      band: {
        lower: 0.75,
        upper: 1.25,
        reason: 'slope 1 = the O(σ) position error of Duval & Peyré (2015) at λ ∝ σ; ±0.25 for the λ offset 0.02',
      },
    },
    negativeControl: 'the same regression with the noise levels shuffled across runs (no relation left)',
  },
  {
    id: 'rate',
    statement:
      'Stochastic FS&P (horizon-free; random-feature gradients) converges at the rate the paper states, excess objective ∝ (log K/K)^{1/(2(2+d))}: the log–log slope of the relative excess on log(K/log K) lies within 1/6 ± 0.1 for d = 1',
    protocol: {
      metric: 'per-seed OLS slope of log10 relative excess objective on log10(K/log K), stochastic FS&P-HF, K = 16…iters',
      test: 'one-sample t over seeds, two one-sided tests',
      alpha: A,
      n: { quick: 6, full: 30, unit: 'seeds' },
      mde: { quick: mdeT(6), full: mdeT(30), unit: 'σ of the per-seed slope', how: 'mdeT(n)' },
      band: {
        lower: -1 / 6 - 0.1,
        upper: -1 / 6 + 0.1,
        reason: 'the paper’s exponent 1/(2(2+d)) = 1/6 for d = 1; ±0.1 for the finite range of K and the unknown constants',
      },
    },
    negativeControl: 'the same test on exact-gradient FS&P-HF, which converges linearly once the support is found',
  },
  {
    id: 'time-vs-sfw',
    statement:
      'FS&P (exact gradients) reaches a 1e-4 relative objective gap in less wall time than Sliding Frank–Wolfe with merging (mean log10 time ratio < 0)',
    protocol: {
      metric: 'mean log10(time FS&P / time SFW) to a 1e-4 relative gap, over seeds where both reach it',
      test: 'one-sample t over seeds',
      alpha: A,
      n: { quick: 40, full: 150, unit: 'seeds' },
      mde: { quick: mdeT(40), full: mdeT(150), unit: 'σ of the log10 ratio', how: 'mdeT(n)' },
    },
    noNegativeControl: 'a wall-time comparison of two solvers; its opposite (SFW faster) is the failure it can show',
  },
];

function mdeOf(values: number[]): number | null {
  return values.length >= 2 ? mdeT(values.length) * Math.sqrt(variance(values)) : null;
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
  /** method label → successes */
  successes: Record<string, number>;
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

function ok(r: SolveResult, fStar: number): boolean {
  return relGap(r.objective, fStar) < SUCCESS_GAP && r.certificateMax < SUCCESS_CERT;
}

/** k particles at uniform positions with the truth's signs (amplitude ±0.1). */
function matchedSigns(truth: SpikeMeasure, seed: number): SpikeMeasure {
  const rng = new Rng(seed);
  const k = truth.amplitudes.length;
  const d = truth.dim;
  const positions = new Float64Array(k * d);
  for (let i = 0; i < k * d; i++) positions[i] = rng.uniform();
  return { dim: d, positions, amplitudes: Float64Array.from(truth.amplitudes, (a) => (a >= 0 ? 0.1 : -0.1)) };
}

/** Relative excess at K on a trajectory recorded every 8 iterations. */
function excessAt(r: SolveResult, K: number, fStar: number): number | undefined {
  const idx = r.trajectory.iteration.indexOf(K);
  return idx < 0 ? undefined : (r.trajectory.objective[idx] - fStar) / Math.abs(fStar);
}

/** Per-seed slope of log10 excess on log10(K/ln K), over points with excess > 1e-9. */
function rateSlope(r: SolveResult, Kgrid: number[], fStar: number): number | undefined {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const K of Kgrid) {
    const ex = excessAt(r, K, fStar);
    if (ex !== undefined && ex > 1e-9) {
      xs.push(Math.log10(K / Math.log(K)));
      ys.push(Math.log10(ex));
    }
  }
  return xs.length >= 3 ? linearRegression(xs, ys).slope.estimate : undefined;
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
    quick: {
      seed: 1,
      seeds: 40,
      iters: 1000,
      spikes: 3,
      fc: 6,
      lambda: 0.1,
      noiseSeeds: 3,
      rateSeeds: 6,
      extraOperators: false,
      batch: 0,
      stepDecay: 100,
    },
    full: {
      seed: 1,
      seeds: 150,
      iters: 2000,
      spikes: 3,
      fc: 6,
      lambda: 0.1,
      noiseSeeds: 12,
      rateSeeds: 30,
      extraOperators: true,
      batch: 0,
      stepDecay: 100,
    },
  },
  sweepable: ['seeds', 'iters', 'spikes', 'fc', 'lambda', 'noiseSeeds', 'rateSeeds', 'batch', 'stepDecay'],
  schema: {
    seeds: { type: 'integer', min: 2, max: 100_000, description: 'seeds of the success experiment' },
    iters: { type: 'integer', min: 32, max: 10_000_000, label: 'K', description: 'iterations of CPGD and FS&P' },
    spikes: { type: 'integer', min: 1, max: 50, description: 'true spikes' },
    fc: { type: 'integer', min: 1, max: 200, description: 'Fourier cutoff (d = 1)' },
    lambda: { type: 'number', min: 0, exclusive: true, label: 'λ', description: 'regularisation of the success and rate experiments' },
    noiseSeeds: { type: 'integer', min: 1, max: 10_000, description: 'seeds per noise level' },
    rateSeeds: { type: 'integer', min: 2, max: 10_000, description: 'seeds of the rate experiment' },
    extraOperators: { type: 'boolean', description: 'also run the success experiment on the 1-D Gaussian and 2-D Fourier operators' },
    batch: { type: 'integer', min: 0, max: 1_000_000, description: 'stochastic variant: features per iteration (0 = m, with replacement)' },
    stepDecay: { type: 'number', min: 0, description: 'stochastic variant: step decay horizon k₀ (0 = constant steps)' },
  },
  deviations: [
    'fsp-beats-cpgd and cpgd-stalls were met by construction (CPGD started with k random-sign particles, and a sign never flips). After review (issue 19): fsp-beats-cpgd compares against CPGD at its best (best of 3, 10, 30 alternating-sign particles) at an equal budget of particle-gradient evaluations; cpgd-stalls uses matched signs.',
    'rate was judged against the loose bound "slope < −1/6" on exact FS&P; it now tests the paper’s stated exponent (equivalence band) on the stochastic variant, the algorithm the rate is stated for.',
    'particles-bounded and noise-recovery had thresholds of our own (ratio < 2 to the true spikes, slope > 0); they now have thresholds tied to theory (the support of the BLASSO solution; slope 1 of Duval & Peyré).',
    'SFW now merges spikes that slid together and prunes zeros (its reference implementation does); time-vs-sfw is judged against the merging SFW.',
    'every claim moved to the protocol (exact binomial / t tests, Holm across paper claims, negative controls) after the first results were seen.',
  ],
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
    const tick = async (label: string): Promise<void> => {
      progress(++done, total, label);
      await Promise.resolve();
    };
    const stochastic = (m: number) => ({ batch: config.batch > 0 ? config.batch : m, stepDecay: config.stepDecay });

    // ---------------------------------------------------------------- A. success at an equal budget
    const stallRows: StallRow[] = [];
    const pairedFspCpgd: number[] = [];
    const pairedFspFsp: number[] = [];
    const countRatios: number[] = [];
    const countRatiosNoDeath: number[] = [];
    let certOk = 0;
    let certOkNc = 0;
    let certN = 0;
    let stalls = 0;
    let stallsNc = 0;
    const timeLogRatios: number[] = [];
    let sfwOnly = 0;
    let fspOnly = 0;
    const budgets: number[] = [];
    let bestCpgd = PARTICLES[0];
    for (const o of operators) {
      const seedList = splitSeeds(config.seed + (o.dim === 2 ? 7919 : o.kernel === 'gaussian' ? 104729 : 0), seeds);
      const succ: Record<string, boolean[]> = {};
      const add = (label: string, v: boolean) => (succ[label] ??= []).push(v);
      const first = o === operators[0];
      for (let s = 0; s < seeds; s++) {
        const sd = seedList[s];
        const p = makeProblem({ kernel: o.kernel, dim: o.dim, fc: o.fc, spikes: k, seed: sd });
        const ref = slidingFrankWolfe(p.op, p.y, { lambda });
        const f = fsp(p.op, p.y, { lambda, particles: 2, signs: 'random', iters, seed: sd, recordEvery: first ? 10 : iters });
        const B = f.evaluations ?? iters;
        if (first) budgets.push(B);
        const runs: [string, SolveResult][] = [['FS&P, 2 particles', f]];
        for (const P of PARTICLES) {
          runs.push([
            `CPGD, ${P} particles, equal budget`,
            cpgd(p.op, p.y, { lambda, particles: P, iters: Math.max(1, Math.floor(B / P)), seed: sd, recordEvery: iters }),
          ]);
          runs.push([
            `FS&P, ${P} particles`,
            fsp(p.op, p.y, { lambda, particles: P, signs: 'random', iters, seed: sd, recordEvery: iters }),
          ]);
        }
        const cpgdFull = cpgd(p.op, p.y, { lambda, particles: 30, iters, seed: sd, recordEvery: iters });
        runs.push(['CPGD, 30 particles, K iterations', cpgdFull]);
        const matched = cpgd(p.op, p.y, { lambda, iters, seed: sd, recordEvery: iters }, matchedSigns(p.truth, sd + 1));
        runs.push([`CPGD, ${k} matched-sign particles`, matched]);
        runs.push([
          'FS&P stochastic, 2 particles',
          fsp(p.op, p.y, { lambda, particles: 2, signs: 'random', iters, seed: sd, recordEvery: iters, ...stochastic(p.op.size) }),
        ]);
        const fOther = fsp(p.op, p.y, { lambda, particles: 2, signs: 'random', iters, seed: sd + 1, recordEvery: iters });
        const fNoDeath = first
          ? fsp(p.op, p.y, {
              lambda,
              particles: 2,
              signs: 'random',
              iters,
              seed: sd,
              recordEvery: iters,
              deathThreshold: 0,
              mergeRadius: 0,
            })
          : undefined;
        const fStar = Math.min(ref.objective, fOther.objective, ...runs.map(([, r]) => r.objective));
        for (const [label, r] of runs) add(label, ok(r, fStar));
        add('SFW (merging)', ok(ref, fStar));
        add('FS&P, other birth seed', ok(fOther, fStar));
        if (first) {
          certN++;
          if (f.certificateMax <= SUCCESS_CERT) certOk++;
          if (matched.certificateMax <= SUCCESS_CERT) certOkNc++;
          if (!ok(matched, fStar)) stalls++;
          if (!ok(cpgdFull, fStar)) stallsNc++;
          const nRef = Math.max(1, ref.measure.amplitudes.length);
          countRatios.push(f.measure.amplitudes.length / nRef);
          if (fNoDeath) countRatiosNoDeath.push(fNoDeath.measure.amplitudes.length / nRef);
          const tf = timeToTarget(f, fStar, 1e-4);
          const ts = timeToTarget(ref, fStar, 1e-4);
          if (Number.isFinite(tf) && Number.isFinite(ts) && tf > 0 && ts > 0) timeLogRatios.push(Math.log10(tf / ts));
          else if (Number.isFinite(ts)) sfwOnly++;
          else if (Number.isFinite(tf)) fspOnly++;
        }
        await tick(`success ${o.name} ${s + 1}/${seeds}`);
      }
      const successes: Record<string, number> = {};
      for (const [label, v] of Object.entries(succ)) successes[label] = v.filter(Boolean).length;
      stallRows.push({ operator: o.name, successes, n: seeds });
      if (first) {
        // CPGD at its best: the particle count with the most successes at an equal budget (selected after
        // the fact, which favours CPGD and makes the comparison conservative)
        bestCpgd = PARTICLES.reduce((a, b) =>
          successes[`CPGD, ${b} particles, equal budget`] > successes[`CPGD, ${a} particles, equal budget`] ? b : a,
        );
        const fspS = succ['FS&P, 2 particles'];
        const cpS = succ[`CPGD, ${bestCpgd} particles, equal budget`];
        const oth = succ['FS&P, other birth seed'];
        for (let s = 0; s < seeds; s++) {
          pairedFspCpgd.push(Number(fspS[s]) - Number(cpS[s]));
          pairedFspFsp.push(Number(fspS[s]) - Number(oth[s]));
        }
      }
    }

    // ---------------------------------------------------------------- B. trajectories on one instance
    const p0 = makeProblem({ kernel: 'fourier', dim: 1, fc, spikes: k, seed: config.seed });
    const runs: SolveResult[] = [
      cpgd(p0.op, p0.y, { lambda, iters, seed: config.seed, recordEvery: 10 }, matchedSigns(p0.truth, config.seed + 1)),
      cpgd(p0.op, p0.y, { lambda, particles: 30, iters, seed: config.seed, recordEvery: 10 }),
      fsp(p0.op, p0.y, { lambda, particles: 2, signs: 'random', iters, seed: config.seed, recordEvery: 10 }),
      fspHorizonFree(p0.op, p0.y, { lambda, particles: 2, signs: 'random', iters, seed: config.seed, recordEvery: 10 }),
      fspHorizonFree(p0.op, p0.y, {
        lambda,
        particles: 2,
        signs: 'random',
        iters,
        seed: config.seed,
        recordEvery: 10,
        ...stochastic(p0.op.size),
      }),
      slidingFrankWolfe(p0.op, p0.y, { lambda }),
    ];
    const names = [`CPGD (${k} matched-sign particles)`, 'CPGD (30 particles)', 'FS&P', 'FS&P horizon-free', 'FS&P-HF stochastic', 'SFW'];
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
    await tick('trajectories');

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
        await tick(`noise ${sigma}`);
      }
      noiseRows.push({ noise: sigma, lambda: 0.02 + 8 * sigma, medianPositionError: median(pos), medianFlatDistance: median(flat) });
    }

    // ---------------------------------------------------------------- D. empirical rate (stochastic and exact FS&P-HF)
    const rateSeedList = splitSeeds(config.seed + 4242, config.rateSeeds);
    const slopes: number[] = [];
    const slopesExact: number[] = [];
    const rateRows: Record<string, unknown>[] = [];
    const Kgrid: number[] = [];
    for (let K = 16; K <= iters; K *= 2) Kgrid.push(K);
    const perK: number[][] = Kgrid.map(() => []);
    const perKExact: number[][] = Kgrid.map(() => []);
    for (let s = 0; s < config.rateSeeds; s++) {
      const p = makeProblem({ kernel: 'fourier', dim: 1, fc, spikes: k, seed: rateSeedList[s] });
      const ref = slidingFrankWolfe(p.op, p.y, { lambda });
      const base = { lambda, particles: 2, signs: 'random' as const, iters, seed: rateSeedList[s], recordEvery: 8 };
      const h = fspHorizonFree(p.op, p.y, { ...base, ...stochastic(p.op.size) });
      const hx = fspHorizonFree(p.op, p.y, base);
      const fStar = Math.min(ref.objective, h.objective, hx.objective);
      Kgrid.forEach((K, gi) => {
        const a = excessAt(h, K, fStar);
        const b = excessAt(hx, K, fStar);
        if (a !== undefined) perK[gi].push(a);
        if (b !== undefined) perKExact[gi].push(b);
      });
      const sl = rateSlope(h, Kgrid, fStar);
      const sx = rateSlope(hx, Kgrid, fStar);
      if (sl !== undefined) slopes.push(sl);
      if (sx !== undefined) slopesExact.push(sx);
      await tick(`rate ${s + 1}/${config.rateSeeds}`);
    }
    Kgrid.forEach((K, gi) => {
      if (perK[gi].length > 0)
        rateRows.push({ K, series: 'FS&P-HF stochastic, median relative excess', value: Math.max(1e-12, median(perK[gi])) });
      if (perKExact[gi].length > 0)
        rateRows.push({ K, series: 'FS&P-HF exact, median relative excess', value: Math.max(1e-12, median(perKExact[gi])) });
    });
    const exponent = 1 / (2 * (2 + 1));
    const firstStoch = rateRows.find((r) => (r.series as string).includes('stochastic'));
    if (firstStoch) {
      const K0 = Kgrid[0];
      const v0 = firstStoch.value as number;
      const th = (K: number) => Math.pow(Math.log(K) / K, exponent);
      for (const K of Kgrid) rateRows.push({ K, series: 'paper rate (log K/K)^{1/6}, anchored', value: (v0 * th(K)) / th(K0) });
    }

    // ---------------------------------------------------------------- claims
    const results: ClaimResult[] = [];
    const nSeeds = pairedFspCpgd.length;
    const bestLabel = `CPGD, ${bestCpgd} particles, equal budget`;
    const row0 = stallRows[0];
    results.push(
      judgeClaim(claims[0], tEvidence(pairedFspCpgd, { unit: 'paired seeds' }), {
        rule: { kind: 'greater', threshold: 0 },
        effectLabel: `success rate FS&P (2 particles) − ${bestLabel}`,
        negativeControl: { evidence: tEvidence(pairedFspFsp, { unit: 'paired seeds' }) },
        mde: mdeOf(pairedFspCpgd),
        note: `FS&P ${row0.successes['FS&P, 2 particles']}/${nSeeds}, ${bestLabel} ${row0.successes[bestLabel]}/${nSeeds}; budget = FS&P’s particle-gradient evaluations (median ${median(budgets).toFixed(0)}); CPGD with 30 particles and K iterations (≈ ${((30 * iters) / median(budgets)).toFixed(1)}× the budget): ${row0.successes['CPGD, 30 particles, K iterations']}/${nSeeds}`,
      }),
    );
    results.push(
      judgeClaim(claims[1], binomialEvidence(stalls, certN, { unit: 'seeds' }), {
        rule: { kind: 'greater', threshold: 0.1 },
        effectLabel: `stall rate of CPGD with ${k} matched-sign particles`,
        negativeControl: { evidence: binomialEvidence(stallsNc, certN, { unit: 'seeds' }) },
        mde: mdeBinomial(certN, 0.1),
      }),
    );
    results.push(
      judgeClaim(claims[2], binomialEvidence(certOk, Math.max(1, certN), { unit: 'seeds' }), {
        rule: { kind: 'greater', threshold: 0.9 },
        effectLabel: 'fraction with max|η| ≤ 1.01 (FS&P)',
        negativeControl: { evidence: binomialEvidence(certOkNc, Math.max(1, certN), { unit: 'seeds' }) },
        mde: mdeBinomial(Math.max(1, certN), 0.9),
      }),
    );
    results.push(
      judgeClaim(claims[3], tEvidence(countRatios, { unit: 'seeds' }), {
        rule: { kind: 'less', threshold: 1.5 },
        effectLabel: 'FS&P final particles / spikes of the SFW solution',
        negativeControl: { evidence: tEvidence(countRatiosNoDeath, { unit: 'seeds' }) },
        mde: mdeOf(countRatios),
      }),
    );
    const nfFit = linearRegression(noiseX, noiseY);
    const shuffled = [...noiseX];
    new Rng(config.seed + 7).shuffle(shuffled);
    const ncFit = linearRegression(shuffled, noiseY);
    const nfTest = `OLS slope over ${noiseX.length} runs (σ > 0)`;
    results.push(
      judgeClaim(
        claims[4],
        estimateEvidence(nfFit.slope.estimate, nfFit.slope.se, { df: noiseX.length - 2, n: noiseX.length, test: nfTest }),
        {
          rule: { kind: 'within', lower: 0.75, upper: 1.25 },
          effectLabel: 'slope of log10 position error on log10 σ',
          negativeControl: {
            evidence: estimateEvidence(ncFit.slope.estimate, ncFit.slope.se, { df: noiseX.length - 2, n: noiseX.length, test: nfTest }),
          },
          mde: mdeNormal(nfFit.slope.se),
        },
      ),
    );
    const rateRule = { kind: 'within' as const, lower: -exponent - 0.1, upper: -exponent + 0.1 };
    results.push(
      judgeClaim(claims[5], tEvidence(slopes.length >= 2 ? slopes : [0, 0], { unit: 'seeds' }), {
        rule: rateRule,
        effectLabel: 'slope of log10 relative excess on log10(K/ln K), stochastic FS&P-HF (paper: −1/6)',
        negativeControl: { evidence: tEvidence(slopesExact.length >= 2 ? slopesExact : [0, 0], { unit: 'seeds' }) },
        mde: mdeOf(slopes),
        note: `exact-gradient FS&P-HF slope ${slopesExact.length > 0 ? mean(slopesExact).toFixed(2) : 'n/a'}; K = ${Kgrid[0]}…${Kgrid.at(-1)}, points with excess > 1e-9`,
      }),
    );
    results.push(
      judgeClaim(claims[6], tEvidence(timeLogRatios.length >= 2 ? timeLogRatios : [0, 0], { unit: 'seeds' }), {
        rule: { kind: 'less', threshold: 0 },
        effectLabel: 'mean log10(time FS&P / time SFW) to a 1e-4 gap',
        mde: mdeOf(timeLogRatios),
        note: `${timeLogRatios.length} seeds where both reached the target (SFW only: ${sfwOnly}, FS&P only: ${fspOnly})`,
      }),
    );

    // ---------------------------------------------------------------- figures and tables
    const stallFig: Record<string, unknown>[] = [];
    for (const r of stallRows) {
      for (const [m, s] of Object.entries(r.successes)) {
        const w = wilsonInterval(s, r.n);
        stallFig.push({ operator: r.operator, method: m, rate: w.estimate, lower: w.lower, upper: w.upper });
      }
    }
    const particleRows: Record<string, unknown>[] = [];
    for (const P of [2, ...PARTICLES]) {
      const f = row0.successes[`FS&P, ${P} particles`];
      if (f !== undefined) particleRows.push({ particles: P, method: 'FS&P (K iterations)', rate: f / row0.n });
      const c = row0.successes[`CPGD, ${P} particles, equal budget`];
      if (c !== undefined) particleRows.push({ particles: P, method: 'CPGD (equal evaluation budget)', rate: c / row0.n });
    }
    particleRows.push({ particles: 30, method: 'CPGD (K iterations)', rate: row0.successes['CPGD, 30 particles, K iterations'] / row0.n });
    const figures: Figure[] = [
      {
        id: 'success',
        title: 'Success rate from random starts',
        caption: `Fraction of ${seeds} seeds reaching the global optimum (relative gap < ${SUCCESS_GAP}, max|η| < ${SUCCESS_CERT}). Equal budget: CPGD gets FS&P’s particle-gradient evaluations. Bars: 95% Wilson intervals.`,
        spec: {
          $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
          width: 420,
          height: 240,
          data: { values: stallFig },
          layer: [
            {
              mark: 'bar',
              encoding: {
                y: { field: 'method', type: 'nominal', title: null },
                yOffset: { field: 'operator' },
                x: { field: 'rate', type: 'quantitative', scale: { domain: [0, 1] } },
                color: { field: 'operator', type: 'nominal' },
              },
            },
            {
              mark: 'rule',
              encoding: {
                y: { field: 'method', type: 'nominal' },
                yOffset: { field: 'operator' },
                x: { field: 'lower', type: 'quantitative' },
                x2: { field: 'upper' },
              },
            },
          ],
        } as TopLevelSpec,
      },
      {
        id: 'success-vs-particles',
        title: 'Success rate against particle count',
        caption: `${operators[0].name}: FS&P with that many initial particles (K = ${iters}) and CPGD with that many alternating-sign particles at FS&P’s evaluation budget; CPGD with 30 particles and K iterations for reference.`,
        spec: lineSpec(particleRows, 'particles', 'rate', 'particles', 'success rate', { logX: true }),
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
          'Particles against solver wall time: FS&P grows by birth and shrinks by death and merging; CPGD keeps its count; SFW adds one spike per outer iteration and merges.',
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
        title: 'Empirical rate vs the paper’s rate',
        caption:
          'Median relative excess objective of horizon-free FS&P with stochastic and exact gradients against K, with the paper’s rate (log K/K)^{1/6} anchored at the first K of the stochastic run.',
        spec: lineSpec(rateRows, 'K', 'value', 'K', 'relative excess objective', { logX: true, logY: true, color: 'series' }),
      },
    ];
    const labels = Object.keys(row0.successes);
    const tables: Table[] = [
      {
        id: 'success',
        title: 'Success counts from random starts (equal budget = FS&P’s particle-gradient evaluations)',
        columns: ['operator', 'seeds', ...labels],
        rows: stallRows.map((r) => [r.operator, r.n, ...labels.map((l) => r.successes[l] ?? null)]),
      },
      {
        id: 'final',
        title: 'One instance: final values',
        columns: ['method', 'objective', 'max|η|', 'particles', 'evaluations', 'time (ms)'],
        rows: runs.map((r, i) => [names[i], r.objective, r.certificateMax, r.measure.amplitudes.length, r.evaluations ?? null, r.timeMs]),
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
        fspSuccessRate: row0.successes['FS&P, 2 particles'] / row0.n,
        cpgdBestEqualBudgetParticles: bestCpgd,
        cpgdBestEqualBudgetSuccessRate: row0.successes[bestLabel] / row0.n,
        cpgd30FullItersSuccessRate: row0.successes['CPGD, 30 particles, K iterations'] / row0.n,
        cpgdMatchedSignsStallRate: stalls / Math.max(1, certN),
        fspStochasticSuccessRate: row0.successes['FS&P stochastic, 2 particles'] / row0.n,
        medianFspEvaluations: median(budgets),
        meanFinalParticleRatioToSfw: mean(countRatios),
        meanFinalParticleRatioNoDeath: countRatiosNoDeath.length > 0 ? mean(countRatiosNoDeath) : null,
        rateSlopeStochastic: slopes.length > 0 ? mean(slopes) : null,
        rateSlopeExact: slopesExact.length > 0 ? mean(slopesExact) : null,
        theoryExponent: -exponent,
        noiseSlope: nfFit.slope.estimate,
        meanLog10TimeRatioFspOverSfw: timeLogRatios.length > 0 ? mean(timeLogRatios) : null,
      },
      claims: results,
      figures,
      tables,
    };
  },
};

export const studies = [blassoStudy] as unknown as Study<StudyConfig>[];
