/**
 * The claim protocol. A claim declares its metric, test, α, n and MDE before it runs
 * (`Claim.protocol`); `judgeClaim` turns its evidence into a ClaimResult, with its
 * competence gate and its negative control; `finalizeClaims` (called by the runner)
 * applies Holm's correction across a study's paper claims and settles each verdict:
 *
 * 1. a failed competence gate → inconclusive (the model never learned the task);
 * 2. otherwise the Holm-adjusted one-sided p-values decide: holds if p_holds < α,
 *    fails if p_fails < α, else inconclusive;
 * 3. a negative control that itself comes out `holds` shows the test cannot fail →
 *    inconclusive, and the reason says so.
 *
 * Sanity checks (kind 'sanity') are judged at their own α, outside the Holm family.
 */
import { QuireError } from '../core/errors.js';
import { describeRule, holm, rulePValues, type Evidence, type Rule } from './inference.js';
import type { Claim, ClaimResult, Verdict } from './types.js';

export interface JudgeOptions {
  rule: Rule;
  /** the unit of the effect, e.g. "accuracy difference (diffusion − shortest path)" */
  effectLabel: string;
  /** the competence gate, evaluated by the study before judging */
  gate?: { passed: boolean; detail?: string };
  /** the same test on a configuration where the claim should not hold */
  negativeControl?: { description?: string; evidence: Evidence; rule?: Rule };
  /** MDE of this run (in the claim's effect units), where the study computed it */
  mde?: number | null;
  /** extra words for the uncertainty column */
  note?: string;
}

function verdictFromP(holds: number, fails: number, alpha: number): Verdict {
  if (holds < alpha) return 'holds';
  if (fails < alpha) return 'fails';
  return 'inconclusive';
}

/** The verdict of evidence under a rule at level α, with no adjustment (negative controls, sanity checks). */
export function judgeEvidence(evidence: Evidence, rule: Rule): Verdict {
  const p = rulePValues(evidence, rule);
  return verdictFromP(p.holds, p.fails, evidence.alpha);
}

/**
 * Judge one claim on its evidence. The verdict here is unadjusted; the runner's
 * `finalizeClaims` applies Holm across the study's paper claims.
 * @throws QuireError if the claim declares a gate but none is evaluated, or vice versa
 */
export function judgeClaim(claim: Claim, evidence: Evidence, opts: JudgeOptions): ClaimResult {
  if (claim.gate !== undefined && opts.gate === undefined) {
    throw new QuireError(`judgeClaim: claim '${claim.id}' declares a competence gate but none was evaluated`);
  }
  const p = rulePValues(evidence, opts.rule);
  const decl = claim.protocol;
  const nc = opts.negativeControl;
  const result: ClaimResult = {
    id: claim.id,
    statement: claim.statement,
    verdict: verdictFromP(p.holds, p.fails, evidence.alpha),
    effect: evidence.estimate,
    effectLabel: opts.effectLabel,
    interval: evidence.interval,
    uncertainty: `${Math.round((1 - 2 * evidence.alpha) * 1000) / 10}% interval, ${evidence.test}${opts.note ? `; ${opts.note}` : ''}`,
    rule: describeRule(opts.rule, evidence.alpha, false),
    kind: claim.kind ?? 'paper',
    origin: claim.origin ?? 'paper',
    protocol: {
      metric: decl?.metric ?? opts.effectLabel,
      test: decl?.test ?? evidence.test,
      alpha: evidence.alpha,
      n: evidence.n,
      nUnit: decl?.n.unit ?? '',
      mde: opts.mde ?? null,
      mdeUnit: decl?.mde.unit ?? opts.effectLabel,
      mdeHow: decl?.mde.how ?? '',
      ...(decl?.band ? { band: decl.band } : {}),
    },
    pValues: { holds: p.holds, fails: p.fails, adjustedHolds: p.holds, adjustedFails: p.fails, family: 1 },
    decision: opts.rule,
    negativeControl: nc
      ? {
          description: nc.description ?? claim.negativeControl ?? 'negative control',
          verdict: judgeEvidence(nc.evidence, nc.rule ?? opts.rule),
          effect: nc.evidence.estimate,
          interval: nc.evidence.interval,
        }
      : null,
    ...(nc ? {} : claim.noNegativeControl ? { noNegativeControl: claim.noNegativeControl } : {}),
    gate: opts.gate
      ? {
          description: claim.gate ?? 'competence gate',
          passed: opts.gate.passed,
          ...(opts.gate.detail ? { detail: opts.gate.detail } : {}),
        }
      : null,
  };
  return settle(result);
}

/** Apply the gate and the negative control to a result whose p-values are set. */
function settle(r: ClaimResult): ClaimResult {
  const out: ClaimResult = { ...r };
  delete out.reason;
  if (r.pValues && r.protocol) out.verdict = verdictFromP(r.pValues.adjustedHolds, r.pValues.adjustedFails, r.protocol.alpha);
  if (r.gate && !r.gate.passed) {
    out.verdict = 'inconclusive';
    out.reason = `competence gate failed: ${r.gate.description}${r.gate.detail ? ` (${r.gate.detail})` : ''}; the claim is not judged`;
  } else if (r.negativeControl && r.negativeControl.verdict === 'holds') {
    out.verdict = 'inconclusive';
    out.reason = `the negative control (${r.negativeControl.description}) also holds, so this test cannot fail as run`;
  }
  return out;
}

/**
 * Holm's correction across the paper claims that carry p-values, separately for the
 * "holds" and the "fails" direction, then the gate and negative-control overrides.
 * Claims judged the legacy way (no p-values) pass through unchanged.
 */
export function finalizeClaims(claims: ClaimResult[]): ClaimResult[] {
  const family = claims.filter((c) => c.kind === 'paper' && c.pValues && c.protocol);
  const k = family.length;
  const adjHolds = holm(family.map((c) => c.pValues!.holds));
  const adjFails = holm(family.map((c) => c.pValues!.fails));
  const adjusted = new Map<ClaimResult, { h: number; f: number }>();
  family.forEach((c, i) => adjusted.set(c, { h: adjHolds[i], f: adjFails[i] }));
  return claims.map((c) => {
    if (!c.pValues || !c.protocol) return c;
    const a = adjusted.get(c);
    const pValues = a ? { ...c.pValues, adjustedHolds: a.h, adjustedFails: a.f, family: k } : { ...c.pValues, family: 1 };
    const rule = c.decision && a && k > 1 ? describeRule(c.decision, c.protocol.alpha, true) + `, across ${k} paper claims` : c.rule;
    return settle({ ...c, pValues, rule });
  });
}
