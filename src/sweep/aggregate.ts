/**
 * Aggregation across seeds: for each config, the mean and a t-interval of every numeric
 * metric and of every claim's effect, and how often each verdict came out.
 */
import { meanCI } from '../core/stats.js';
import type { ClaimKind, Verdict } from '../studies/types.js';
import { configKey, type GridValue } from './grid.js';
import type { JobRecord } from './store.js';

export interface Summary {
  mean: number;
  lower: number | null;
  upper: number | null;
  n: number;
}

export interface ConfigAggregate {
  study: string;
  profile: 'quick' | 'full';
  overrides: Record<string, GridValue>;
  seeds: number[];
  metrics: Record<string, Summary>;
  claims: Record<string, { statement: string; kind: ClaimKind; effect: Summary; verdicts: Record<Verdict, number> }>;
}

/** Mean and 95 % t-interval of the finite values (no interval for fewer than 2). */
export function summarize(xs: number[]): Summary {
  const finite = xs.filter((x) => Number.isFinite(x));
  if (finite.length === 0) return { mean: NaN, lower: null, upper: null, n: 0 };
  if (finite.length === 1) return { mean: finite[0], lower: null, upper: null, n: 1 };
  const ci = meanCI(finite);
  return { mean: ci.estimate, lower: ci.lower, upper: ci.upper, n: finite.length };
}

/** Group records by config (all but the seed) and summarize across seeds. */
export function aggregate(records: JobRecord[]): ConfigAggregate[] {
  const groups = new Map<string, JobRecord[]>();
  for (const r of records) {
    const k = configKey(r.job);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const out: ConfigAggregate[] = [];
  for (const recs of groups.values()) {
    recs.sort((a, b) => a.job.seed - b.job.seed);
    const { study, profile, overrides } = recs[0].job;
    const metricNames = new Set<string>();
    for (const r of recs) for (const [k, v] of Object.entries(r.result.metrics)) if (typeof v === 'number') metricNames.add(k);
    const metrics: Record<string, Summary> = {};
    for (const m of [...metricNames].sort()) metrics[m] = summarize(recs.map((r) => r.result.metrics[m] as number));
    const claims: ConfigAggregate['claims'] = {};
    for (const c of recs[0].result.claims) {
      const rows = recs.map((r) => r.result.claims.find((x) => x.id === c.id)).filter((x) => x !== undefined);
      const verdicts: Record<Verdict, number> = { holds: 0, fails: 0, inconclusive: 0 };
      for (const x of rows) verdicts[x.verdict]++;
      claims[c.id] = { statement: c.statement, kind: c.kind ?? 'paper', effect: summarize(rows.map((x) => x.effect)), verdicts };
    }
    out.push({ study, profile, overrides, seeds: recs.map((r) => r.job.seed), metrics, claims });
  }
  return out;
}
