/**
 * Study `control`: why safety fails to generalize across tasks (arXiv 2605.06992), on our
 * reconstruction (src/control/README.md): the map from a task θ to its optimal controller K(θ)
 * is less smooth with the H∞ safety requirement than without, and more so as γ → γ*.
 */
import type { Claim, ClaimResult, Figure, Study, StudyConfig, Table } from '../types.js';
import { judgeInterval } from '../verdict.js';
import { meanCI, pairedDifference } from '../../core/stats.js';
import { lipschitzUnits, runLipschitz, type LipschitzPart } from './lipschitz.js';
import { agentUnits, bootstrap, meanOf, pick, rate, runAgents, type AgentPart } from './agent.js';

export interface ControlConfig extends StudyConfig {
  /** sampled tasks per family for the Lipschitz estimates */
  tasks: number;
  /** margins c of γ = c·γ*(θ) */
  margins: number[];
  /** fixed γ = k·max_θ γ*(θ) */
  fixedMultiples: number[];
  /** the margin c at which claim 1 is judged, and the agents' safety level γ = c·γ*(θ) */
  claimMargin: number;
  /** tasks the agents imitate */
  trainTasks: number;
  /** unseen tasks the agents are judged on */
  testTasks: number;
  /** Adam steps per agent */
  agentSteps: number;
  /** hidden width of the agents' MLP (2 hidden layers) */
  agentHidden: number;
  /** minibatch rows */
  agentBatch: number;
  /** imitation states sampled per training task */
  statesPerTask: number;
  /** execution success: final position error ≤ reachTol (m) */
  reachTol: number;
  /** execution horizon (steps of dt = 0.05 s) */
  horizon: number;
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
  {
    id: 'safety-gap-exceeds-execution-gap',
    statement:
      'An MLP agent imitating the safe (H∞) controllers loses more safety than execution on unseen tasks: (train − test rate of gain ≤ γ) − (train − test rate of goal reached) > 0',
  },
  {
    id: 'safe-map-harder-to-learn',
    statement:
      "The safe controller map is harder to learn: the H∞ agent's controller-imitation error grows more from training to unseen tasks than the LQR agent's (ratio of test/train error ratios > 1)",
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

function judgeAgents(part: AgentPart, cfg: ControlConfig): ClaimResult[] {
  const h = part.runs.find((r) => r.design === 'H∞');
  const l = part.runs.find((r) => r.design === 'LQR');
  if (!h || !l) return [];
  const gap = bootstrap(
    h.train.length,
    h.test.length,
    (a, b) => {
      const tr = pick(h.train, a);
      const te = pick(h.test, b);
      return rate(tr, 'safe') - rate(te, 'safe') - (rate(tr, 'reached') - rate(te, 'reached'));
    },
    cfg.seed * 31 + 1,
  );
  const learn = bootstrap(
    h.train.length,
    h.test.length,
    (a, b) => {
      const gh = meanOf(pick(h.test, b), 'gainError') / meanOf(pick(h.train, a), 'gainError');
      const gl = meanOf(pick(l.test, b), 'gainError') / meanOf(pick(l.train, a), 'gainError');
      return gh / gl;
    },
    cfg.seed * 31 + 2,
  );
  return [
    judgeInterval(claims[2], gap, {
      threshold: 0,
      direction: 'greater',
      effectLabel: 'safety gap − execution gap (differences of success rates, train − test), H∞ agent',
      uncertainty: `95% percentile bootstrap (2000 resamples of ${h.train.length} training and ${h.test.length} unseen tasks), one agent seed`,
    }),
    judgeInterval(claims[3], learn, {
      threshold: 1,
      direction: 'greater',
      effectLabel: '(test/train ‖K̂ − K‖/‖K‖ of the H∞ agent) / (same for the LQR agent)',
      uncertainty: `95% percentile bootstrap over tasks (paired: both agents share the tasks), one agent seed per design`,
    }),
  ];
}

function agentFigure(part: AgentPart): Figure {
  const vals: Record<string, string | number>[] = [];
  for (const r of part.runs) {
    for (const [split, sc] of [
      ['train tasks', r.train],
      ['unseen tasks', r.test],
    ] as const) {
      vals.push({ agent: `${r.design} agent`, split, metric: 'execution: goal reached', rate: rate(sc, 'reached') });
      vals.push({ agent: `${r.design} agent`, split, metric: 'safety: gain ≤ γ(θ)', rate: rate(sc, 'safe') });
    }
  }
  return {
    id: 'generalization-gap',
    title: 'MLP agents on training vs unseen tasks: execution and safety',
    caption:
      'Success rates of the imitation agents. Execution: final position error ≤ reachTol after the horizon. Safety: the closed-loop disturbance gain of the agent linearized at the goal is ≤ γ(θ) = c·γ*(θ). The LQR agent is not designed for the safety level; it is shown for reference.',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      data: { values: vals },
      facet: { column: { field: 'agent', type: 'nominal' } },
      spec: {
        width: 220,
        height: 180,
        mark: 'bar',
        encoding: {
          x: { field: 'metric', type: 'nominal', title: null },
          xOffset: { field: 'split', type: 'nominal' },
          y: { field: 'rate', type: 'quantitative', scale: { domain: [0, 1] }, title: 'success rate' },
          color: { field: 'split', type: 'nominal' },
        },
      },
    } as never,
  };
}

function agentTable(part: AgentPart): Table {
  const rows: (string | number | null)[][] = [];
  for (const r of part.runs) {
    for (const [split, sc] of [
      ['train', r.train],
      ['unseen', r.test],
    ] as const) {
      rows.push([
        `${r.design} agent`,
        split,
        sc.length,
        rate(sc, 'reached'),
        rate(sc, 'safe'),
        meanOf(sc, 'excessCost'),
        meanOf(sc, 'gainError'),
        sc.reduce((a, x) => a + x.gain, 0) / sc.length,
      ]);
    }
  }
  return {
    id: 'agents',
    title: 'Imitation agents: execution and safety on training and unseen tasks',
    columns: ['agent', 'tasks', 'n', 'goal reached', 'gain ≤ γ', 'mean excess cost', 'mean ‖K̂ − K‖/‖K‖', 'mean gain'],
    rows,
  };
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
    quick: {
      seed: 1,
      tasks: 12,
      margins: [1.05, 1.2, 2, 5],
      fixedMultiples: [1.05, 2],
      claimMargin: 1.2,
      trainTasks: 16,
      testTasks: 32,
      agentSteps: 500,
      agentHidden: 32,
      agentBatch: 128,
      statesPerTask: 64,
      reachTol: 0.05,
      horizon: 120,
    },
    full: {
      seed: 1,
      tasks: 80,
      margins: [1.02, 1.05, 1.1, 1.2, 1.5, 2, 3, 5, 10],
      fixedMultiples: [1.02, 1.1, 1.5, 3],
      claimMargin: 1.2,
      trainTasks: 48,
      testTasks: 100,
      agentSteps: 3000,
      agentHidden: 64,
      agentBatch: 256,
      statesPerTask: 128,
      reachTol: 0.05,
      horizon: 120,
    },
  },
  sweepable: ['tasks', 'claimMargin', 'trainTasks', 'testTasks', 'agentSteps', 'agentHidden', 'statesPerTask', 'reachTol'],
  async run(cfg, progress) {
    const lu = lipschitzUnits(cfg);
    const total = lu + agentUnits(cfg);
    const part = runLipschitz(cfg, (done, label) => progress(done, total, label));
    const agents = await runAgents(cfg, (done, label) => progress(lu + done, total, label));
    const out = [...judgeLipschitz(part, cfg), ...judgeAgents(agents, cfg)];
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
    for (const r of agents.runs) {
      const k = r.design === 'LQR' ? 'agent-lqr' : 'agent-hinf';
      metrics[`${k}/train-reached`] = rate(r.train, 'reached');
      metrics[`${k}/test-reached`] = rate(r.test, 'reached');
      metrics[`${k}/train-safe`] = rate(r.train, 'safe');
      metrics[`${k}/test-safe`] = rate(r.test, 'safe');
      metrics[`${k}/train-gain-error`] = meanOf(r.train, 'gainError');
      metrics[`${k}/test-gain-error`] = meanOf(r.test, 'gainError');
      metrics[`${k}/final-loss`] = r.finalLoss;
      metrics[`${k}/parameters`] = r.parameters;
    }
    return {
      metrics,
      claims: out,
      figures: [...lipschitzFigures(part), agentFigure(agents)],
      tables: [lipschitzTable(part), agentTable(agents)],
    };
  },
};
