/**
 * CLI fuzz (issue 16's hunt): every file-reading subcommand × missing, empty, binary, ragged,
 * NaN/Inf, header-only files and directories given as files, and every numeric flag × bad
 * values. Each must exit 2 with exactly one `quire: error:` line and no stack trace, and write
 * no file.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommanderError, InvalidArgumentError, type Command } from 'commander';
import { runCli } from './cli-helpers.js';
import { buildProgram } from '../src/cli/program.js';
import { commandPath, leafCommands } from '../src/cli/examples.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The bad inputs, written into `dir`; `dir/adir` is a directory. */
const BAD: Record<string, string | Buffer | null> = {
  missing: null,
  empty: '',
  binary: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x10, 0x0a, 0x31]),
  ragged: 'a,b\n1,2\n3\n4,5\n',
  nan: '1,2\nNaN,3\n4,5\n',
  inf: '1,2\nInfinity,3\n4,5\n',
  headerOnly: 'a,b\n',
  directory: null,
};

/** Each file-reading slot: the argv with `@` where the bad file goes (other inputs are good examples). */
const SLOTS: [string, string[]][] = [
  ['ot wasserstein u', ['ot', 'wasserstein', '@', 'examples/v.csv']],
  ['ot wasserstein --u-weights', ['ot', 'wasserstein', '--u-weights', '@', 'examples/u.csv', 'examples/v.csv']],
  ['ot sliced X', ['ot', 'sliced', '@', 'examples/Y.csv']],
  ['meta combine --input', ['meta', 'combine', '--input', '@']],
  ['tda graph', ['tda', 'graph', '--type', 'hvg', '@']],
  ['tda persistence', ['tda', 'persistence', '@']],
  ['tda persistence --distance-matrix', ['tda', 'persistence', '--distance-matrix', '@']],
  [
    'tda classify --train',
    ['tda', 'classify', '--train', '@', '--test', 'examples/tda_TEST.tsv', '--graph', 'nvg', '--distance', 'shortest'],
  ],
  ['control dare --A', ['control', 'dare', '--A', '@', '--B', 'examples/B.json', '--Q', 'examples/Q.json', '--R', 'examples/R.json']],
  [
    'control hinf --D',
    [
      'control',
      'hinf',
      '--A',
      'examples/A.json',
      '--B',
      'examples/B.json',
      '--D',
      '@',
      '--Q',
      'examples/Q.json',
      '--R',
      'examples/R.json',
      '--gamma',
      '5',
    ],
  ],
  ['spatial fit --residuals', ['spatial', 'fit', '--coords', 'examples/sites.csv', '--residuals', '@']],
  ['spatial fit --coords', ['spatial', 'fit', '--coords', '@', '--residuals', 'examples/residuals.csv']],
  ['sweep --grid', ['sweep', 'meta', '--grid', '@', '--workers', '0', '--out', 'out.jsonl']],
  ['report --from', ['report', '--from', '@', '--out', 'rep']],
  ['normscale train --text', ['normscale', 'train', '--text', '@', '--steps', '1']],
];

function workdir(): string {
  const d = mkdtempSync(join(tmpdir(), 'quire-fuzz-'));
  cpSync(join(root, 'examples'), join(d, 'examples'), { recursive: true });
  for (const [k, v] of Object.entries(BAD)) if (v !== null) writeFileSync(join(d, k), v);
  mkdirSync(join(d, 'adir'));
  return d;
}

function listing(d: string): string[] {
  return readdirSync(d, { recursive: true }).map(String).sort();
}

describe('CLI fuzz: bad files', () => {
  for (const [name, argv] of SLOTS) {
    it(`${name}: every bad file → exit 2, one quire: error: line, nothing written`, () => {
      const d = workdir();
      const before = listing(d);
      for (const kind of Object.keys(BAD)) {
        // text inputs that legitimately accept an empty text are skipped for 'empty'/'binary' only where noted
        if (name === 'normscale train --text' && (kind === 'ragged' || kind === 'nan' || kind === 'inf' || kind === 'headerOnly')) continue; // any non-empty text is a valid corpus
        const file = kind === 'directory' ? 'adir' : kind;
        const r = runCli(
          argv.map((a) => (a === '@' ? file : a)),
          { cwd: d },
        );
        const what = `${name} with a ${kind} file: exit ${r.code}\n${r.stderr}${r.stdout.slice(0, 300)}`;
        expect(r.code, what).toBe(2);
        const lines = r.stderr.trimEnd().split('\n');
        expect(lines, what).toHaveLength(1);
        expect(lines[0], what).toMatch(/^quire: error: \S/);
        expect(r.stderr, what).not.toMatch(/\n\s+at /);
      }
      expect(listing(d)).toEqual(before);
    });
  }
});

/** Every option of a command that takes a numeric value (parsed by parseNumberArg / parseIntArg). */
function numericOptions(cmd: Command): string[] {
  return cmd.options
    .filter((o) => o.required || o.optional)
    .filter((o) => {
      const parser = (o as unknown as { parseArg?: (v: string, p: unknown) => unknown }).parseArg;
      if (!parser) return false;
      try {
        parser('abc', o.defaultValue);
        return false; // accepts text: not numeric
      } catch (e) {
        return e instanceof InvalidArgumentError;
      }
    })
    .map((o) => o.long!)
    .filter(Boolean);
}

describe('CLI fuzz: bad flag values', () => {
  it('every numeric flag of every command rejects abc, NaN, Infinity, an empty value and 1e999 as a usage error', async () => {
    const program = await buildProgram(['node', 'quire', '--help']);
    let checked = 0;
    for (const cmd of program.commands.flatMap(leafCommands)) {
      cmd.configureOutput({ writeErr: () => {}, writeOut: () => {} });
      cmd.action(() => {}); // a value that parses must not start the work
      for (const flag of numericOptions(cmd)) {
        for (const bad of ['abc', 'NaN', 'Infinity', '', '1e999', '0x10']) {
          const err = await cmd.parseAsync([flag, bad], { from: 'user' }).then(
            () => null,
            (e: unknown) => e,
          );
          expect(err instanceof CommanderError && err.code === 'commander.invalidArgument', `${commandPath(cmd)} ${flag} '${bad}'`).toBe(
            true,
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('through the binary: one line, exit 2, for a bad number, an unknown option and a bad enum', () => {
    for (const argv of [
      ['tda', 'persistence', '--maxdim', 'two', 'examples/circle.csv'],
      ['ot', 'sliced', '--projections', '1.5', 'examples/X.csv', 'examples/Y.csv'],
      ['meta', 'power', '--m', '5', '--n', '1', '--d', '5', '--norm', '1', '--bogus'],
      ['newton', 'train', '--optimizer', 'sgd'],
      ['meta', 'combine', '--method', 'nosuch', '0.1'],
    ]) {
      const r = runCli(argv);
      expect(r.code, argv.join(' ') + '\n' + r.stderr).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(/^quire: error: /);
      expect(
        r.stderr
          .trimEnd()
          .split('\n')
          .filter((l) => l.startsWith('quire: error:')),
      ).toHaveLength(1);
    }
  });
});
