/**
 * `quire meta`: combine p-values (one list, or one test per CSV row) and compute the power of
 * meta-level tests in the many-normal-means model. Option help comes from the library's schemas.
 */
import type { Command } from 'commander';
import { QuireError } from '../core/errors.js';
import {
  combinePValuesRows,
  combinePValuesTable,
  combineSchema,
  exactPower,
  EXACT_PROTOCOLS,
  monteCarloPower,
  monteCarloPowerSchema,
  type CombineMethod,
  type Protocol,
} from '../meta/index.js';
import { action, parseIntArg, parseNumberArg, parseNumberListArg, printJson, readNumberTable } from './common.js';
import { schemaHelp } from './schema.js';

const P_LITERAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function parsePValueArgs(args: string[]): Float64Array {
  return Float64Array.from(args, (s, i) => {
    if (!P_LITERAL.test(s.trim())) throw new QuireError(`meta combine: p-value ${i + 1} must be a number in [0, 1], got '${s}'`);
    return Number(s);
  });
}

interface CombineCliOptions {
  method: string;
  weights?: number[];
  input?: string;
  json?: boolean;
}

interface PowerCliOptions {
  m: number;
  n: number;
  d: number;
  norm: number;
  alpha: number;
  method: string;
  combiner: string;
  reps?: number;
  seed: number;
  json?: boolean;
}

export function register(program: Command): void {
  const meta = program.command('meta').description('combine tests across independent studies (arXiv 2310.19541)');
  const ms = monteCarloPowerSchema;

  meta
    .command('combine')
    .description('combine p-values into one test: the listed p-values, or each row of a CSV file (one test per row)')
    .argument('[pvalues...]', 'p-values in [0, 1]')
    .option('--method <method>', schemaHelp(combineSchema.method), combineSchema.method.default)
    .option('--weights <w1,w2,...>', 'weights, one per p-value (stouffer, cauchy, harmonic-mean, min-p-bonferroni)', parseNumberListArg)
    .option('--input <file>', 'CSV/TSV of p-values, one test per row')
    .option('--json', 'print one JSON object')
    .action(
      action((pvalues: string[], opts: CombineCliOptions) => {
        if (opts.input !== undefined && pvalues.length > 0) throw new QuireError('meta combine: give p-values or --input, not both');
        const options = { method: opts.method as CombineMethod, weights: opts.weights };
        let res: { statistic: Float64Array; pvalue: Float64Array };
        if (opts.input !== undefined) {
          res = combinePValuesTable(readNumberTable(opts.input).rows, options);
        } else {
          if (pvalues.length === 0) throw new QuireError('meta combine: no p-values given (list them, or use --input file.csv)');
          const p = parsePValueArgs(pvalues);
          res = combinePValuesRows(p, 1, p.length, options);
        }
        const rows = res.statistic.length;
        if (opts.json) {
          if (rows === 1) printJson({ method: opts.method, statistic: res.statistic[0], pvalue: res.pvalue[0] });
          else
            printJson({
              method: opts.method,
              results: Array.from(res.statistic, (statistic, i) => ({ statistic, pvalue: res.pvalue[i] })),
            });
          return;
        }
        // every number labelled: one line for one test, a table with a header for several
        if (rows === 1) {
          process.stdout.write(`${opts.method}: statistic = ${res.statistic[0]}, p-value = ${res.pvalue[0]}\n`);
          return;
        }
        const lines = ['row\tstatistic\tp-value'];
        for (let i = 0; i < rows; i++) lines.push(`${i + 1}\t${res.statistic[i]}\t${res.pvalue[i]}`);
        process.stdout.write(lines.join('\n') + '\n');
      }),
    );

  meta
    .command('power')
    .description('power of a meta-level test in the many-normal-means model X^(j) = f + n^{-1/2} Z^(j), j = 1..m')
    .requiredOption('--m <int>', schemaHelp(ms.m), parseIntArg)
    .requiredOption('--n <number>', schemaHelp(ms.n), parseNumberArg)
    .requiredOption('--d <int>', schemaHelp(ms.d), parseIntArg)
    .requiredOption('--norm <number>', schemaHelp(ms.norm), parseNumberArg)
    .option('--alpha <number>', schemaHelp(ms.alpha), parseNumberArg, ms.alpha.default)
    .option('--method <protocol>', schemaHelp(ms.protocol), 'chi2-sum')
    .option('--combiner <method>', schemaHelp(ms.combiner), ms.combiner.default)
    .option(
      '--reps <int>',
      'also estimate the power by Monte Carlo with this many replicates (required for --method combined)',
      parseIntArg,
    )
    .option('--seed <int>', schemaHelp(ms.seed), parseIntArg, ms.seed.default)
    .option('--json', 'print one JSON object')
    .action(
      action((opts: PowerCliOptions) => {
        const protocol = opts.method as Protocol;
        const base = { protocol, m: opts.m, n: opts.n, d: opts.d, norm: opts.norm, alpha: opts.alpha };
        const hasExact = EXACT_PROTOCOLS.includes(protocol);
        if (!hasExact && opts.reps === undefined) {
          if (protocol === 'combined')
            throw new QuireError('meta power: --method combined has no exact power; give --reps N for Monte Carlo');
          exactPower(base); // names the unknown protocol
        }
        const exact = hasExact ? exactPower(base) : null;
        const mc =
          opts.reps === undefined
            ? null
            : monteCarloPower({ ...base, combiner: opts.combiner as CombineMethod, reps: opts.reps, seed: opts.seed });
        const power = exact ?? mc!.estimate;
        const out = {
          method: protocol,
          ...(protocol === 'combined' ? { combiner: opts.combiner } : {}),
          m: opts.m,
          n: opts.n,
          d: opts.d,
          norm: opts.norm,
          alpha: opts.alpha,
          power,
          exact: exact !== null,
          ...(mc ? { monteCarlo: { power: mc.estimate, lower: mc.lower, upper: mc.upper, reps: mc.reps, seed: opts.seed } } : {}),
        };
        if (opts.json) return printJson(out);
        const lines = [`${protocol}: power = ${power} (${exact !== null ? 'exact' : 'Monte Carlo'})`];
        if (mc)
          lines.push(
            `Monte Carlo power = ${mc.estimate}, 95% Wilson interval [${mc.lower}, ${mc.upper}] (${mc.reps} reps, seed ${opts.seed})`,
          );
        process.stdout.write(lines.join('\n') + '\n');
      }),
    );
}
