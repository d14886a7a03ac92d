/**
 * Grid files and their expansion into jobs. A grid gives, for each sweepable config key,
 * a list of values or a range, plus the seeds; every combination × seed is one job, a
 * study run with one config and one seed, named by a stable hash of (study, profile,
 * overrides, seed).
 */
import { createHash } from 'node:crypto';
import { QuireError } from '../core/errors.js';
import type { Study, StudyConfig } from '../studies/types.js';

export type GridValue = number | string | boolean;

/** A range: `{from, to, step}` (inclusive, arithmetic) or `{from, to, num, log?}` (num points). */
export interface GridRange {
  from: number;
  to: number;
  step?: number;
  num?: number;
  log?: boolean;
}

export interface GridSpec {
  profile?: 'quick' | 'full';
  /** a list of seeds, or an inclusive integer range */
  seeds: number[] | { from: number; to: number };
  params: Record<string, GridValue[] | GridRange>;
  /** keys whose base config value is an integer: their range values are rounded and deduplicated */
  integerKeys?: string[];
}

export interface Job {
  id: string;
  study: string;
  profile: 'quick' | 'full';
  overrides: Record<string, GridValue>;
  seed: number;
}

const MAX_JOBS = 100_000;

function fail(msg: string): never {
  throw new QuireError(`sweep: ${msg}`);
}

function expandRange(key: string, r: GridRange): number[] {
  const { from, to, step, num, log } = r;
  if (!Number.isFinite(from) || !Number.isFinite(to)) fail(`grid.params.${key}: range needs finite 'from' and 'to'`);
  if ((step === undefined) === (num === undefined)) fail(`grid.params.${key}: a range needs exactly one of 'step' or 'num'`);
  if (num !== undefined) {
    if (!Number.isInteger(num) || !(num >= 1) || num > MAX_JOBS) fail(`grid.params.${key}: 'num' must be an integer ≥ 1, got ${num}`);
    if (log && !(from > 0 && to > 0)) fail(`grid.params.${key}: a log range needs from > 0 and to > 0`);
    if (num === 1) return [from];
    return Array.from({ length: num }, (_, i) => {
      if (i === 0) return from;
      if (i === num - 1) return to;
      const t = i / (num - 1);
      return log ? Math.exp(Math.log(from) + t * (Math.log(to) - Math.log(from))) : from + t * (to - from);
    });
  }
  if (!(typeof step === 'number' && step > 0 && Number.isFinite(step))) fail(`grid.params.${key}: 'step' must be a number > 0`);
  if (log) fail(`grid.params.${key}: 'log' needs 'num', not 'step'`);
  const n = Math.floor((to - from) / step + 1e-9) + 1;
  if (!(n >= 1)) fail(`grid.params.${key}: empty range (from ${from} to ${to})`);
  if (n > MAX_JOBS) fail(`grid.params.${key}: range has too many values (${n})`);
  // Round to the step's decimals so 0.1-steps give 0.3, not 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 6);
  return Array.from({ length: n }, (_, i) => Number((from + i * step).toFixed(Math.min(decimals, 15))));
}

/**
 * Parse and check a grid file's JSON text against a study.
 * @throws QuireError on malformed JSON, unknown or non-sweepable keys, empty lists, bad seeds
 */
export function parseGrid(text: string, study: Study<StudyConfig>, source = 'grid'): GridSpec {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    fail(`${source}: invalid JSON (${(e as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(`${source}: expected a JSON object with 'params' and 'seeds'`);
  const g = raw as Record<string, unknown>;
  for (const k of Object.keys(g)) {
    if (!['profile', 'seeds', 'params'].includes(k)) fail(`${source}: unknown top-level key '${k}' (expected profile, seeds, params)`);
  }
  const profile = g.profile ?? 'quick';
  if (profile !== 'quick' && profile !== 'full') fail(`${source}: profile must be 'quick' or 'full', got ${JSON.stringify(profile)}`);
  const seeds = g.seeds;
  if (seeds === undefined) fail(`${source}: 'seeds' is required (a list, or {from, to})`);
  if (Array.isArray(seeds)) {
    if (seeds.length === 0) fail(`${source}: 'seeds' is empty`);
    seeds.forEach((s, i) => {
      if (!Number.isInteger(s) || !((s as number) >= 0)) fail(`${source}: seeds[${i}] must be an integer ≥ 0, got ${JSON.stringify(s)}`);
    });
    if (new Set(seeds).size !== seeds.length) fail(`${source}: 'seeds' has duplicates`);
  } else if (seeds && typeof seeds === 'object') {
    const { from, to } = seeds as { from: unknown; to: unknown };
    if (!Number.isInteger(from) || !Number.isInteger(to) || !((from as number) >= 0) || !((to as number) >= (from as number))) {
      fail(`${source}: seeds range needs integers 0 ≤ from ≤ to`);
    }
  } else fail(`${source}: 'seeds' must be a list or {from, to}`);
  const params = g.params ?? {};
  if (params === null || typeof params !== 'object' || Array.isArray(params)) fail(`${source}: 'params' must be an object`);
  const sweepable = study.sweepable ?? [];
  const base = study.configs[profile as 'quick' | 'full'] as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(params as Record<string, unknown>)) {
    if (!(k in base)) fail(`${source}: unknown key '${k}' for study '${study.id}' (sweepable: ${sweepable.join(', ') || 'none'})`);
    if (k === 'seed') fail(`${source}: give seeds in 'seeds', not in params`);
    if (!sweepable.includes(k))
      fail(`${source}: key '${k}' is not sweepable for study '${study.id}' (sweepable: ${sweepable.join(', ') || 'none'})`);
    if (Array.isArray(v)) {
      if (v.length === 0) fail(`${source}: params.${k} is an empty list`);
      v.forEach((x, i) => {
        const ok = (typeof x === 'number' && Number.isFinite(x)) || typeof x === 'string' || typeof x === 'boolean';
        if (!ok) fail(`${source}: params.${k}[${i}] must be a finite number, string or boolean`);
        if (typeof x !== typeof base[k]) fail(`${source}: params.${k}[${i}] has type ${typeof x}, expected ${typeof base[k]}`);
      });
    } else if (v && typeof v === 'object') {
      if (typeof base[k] !== 'number') fail(`${source}: params.${k} is a range but the key is not numeric`);
    } else fail(`${source}: params.${k} must be a list or a range {from, to, step|num}`);
  }
  const integerKeys = Object.keys(params as object).filter((k) => Number.isInteger(base[k]));
  return { profile: profile as 'quick' | 'full', seeds: seeds as GridSpec['seeds'], params: params as GridSpec['params'], integerKeys };
}

/** Canonical JSON (sorted keys) for hashing. */
function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}

/** The stable job id: the first 16 hex digits of sha256(study, profile, overrides, seed). */
export function jobId(study: string, profile: string, overrides: Record<string, GridValue>, seed: number): string {
  return createHash('sha256').update(canonical({ study, profile, overrides, seed })).digest('hex').slice(0, 16);
}

function rangeLength(r: GridRange): number {
  if (r.num !== undefined) return r.num;
  if (typeof r.step === 'number' && r.step > 0) return Math.floor((r.to - r.from) / r.step + 1e-9) + 1;
  return 1;
}

/**
 * The number of jobs a grid expands to, counted without expanding it (an upper bound
 * where an integer range's rounding later merges values).
 */
export function countJobs(spec: GridSpec): number {
  const seeds = Array.isArray(spec.seeds) ? spec.seeds.length : spec.seeds.to - spec.seeds.from + 1;
  let n = seeds;
  for (const v of Object.values(spec.params)) n *= Array.isArray(v) ? v.length : Math.max(1, rangeLength(v));
  return n;
}

/**
 * Expand a grid into jobs (cartesian product of params × seeds), in a stable order.
 * @throws QuireError, before allocating anything, if the grid has more than 100,000 jobs
 */
export function expandGrid(studyId: string, spec: GridSpec): Job[] {
  const profile = spec.profile ?? 'quick';
  const count = countJobs(spec);
  // A range of integer values can only shrink when rounded, so the bound is safe to check first.
  if (!(count <= MAX_JOBS))
    fail(`grid expands to ${count > 1e15 ? count.toExponential(2) : count} jobs, more than the limit of ${MAX_JOBS}`);
  const seeds = Array.isArray(spec.seeds)
    ? spec.seeds
    : Array.from({ length: spec.seeds.to - spec.seeds.from + 1 }, (_, i) => (spec.seeds as { from: number }).from + i);
  const keys = Object.keys(spec.params).sort();
  const values = keys.map((k) => {
    const v = spec.params[k];
    if (Array.isArray(v)) return v;
    const xs = expandRange(k, v);
    return spec.integerKeys?.includes(k) ? [...new Set(xs.map((x) => Math.round(x)))] : xs;
  });
  let combos: Record<string, GridValue>[] = [{}];
  for (let i = 0; i < keys.length; i++) {
    const next: Record<string, GridValue>[] = [];
    for (const c of combos) for (const v of values[i]) next.push({ ...c, [keys[i]]: v });
    combos = next;
    if (combos.length * seeds.length > MAX_JOBS) fail(`grid expands to more than ${MAX_JOBS} jobs`);
  }
  const jobs: Job[] = [];
  for (const overrides of combos) {
    for (const seed of seeds) jobs.push({ id: jobId(studyId, profile, overrides, seed), study: studyId, profile, overrides, seed });
  }
  return jobs;
}

/** A key naming a job's config without its seed, for aggregation. */
export function configKey(job: Pick<Job, 'study' | 'profile' | 'overrides'>): string {
  return canonical({ study: job.study, profile: job.profile, overrides: job.overrides });
}
