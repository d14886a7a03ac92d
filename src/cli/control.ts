/**
 * `quire control`: Riccati solves (dare), H∞ state feedback at a given γ (hinf), and
 * Lipschitz estimates of task-to-controller maps (lipschitz).
 */
import { Option, type Command } from 'commander';
import { QuireError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { type Mat, toRows } from '../core/linalg.js';
import {
  closedLoopGain,
  dhinf,
  doubleIntegratorFamily,
  gammaStar,
  hinf,
  lipschitz,
  planarQuadrotorFamily,
  solveCARE,
  solveDARE,
  type ControllerSpec,
} from '../control/index.js';
import { action, parseIntArg, parseNumberArg, printJson, readJsonMatrix } from './common.js';
import { progressBar } from './progress.js';

interface MatrixOpts {
  A: string;
  B: string;
  Q: string;
  R: string;
  S?: string;
  E?: string;
  D?: string;
  continuous?: boolean;
  json?: boolean;
}

function fmtRows(name: string, rows: number[][]): string {
  return `${name} =\n${rows.map((r) => '  ' + r.map((x) => x.toPrecision(10)).join('  ')).join('\n')}`;
}

export function register(program: Command): void {
  const control = program
    .command('control')
    .description('LQR and H∞ Riccati solvers; task-to-controller Lipschitz constants (arXiv 2605.06992)');

  control
    .command('dare')
    .description(
      'stabilizing solution of the discrete (or, with --continuous, continuous) algebraic Riccati equation; K = (R + BᵀPB)⁻¹BᵀPA',
    )
    .requiredOption('--A <file>', 'n×n state matrix (JSON array of rows)')
    .requiredOption('--B <file>', 'n×m input matrix (JSON array of rows)')
    .requiredOption('--Q <file>', 'n×n symmetric state weight (JSON)')
    .requiredOption('--R <file>', 'm×m symmetric nonsingular input weight (JSON)')
    .option('--S <file>', 'n×m cross weight (JSON)')
    .option('--E <file>', 'n×n nonsingular descriptor matrix (JSON)')
    .option('--continuous', 'solve the continuous-time CARE instead (K = R⁻¹BᵀP)')
    .option('--json', 'print one JSON object {P, K, residual, relativeResidual, closedLoopEigenvalues}')
    .action(
      action((o: MatrixOpts) => {
        const opts = { S: o.S === undefined ? undefined : readJsonMatrix(o.S), E: o.E === undefined ? undefined : readJsonMatrix(o.E) };
        const args = [readJsonMatrix(o.A), readJsonMatrix(o.B), readJsonMatrix(o.Q), readJsonMatrix(o.R)] as const;
        const r = o.continuous ? solveCARE(...args, opts) : solveDARE(...args, opts);
        const out = {
          P: toRows(r.P),
          K: toRows(r.K),
          residual: r.residual,
          relativeResidual: r.relativeResidual,
          closedLoopEigenvalues: r.closedLoopEigenvalues,
        };
        if (o.json) return printJson(out);
        console.log(
          `${fmtRows('P', out.P)}\n${fmtRows('K', out.K)}\nresidual ${r.residual.toExponential(3)} (relative ${r.relativeResidual.toExponential(3)})`,
        );
      }),
    );

  control
    .command('hinf')
    .description('H∞ state feedback at level γ via the game Riccati equation (B̃ = [B D], R̃ = diag(R, −γ²I)); reports infeasible γ')
    .requiredOption('--A <file>', 'n×n state matrix (JSON)')
    .requiredOption('--B <file>', 'n×m control input matrix (JSON)')
    .requiredOption('--D <file>', 'n×q disturbance input matrix (JSON)')
    .requiredOption('--Q <file>', 'n×n symmetric state weight ⪰ 0 (JSON)')
    .requiredOption('--R <file>', 'm×m symmetric positive definite input weight (JSON)')
    .requiredOption('--gamma <g>', 'attenuation level γ > 0', parseNumberArg)
    .option('--continuous', 'continuous time (default discrete)')
    .option('--gamma-star', 'also compute γ* by bisection')
    .option('--json', 'print one JSON object {P, K, feasible, ...}')
    .action(
      action((o: MatrixOpts & { gamma: number; gammaStar?: boolean }) => {
        const args = [
          readJsonMatrix(o.A),
          readJsonMatrix(o.B),
          readJsonMatrix(o.D as string),
          readJsonMatrix(o.Q),
          readJsonMatrix(o.R),
        ] as const;
        const r = o.continuous ? hinf(...args, o.gamma) : dhinf(...args, o.gamma);
        const discrete = !o.continuous;
        const out: Record<string, unknown> = {
          P: r.P ? toRows(r.P) : null,
          K: r.K ? toRows(r.K) : null,
          feasible: r.feasible,
          gamma: o.gamma,
        };
        if (!r.feasible) out.reason = r.reason;
        else out.closedLoopGain = closedLoopGain(args[0], args[1], args[2], args[3], args[4], r.K as Mat, { discrete });
        if (o.gammaStar) out.gammaStar = gammaStar(...args, { discrete });
        if (o.json) return printJson(out);
        if (!r.feasible) console.log(`γ = ${o.gamma} is infeasible: ${r.reason}`);
        else
          console.log(
            `${fmtRows('P', out.P as number[][])}\n${fmtRows('K', out.K as number[][])}\nclosed-loop gain ${(out.closedLoopGain as number).toPrecision(6)} < γ = ${o.gamma}`,
          );
        if (o.gammaStar) console.log(`γ* = ${(out.gammaStar as number).toPrecision(10)}`);
      }),
    );

  control
    .command('lipschitz')
    .description(
      'Lipschitz constant of the task map θ ↦ K(θ) on sampled tasks: pairwise ratios, analytic Jacobian (Riccati sensitivity) and its finite-difference check',
    )
    .addOption(new Option('--family <name>', 'task family').choices(['quadrotor', 'double-integrator']).default('quadrotor'))
    .addOption(new Option('--controller <kind>', 'controller design').choices(['lqr', 'hinf', 'hinf-relative']).default('lqr'))
    .option('--gamma <g>', 'fixed γ for --controller hinf', parseNumberArg)
    .option('--c <c>', 'margin c > 1 for --controller hinf-relative (γ = c·γ*(θ))', parseNumberArg, 1.5)
    .option('--tasks <n>', 'number of sampled tasks (2–2000)', parseIntArg, 30)
    .option('--seed <s>', 'seed of the task sample', parseIntArg, 1)
    .option('--json', 'print one JSON object')
    .action(
      action((o: { family: string; controller: string; gamma?: number; c: number; tasks: number; seed: number; json?: boolean }) => {
        if (!(o.tasks >= 2 && o.tasks <= 2000)) throw new QuireError(`control lipschitz: --tasks must be in [2, 2000], got ${o.tasks}`);
        const fam = o.family === 'quadrotor' ? planarQuadrotorFamily() : doubleIntegratorFamily();
        let spec: ControllerSpec;
        if (o.controller === 'lqr') spec = { kind: 'lqr' };
        else if (o.controller === 'hinf') {
          if (o.gamma === undefined) throw new QuireError('control lipschitz: --controller hinf needs --gamma');
          spec = { kind: 'hinf', gamma: o.gamma };
        } else spec = { kind: 'hinf-relative', c: o.c };
        const rng = new Rng(o.seed);
        const thetas = Array.from({ length: o.tasks }, () => fam.lower.map((lo, i) => lo + (fam.upper[i] - lo) * rng.uniform()));
        const bar = progressBar('lipschitz', { quiet: o.json });
        const est = lipschitz(fam, spec, thetas);
        bar.stop();
        const out = {
          family: fam.id,
          params: fam.paramNames,
          controller: spec,
          tasks: o.tasks,
          seed: o.seed,
          pairwise: est.pairwise,
          analytic: est.analytic,
          fd: est.fd,
          infeasible: est.infeasible,
        };
        if (o.json) return printJson(out);
        console.log(
          `${fam.id}, ${o.controller}${spec.kind === 'hinf' ? ` γ=${spec.gamma}` : spec.kind === 'hinf-relative' ? ` γ=${spec.c}·γ*(θ)` : ''}, ${o.tasks} tasks (seed ${o.seed})\n` +
            `  pairwise max ‖ΔK‖/‖Δθ‖  ${est.pairwise.toPrecision(6)}\n  analytic max ‖∂K/∂θ‖₂   ${est.analytic.toPrecision(6)}\n  finite-difference check  ${est.fd.toPrecision(6)}\n  infeasible tasks         ${est.infeasible}`,
        );
      }),
    );
}
