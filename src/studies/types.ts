/**
 * The study contract. A study tests a paper's claims on embedded data: `run` returns
 * metrics, a verdict per claim (with the measured effect and its uncertainty) and
 * figures as Vega-Lite specs. Studies are pure (no fs, no process), so the same code
 * runs under the CLI, in a sweep worker, and in the browser lab.
 */
import type { TopLevelSpec } from 'vega-lite';

export type Verdict = 'holds' | 'fails' | 'inconclusive';

/** A claim the study tests, as stated up front. */
export interface Claim {
  id: string;
  statement: string;
}

/** The outcome for one claim. */
export interface ClaimResult {
  id: string;
  statement: string;
  verdict: Verdict;
  /** the measured effect, in the unit named by `effectLabel` */
  effect: number;
  effectLabel: string;
  /** a confidence interval for the effect, where one exists */
  interval: [number, number] | null;
  /** how the uncertainty was obtained, e.g. "95% t-interval over 5 paired seeds" */
  uncertainty: string;
  /** the rule that turned the effect into the verdict */
  rule: string;
}

export interface Figure {
  id: string;
  title: string;
  caption?: string;
  spec: TopLevelSpec;
}

/** A small table for the report. */
export interface Table {
  id: string;
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

export type MetricValue = number | string | boolean | null | number[] | Record<string, number | string | null>;

/** What a study's run returns. */
export interface StudyOutput {
  metrics: Record<string, MetricValue>;
  claims: ClaimResult[];
  figures: Figure[];
  tables?: Table[];
}

/** Progress callback: `done` of `total` units of work, with an optional label. */
export type Progress = (done: number, total: number, label?: string) => void;

export interface PaperRef {
  title: string;
  arxiv: string;
  venue?: string;
}

/** Every config has a seed; a study's own config type adds its keys. */
export interface StudyConfig {
  seed: number;
}

export interface Study<C extends StudyConfig = StudyConfig> {
  id: string;
  title: string;
  paper: PaperRef;
  claims: Claim[];
  /** `quick` runs in seconds to a minute; `full` is the paper-scale run */
  configs: { quick: C; full: C };
  /** config keys a sweep may vary */
  sweepable?: string[];
  run(config: C, progress: Progress): Promise<StudyOutput>;
}

/** A finished run, as written to results.json. */
export interface StudyResult extends StudyOutput {
  id: string;
  title: string;
  paper: PaperRef;
  profile: 'quick' | 'full' | 'custom';
  config: StudyConfig;
  seconds: number;
}
