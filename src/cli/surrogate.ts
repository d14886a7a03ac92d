/**
 * `quire surrogate`: the FD solver on a KL coefficient vector (solve), the KL eigenpairs (kl),
 * and training + tail evaluation of one surrogate model × loss (train). Problem and surrogate
 * flags come from their parameter schemas (`heatProblemSchema`, `surrogateSchema`).
 */
import type { Command } from 'commander';
import { QuireError } from '../core/errors.js';
import type { Schema } from '../core/schema.js';
import {
  detect,
  disposeSurrogate,
  evaluatePredictions,
  fitDetector,
  heatProblem,
  heatProblemSchema,
  predictSurrogate,
  sampleKl,
  solveDataset,
  solveHeat,
  sourceFromKl,
  surrogateSchema,
  trainSurrogate,
  type HeatProblemSpec,
  type SurrogateOptions,
} from '../surrogate/index.js';
import { action, parseIntArg, parseNumberArg, parseNumberListArg, printJson } from './common.js';
import { addSchemaOptions } from './schema.js';
import { progressBar } from './progress.js';

function pick<S extends Schema>(schema: S, o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(schema)) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

export function register(program: Command): void {
  const sur = program
    .command('surrogate')
    .description('neural surrogates for a stochastic heat equation, judged on the tails (arXiv 2605.16078)');

  addSchemaOptions(
    sur
      .command('solve')
      .description('FD solution of −∇·(κ∇u) = f, f = exp(μ + σ Σ √λ_m ξ_m φ_m), u = 0 on ∂(0,1)^d, for one KL coefficient vector')
      .option('--xi <list>', 'comma-separated KL coefficients ξ (exactly --modes numbers)', parseNumberListArg)
      .option('--seed <s>', 'draw ξ ~ N(0, I) with this seed instead of --xi', parseIntArg)
      .option('--json', 'print one JSON object {xi, points, f, u, uMax, uMean}'),
    heatProblemSchema,
  ).action(
    action((o: Partial<HeatProblemSpec> & { xi?: number[]; seed?: number; json?: boolean }) => {
      if (o.xi !== undefined && o.seed !== undefined) throw new QuireError('surrogate solve: give either --xi or --seed, not both');
      const pb = heatProblem(pick(heatProblemSchema, o));
      const xi = o.xi ?? Array.from(sampleKl(pb, 1, o.seed ?? 0));
      const f = sourceFromKl(pb, xi);
      const u = solveHeat(pb, f);
      let uMax = 0;
      let uMean = 0;
      for (const v of u) {
        uMax = Math.max(uMax, v);
        uMean += v / u.length;
      }
      if (o.json) return printJson({ xi, points: Array.from(pb.points), f: Array.from(f), u: Array.from(u), uMax, uMean });
      console.log(`ξ = [${xi.map((v) => v.toFixed(4)).join(', ')}]`);
      console.log(`${pb.size} interior nodes; max u = ${uMax.toPrecision(6)}, mean u = ${uMean.toPrecision(6)}`);
      if (pb.dim === 1) {
        console.log('x\tf\tu');
        for (let p = 0; p < pb.size; p++) console.log(`${pb.points[p].toFixed(5)}\t${f[p].toPrecision(6)}\t${u[p].toPrecision(6)}`);
      }
    }),
  );

  addSchemaOptions(
    sur
      .command('kl')
      .description('KL eigenvalues λ_m (and their share of the variance) of the exponential covariance on (0,1)^d')
      .option('--json', 'print one JSON object {lambda, factors, varianceFraction}'),
    heatProblemSchema,
    ['cells', 'sigma', 'mu', 'kappa'],
  ).action(
    action((o: Partial<HeatProblemSpec> & { json?: boolean }) => {
      const pb = heatProblem({ ...pick(heatProblemSchema, o), cells: 2 });
      const lambda = pb.basis.modes.map((m) => m.lambda);
      const sum = lambda.reduce((a, b) => a + b, 0);
      const out = { lambda, factors: pb.basis.modes.map((m) => m.factors), varianceFraction: sum };
      if (o.json) return printJson(out);
      lambda.forEach((l, i) =>
        console.log(`${i + 1}\tλ = ${l.toPrecision(6)}\tmodes ${pb.basis.modes[i].factors.map((f) => f + 1).join('×')}`),
      );
      console.log(`share of the field variance captured: ${(100 * sum).toFixed(2)}%`);
    }),
  );

  addSchemaOptions(
    addSchemaOptions(
      sur
        .command('train')
        .description('train one surrogate (model × loss) on FD solutions, then report its error tails on a Monte Carlo test set')
        .option('--train-samples <n>', 'training samples', parseIntArg, 200)
        .option('--test-samples <n>', 'Monte Carlo test samples', parseIntArg, 5000)
        .option('--worst-fraction <q>', 'fraction of test samples counted as the worst', parseNumberArg, 0.01)
        .option('--quiet', 'no progress bar')
        .option('--json', 'print one JSON object (tails, statistic errors, detector precision/recall)'),
      heatProblemSchema,
    ),
    surrogateSchema,
  ).action(
    action(
      async (
        o: Record<string, unknown> & { trainSamples: number; testSamples: number; worstFraction: number; quiet?: boolean; json?: boolean },
      ) => {
        const fn = 'surrogate train';
        if (!(o.trainSamples >= 2 && o.trainSamples <= 1e6))
          throw new QuireError(`${fn}: --train-samples is ${o.trainSamples}, expected in [2, 1e6]`);
        if (!(o.testSamples >= 2 && o.testSamples <= 1e7))
          throw new QuireError(`${fn}: --test-samples is ${o.testSamples}, expected in [2, 1e7]`);
        if (!(o.worstFraction > 0 && o.worstFraction <= 1))
          throw new QuireError(`${fn}: --worst-fraction is ${o.worstFraction}, expected in (0, 1]`);
        const pb = heatProblem(pick(heatProblemSchema, o));
        const opts = pick(surrogateSchema, o) as Partial<SurrogateOptions>;
        const seed = (opts.seed as number | undefined) ?? 0;
        // checks that depend on two options, before any solve (issue 16.14)
        const batchSize = (opts.batchSize as number | undefined) ?? (surrogateSchema.batchSize.default as number);
        if (!(batchSize <= o.trainSamples))
          throw new QuireError(`${fn}: --batch-size is ${batchSize}, expected ≤ --train-samples (${o.trainSamples})`);
        // the detector needs more training rows than KL modes
        if (!(o.trainSamples > pb.spec.modes))
          throw new QuireError(`${fn}: --train-samples must exceed --modes (${pb.spec.modes}) to fit the detector`);
        const train = solveDataset(pb, sampleKl(pb, o.trainSamples, 2 * seed + 1));
        const test = solveDataset(pb, sampleKl(pb, o.testSamples, 2 * seed + 2));
        const det = detect(fitDetector(train.xi, pb.spec.modes), test.xi);
        const bar = progressBar(`${String(o.model)}-${String(o.loss)}`, { quiet: o.quiet === true || o.json === true });
        const s = await trainSurrogate(pb, train, opts, (d, t, l) => bar.progress(d, t, l));
        bar.stop();
        const pred = predictSurrogate(s, test);
        const h = s.lossHistory;
        const summary = {
          model: s.options.model,
          loss: s.options.loss,
          trainSeconds: s.trainMs / 1000,
          firstLoss: h[0],
          finalLoss: h[h.length - 1],
        };
        disposeSurrogate(s);
        const ev = evaluatePredictions(pred, test, pb.size, train.xi, pb.spec.modes, { fraction: o.worstFraction, detection: det });
        const out = {
          ...summary,
          problem: pb.spec,
          options: s.options,
          trainSamples: o.trainSamples,
          testSamples: o.testSamples,
          supError: ev.maxError,
          relL2: ev.relL2,
          statistics: ev.statistics,
          detector: { worst: ev.worst.length, ...ev.detection },
          meanErrorInsideBox: ev.meanErrorInside,
          meanErrorOutsideBox: ev.meanErrorOutside,
        };
        if (o.json) return printJson(out);
        const t = ev.maxError;
        console.log(
          `${summary.model} × ${summary.loss}: ${pb.size} unknowns, ${o.trainSamples} training / ${o.testSamples} test samples, trained in ${summary.trainSeconds.toFixed(1)} s`,
        );
        console.log(`loss ${summary.firstLoss.toExponential(3)} → ${summary.finalLoss.toExponential(3)}`);
        console.log(
          `sup-norm error: mean ${t.mean.toPrecision(3)}  median ${t.median.toPrecision(3)}  q99 ${t.q99.toPrecision(3)}  q99.9 ${t.q999.toPrecision(3)}  max ${t.max.toPrecision(3)}  (max/mean ${t.worstOverMean.toFixed(1)})`,
        );
        console.log(
          `relative errors of the output statistics: mean field ${ev.statistics.mean.toPrecision(3)}, variance field ${ev.statistics.variance.toPrecision(3)}, ${ev.statistics.quantiles.map((q) => `q${100 * q.level} ${q.error.toPrecision(3)}`).join(', ')}`,
        );
        const e = ev.detection.either;
        console.log(
          `detector on the worst ${ev.worst.length}: recall ${e.recall.toFixed(3)}, precision ${e.precision.toFixed(3)} (flag rate ${e.flagRate.toFixed(3)}); mean error inside/outside the training box ${ev.meanErrorInside?.toPrecision(3) ?? '–'} / ${ev.meanErrorOutside?.toPrecision(3) ?? '–'}`,
        );
      },
    ),
  );
}
