/**
 * The working example(s) that end every command's `--help`. Paths are relative to the
 * repository root (`examples/` holds the inputs). test/cli-examples.test.ts runs every example
 * marked `run: 'test'` from a copy of examples/, and test/cli-examples.e2e.test.ts the slow ones;
 * both check that each leaf command has an entry here, so a new command needs an example.
 */
import type { Command } from 'commander';

export interface CommandExamples {
  /** command lines, each starting with `quire ` */
  lines: string[];
  /** where a test runs them: the unit suite, the e2e suite (slow, or needs Redis), or never (with the reason) */
  run: 'test' | 'e2e' | { never: string };
}

export const EXAMPLES: Record<string, CommandExamples> = {
  reproduce: { lines: ['quire reproduce --only meta --out report'], run: 'e2e' },
  'meta combine': {
    lines: ['quire meta combine --method fisher 0.01 0.2 0.3', 'quire meta combine --method cauchy --input examples/pvalues.csv'],
    run: 'test',
  },
  'meta power': { lines: ['quire meta power --m 20 --n 1 --d 50 --norm 1 --method chi2-sum'], run: 'test' },
  'ot wasserstein': {
    lines: ['quire ot wasserstein examples/u.csv examples/v.csv', 'quire ot wasserstein --p 2 --json examples/u.csv examples/v.csv'],
    run: 'test',
  },
  'ot sliced': { lines: ['quire ot sliced --p 2 --projections 200 --seed 7 examples/X.csv examples/Y.csv'], run: 'test' },
  'tda graph': { lines: ['quire tda graph --type hvg --edges edges.csv examples/series.csv'], run: 'test' },
  'tda persistence': { lines: ['quire tda persistence --maxdim 1 examples/circle.csv'], run: 'test' },
  'tda classify': {
    lines: [
      'quire tda classify --train examples/tda_TRAIN.tsv --test examples/tda_TEST.tsv --graph nvg --distance shortest --resolution 20',
    ],
    run: 'test',
  },
  'control dare': {
    lines: ['quire control dare --A examples/A.json --B examples/B.json --Q examples/Q.json --R examples/R.json'],
    run: 'test',
  },
  'control hinf': {
    lines: [
      'quire control hinf --A examples/A.json --B examples/B.json --D examples/D.json --Q examples/Q.json --R examples/R.json --gamma 5',
    ],
    run: 'test',
  },
  'control lipschitz': { lines: ['quire control lipschitz --family double-integrator --tasks 5'], run: 'test' },
  'newton train': { lines: ['quire newton train --optimizer newton --width 50 --points 16 --iters 20'], run: 'test' },
  'newton spectrum': { lines: ['quire newton spectrum --width 100 --points 32 --top 5'], run: 'test' },
  'blasso solve': { lines: ['quire blasso solve --kernel fourier --spikes 3 --method fsp --iters 300'], run: 'test' },
  'spatial fit': {
    lines: [
      'quire spatial fit --coords examples/sites.csv --residuals examples/residuals.csv --k 2 --predict-coords examples/new-sites.csv',
    ],
    run: 'test',
  },
  'surrogate solve': { lines: ['quire surrogate solve --cells 8 --seed 1'], run: 'test' },
  'surrogate kl': { lines: ['quire surrogate kl --modes 4'], run: 'test' },
  'surrogate train': {
    lines: ['quire surrogate train --cells 8 --modes 4 --train-samples 40 --test-samples 100 --batch-size 16 --steps 20'],
    run: 'e2e',
  },
  'normscale train': { lines: ['quire normscale train --steps 5 --seq-len 16'], run: 'e2e' },
  'normscale demo': { lines: ['quire normscale demo --steps 100'], run: 'test' },
  sweep: { lines: ['quire sweep meta --grid examples/grid.json --workers 0 --out sweep-results.jsonl'], run: 'e2e' },
  report: { lines: ['quire report --from sweep-results.jsonl --out sweep-report'], run: 'e2e' },
  worker: { lines: ['quire worker --queue redis://127.0.0.1:6379 --concurrency 2'], run: { never: 'runs until Ctrl-C' } },
  'queue status': {
    lines: ['quire queue status --queue redis://127.0.0.1:6379'],
    run: { never: 'needs a Redis server with a sweep queue (covered by test/sweep.e2e.test.ts)' },
  },
  'queue clean': {
    lines: ['quire queue clean --queue redis://127.0.0.1:6379 --failed'],
    run: { never: 'needs a Redis server with a sweep queue (covered by test/sweep.e2e.test.ts)' },
  },
  doctor: { lines: ['quire doctor'], run: 'test' },
};

/** A command's path below the program: `tda graph`. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c && c.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The leaf commands (those that run something) below `cmd`. */
export function leafCommands(cmd: Command): Command[] {
  return cmd.commands.length === 0 ? [cmd] : cmd.commands.flatMap(leafCommands);
}

/** Append each leaf command's examples to its `--help`. */
export function addExamples(program: Command): void {
  for (const cmd of program.commands.flatMap(leafCommands)) {
    const ex = EXAMPLES[commandPath(cmd)];
    if (ex) cmd.addHelpText('after', `\n${ex.lines.length > 1 ? 'Examples' : 'Example'}:\n${ex.lines.map((l) => `  ${l}`).join('\n')}`);
  }
}
