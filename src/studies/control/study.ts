/**
 * Study `control`: why safety fails to generalize across tasks (arXiv 2605.06992), on our
 * reconstruction (src/control/README.md): the map from a task θ to its optimal controller K(θ)
 * is less smooth with the H∞ safety requirement than without, and more so as γ → γ*.
 */
import type { Claim, ClaimResult, Figure, Study, StudyConfig, Table } from '../types.js';
import { judgeInterval } from '../verdict.js';
import { meanCI, pairedDifference } from '../../core/stats.js';
import { lipschitzUnits, runLipschitz, type LipschitzPart } from './lipschitz.js';

export interface ControlConfig extends StudyConfig {
  /** sampled tasks per family for the Lipschitz estimates */
  tasks: number;
  /** margins c of γ = c·γ*(θ) */
  margins: number[];
  /** fixed γ = k·max_θ γ*(θ) */
  fixedMultiples: number[];
  /** the margin c at which claim 1 is judged */
  claimMargin: number;
}

const claims: Claim[] = [
  {
    id: 'safety-raises-lipschitz',
    statement:
      'Adding the H∞ safety requirement raises the Lipschitz constant of the task-to-controller map θ ↦ K(θ) (planar quadrotor, γ = c·γ*(θ)): the per-task ratio ‖∂K_H∞/∂θ‖ / ‖∂K_LQR/∂θ‖ exceeds 1',
  },
  {
    id: 'tighter-margin-less-smooth',
    statement: 'The H∞ map gets less smooth as the margin shrinks: ‖∂K_H∞/∂θ‖ at the smallest c exceeds that at the largest c (per task)',
  },
];

function geoEffect(logs: number[]): { estimate: number; lower: number; upper: number } {
  const ci = meanCI(logs);
  return { estimate: Math.exp(ci.estimate), lower: Math.exp(ci.lower), upper: Math.exp(ci.upper) };
}

function judgeLipschitz(part: LipschitzPart, cfg: ControlConfig): ClaimResult[] {
  const fam = 'planar-quadrotor';
  const rows = part.rows.filter((r) => r.family === fam);
  const lqr = rows.find((r) => r.controller === 'LQR');
  const rel = rows.filter((r) => r.controller.startsWith('H∞, γ = c'));
  const at = rel.find((r) => r.margin === cfg.claimMargin);
  const out: ClaimResult[] = [];
  if (lqr && at) {
    const logs = lqr.local.map((l, i) => Math.log(at.local[i] / l)).filter((x) => Number.isFinite(x));
    out.push(
      judgeInterval(claims[0], geoEffect(logs), {
        threshold: 1,
        direction: 'greater',
        effectLabel: `geometric-mean ratio ‖∂K_H∞/∂θ‖₂ / ‖∂K_LQR/∂θ‖₂ over tasks at c = ${cfg.claimMargin}`,
        uncertainty: `95% t-interval of the mean log-ratio over ${logs.length} sampled tasks, exponentiated`,
      }),
    );
  }
  const sorted = [...rel].sort((a, b) => (a.margin as number) - (b.margin as number));
  if (sorted.length >= 2) {
    const lo = sorted[0];
    const hi = sorted[sorted.length - 1];
    const a: number[] = [];
    const b: number[] = [];
    lo.local.forEach((v, i) => {
      if (Number.isFinite(v) && Number.isFinite(hi.local[i])) {
        a.push(Math.log(v));
        b.push(Math.log(hi.local[i]));
      }
    });
    const d = pairedDifference(a, b);
    out.push(
      judgeInterval(
        claims[1],
        { estimate: Math.exp(d.estimate), lower: Math.exp(d.lower), upper: Math.exp(d.upper) },
        {
          threshold: 1,
          direction: 'greater',
          effectLabel: `geometric-mean ratio ‖∂K/∂θ‖ at c = ${lo.margin} over c = ${hi.margin}`,
          uncertainty: `95% paired t-interval of the log-ratio over ${a.length} tasks, exponentiated`,
        },
      ),
    );
  }
  return out;
}

function lipschitzFigures(part: LipschitzPart): Figure[] {
  const curve: Record<string, string | number>[] = [];
  for (const r of part.rows) {
    if (r.controller === 'LQR') continue;
    curve.push({ family: r.family, design: r.controller, margin: r.margin as number, estimate: 'analytic sup ‖∂K/∂θ‖', L: r.analytic });
    curve.push({ family: r.family, design: r.controller, margin: r.margin as number, estimate: 'pairwise max ratio', L: r.pairwise });
  }
  const lqr = part.rows.filter((r) => r.controller === 'LQR').map((r) => ({ family: r.family, L: r.analytic }));
  const perTask: Record<string, string | number>[] = [];
  for (const r of part.rows) {
    if (!r.controller.startsWith('H∞, γ = c')) continue;
    const base = part.rows.find((x) => x.family === r.family && x.controller === 'LQR');
    if (!base) continue;
    r.local.forEach((v, i) => {
      const ratio = v / base.local[i];
      if (Number.isFinite(ratio)) perTask.push({ family: r.family, c: r.margin as number, ratio });
    });
  }
  return [
    {
      id: 'lipschitz-vs-margin',
      title: 'Lipschitz constant of θ ↦ K(θ): H∞ vs LQR as the margin varies',
      caption:
        'Sampled Lipschitz constants of the task map for H∞ at γ = c·γ*(θ) and at a fixed γ = k·max γ*, against the margin (c or k). Dashed rule: LQR (analytic sup). Both estimates: the sampled sup of the analytic Jacobian norm and the max pairwise finite-difference ratio.',
      spec: {
        $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
        facet: { column: { field: 'family', type: 'nominal' } },
        resolve: { scale: { y: 'independent' } },
        spec: {
          width: 260,
          height: 200,
          layer: [
            {
              data: { values: curve },
              mark: { type: 'line', point: true },
              encoding: {
                x: { field: 'margin', type: 'quantitative', scale: { type: 'log' }, title: 'margin c (or k)' },
                y: { field: 'L', type: 'quantitative', title: 'Lipschitz constant' },
                color: { field: 'design', type: 'nominal' },
                strokeDash: { field: 'estimate', type: 'nominal' },
              },
            },
            {
              data: { values: lqr },
              mark: { type: 'rule', strokeDash: [4, 4], color: 'black' },
              encoding: { y: { field: 'L', type: 'quantitative' } },
            },
          ],
        },
        data: { values: curve },
      } as never,
    },
    {
      id: 'local-ratio',
      title: 'Per-task local Lipschitz ratio ‖∂K_H∞/∂θ‖ / ‖∂K_LQR/∂θ‖',
      caption: 'Each point is one sampled task; the ratio exceeds 1 where safety makes the map locally steeper.',
      spec: {
        $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
        data: { values: perTask },
        facet: { column: { field: 'family', type: 'nominal' } },
        spec: {
          width: 260,
          height: 200,
          layer: [
            {
              mark: { type: 'point', opacity: 0.5 },
              encoding: {
                x: { field: 'c', type: 'quantitative', scale: { type: 'log' }, title: 'c (γ = c·γ*(θ))' },
                y: { field: 'ratio', type: 'quantitative', scale: { type: 'log' }, title: 'local ratio H∞ / LQR' },
              },
            },
            {
              mark: { type: 'line', color: 'firebrick' },
              encoding: { x: { field: 'c', type: 'quantitative' }, y: { aggregate: 'mean', field: 'ratio', type: 'quantitative' } },
            },
          ],
        },
      } as never,
    },
  ];
}

function lipschitzTable(part: LipschitzPart): Table {
  return {
    id: 'lipschitz',
    title: 'Lipschitz constants of θ ↦ K(θ) (Frobenius on K, Euclidean on θ)',
    columns: ['family', 'design', 'c or k', 'γ', 'pairwise max', 'analytic sup', 'finite-diff check', 'infeasible tasks'],
    rows: part.rows.map((r) => [r.family, r.controller, r.margin, r.gamma, r.pairwise, r.analytic, r.fd, r.infeasible]),
  };
}

export const controlStudy: Study<ControlConfig> = {
  id: 'control',
  title: 'Safety makes task-to-controller maps less smooth (LQR vs H∞)',
  paper: { title: 'Why Does Agentic Safety Fail to Generalize Across Tasks?', arxiv: '2605.06992' },
  claims,
  configs: {
    quick: { seed: 1, tasks: 12, margins: [1.05, 1.2, 2, 5], fixedMultiples: [1.05, 2], claimMargin: 1.2 },
    full: { seed: 1, tasks: 80, margins: [1.02, 1.05, 1.1, 1.2, 1.5, 2, 3, 5, 10], fixedMultiples: [1.02, 1.1, 1.5, 3], claimMargin: 1.2 },
  },
  sweepable: ['tasks', 'claimMargin'],
  async run(cfg, progress) {
    const total = lipschitzUnits(cfg);
    const part = runLipschitz(cfg, (done, label) => progress(done, total, label));
    const out = judgeLipschitz(part, cfg);
    const metrics: Record<string, number | string> = {};
    for (const r of part.rows) {
      const key = `${r.family}/${r.controller === 'LQR' ? 'lqr' : r.controller.startsWith('H∞, γ = c') ? `hinf-c${r.margin}` : `hinf-fixed-k${r.margin}`}`;
      metrics[`${key}/analytic`] = r.analytic;
      metrics[`${key}/pairwise`] = r.pairwise;
    }
    for (const [fam, gs] of Object.entries(part.gammaStars)) {
      metrics[`${fam}/gammaStar-min`] = Math.min(...gs);
      metrics[`${fam}/gammaStar-max`] = Math.max(...gs);
    }
    return { metrics, claims: out, figures: lipschitzFigures(part), tables: [lipschitzTable(part)] };
  },
};
