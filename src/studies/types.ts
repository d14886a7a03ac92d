/**
 * The study contract. A study tests a paper's claims on embedded data: `run` returns
 * metrics, a verdict per claim (with the measured effect and its uncertainty) and
 * figures as Vega-Lite specs. Studies are pure (no fs, no process), so the same code
 * runs under the CLI, in a sweep worker, and in the browser lab.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Schema } from '../core/schema.js';

export type Verdict = 'holds' | 'fails' | 'inconclusive';

/**
 * `paper`: a claim the paper makes, counted in the verdict summary and in the study's Holm
 * family. `sanity`: a consequence of the study's own model (an identity, a law of large
 * numbers); reported, but not counted as evidence for the paper.
 */
export type ClaimKind = 'paper' | 'sanity';

/** What a claim declares before it runs (the pre-registration). */
export interface ProtocolDecl {
  /** the quantity measured, with its unit */
  metric: string;
  /** the test, e.g. "paired t over seeds", "Wilcoxon signed-rank over data sets" */
  test: string;
  /** one-sided level of each direction (the reported interval is 1 − 2α) */
  alpha: number;
  /** sample size of the quick and full profiles */
  n: { quick: number; full: number; unit: string };
  /** the minimum effect each profile detects with 80 % power, and how it was derived */
  mde: { quick: number | null; full: number | null; unit: string; how: string };
  /** an equivalence band, where the claim has one, with the reason for its width */
  band?: { lower: number; upper: number; reason: string };
}

/** A claim the study tests, as stated up front. */
export interface Claim {
  id: string;
  statement: string;
  /** default 'paper' */
  kind?: ClaimKind;
  /** 'ours': a rate or threshold derived in our notes, not stated in the paper (default 'paper') */
  origin?: 'paper' | 'ours';
  protocol?: ProtocolDecl;
  /** the negative control: the same test where the claim should not hold */
  negativeControl?: string;
  /** why the claim has no negative control, where it has none */
  noNegativeControl?: string;
  /** the competence gate the model or solver must pass before the claim is judged */
  gate?: string;
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
  kind: ClaimKind;
  origin: 'paper' | 'ours';
  /** the pre-registered protocol, with n and MDE of this run; null for claims not yet under the protocol */
  protocol: {
    metric: string;
    test: string;
    alpha: number;
    n: number;
    nUnit: string;
    mde: number | null;
    mdeUnit: string;
    mdeHow: string;
    band?: { lower: number; upper: number; reason: string };
  } | null;
  /** one-sided p-values of the claim (holds) and its opposite (fails), raw and Holm-adjusted */
  pValues: { holds: number; fails: number; adjustedHolds: number; adjustedFails: number; family: number } | null;
  /** the decision rule as data, so the runner can re-judge after the Holm adjustment */
  decision: { kind: 'greater' | 'less'; threshold: number } | { kind: 'within'; lower: number; upper: number } | null;
  negativeControl: { description: string; verdict: Verdict; effect: number; interval: [number, number] | null } | null;
  /** why there is no negative control, where there is none */
  noNegativeControl?: string;
  gate: { description: string; passed: boolean; detail?: string } | null;
  /** why the verdict is what it is when a gate or a negative control overrode the test */
  reason?: string;
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
  /** label, description, type and range of each config key: drives validation, CLI help and the lab's controls */
  schema?: Schema;
  /** every change to a metric or protocol made after its results were first seen */
  deviations?: string[];
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
  deviations: string[];
}
