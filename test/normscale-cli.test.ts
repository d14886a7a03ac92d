import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'quire-normscale-cli-'));
const textFile = join(dir, 'text.txt');
// 12 distinct characters: "abc defg.hij" → vocab = 12 + the unknown id = 13
writeFileSync(textFile, 'abc defg.hij '.slice(0, 12).repeat(40));
const tiny = [
  '--text',
  textFile,
  '--d-model',
  '8',
  '--heads',
  '2',
  '--layers',
  '1',
  '--d-ff',
  '8',
  '--seq-len',
  '8',
  '--batch-size',
  '2',
  '--eval-batches',
  '2',
  '--steps',
  '3',
];

describe('quire normscale train', () => {
  it('--json prints one object; parameter counts match the closed form', () => {
    const r = runCli(['normscale', 'train', ...tiny, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const o = JSON.parse(r.stdout) as Record<string, number | string>;
    const [V, d, T, F, hd] = [13, 8, 8, 8, 4];
    // embed + pos + W_Q,K,V,O + γ_attn + γ_q,γ_k + W_gate,up,down + γ_mlp + γ_final + head
    const matrices = V * d + T * d + 4 * d * d + 3 * d * F + d * V;
    expect(o.scaleParams).toBe(3 * d + 2 * hd);
    expect(o.params).toBe(matrices + 3 * d + 2 * hd);
    expect(o.strategy).toBe('shared');
    expect(Number.isFinite(o.valLoss as number)).toBe(true);
  });

  it.each([
    ['unknown strategy', ['--strategy', 'bogus'], /strategy must be one of/],
    ['non-integer steps', ['--steps', '1.5'], /expected an integer/],
    ['missing file', ['--text', join(dir, 'nope.txt')], /nope\.txt/],
  ])('%s → exit 2 with quire: error:', (_n, args, msg) => {
    const r = runCli(['normscale', 'train', ...tiny, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith('quire: error:')).toBe(true);
    expect(r.stderr).toMatch(msg);
    expect(r.stdout).toBe('');
  });
});

describe('quire normscale demo', () => {
  it('--json: γ speeds up GD and the measured preconditioner matches γ²I + wwᵀ', () => {
    const r = runCli(['normscale', 'demo', '--steps', '150', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const o = JSON.parse(r.stdout) as {
      finalLossWithGamma: number;
      finalLossWithoutGamma: number;
      preconditionerRelError: number;
      lambdaMin: number;
      gammaSquared: number;
    };
    expect(o.finalLossWithGamma).toBeLessThan(o.finalLossWithoutGamma);
    expect(o.preconditionerRelError).toBeLessThan(1e-6);
    expect(o.lambdaMin).toBe(o.gammaSquared);
  });

  it('bad step size → exit 2', () => {
    const r = runCli(['normscale', 'demo', '--lr', '-1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quire: error: mechanismDemo: lr/);
  });
});
