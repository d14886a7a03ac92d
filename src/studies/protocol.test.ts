// Oracles: scipy 1.17 (stats.ttest_1samp, wilcoxon(method='exact'|'approx'), binomtest),
// values printed by the snippet in the comment beside each case; Holm by hand.
import { describe, expect, it } from 'vitest';
import {
  binomialEvidence,
  bootstrapEvidence,
  estimateEvidence,
  holm,
  mdeBinomial,
  mdeT,
  rulePValues,
  signEvidence,
  tEvidence,
  wilcoxonEvidence,
} from './inference.js';
import { finalizeClaims, judgeClaim, judgeEvidence } from './protocol.js';
import type { Claim } from './types.js';
import { QuireError } from '../core/errors.js';

const x = [0.12, -0.03, 0.08, 0.15, 0.02, 0.11, -0.01, 0.07, 0.09, 0.04];

describe('inference: tests against scipy', () => {
  it('one-sample t: p-values and the 95 % interval', () => {
    // stats.ttest_1samp(x, 0, alternative='greater').pvalue; (x, 0.05, 'less'); .confidence_interval(0.95)
    const e = tEvidence(x);
    expect(e.pAbove(0)).toBeCloseTo(0.00346929378455919, 12);
    expect(e.pBelow(0.05)).toBeCloseTo(0.7670072445600269, 12);
    expect(e.interval[0]).toBeCloseTo(0.022397077147442795, 12);
    expect(e.interval[1]).toBeCloseTo(0.10560292285255721, 12);
  });

  it('Wilcoxon signed-rank: exact p-values and the Hodges–Lehmann estimate', () => {
    // stats.wilcoxon(x, alternative='greater', method='exact'); (x − 0.047, 'less')
    const e = wilcoxonEvidence(x);
    expect(e.pAbove(0)).toBeCloseTo(0.0068359375, 14);
    expect(e.pBelow(0.047)).toBeCloseTo(0.8125, 14);
    expect(e.estimate).toBeCloseTo(0.065, 14);
    expect(e.interval[0]).toBeLessThan(e.estimate);
    expect(e.interval[1]).toBeGreaterThan(e.estimate);
  });

  it('Wilcoxon signed-rank with ties: normal approximation with corrections', () => {
    // stats.wilcoxon(y, alternative='greater', method='approx', correction=True)
    const y = [0.1, 0.1, 0.2, -0.1, 0.3, 0.2, 0.05, 0.1, -0.05, 0.2];
    expect(wilcoxonEvidence(y).pAbove(0)).toBeCloseTo(0.015321538789749097, 10);
  });

  it('exact binomial: p-values and the Clopper–Pearson interval', () => {
    // stats.binomtest(27, 30, 0.8, 'greater'); (27, 30, 0.95, 'less'); proportion_ci(method='exact')
    const e = binomialEvidence(27, 30);
    expect(e.pAbove(0.8)).toBeCloseTo(0.12271080639416343, 12);
    expect(e.pBelow(0.95)).toBeCloseTo(0.18782118685303992, 12);
    expect(e.interval[0]).toBeCloseTo(0.7347115495257919, 10);
    expect(e.interval[1]).toBeCloseTo(0.9788828629702774, 10);
  });

  it('sign test: exact binomial over the signs', () => {
    // stats.binomtest(8, 10, 0.5, alternative='greater')
    expect(signEvidence(x).pAbove(0)).toBeCloseTo(0.0546875, 14);
  });

  it('bootstrap: the interval is the percentile interval and p counts the null side', () => {
    const reps = Array.from({ length: 99 }, (_, i) => i + 1); // 1..99
    const e = bootstrapEvidence(50, reps, { n: 10 });
    expect(e.pAbove(10)).toBeCloseTo(11 / 100, 14); // 1 + #{≤ 10}
    expect(e.pBelow(90)).toBeCloseTo(11 / 100, 14); // 1 + #{≥ 90}
    expect(e.interval[0]).toBeCloseTo(1 + 98 * 0.025, 12);
  });

  it('the interval excludes θ exactly when the one-sided p-value is below α (t and normal)', () => {
    const e = tEvidence(x);
    expect(e.pAbove(e.interval[0])).toBeCloseTo(0.025, 12);
    const n = estimateEvidence(-0.3, 0.05, { n: 8, test: 'slope' });
    expect(n.pBelow(n.interval[1])).toBeCloseTo(0.025, 12);
  });

  it('Holm: step-down adjustment, monotone in the sorted order', () => {
    expect(holm([0.01, 0.04, 0.03, 0.005])).toEqual([0.03, 0.06, 0.06, 0.02]);
  });

  it('MDE: the t multiplier at n = 5 and the binomial MDE shrink with n', () => {
    // (t.ppf(0.975, 4) + t.ppf(0.8, 4)) / sqrt(5) = (2.7764451 + 0.9409646) / 2.2360680
    expect(mdeT(5)).toBeCloseTo((2.7764451051977934 + 0.9409645772351816) / Math.sqrt(5), 10);
    expect(mdeBinomial(100, 0.5)).toBeLessThan(mdeBinomial(20, 0.5));
    expect(() => mdeT(1)).toThrow(QuireError);
  });

  it('rejects bad input by name', () => {
    expect(() => tEvidence([1])).toThrow(/values/);
    expect(() => tEvidence([1, NaN])).toThrow(/values/);
    expect(() => binomialEvidence(5, 3)).toThrow(/successes/);
    expect(() => bootstrapEvidence(0, [1, 2], { n: 2 })).toThrow(/replicates/);
    expect(() => tEvidence(x, { alpha: 0.7 })).toThrow(/alpha/);
  });
});

describe('protocol: judging, gates, negative controls, Holm', () => {
  const claim: Claim = {
    id: 'c',
    statement: 'effect > 0',
    protocol: {
      metric: 'accuracy gain',
      test: 'one-sample t over seeds',
      alpha: 0.025,
      n: { quick: 10, full: 30, unit: 'seeds' },
      mde: { quick: 0.05, full: 0.03, unit: 'accuracy', how: 'mdeT × pilot σ' },
    },
  };
  const rule = { kind: 'greater' as const, threshold: 0 };

  it('an equivalence rule needs both one-sided tests (TOST)', () => {
    const e = tEvidence(x);
    const inside = rulePValues(e, { kind: 'within', lower: -0.1, upper: 0.2 });
    expect(inside.holds).toBe(Math.max(e.pAbove(-0.1), e.pBelow(0.2)));
    expect(judgeEvidence(e, { kind: 'within', lower: -0.1, upper: 0.2 })).toBe('holds');
    expect(judgeEvidence(e, { kind: 'within', lower: 0.2, upper: 0.3 })).toBe('fails');
    expect(judgeEvidence(e, { kind: 'within', lower: 0.05, upper: 0.3 })).toBe('inconclusive');
  });

  it('a clear effect holds; its protocol fields are recorded', () => {
    const r = judgeClaim(claim, tEvidence(x), { rule, effectLabel: 'gain' });
    expect(r.verdict).toBe('holds');
    expect(r.protocol?.n).toBe(10);
    expect(r.protocol?.metric).toBe('accuracy gain');
    expect(r.kind).toBe('paper');
    expect(r.negativeControl).toBeNull();
  });

  it('a failed competence gate makes the claim inconclusive, with the reason', () => {
    const gated: Claim = { ...claim, gate: 'reaches the goal on ≥ 90 % of training tasks' };
    const r = judgeClaim(gated, tEvidence(x), { rule, effectLabel: 'gain', gate: { passed: false, detail: '44 %' } });
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toMatch(/competence gate failed.*44 %/);
    expect(() => judgeClaim(gated, tEvidence(x), { rule, effectLabel: 'gain' })).toThrow(/gate/);
  });

  it('a negative control that holds marks the claim unable to fail', () => {
    const r = judgeClaim(claim, tEvidence(x), {
      rule,
      effectLabel: 'gain',
      negativeControl: { description: 'labels shuffled', evidence: tEvidence(x) },
    });
    expect(r.negativeControl?.verdict).toBe('holds');
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toMatch(/negative control/);
    const ok = judgeClaim(claim, tEvidence(x), {
      rule,
      effectLabel: 'gain',
      negativeControl: { description: 'labels shuffled', evidence: tEvidence(x.map((v) => v - 0.065)) },
    });
    expect(ok.negativeControl?.verdict).toBe('inconclusive');
    expect(ok.verdict).toBe('holds');
  });

  it('Holm across paper claims can turn a marginal holds into inconclusive; sanity checks stay outside', () => {
    // p ≈ 0.0035 alone holds at 0.025; three claims with p ≈ 0.0035, 0.012, 0.02 → adjusted 0.0104, 0.024, 0.024
    const mk = (id: string, shift: number, kind: 'paper' | 'sanity' = 'paper') =>
      judgeClaim({ ...claim, id, kind }, tEvidence(x.map((v) => v - shift)), { rule, effectLabel: 'gain' });
    const strong = mk('a', 0);
    const marginal = mk('b', 0.018);
    expect(marginal.pValues!.holds).toBeLessThan(0.025);
    expect(marginal.verdict).toBe('holds');
    const family = [strong, marginal, mk('c', 0.018), mk('d', 0.018), mk('s', 0.018, 'sanity')];
    const out = finalizeClaims(family);
    expect(out[0].pValues!.family).toBe(4);
    expect(out[1].pValues!.adjustedHolds).toBeCloseTo(Math.min(1, 3 * marginal.pValues!.holds), 12);
    expect(out[1].verdict).toBe('inconclusive');
    expect(out[4].verdict).toBe('holds'); // sanity: its own α
    expect(out[4].pValues!.family).toBe(1);
  });
});
