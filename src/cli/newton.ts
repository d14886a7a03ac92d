/**
 * `quire newton`: train the two-layer tanh network with GD, Adam, Gauss–Newton or regularized
 * Newton (`train`), and print NTK / NNTK spectra (`spectrum`).
 */
import { Command, Option } from 'commander';
import { QuireError } from '../core/errors.js';
import {
  TanhRegression,
  coefficientErrors,
  gramSpectrum,
  lambdaForWidth,
  makeData,
  nntkSpectrum,
  optimizerNames,
  targetIds,
  targets,
  train,
  trainSchema,
  type OptimizerName,
  type TargetId,
} from '../newton/index.js';
import { action, parseIntArg, parseNumberArg, printJson } from './common.js';
import { schemaHelp } from './schema.js';
import { progressBar } from './progress.js';

interface TrainCliOptions {
  optimizer: OptimizerName;
  width: number;
  points: number;
  iters: number;
  seed: number;
  target: TargetId;
  beta: number;
  lr: number;
  lambda: number;
  lambdaScaling: 'width' | 'none';
  fixedLambda: boolean;
  freezeFirstLayer: boolean;
  cgIters: number;
  solver: 'exact' | 'cg';
  json: boolean;
}

function fmt(v: number): string {
  return Number.isFinite(v) ? v.toExponential(3) : String(v);
}

export function register(program: Command): void {
  const cmd = program
    .command('newton')
    .description('regularized Newton vs gradient descent for wide two-layer tanh networks (arXiv 2605.08352)');

  cmd
    .command('train')
    .description('train f(x) = N^{-β} Σ cᵢ tanh(wᵢx + ηᵢ) on a 1-D target; print the loss curve and per-frequency coefficient errors')
    .addOption(new Option('--optimizer <name>', schemaHelp(trainSchema.optimizer)).choices([...optimizerNames]).default('newton'))
    .option('--width <N>', 'hidden width N ≥ 1', parseIntArg, 1000)
    .option('--points <M>', 'number of equispaced data points on [0, 1] (≥ 5 for the multi target)', parseIntArg, 128)
    .option('--iters <k>', schemaHelp(trainSchema.iters), parseIntArg, 1000)
    .option('--seed <s>', 'initialisation seed', parseIntArg, 0)
    .addOption(new Option('--target <id>', 'target function').choices([...targetIds]).default('multi'))
    .option('--beta <β>', 'output scaling exponent β ∈ [0.5, 1]', parseNumberArg, 0.52)
    .option('--lr <η>', schemaHelp(trainSchema.lr), parseNumberArg, 0)
    .option('--lambda <λ0>', schemaHelp(trainSchema.lambda), parseNumberArg, 1e-8)
    .addOption(new Option('--lambda-scaling <mode>', schemaHelp(trainSchema.lambdaScaling)).choices(['width', 'none']).default('width'))
    .option('--fixed-lambda', 'keep λ fixed (no Levenberg–Marquardt adaptation)', false)
    .option('--freeze-first-layer', 'train only the output weights (random-feature mode)', false)
    .addOption(new Option('--solver <name>', schemaHelp(trainSchema.solver)).choices(['exact', 'cg']).default('exact'))
    .option('--cg-iters <k>', schemaHelp(trainSchema.cgIters), parseIntArg, 10)
    .option('--json', 'print one JSON object', false)
    .action(
      action((o: TrainCliOptions) => {
        const nTerms = targets[o.target].terms.length;
        if (!(o.points >= nTerms))
          throw new QuireError(
            `newton train: --points must be ≥ ${nTerms} (the number of basis terms of the ${o.target} target), got ${o.points}`,
          );
        const { x, y } = makeData(o.target, o.points);
        const model = new TanhRegression(x, y, { width: o.width, beta: o.beta, seed: o.seed, freezeFirstLayer: o.freezeFirstLayer });
        const bar = progressBar('train', { quiet: o.json });
        let res;
        try {
          res = train(
            model,
            {
              optimizer: o.optimizer,
              iters: o.iters,
              lr: o.lr,
              lambda: o.lambda,
              lambdaScaling: o.lambdaScaling,
              adaptLambda: !o.fixedLambda,
              cgIters: o.cgIters,
              solver: o.solver,
              records: 12,
            },
            { progress: bar.progress },
          );
        } finally {
          bar.stop();
        }
        if (!Number.isFinite(res.finalLoss))
          throw new QuireError(`newton train: training diverged (loss ${res.finalLoss}); lower --lr or raise --lambda`);
        const ce = coefficientErrors(o.target, x, model.f);
        const terms = targets[o.target].terms;
        const curve = Array.from(res.iterations, (it, j) => ({
          iteration: it,
          loss: res.loss[j],
          timeMs: res.timeMs[j],
          lambda: res.lambda[j],
        }));
        if (o.json) {
          printJson({
            optimizer: o.optimizer,
            width: o.width,
            points: o.points,
            target: targets[o.target].formula,
            iters: o.iters,
            seed: o.seed,
            lr: res.lr,
            initialLoss: res.loss[0],
            finalLoss: res.finalLoss,
            seconds: res.timeMs[res.timeMs.length - 1] / 1000,
            accepted: res.accepted,
            rejected: res.rejected,
            negativeCurvature: res.negativeCurvature,
            curve,
            frequencyErrors: Object.fromEntries(terms.map((t, k) => [t.name, ce.relativeErrors[k]])),
            coefficients: Object.fromEntries(terms.map((t, k) => [t.name, ce.coefficients[k]])),
          });
          return;
        }
        const lines = [
          `${o.optimizer}: N = ${o.width}, M = ${o.points}, target ${targets[o.target].formula}, ${o.iters} iterations`,
          Number.isFinite(res.lr)
            ? `step size ${fmt(res.lr)}`
            : `λ ${fmt(res.lambda[0])} → ${fmt(res.lambda[res.lambda.length - 1])} (accepted ${res.accepted}, rejected ${res.rejected}, negative curvature ${res.negativeCurvature})`,
          '',
          'iteration  loss        time (s)',
          ...curve.map((c) => `${String(c.iteration).padStart(9)}  ${fmt(c.loss).padEnd(10)}  ${(c.timeMs / 1000).toFixed(3)}`),
          '',
          'basis term   coefficient  true   relative error',
          ...terms.map(
            (t, k) =>
              `${t.name.padEnd(11)}  ${ce.coefficients[k].toFixed(4).padStart(11)}  ${String(t.coef).padEnd(5)}  ${fmt(ce.relativeErrors[k])}`,
          ),
        ];
        process.stdout.write(lines.join('\n') + '\n');
      }),
    );

  cmd
    .command('spectrum')
    .description('eigenvalues of the empirical NTK Gram K = JJᵀ at initialisation and of the NNTK K(K + λM I)⁻¹, λ = λ₀N^{1−2β}')
    .option('--width <N>', 'hidden width N ≥ 1', parseIntArg, 1000)
    .option('--points <M>', 'number of data points', parseIntArg, 128)
    .option('--seed <s>', 'initialisation seed', parseIntArg, 0)
    .option('--beta <β>', 'output scaling exponent β ∈ [0.5, 1]', parseNumberArg, 0.52)
    .option('--lambda <λ0>', 'NNTK regulariser λ₀ > 0', parseNumberArg, 1e-4)
    .option('--top <k>', 'number of eigenvalues to print', parseIntArg, 10)
    .option('--json', 'print one JSON object', false)
    .action(
      action((o: { width: number; points: number; seed: number; beta: number; lambda: number; top: number; json: boolean }) => {
        if (!(o.top >= 1)) throw new QuireError(`newton spectrum: --top must be ≥ 1, got ${o.top}`);
        const { x, y } = makeData('multi', o.points);
        const model = new TanhRegression(x, y, { width: o.width, beta: o.beta, seed: o.seed });
        model.evaluate();
        const lam = lambdaForWidth(o.lambda, o.width, o.beta);
        const mu = gramSpectrum(model.ntk(), o.points).values;
        const nu = nntkSpectrum(mu, lam, o.points);
        const k = Math.min(o.top, o.points);
        if (o.json) {
          printJson({ width: o.width, points: o.points, lambda: lam, ntk: Array.from(mu.slice(0, k)), nntk: Array.from(nu.slice(0, k)) });
          return;
        }
        const lines = [`N = ${o.width}, M = ${o.points}, λ = ${fmt(lam)}`, '    i  NTK μᵢ       NNTK μᵢ/(μᵢ+λM)'];
        for (let i = 0; i < k; i++) lines.push(`${String(i + 1).padStart(5)}  ${fmt(mu[i]).padEnd(11)}  ${fmt(nu[i])}`);
        process.stdout.write(lines.join('\n') + '\n');
      }),
    );
}
