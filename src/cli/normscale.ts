/**
 * `quire normscale`: train the small Pre-Norm char LM with a scale-vector strategy and a
 * weight-decay routing on Moby Dick (or a text file), and run the float64 mechanism demo
 * (arXiv 2605.26895). Option help comes from the library's schemas.
 */
import type { Command } from 'commander';
import { QuireError } from '../core/errors.js';
import { initNN } from '../core/nn/index.js';
import { loadMobyDickText } from '../data/moby-dick.js';
import {
  charTokenizer,
  mechanismDemo,
  modelSchema,
  splitTokens,
  trainLM,
  trainSchema,
  type Strategy,
  type WdRouting,
} from '../normscale/index.js';
import { action, parseIntArg, parseNumberArg, printJson, readText } from './common.js';
import { schemaHelp } from './schema.js';
import { progressBar } from './progress.js';

interface TrainCliOptions {
  strategy: Strategy;
  wdRouting: WdRouting;
  steps: number;
  seed: number;
  dataSeed: number;
  lr: number;
  batchSize: number;
  seqLen: number;
  dModel: number;
  heads: number;
  layers: number;
  dFf: number;
  mlp: 'swiglu' | 'gelu';
  qkNorm: boolean;
  matrixDecay: number;
  scaleDecay: number;
  evalBatches: number;
  valFraction: number;
  text?: string;
  json?: boolean;
}

interface DemoCliOptions {
  steps: number;
  lr: number;
  seed: number;
  d: number;
  c: number;
  n: number;
  json?: boolean;
}

export function register(program: Command): void {
  const ns = program
    .command('normscale')
    .description('scale vectors of normalization layers in a small Pre-Norm LM: strategies, WD routing, mechanism (arXiv 2605.26895)');

  ns.command('train')
    .description('train the char-level Pre-Norm LM and print the final validation loss (nats/char)')
    .option('--strategy <s>', schemaHelp(modelSchema.strategy), modelSchema.strategy.default)
    .option('--wd-routing <r>', schemaHelp(trainSchema.wdRouting), trainSchema.wdRouting.default)
    .option('--steps <n>', schemaHelp(trainSchema.steps), parseIntArg, 200)
    .option('--seed <s>', schemaHelp(trainSchema.seed), parseIntArg, trainSchema.seed.default)
    .option('--data-seed <s>', schemaHelp(trainSchema.dataSeed), parseIntArg, trainSchema.dataSeed.default)
    .option('--lr <lr>', schemaHelp(trainSchema.lr), parseNumberArg, 1e-2)
    .option('--batch-size <b>', schemaHelp(trainSchema.batchSize), parseIntArg, trainSchema.batchSize.default)
    .option('--seq-len <T>', schemaHelp(modelSchema.seqLen), parseIntArg, modelSchema.seqLen.default)
    .option('--d-model <d>', schemaHelp(modelSchema.dModel), parseIntArg, modelSchema.dModel.default)
    .option('--heads <h>', schemaHelp(modelSchema.nHeads), parseIntArg, modelSchema.nHeads.default)
    .option('--layers <L>', schemaHelp(modelSchema.nLayers), parseIntArg, 1)
    .option('--d-ff <f>', schemaHelp(modelSchema.dFF), parseIntArg, modelSchema.dFF.default)
    .option('--mlp <kind>', `${modelSchema.mlp.description}: swiglu or gelu`, modelSchema.mlp.default)
    .option('--no-qk-norm', 'drop the QK-norm (the Output-Norm)')
    .option('--matrix-decay <λ>', schemaHelp(trainSchema.matrixDecay), parseNumberArg, trainSchema.matrixDecay.default)
    .option('--scale-decay <λ>', schemaHelp(trainSchema.scaleDecay), parseNumberArg, trainSchema.scaleDecay.default)
    .option('--eval-batches <k>', schemaHelp(trainSchema.evalBatches), parseIntArg, trainSchema.evalBatches.default)
    .option('--val-fraction <f>', 'validation share of the text (its end), in (0, 1)', parseNumberArg, 0.1)
    .option('--text <file>', 'train on this UTF-8 text file instead of Moby Dick')
    .option(
      '--json',
      'print one JSON object {strategy, wdRouting, params, scaleParams, valLoss, trainLossFirst, trainLossLast, inputScaleRms, outputScaleRms, seconds}',
    )
    .action(
      action(async (opts: TrainCliOptions) => {
        const text = opts.text === undefined ? await loadMobyDickText() : readText(opts.text, 'text file');
        if (text.length === 0) throw new QuireError('normscale train: the text is empty');
        const cut = Math.floor(text.length * (1 - opts.valFraction));
        const tok = charTokenizer(cut > 0 ? text.slice(0, cut) : text, { minCount: opts.text === undefined ? 100 : 1, maxVocab: 64 });
        const data = splitTokens(tok.encode(text), opts.valFraction);
        await initNN();
        const bar = progressBar('train', { quiet: opts.json });
        const r = await trainLM(
          data,
          {
            vocabSize: tok.vocabSize,
            seqLen: opts.seqLen,
            dModel: opts.dModel,
            nHeads: opts.heads,
            nLayers: opts.layers,
            dFF: opts.dFf,
            mlp: opts.mlp,
            qkNorm: opts.qkNorm,
            strategy: opts.strategy,
          },
          {
            wdRouting: opts.wdRouting,
            steps: opts.steps,
            seed: opts.seed,
            dataSeed: opts.dataSeed,
            lr: opts.lr,
            batchSize: opts.batchSize,
            matrixDecay: opts.matrixDecay,
            scaleDecay: opts.scaleDecay,
            evalBatches: opts.evalBatches,
          },
          { onProgress: bar.progress },
        );
        bar.stop();
        const out = {
          strategy: r.model.strategy,
          wdRouting: r.train.wdRouting,
          params: r.paramCount,
          scaleParams: r.scaleCount,
          valLoss: r.valLoss,
          trainLossFirst: r.trainLoss[0],
          trainLossLast: r.trainLoss[r.trainLoss.length - 1],
          inputScaleRms: r.inputScaleRms,
          outputScaleRms: r.outputScaleRms,
          seconds: r.seconds,
        };
        if (opts.json) printJson(out);
        else {
          process.stdout.write(
            `strategy ${out.strategy}, WD on γ: ${out.wdRouting}; ${out.params} parameters (${out.scaleParams} in scale vectors)\n` +
              `train loss ${out.trainLossFirst.toFixed(4)} → ${out.trainLossLast.toFixed(4)}; validation loss ${out.valLoss.toFixed(4)} nats/char` +
              ` (${(out.valLoss / Math.LN2).toFixed(4)} bits/char) after ${opts.steps} steps in ${out.seconds.toFixed(1)} s\n`,
          );
        }
      }),
    );

  ns.command('demo')
    .description('mechanism demo: GD on ½‖W(γ⊙Norm x) − y‖² with and without γ; preconditioner γ_j²I + w_jw_jᵀ vs theory')
    .option('--steps <n>', 'GD steps', parseIntArg, 400)
    .option('--lr <η>', 'GD step size', parseNumberArg, 0.05)
    .option('--seed <s>', 'problem seed', parseIntArg, 0)
    .option('--d <d>', 'input width', parseIntArg, 16)
    .option('--c <c>', 'output width', parseIntArg, 4)
    .option('--n <n>', 'samples', parseIntArg, 128)
    .option('--json', 'print one JSON object with the loss curves and the preconditioner checks')
    .action(
      action((opts: DemoCliOptions) => {
        const r = mechanismDemo({ steps: opts.steps, lr: opts.lr, seed: opts.seed, d: opts.d, c: opts.c, n: opts.n });
        if (opts.json) printJson(r);
        else {
          process.stdout.write(
            `final loss with γ ${r.finalLossWithGamma.toExponential(3)}, without γ ${r.finalLossWithoutGamma.toExponential(3)} (${opts.steps} GD steps, η = ${opts.lr})\n` +
              `γ range at the end [${r.gammaMin[r.gammaMin.length - 1].toFixed(3)}, ${r.gammaMax[r.gammaMax.length - 1].toFixed(3)}]\n` +
              `one-step identity Δw̃_j = −η(γ_j²I + w_jw_jᵀ)g̃_j: relative error ${Math.max(...r.oneStepRelError.slice(1)).toExponential(2)} (max after step 0; O(η))\n` +
              `measured preconditioner vs theory (largest γ column): relative error ${r.preconditionerRelError.toExponential(2)}; ` +
              `λ_min = γ² = ${r.lambdaMin.toFixed(4)}, λ_max = ${r.lambdaMax.toFixed(4)}\n`,
          );
        }
      }),
    );
}
