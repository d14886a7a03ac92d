/**
 * Study `meta`: optimal testing with combined statistics across independent studies
 * (Vuursteen, Szabó, van der Vaart & van Zanten, NeurIPS 2023, arXiv 2310.19541), in the
 * many-normal-means model. Three parts: power curves of the combination methods at fixed
 * (m, n, d); separation rates as m grows (d fixed, and d = m) with log-log slopes against the
 * derived rates; and the elbow where a shared random direction starts to beat the χ² sum.
 */
import { splitSeeds } from '../../core/rng.js';
import { linearRegression, mean, meanCI } from '../../core/stats.js';
import { COMBINE_METHODS, exactPower, monteCarloPowerCurve, separationRate, type Protocol } from '../../meta/index.js';
import type { Claim, ClaimResult, Figure, Study, StudyConfig, Table } from '../types.js';
import { judgeInterval, legacyProtocolFields } from '../verdict.js';

export interface MetaConfig extends StudyConfig {
  /** level α and type-II error β (target power 1 − β) */
  alpha: number;
  beta: number;
  /** power curves: trials, dimension, per-trial n, number of ‖f‖ points up to curveMaxNorm, Monte Carlo reps */
  curveM: number;
  curveD: number;
  curveN: number;
  curvePoints: number;
  curveMaxNorm: number;
  curveReps: number;
  /** separation rates: fixed dimension, m grid for fixed d, m grid for d = m, reps per bisection, independent seeds */
  rateD: number;
  rateMs: number[];
  rateGrowMs: number[];
  rateReps: number;
  rateSeeds: number;
  /** elbow: dimensions at which to locate the crossing m*(d) (exact power) */
  elbowDs: number[];
}

const claims: Claim[] = [
  {
    id: 'pooling-gap',
    statement:
      'Combining locally optimal (χ²) p-values loses power against the pooled-data test: at ‖f‖ = 1 (m = 20, d = 50, n = 1) pooled power exceeds the best combination',
  },
  { id: 'rate-pooled-fixed-d', statement: 'Pooled test, d fixed: ρ ∝ m^{-1/2} (ρ² ≍ √d/(mn))' },
  { id: 'rate-chi2-fixed-d', statement: 'Sum of local χ², d fixed: ρ ∝ m^{-1/4} (ρ² ≍ √d/(n√m))' },
  { id: 'rate-direction-fixed-d', statement: 'Shared direction + Stouffer, d fixed: ρ ∝ m^{-1/2} (ρ² ≍ d/(mn))' },
  { id: 'rate-pooled-d-eq-m', statement: 'Pooled test, d = m: ρ ∝ m^{-1/4}' },
  { id: 'rate-chi2-d-eq-m', statement: 'Sum of local χ², d = m: ρ ∝ m^0 (no gain from more trials)' },
  { id: 'rate-direction-d-eq-m', statement: 'Shared direction + Stouffer, d = m: ρ ∝ m^0' },
  {
    id: 'elbow-scaling',
    statement: 'The elbow, where coordination (shared direction) starts to beat the χ² sum, moves linearly with d: m* ∝ d',
  },
  { id: 'elbow-location', statement: 'The elbow lies near m ≈ d (within a factor 10)' },
];

/** Two-sided equivalence verdict: holds if the interval lies within target ± band, fails if it lies wholly outside. */
function judgeEquivalence(
  claim: Claim,
  e: { estimate: number; lower: number; upper: number },
  target: number,
  band: number,
  effectLabel: string,
  uncertainty: string,
): ClaimResult {
  const inside = e.lower >= target - band && e.upper <= target + band;
  const outside = e.upper < target - band || e.lower > target + band;
  return {
    id: claim.id,
    statement: claim.statement,
    verdict: inside ? 'holds' : outside ? 'fails' : 'inconclusive',
    effect: e.estimate,
    effectLabel,
    interval: [e.lower, e.upper],
    uncertainty,
    rule: `holds if the whole interval is within ${target} ± ${band}; fails if it is wholly outside; otherwise inconclusive`,
    ...legacyProtocolFields(claim),
  };
}

const RATE_PROTOCOLS: { protocol: Protocol; label: string; fixed: number; grow: number }[] = [
  { protocol: 'pooled', label: 'pooled (oracle)', fixed: -0.5, grow: -0.25 },
  { protocol: 'chi2-sum', label: 'χ² sum', fixed: -0.25, grow: 0 },
  { protocol: 'stouffer-direction', label: 'shared direction', fixed: -0.5, grow: 0 },
];

const metaStudy: Study<MetaConfig> = {
  id: 'meta',
  title: 'Combining tests across independent studies: power, separation rates and the elbow',
  paper: { title: 'Optimal testing using combined test statistics across independent studies', arxiv: '2310.19541', venue: 'NeurIPS 2023' },
  claims,
  configs: {
    quick: {
      seed: 1,
      alpha: 0.05,
      beta: 0.2,
      curveM: 20,
      curveD: 50,
      curveN: 1,
      curvePoints: 13,
      curveMaxNorm: 2.4,
      curveReps: 400,
      rateD: 16,
      rateMs: [4, 8, 16, 32, 64, 128],
      rateGrowMs: [4, 8, 16, 32, 64],
      rateReps: 300,
      rateSeeds: 3,
      elbowDs: [2, 4, 8, 16, 32],
    },
    full: {
      seed: 1,
      alpha: 0.05,
      beta: 0.2,
      curveM: 20,
      curveD: 50,
      curveN: 1,
      curvePoints: 25,
      curveMaxNorm: 2.4,
      curveReps: 4000,
      rateD: 16,
      rateMs: [4, 8, 16, 32, 64, 128, 256, 512, 1024],
      rateGrowMs: [4, 8, 16, 32, 64, 128, 256],
      rateReps: 2000,
      rateSeeds: 8,
      elbowDs: [2, 4, 8, 16, 32, 64, 128],
    },
  },
  sweepable: ['alpha', 'beta', 'curveM', 'curveD', 'curveN', 'curvePoints', 'curveMaxNorm', 'curveReps', 'rateD', 'rateReps', 'rateSeeds'],

  async run(config, progress) {
    const { alpha, beta } = config;
    const [curveSeed, rateSeed] = splitSeeds(config.seed, 2);
    const nRate = RATE_PROTOCOLS.length * (config.rateMs.length + config.rateGrowMs.length) * config.rateSeeds;
    const total = COMBINE_METHODS.length + nRate + config.elbowDs.length;
    let done = 0;
    const tick = (label: string) => progress(++done, total, label);

    // ---------------------------------------------------------------- A. power curves
    const { curveM: m, curveD: d, curveN: n } = config;
    const norms = Array.from({ length: config.curvePoints }, (_, i) => (config.curveMaxNorm * i) / (config.curvePoints - 1));
    const curveRows: { norm: number; method: string; power: number; lower: number | null; upper: number | null; kind: string }[] = [];
    for (const protocol of ['pooled', 'chi2-sum', 'stouffer-direction'] as const) {
      for (const norm of norms) {
        curveRows.push({
          norm,
          method: protocol,
          power: exactPower({ protocol, m, n, d, norm, alpha }),
          lower: null,
          upper: null,
          kind: 'exact',
        });
      }
    }
    const atOne: Record<string, { estimate: number; lower: number; upper: number }> = {};
    for (const combiner of COMBINE_METHODS) {
      const curve = monteCarloPowerCurve([...norms, 1], {
        protocol: 'combined',
        combiner,
        m,
        n,
        d,
        alpha,
        reps: config.curveReps,
        seed: curveSeed,
      });
      norms.forEach((norm, i) =>
        curveRows.push({
          norm,
          method: combiner,
          power: curve[i].estimate,
          lower: curve[i].lower,
          upper: curve[i].upper,
          kind: 'Monte Carlo',
        }),
      );
      atOne[combiner] = curve[norms.length];
      tick(`power curve: ${combiner}`);
    }
    const pooledAtOne = exactPower({ protocol: 'pooled', m, n, d, norm: 1, alpha });
    const chi2AtOne = exactPower({ protocol: 'chi2-sum', m, n, d, norm: 1, alpha });
    const best = Object.entries(atOne).reduce((a, b) => (b[1].estimate > a[1].estimate ? b : a));
    const results: ClaimResult[] = [
      judgeInterval(
        claims[0],
        { estimate: pooledAtOne - best[1].estimate, lower: pooledAtOne - best[1].upper, upper: pooledAtOne - best[1].lower },
        {
          threshold: 0,
          direction: 'greater',
          effectLabel: `pooled power (exact) − power of the best combination (${best[0]}, Monte Carlo)`,
          uncertainty: `95% Wilson interval of the best combination's power over ${config.curveReps} replicates (pooled power is exact)`,
        },
      ),
    ];

    // ---------------------------------------------------------------- B. separation rates
    const rateRows: { m: number; d: number; rho: number; protocol: string; regime: string; seed: number }[] = [];
    const slopes: Table['rows'] = [];
    const seeds = splitSeeds(rateSeed, config.rateSeeds);
    const regimes = [
      { regime: 'd fixed', ms: config.rateMs, dOf: () => config.rateD, key: 'fixed' as const, claimOffset: 1 },
      { regime: 'd = m', ms: config.rateGrowMs, dOf: (mm: number) => mm, key: 'grow' as const, claimOffset: 4 },
    ];
    for (const reg of regimes) {
      RATE_PROTOCOLS.forEach((p, pi) => {
        const xs: number[] = [];
        const ys: number[] = [];
        for (const mm of reg.ms) {
          for (const s of seeds) {
            const dd = reg.dOf(mm);
            const r = separationRate({
              protocol: p.protocol,
              m: mm,
              n: 1,
              d: dd,
              alpha,
              beta,
              reps: config.rateReps,
              seed: s,
              relTol: 1e-3,
            });
            rateRows.push({ m: mm, d: dd, rho: r.rho, protocol: p.label, regime: reg.regime, seed: s });
            xs.push(Math.log(mm));
            ys.push(Math.log(r.rho));
            tick(`separation rate: ${p.protocol}, ${reg.regime}, m = ${mm}`);
          }
        }
        const fit = linearRegression(xs, ys);
        const derived = p[reg.key];
        slopes.push([p.label, reg.regime, derived, fit.slope.estimate, fit.slope.lower, fit.slope.upper]);
        results.push(
          judgeEquivalence(
            claims[reg.claimOffset + pi],
            fit.slope,
            derived,
            0.1,
            `slope of log ρ against log m (derived ${derived})`,
            `95% t-interval of the OLS slope over ${reg.ms.length} values of m × ${config.rateSeeds} seeds (${config.rateReps} replicates per bisection)`,
          ),
        );
      });
    }

    // ---------------------------------------------------------------- C. the elbow (exact power)
    const elbowRows: { d: number; mStar: number; ratio: number }[] = [];
    const elbowCurve: { m: number; rho: number; protocol: string }[] = [];
    const dShow = config.elbowDs[Math.floor(config.elbowDs.length / 2)];
    for (const dd of config.elbowDs) {
      // the direction protocol's power depends on mnρ² only: ρ_dir(m) = ρ_dir(1)/√m exactly
      const dir1 = separationRate({ protocol: 'stouffer-direction', m: 1, n: 1, d: dd, alpha, beta, exact: true, relTol: 1e-9 }).rho;
      const chi2 = (mm: number) => separationRate({ protocol: 'chi2-sum', m: mm, n: 1, d: dd, alpha, beta, exact: true, relTol: 1e-9 }).rho;
      // g(m) = log ρ_χ²(m) − log ρ_dir(m) rises through 0 at the elbow; bisect on integer m
      let lo = 1;
      let hi = 2;
      while (chi2(hi) < dir1 / Math.sqrt(hi)) {
        lo = hi;
        hi *= 2;
      }
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (chi2(mid) < dir1 / Math.sqrt(mid)) lo = mid;
        else hi = mid;
      }
      elbowRows.push({ d: dd, mStar: hi, ratio: hi / dd });
      if (dd === dShow) {
        for (let mm = 1; mm <= hi * 8; mm *= 2) {
          elbowCurve.push({ m: mm, rho: chi2(mm), protocol: 'χ² sum (best uncoordinated)' });
          elbowCurve.push({ m: mm, rho: dir1 / Math.sqrt(mm), protocol: 'shared direction' });
        }
      }
      tick(`elbow: d = ${dd}`);
    }
    const elbowFit = linearRegression(
      elbowRows.map((r) => Math.log(r.d)),
      elbowRows.map((r) => Math.log(r.mStar)),
    );
    results.push(
      judgeEquivalence(
        claims[7],
        elbowFit.slope,
        1,
        0.15,
        'slope of log m* against log d (derived 1)',
        `95% t-interval of the OLS slope over ${elbowRows.length} dimensions (m* exact, from exact power)`,
      ),
    );
    const logRatios = elbowRows.map((r) => Math.log10(r.ratio));
    const ratioCI = meanCI(logRatios);
    results.push(
      judgeEquivalence(
        claims[8],
        ratioCI,
        0,
        1,
        'mean log10(m*/d)',
        `95% t-interval over ${elbowRows.length} dimensions (m* exact); note: constants depend on α = ${alpha}, β = ${beta}`,
      ),
    );

    // ---------------------------------------------------------------- figures and tables
    const figures: Figure[] = [
      {
        id: 'power-curves',
        title: `Power against ‖f‖ (m = ${m}, d = ${d}, n = ${n}, α = ${alpha})`,
        caption: `Exact power of the pooled test, the χ² sum and the shared-direction protocol; Monte Carlo power (${config.curveReps} replicates, common random numbers) of the nine p-value combinations of local χ² tests.`,
        spec: {
          width: 520,
          height: 320,
          data: { values: curveRows },
          mark: { type: 'line', point: true },
          encoding: {
            x: { field: 'norm', type: 'quantitative', title: '‖f‖' },
            y: { field: 'power', type: 'quantitative', title: 'power', scale: { domain: [0, 1] } },
            color: { field: 'method', type: 'nominal' },
            strokeDash: { field: 'kind', type: 'nominal' },
          },
        },
      },
      ...regimes.map((reg): Figure => ({
        id: `rates-${reg.key}`,
        title: `Separation rate ρ (power ${1 - beta} at level ${alpha}) against m, ${reg.regime}${reg.key === 'fixed' ? ` = ${config.rateD}` : ''}`,
        caption: `Smallest ‖f‖ reaching power ${1 - beta}, by bisection on simulated power (${config.rateReps} replicates, ${config.rateSeeds} seeds; log-log axes). Derived slopes: ${RATE_PROTOCOLS.map((p) => `${p.label} ${p[reg.key]}`).join(', ')}.`,
        spec: {
          width: 480,
          height: 300,
          data: { values: rateRows.filter((r) => r.regime === reg.regime) },
          layer: [
            {
              mark: { type: 'point', opacity: 0.6 },
              encoding: {
                x: { field: 'm', type: 'quantitative', scale: { type: 'log' } },
                y: { field: 'rho', type: 'quantitative', scale: { type: 'log' }, title: 'ρ' },
                color: { field: 'protocol', type: 'nominal' },
              },
            },
            {
              mark: 'line',
              encoding: {
                x: { field: 'm', type: 'quantitative', scale: { type: 'log' } },
                y: { aggregate: 'mean', field: 'rho', type: 'quantitative', scale: { type: 'log' } },
                color: { field: 'protocol', type: 'nominal' },
              },
            },
          ],
        },
      })),
      {
        id: 'elbow',
        title: `The elbow at d = ${dShow}: separation rate of the χ² sum and of the shared direction (exact)`,
        caption: `Exact separation rates (power ${1 - beta}, α = ${alpha}); coordination wins to the right of the crossing m* = ${elbowRows.find((r) => r.d === dShow)?.mStar}.`,
        spec: {
          width: 480,
          height: 300,
          data: { values: elbowCurve },
          mark: { type: 'line', point: true },
          encoding: {
            x: { field: 'm', type: 'quantitative', scale: { type: 'log' } },
            y: { field: 'rho', type: 'quantitative', scale: { type: 'log' }, title: 'ρ' },
            color: { field: 'protocol', type: 'nominal' },
          },
        },
      },
      {
        id: 'elbow-scaling',
        title: 'Elbow location m* against d (exact)',
        caption: 'm* is the smallest m at which the shared direction needs a smaller ‖f‖ than the χ² sum; the dashed line is m = d.',
        spec: {
          width: 420,
          height: 280,
          data: { values: elbowRows.map((r) => ({ d: r.d, 'm*': r.mStar, 'm = d': r.d })) },
          transform: [{ fold: ['m*', 'm = d'], as: ['series', 'm'] }],
          mark: { type: 'line', point: true },
          encoding: {
            x: { field: 'd', type: 'quantitative', scale: { type: 'log' } },
            y: { field: 'm', type: 'quantitative', scale: { type: 'log' } },
            color: { field: 'series', type: 'nominal' },
            strokeDash: { field: 'series', type: 'nominal' },
          },
        },
      },
    ];
    const tables: Table[] = [
      {
        id: 'slopes',
        title: 'Separation-rate slopes (log ρ against log m) with 95% intervals',
        columns: ['protocol', 'regime', 'derived', 'slope', 'lower', 'upper'],
        rows: slopes,
      },
      {
        id: 'elbow',
        title: 'Elbow location (exact power)',
        columns: ['d', 'm*', 'm*/d'],
        rows: elbowRows.map((r) => [r.d, r.mStar, r.ratio]),
      },
      {
        id: 'power-at-1',
        title: `Power at ‖f‖ = 1 (m = ${m}, d = ${d})`,
        columns: ['method', 'power', 'lower', 'upper'],
        rows: [
          ['pooled (exact)', pooledAtOne, null, null],
          ['χ² sum (exact)', chi2AtOne, null, null],
          ...Object.entries(atOne).map(([k, v]) => [k, v.estimate, v.lower, v.upper] as (string | number | null)[]),
        ],
      },
    ];
    return {
      metrics: {
        pooledPowerAtOne: pooledAtOne,
        chi2SumPowerAtOne: chi2AtOne,
        bestCombination: best[0],
        bestCombinationPowerAtOne: best[1].estimate,
        elbowMStar: Object.fromEntries(elbowRows.map((r) => [`d=${r.d}`, r.mStar])),
        elbowMeanLog10Ratio: mean(logRatios),
      },
      claims: results,
      figures,
      tables,
    };
  },
};

export const studies = [metaStudy] as unknown as Study<StudyConfig>[];
