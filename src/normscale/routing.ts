/**
 * Weight-decay routing for scale vectors. Parameter paths (see model.ts):
 *   Input-Norm scales  …`.in.`… and `final.in.`… (γ, γ_b, α, β of the norms before attention,
 *                      MLP and the LM head);
 *   Output-side scales …`.out.`… (the DP/DNP/unified vectors u_b after a linear map) and
 *                      …`.qk.`… (QK-norm γ_q, γ_k), which no linear map follows;
 *   matrices           everything else (embeddings, W_Q…, head), always decayed by `matrixDecay`.
 */
import { QuireError } from '../core/errors.js';

/** Which scale vectors get weight decay. */
export const WD_ROUTINGS = ['none', 'all', 'input', 'output'] as const;
export type WdRouting = (typeof WD_ROUTINGS)[number];

/** The role of a parameter from its dotted path. */
export function paramRole(path: string): 'input-scale' | 'output-scale' | 'matrix' {
  if (/(^|\.)in\./.test(path)) return 'input-scale';
  if (/(^|\.)(out|qk)\./.test(path)) return 'output-scale';
  return 'matrix';
}

/**
 * Per-parameter decoupled weight decay λ(path): matrices get `matrixDecay`; scale vectors get
 * `scaleDecay` when the routing selects them ('all': every scale; 'input': Input-Norm scales
 * only (IWD); 'output': output-side scales only; 'none': no scale), else 0.
 * @param routing - none | all | input | output
 * @param matrixDecay - λ for matrices, ≥ 0
 * @param scaleDecay - λ for routed scale vectors, ≥ 0
 * @returns (path) => λ, for `adamw({ weightDecay })`
 * @throws QuireError on an unknown routing or a negative decay
 * @example adamw({ weightDecay: wdRouting('input', 0.1, 0.1) })
 * @see Paper A (arXiv 2605.26895), §2 (IWD)
 */
export function wdRouting(routing: WdRouting, matrixDecay: number, scaleDecay: number): (path: string) => number {
  if (!(WD_ROUTINGS as readonly string[]).includes(routing)) {
    throw new QuireError(`wdRouting: routing is ${JSON.stringify(routing)}, expected one of ${WD_ROUTINGS.join(', ')}`);
  }
  if (!(matrixDecay >= 0 && Number.isFinite(matrixDecay)))
    throw new QuireError(`wdRouting: matrixDecay is ${matrixDecay}, expected a finite number ≥ 0`);
  if (!(scaleDecay >= 0 && Number.isFinite(scaleDecay)))
    throw new QuireError(`wdRouting: scaleDecay is ${scaleDecay}, expected a finite number ≥ 0`);
  return (path: string) => {
    const role = paramRole(path);
    if (role === 'matrix') return matrixDecay;
    const on = routing === 'all' || (routing === 'input' && role === 'input-scale') || (routing === 'output' && role === 'output-scale');
    return on ? scaleDecay : 0;
  };
}
