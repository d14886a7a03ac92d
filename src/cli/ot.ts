/**
 * `quire ot`: exact 1-D Wasserstein distances and sliced Wasserstein distances from CSV files
 * (arXiv 2605.28134). Option help comes from the library's schemas.
 */
import type { Command } from 'commander';
import { slicedSchema, slicedWasserstein, wasserstein1d, wasserstein1dSchema } from '../ot/index.js';
import { action, parseIntArg, parseNumberArg, printJson, readNumberColumn, readNumberTable } from './common.js';
import { schemaHelp } from './schema.js';

interface WassersteinCliOptions {
  p: number;
  uWeights?: string;
  vWeights?: string;
  json?: boolean;
}

interface SlicedCliOptions {
  p: number;
  projections: number;
  seed: number;
  directions: 'gaussian' | 'qmc';
  json?: boolean;
}

export function register(program: Command): void {
  const ot = program
    .command('ot')
    .description('sampled optimal-transport objectives: 1-D and sliced Wasserstein distances (arXiv 2605.28134)');

  ot.command('wasserstein')
    .description('exact W_p between two weighted 1-D samples (each file: one column of numbers)')
    .argument('<u.csv>', 'first sample, one number per line')
    .argument('<v.csv>', 'second sample, one number per line')
    .option('--p <p>', schemaHelp(wasserstein1dSchema.p), parseNumberArg, wasserstein1dSchema.p.default)
    .option('--u-weights <file>', 'weights of u: one non-negative number per line, same length as u (default uniform)')
    .option('--v-weights <file>', 'weights of v: one non-negative number per line, same length as v (default uniform)')
    .option('--json', 'print one JSON object {"p","distance"} (distance = W_p, not W_p^p)')
    .action(
      action((uPath: string, vPath: string, opts: WassersteinCliOptions) => {
        const u = readNumberColumn(uPath);
        const v = readNumberColumn(vPath);
        const uWeights = opts.uWeights === undefined ? undefined : readNumberColumn(opts.uWeights);
        const vWeights = opts.vWeights === undefined ? undefined : readNumberColumn(opts.vWeights);
        const distance = wasserstein1d(u, v, { p: opts.p, uWeights, vWeights });
        if (opts.json) printJson({ p: opts.p, distance });
        else process.stdout.write(`W_${opts.p} = ${distance}\n`);
      }),
    );

  ot.command('sliced')
    .description('sliced Wasserstein distance SW_p between two point clouds (CSV files, rows are points)')
    .argument('<X.csv>', 'first point cloud, one point per row')
    .argument('<Y.csv>', 'second point cloud, one point per row, same number of columns')
    .option('--p <p>', schemaHelp(slicedSchema.p), parseNumberArg, slicedSchema.p.default)
    .option('--projections <L>', schemaHelp(slicedSchema.projections), parseIntArg, slicedSchema.projections.default)
    .option('--seed <s>', schemaHelp(slicedSchema.seed), parseIntArg, slicedSchema.seed.default)
    .option('--directions <kind>', `${slicedSchema.directions.description}: gaussian or qmc`, slicedSchema.directions.default)
    .option('--json', 'print one JSON object {"p","projections","distance"} (distance = SW_p, not SW_p^p)')
    .action(
      action((xPath: string, yPath: string, opts: SlicedCliOptions) => {
        const X = readNumberTable(xPath).rows;
        const Y = readNumberTable(yPath).rows;
        const distance = slicedWasserstein(X, Y, {
          p: opts.p,
          projections: opts.projections,
          seed: opts.seed,
          directions: opts.directions,
        });
        if (opts.json) printJson({ p: opts.p, projections: opts.projections, distance });
        else process.stdout.write(`SW_${opts.p} = ${distance} (${opts.projections} ${opts.directions} directions, seed ${opts.seed})\n`);
      }),
    );
}
