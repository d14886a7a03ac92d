/**
 * Runs studies: resolves the config (quick, full, or overrides), times the run, and
 * returns StudyResults. Pure apart from the clock, so a sweep worker can call it too.
 */
import { QuireError } from '../core/errors.js';
import { checkParam } from '../core/schema.js';
import { finalizeClaims } from './protocol.js';
import type { Progress, Study, StudyConfig, StudyResult } from './types.js';

export interface RunOptions {
  profile: 'quick' | 'full';
  seed?: number;
  /** config overrides (e.g. from a sweep grid); unknown keys are rejected */
  overrides?: Record<string, unknown>;
}

/** The config a study will run with. @throws QuireError on an unknown override key */
export function resolveConfig(study: Study<StudyConfig>, opts: RunOptions): StudyConfig {
  const base: Record<string, unknown> = { ...study.configs[opts.profile] };
  for (const [k, v] of Object.entries(opts.overrides ?? {})) {
    if (!(k in base)) {
      throw new QuireError(`${study.id}: unknown config key '${k}' (expected one of ${Object.keys(base).join(', ')})`);
    }
    base[k] = v;
  }
  if (opts.seed !== undefined) base.seed = opts.seed;
  // Validate against the study's schema before any work, naming the field.
  if (study.schema) {
    for (const [k, p] of Object.entries(study.schema)) {
      if (k in base) checkParam(study.id, k, p, base[k]);
    }
  }
  return base as unknown as StudyConfig;
}

/** Run one study. */
export async function runStudy(study: Study<StudyConfig>, opts: RunOptions, progress: Progress = () => {}): Promise<StudyResult> {
  const config = resolveConfig(study, opts);
  const t0 = performance.now();
  const out = await study.run(config, progress);
  const seconds = (performance.now() - t0) / 1000;
  return {
    id: study.id,
    title: study.title,
    paper: study.paper,
    profile: opts.overrides && Object.keys(opts.overrides).length > 0 ? 'custom' : opts.profile,
    config,
    seconds,
    ...out,
    claims: finalizeClaims(out.claims),
    deviations: [...(study.deviations ?? [])],
  };
}

/**
 * Select studies by id list (in registry order).
 * @throws QuireError naming any unknown id
 */
export function selectStudies(all: Study<StudyConfig>[], only?: string[]): Study<StudyConfig>[] {
  if (!only || only.length === 0) return all;
  const known = new Set(all.map((s) => s.id));
  const unknown = only.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const list = all.length > 0 ? all.map((s) => s.id).join(', ') : 'none registered';
    throw new QuireError(`reproduce: unknown study ${unknown.map((u) => `'${u}'`).join(', ')} (known: ${list})`);
  }
  return all.filter((s) => only.includes(s.id));
}
