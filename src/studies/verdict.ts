/**
 * Rules that turn a measured effect with an interval into a verdict, so every study
 * decides the same way: an interval wholly on the claimed side holds, wholly on the
 * other side fails, and one that straddles is inconclusive at this scale.
 */
import type { ClaimResult, Claim, Verdict } from './types.js';

/**
 * Verdict for a claim "effect > threshold" (direction 'greater') or "effect < threshold"
 * ('less'), judged on the interval [lower, upper].
 */
export function verdictFromInterval(lower: number, upper: number, threshold: number, direction: 'greater' | 'less'): Verdict {
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) return 'inconclusive';
  if (direction === 'greater') {
    if (lower > threshold) return 'holds';
    if (upper < threshold) return 'fails';
  } else {
    if (upper < threshold) return 'holds';
    if (lower > threshold) return 'fails';
  }
  return 'inconclusive';
}

/** Build a ClaimResult judged by `verdictFromInterval`. */
export function judgeInterval(
  claim: Claim,
  effect: { estimate: number; lower: number; upper: number },
  opts: { threshold: number; direction: 'greater' | 'less'; effectLabel: string; uncertainty: string },
): ClaimResult {
  const verdict = verdictFromInterval(effect.lower, effect.upper, opts.threshold, opts.direction);
  const sign = opts.direction === 'greater' ? '>' : '<';
  return {
    id: claim.id,
    statement: claim.statement,
    verdict,
    effect: effect.estimate,
    effectLabel: opts.effectLabel,
    interval: [effect.lower, effect.upper],
    uncertainty: opts.uncertainty,
    rule: `holds if the whole interval is ${sign} ${opts.threshold}; fails if it is wholly on the other side; otherwise inconclusive`,
    ...legacyProtocolFields(claim),
  };
}

/**
 * The protocol fields of a claim judged the legacy way (interval only, no p-values):
 * kind and origin from the declaration, no protocol, gate or negative control.
 */
export function legacyProtocolFields(
  claim: Claim,
): Pick<ClaimResult, 'kind' | 'origin' | 'protocol' | 'pValues' | 'decision' | 'negativeControl' | 'gate'> {
  return {
    kind: claim.kind ?? 'paper',
    origin: claim.origin ?? 'paper',
    protocol: null,
    pValues: null,
    decision: null,
    negativeControl: null,
    gate: null,
  };
}
