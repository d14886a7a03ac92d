/**
 * `quire reproduce`: run the registered studies (quick by default), print a verdict
 * table, and write report/index.html + report/results.json.
 */
import type { Command } from 'commander';
import { QuireError } from '../core/errors.js';
import { studies } from '../studies/registry.js';
import { runStudy, selectStudies } from '../studies/runner.js';
import type { StudyResult } from '../studies/types.js';
import { writeReport } from '../report/write.js';
import { action, parseIntArg, printJson } from './common.js';
import { checkOutputDir } from './output.js';
import { progressBar } from './progress.js';
import { version } from './version.js';

/** The verdict table printed at the end of a run. */
export function verdictTable(results: StudyResult[]): string {
  const rows = results.flatMap((r) => r.claims.map((c) => [r.id, c.verdict, c.statement]));
  if (rows.length === 0) return '(no claims)';
  const w0 = Math.max(5, ...rows.map((r) => r[0].length));
  const w1 = Math.max(7, ...rows.map((r) => r[1].length));
  const line = (a: string, b: string, c: string) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`;
  return [
    line('study', 'verdict', 'claim'),
    line('-'.repeat(w0), '-'.repeat(w1), '-----'),
    ...rows.map((r) => line(r[0], r[1], r[2])),
  ].join('\n');
}

export function registerReproduce(program: Command): void {
  program
    .command('reproduce')
    .description("run the papers' studies, print a verdict per claim, and write an HTML report")
    .option('--full', 'run the full (paper-scale) configs instead of the quick ones')
    .option('--only <ids>', 'comma-separated study ids to run (default: all)')
    .option('--seed <n>', 'seed for every study (default: each config’s seed)', parseIntArg)
    .option('--out <dir>', 'report directory', 'report')
    .option('--json', 'print the results object on stdout instead of tables')
    .option('--ucr-dir <dir>', 'UCR archive directory for the tda study (<dir>/<Name>/<Name>_TRAIN.tsv …); default $QUIRE_UCR_DIR')
    .action(
      action(async (opts: { full?: boolean; only?: string; seed?: number; out: string; json?: boolean; ucrDir?: string }) => {
        if (opts.seed !== undefined && !(opts.seed >= 0)) throw new QuireError(`reproduce: --seed must be ≥ 0, got ${opts.seed}`);
        const only = opts.only?.split(',').map((s) => s.trim());
        if (only !== undefined && (only.length === 0 || only.some((s) => s === ''))) {
          throw new QuireError(`reproduce: --only needs comma-separated study ids with none empty, got '${opts.only}'`);
        }
        const selected = selectStudies(studies, only);
        checkOutputDir(opts.out, 'reproduce: --out');
        if (selected.length === 0) {
          if (opts.json) printJson({ quire: version, studies: [], message: 'no studies are registered yet' });
          else process.stdout.write('quire reproduce: no studies are registered yet; nothing to run.\n');
          return;
        }
        // the tda study reads UCR archives and computes diagrams on threads through hooks its CLI group installs
        if (selected.some((s) => s.id === 'tda')) (await import('./tda.js')).installTdaStudyHooks(opts.ucrDir);
        else if (opts.ucrDir !== undefined)
          throw new QuireError('reproduce: --ucr-dir is read by the tda study only, which is not selected');
        const profile = opts.full ? 'full' : 'quick';
        const results: StudyResult[] = [];
        for (const study of selected) {
          const bar = progressBar(study.id, { quiet: opts.json });
          try {
            results.push(await runStudy(study, { profile, seed: opts.seed }, bar.progress));
          } finally {
            bar.stop();
          }
          if (!opts.json) process.stderr.write(`${study.id}: done in ${results[results.length - 1].seconds.toFixed(1)} s\n`);
        }
        const generated = new Date().toISOString();
        const paths = await writeReport(opts.out, results, { generated, version });
        if (opts.json) {
          printJson({ quire: version, generated, report: paths, studies: results });
        } else {
          process.stdout.write(`\n${verdictTable(results)}\n\nreport: ${paths.html}\n`);
        }
      }),
    );
}
