// core/linalg general decompositions (issue 21): QR (thin, Q formed), SVD (thin, vectors), general
// eig (values + vectors) at n = 200 / 500 — "before" ml-matrix (JAMA ports, what core/linalg used),
// "after" core/linalg (linalg-qr.ts and linalg-eig.ts in TS on the WASM gemm; linalg-svd.ts with its
// bidiagonalisation and QR-sweep rotations in WASM), numpy 1-thread in the same run.
// Run alone: npm run bench -- linalg-dense (also run at the end of `npm run bench -- linalg`).
import { hasPythonAnchor, report, runPython, summarize, time, type Timing } from './harness.js';
import { Rng } from '../src/core/rng.js';
import * as la from '../src/core/linalg.js';
import { legacyEig, legacyQr, legacySvd } from './linalg-legacy.js';

function ratios(label: string, before: Timing, after: Timing, anchorMs: number[] | undefined): void {
  if (!anchorMs) return;
  const a = summarize('anchor', anchorMs).median;
  console.log(`  ${label}: before (ml-matrix) ${(before.median / a).toFixed(2)}× → after ${(after.median / a).toFixed(2)}× numpy 1-thread`);
}

export async function run(): Promise<void> {
  const r = new Rng(2121);
  const py = hasPythonAnchor();
  for (const n of [200, 500]) {
    const a = r.fillNormal(new Float64Array(n * n));
    const A = la.mat(n, n, a);
    const reps = n >= 500 ? 3 : 5;
    const anchor = py
      ? runPython(
          `import numpy as np, time\nn=${n}\na=np.fromfile(INPUTS['a']).reshape(n,n)\nout={}\nfor k,f in [('qr',lambda: np.linalg.qr(a)),('svd',lambda: np.linalg.svd(a, full_matrices=False)),('eig',lambda: np.linalg.eig(a))]:\n  f(); ts=[]\n  for _ in range(${reps}):\n    t=time.perf_counter(); f(); ts.append((time.perf_counter()-t)*1e3)\n  out[k]=ts\nprint(json.dumps(out))`,
          { a },
        )
      : undefined;
    const cases: [string, () => unknown, () => unknown][] = [
      ['qr', () => legacyQr(a, n), () => la.qr(A)],
      ['svd', () => legacySvd(a, n), () => la.svd(A)],
      ['eig', () => legacyEig(a, n), () => la.eig(A)],
    ];
    for (const [k, old, now] of cases) {
      const before = await time(`${k} ${n} before (ml-matrix)`, old, { reps, warmup: 1 });
      report(before);
      const after = await time(`${k} ${n} after (core/linalg)`, now, { reps, warmup: 1 });
      const am = anchor?.[k] as number[] | undefined;
      report(after, am && { name: `numpy.linalg.${k} (1 thread)`, times_ms: am });
      ratios(`${k} n=${n}`, before, after, am);
    }
  }
}
