/**
 * The code examples in the docs stay true:
 *  - every ```ts block of README.md and the systems' READMEs runs (imports of `quire/<x>` point
 *    at src/<x>), and a `console.log(...) // text` comment must match what it prints;
 *  - every TSDoc `@example expr // value` whose value is a number, boolean or array of numbers
 *    (the API docs show them) is evaluated with its subpath's exports in scope and compared at
 *    the printed precision.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SYSTEMS = ['core', 'meta', 'ot', 'tda', 'control', 'newton', 'blasso', 'spatial', 'surrogate', 'normscale', 'data'];

/** ```ts blocks of a markdown file, with the line each starts on. */
function tsBlocks(file: string): { code: string; line: number; skip?: string }[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: { code: string; line: number; skip?: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let j = start;
    while (j < lines.length && !lines[j].startsWith('```')) j++;
    // `<!-- docs-test: skip (reason) -->` just above a block skips it (the reason is required)
    const skip = /^<!-- docs-test: skip \((.+)\) -->$/.exec(lines[i - 1] ?? '')?.[1];
    out.push({ code: lines.slice(start, j).join('\n'), line: start, skip });
    i = j;
  }
  return out;
}

const readmes = ['README.md', ...SYSTEMS.map((s) => `src/${s}/README.md`)].filter((f) => existsSync(join(root, f)));
const blocks = readmes.flatMap((f) => tsBlocks(join(root, f)).map((b) => ({ file: f, ...b })));

describe('README code blocks run', () => {
  it('there are blocks to run', () => expect(blocks.length).toBeGreaterThan(0));
  for (const b of blocks) {
    it.skipIf(b.skip !== undefined)(`${b.file}:${b.line}${b.skip ? ` (skipped: ${b.skip})` : ''}`, () => {
      const code = b.code.replace(/from 'quire\/([\w/]+)'/g, (_m, sub: string) => `from '${join(root, 'src', sub, 'index.ts')}'`);
      const dir = mkdtempSync(join(tmpdir(), 'quire-doc-'));
      const file = join(dir, 'example.ts');
      writeFileSync(file, code);
      const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      // console.log(...) // expected text
      const expected = b.code
        .split('\n')
        .filter((l) => /console\.log\(.*\);?\s*\/\/ /.test(l))
        .map((l) => l.slice(l.lastIndexOf('// ') + 3).trim());
      if (expected.length > 0) expect(r.stdout.trim().split('\n')).toEqual(expected);
    });
  }
});

/** Parse a documented value: a number (with − allowed), true/false, or [numbers]; `≈` marks an approximate one. */
function parseValue(s: string): { value: number | boolean | number[]; approx: boolean } | undefined {
  const approx = s.trim().startsWith('≈');
  const v = parseExact(s.trim().replace(/^≈\s*/, ''));
  return v === undefined ? undefined : { value: v, approx };
}

function parseExact(s: string): number | boolean | number[] | undefined {
  const t = s.replace(/−/g, '-').replace(/\s*\(.*\)\s*$/, '');
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(t)) return Number(t);
  if (/^\[[-\d.,\se]*\]$/i.test(t)) {
    try {
      const v = JSON.parse(t) as unknown;
      if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return v as number[];
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Equal at the precision the value is written with (≈: within 2 %, or 1e-6 of 0). */
function close(got: unknown, want: number, approx: boolean): boolean {
  if (typeof got !== 'number') return false;
  if (approx) return Math.abs(got - want) <= Math.max(0.02 * Math.abs(want), 1e-6);
  if (Number.isInteger(want) && Math.abs(want) < 1e15) return Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
  const digits = String(want)
    .replace(/^-?0?\.?0*/, '')
    .replace(/e.*$/i, '')
    .replace('.', '').length;
  return Math.abs(got - want) <= Math.max(0.51 * Math.pow(10, -digits + 1), 1e-13) * Math.abs(want) + 1e-300;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

describe('TSDoc @example values', () => {
  it('each checkable @example gives the documented value', async () => {
    let checked = 0;
    const failures: string[] = [];
    for (const sys of SYSTEMS) {
      const mod = (await import(join(root, 'src', sys, 'index.ts'))) as Record<string, unknown>;
      const names = Object.keys(mod).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
      for (const file of walk(join(root, 'src', sys))) {
        const lines = readFileSync(file, 'utf8').split('\n');
        lines.forEach((l, i) => {
          const m = /^\s*\*\s*@example\s+(.*?)\s+\/\/\s+(.*)$/.exec(l);
          if (!m) return;
          const parsed = parseValue(m[2]);
          if (parsed === undefined || m[1].includes(';') || /\bawait\b/.test(m[1])) return;
          let got: unknown;
          try {
            got = new Function(...names, `return (${m[1]});`)(...names.map((n) => mod[n]));
          } catch (e) {
            if (e instanceof ReferenceError) return; // uses a name its subpath does not export
            failures.push(`${file.slice(root.length)}:${i + 1}: ${m[1]} threw ${(e as Error).message}`);
            return;
          }
          if (got && typeof got === 'object' && 'length' in got && !Array.isArray(got)) got = Array.from(got as ArrayLike<number>);
          const { value: want, approx } = parsed;
          const ok = Array.isArray(want)
            ? Array.isArray(got) && got.length === want.length && want.every((w, k) => close((got as number[])[k], w, approx))
            : typeof want === 'boolean'
              ? got === want
              : close(got, want, approx);
          checked++;
          if (!ok) failures.push(`${file.slice(root.length)}:${i + 1}: ${m[1]} gave ${JSON.stringify(got)}, documented ${m[2]}`);
        });
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(10);
    console.log(`docs examples: ${checked} @example values checked`);
  });
});
