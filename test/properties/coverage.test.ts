/**
 * Export coverage of the property suite (issue 16): every function exported by a public
 * subpath must be called by name in at least one test/properties/*.property.test.ts file.
 * Namespace re-exports (core's `linalg`, `stats`) are walked one level down. Coverage is
 * asserted in full only for modules that have a property file of their own; for the rest the
 * uncovered names are printed (the lead decides what to hunt next).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Public subpath → the property files that count as "its own" (any one present means coverage is asserted). */
const MODULES: { name: string; path: string; own: string[]; skip?: string[]; foreign?: string }[] = [
  { name: 'core', path: '../../src/core/index.js', own: ['core-linalg.property.test.ts', 'core-data.property.test.ts'], skip: ['stats'] },
  { name: 'core/stats', path: '../../src/core/stats.js', own: ['stats.property.test.ts'] },
  // core/nn re-exports jax-js (np/numpy, lax, jnn, random, tree, grad, jit, vmap, …): that is
  // jax-js's own API, tested upstream, and ~500 of its names would drown quire's facade. Only
  // quire's own functions count: exports that are not identical to an export of @jax-js/jax.
  { name: 'core/nn', path: '../../src/core/nn/index.js', own: ['core-nn.property.test.ts'], foreign: '@jax-js/jax' },
  // not on a public subpath (internal to core; used by tda, ot and the pipeline), counted all the same
  { name: 'core/sort', path: '../../src/core/sort.js', own: ['sort.property.test.ts'] },
  { name: 'core/forest', path: '../../src/core/forest.js', own: ['forest.property.test.ts'] },
  { name: 'core/labels', path: '../../src/core/labels.js', own: ['forest.property.test.ts'] },
  ...['meta', 'ot', 'tda', 'control', 'newton', 'blasso', 'spatial', 'surrogate', 'normscale', 'data'].map((s) => ({
    name: s,
    path: `../../src/${s}/index.js`,
    own: [`${s}.property.test.ts`],
  })),
];

/** Exported function names of a module; namespace objects (linalg) contribute `ns.fn` names, checked as `fn`. */
function exportedFunctions(mod: Record<string, unknown>, skip: string[] = [], foreign = new Set<unknown>()): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(mod)) {
    if (skip.includes(k) || foreign.has(v)) continue;
    if (typeof v === 'function') out.push(k);
    else if (v !== null && typeof v === 'object' && Object.prototype.toString.call(v) === '[object Module]') {
      for (const [k2, v2] of Object.entries(v as Record<string, unknown>)) if (typeof v2 === 'function') out.push(`${k}.${k2}`);
    }
  }
  return out.sort();
}

const propertyFiles = readdirSync(here).filter((f) => f.endsWith('.property.test.ts'));
const corpus = propertyFiles.map((f) => readFileSync(join(here, f), 'utf8')).join('\n');

function mentioned(name: string): boolean {
  const leaf = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : name;
  return new RegExp(`\\b${leaf.replace(/\$/g, '\\$')}\\b`).test(corpus);
}

describe('property-suite export coverage', () => {
  it('every export of a module with its own property file is exercised by name; the rest are listed', async () => {
    const table: { module: string; covered: number; total: number; asserted: boolean; uncovered: string[] }[] = [];
    for (const m of MODULES) {
      const mod = (await import(m.path)) as Record<string, unknown>;
      const foreign = m.foreign ? new Set(Object.values((await import(m.foreign)) as Record<string, unknown>)) : undefined;
      const fns = exportedFunctions(mod, m.skip, foreign);
      const uncovered = fns.filter((f) => !mentioned(f));
      const asserted = m.own.some((f) => propertyFiles.includes(f));
      table.push({ module: m.name, covered: fns.length - uncovered.length, total: fns.length, asserted, uncovered });
    }
    const lines = table.map(
      (t) =>
        `${t.module.padEnd(10)} ${String(t.covered).padStart(4)}/${String(t.total).padEnd(4)} ${t.asserted ? 'asserted' : 'listed  '}  ${t.uncovered.join(', ')}`,
    );
    console.log(`property coverage (module covered/total mode uncovered):\n${lines.join('\n')}`);
    for (const t of table) expect(t.total, `${t.module} exports no functions`).toBeGreaterThan(0);
    // Asserted in full only where coverage is complete today (09:18 UTC, issue 16); core, meta and ot
    // have property files but gained exports since: their gaps are printed above for the lead.
    const STRICT = [
      'core',
      'core/stats',
      'meta',
      'ot',
      'control',
      'newton',
      'blasso',
      'spatial',
      'surrogate',
      'tda',
      'core/sort',
      'core/forest',
      'core/labels',
      'data',
      'normscale',
      'core/nn',
    ];
    const failing = table
      .filter((t) => t.asserted && STRICT.includes(t.module) && t.uncovered.length > 0)
      .map((t) => `${t.module}: ${t.uncovered.join(', ')}`);
    expect(failing, 'exports with no property').toEqual([]);
  }, 120_000);
});
