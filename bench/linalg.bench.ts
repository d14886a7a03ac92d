// core/linalg and core/sort (issue 21): f64 gemm and symmetric eigen against numpy (1 thread),
// W₂ at n = 10⁶ and sliced W (2·10⁴ × 10, L = 200) against numpy sort — each "before" (the
// kernels quire had: TS 4×4 gemm, ml-matrix JAMA eigen, the TS distribution sort) and "after"
// (the WebAssembly kernels; eigh also with the QL solver), with the anchor in the same run.
// Goals: gemm ≤ 3×, eigh ≤ 5×, W₂ ≤ 1.5×, sliced W ≤ 1.5× numpy.
import { hasPythonAnchor, report, runPython, summarize, time, type Timing } from './harness.js';
import { Rng } from '../src/core/rng.js';
import * as la from '../src/core/linalg.js';
import { gemmTs } from '../src/core/linalg-ts.js';
import { sortRange } from '../src/core/sort.js';
import { legacyEigSym, legacySortRange } from './linalg-legacy.js';
import { run as runDense } from './linalg-dense.bench.js';

function ratios(label: string, before: Timing | null, after: Timing, anchorMs: number[] | undefined, goal: number): void {
  if (!anchorMs) return;
  const a = summarize('anchor', anchorMs).median;
  const b = before ? `before ${(before.median / a).toFixed(2)}× → ` : '';
  console.log(`  ${label}: ${b}after ${(after.median / a).toFixed(2)}× numpy (goal ≤ ${goal}×)`);
}

function w2Sorted(u: Float64Array, v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += (u[i] - v[i]) ** 2;
  return Math.sqrt(s / u.length);
}

export async function run(): Promise<void> {
  const r = new Rng(21);
  const py = hasPythonAnchor();
  console.log(`kernels: ${la.backend()}`);

  for (const n of [500, 1000]) {
    const a = r.fillNormal(new Float64Array(n * n));
    const A = la.mat(n, n, a);
    const before = await time(`gemm ${n} before (TS 4×4)`, () => gemmTs(a, a, n, n, n), { reps: n >= 1000 ? 3 : 5 });
    report(before);
    const after = await time(`gemm ${n} after (WASM packed f64x2)`, () => la.matmul(A, A), { reps: 7, warmup: 2 });
    const anchor = py
      ? runPython(
          `import numpy as np, time\nn=${n}\na=np.fromfile(INPUTS['a']).reshape(n,n)\na@a\nts=[]\nfor _ in range(7):\n  t=time.perf_counter(); a@a; ts.append((time.perf_counter()-t)*1e3)\nprint(json.dumps({'times_ms':ts}))`,
          { a },
        )
      : undefined;
    report(after, anchor && { name: 'numpy a@a (1 thread)', times_ms: anchor.times_ms });
    console.log(`  ${((2 * n ** 3) / after.median / 1e6).toFixed(2)} GFLOP/s`);
    ratios(`gemm n=${n}`, before, after, anchor?.times_ms, 3);
  }

  for (const n of [200, 500, 1000]) {
    const g = r.fillNormal(new Float64Array(n * n));
    const S = la.matmul(la.mat(n, n, g), la.transpose(la.mat(n, n, g)));
    const before = await time(`eigh ${n} before (ml-matrix JAMA)`, () => legacyEigSym(S.data, n), {
      reps: n >= 1000 ? 1 : 3,
      warmup: n >= 1000 ? 0 : 1,
    });
    report(before);
    const ql = await time(`eigh ${n} (WASM blocked tridiag + QL)`, () => la.eighFlat(S.data, n, true, { solver: 'ql' }), {
      reps: n >= 1000 ? 3 : 5,
    });
    const after = await time(`eigh ${n} after (WASM blocked tridiag + D&C)`, () => la.eigh(S), { reps: n >= 1000 ? 3 : 5 });
    const vals = await time(`eigvalsh ${n} after (values only)`, () => la.eigvalsh(S), { reps: n >= 1000 ? 3 : 5 });
    const anchor = py
      ? runPython(
          `import numpy as np, time\nn=${n}\ns=np.fromfile(INPUTS['s']).reshape(n,n)\nnp.linalg.eigh(s)\nts=[];tv=[]\nfor _ in range(5):\n  t=time.perf_counter(); np.linalg.eigh(s); ts.append((time.perf_counter()-t)*1e3)\n  t=time.perf_counter(); np.linalg.eigvalsh(s); tv.append((time.perf_counter()-t)*1e3)\nprint(json.dumps({'times_ms':ts,'vals_ms':tv}))`,
          { s: S.data },
        )
      : undefined;
    report(ql, anchor && { name: 'numpy.linalg.eigh (1 thread)', times_ms: anchor.times_ms });
    report(after, anchor && { name: 'numpy.linalg.eigh (1 thread)', times_ms: anchor.times_ms });
    report(vals, anchor && { name: 'numpy.linalg.eigvalsh (1 thread)', times_ms: anchor.vals_ms as number[] });
    ratios(`eigh n=${n}`, before, after, anchor?.times_ms, 5);
    ratios(`eigh n=${n} (QL solver)`, null, ql, anchor?.times_ms, 5);
    ratios(`eigvalsh n=${n}`, null, vals, anchor?.vals_ms as number[] | undefined, 5);
  }

  {
    const n = 1_000_000;
    const u = r.fillNormal(new Float64Array(n));
    const v = r.fillNormal(new Float64Array(n), 0.5, 2);
    let wb = 0;
    let wa = 0;
    const before = await time(
      'W₂ n=10⁶ before (TS distribution sort)',
      () => {
        const a = u.slice();
        const b = v.slice();
        legacySortRange(a, 0, n);
        legacySortRange(b, 0, n);
        wb = w2Sorted(a, b);
      },
      { reps: 5 },
    );
    report(before);
    const after = await time(
      'W₂ n=10⁶ after (WASM MSD bucket sort)',
      () => {
        const a = u.slice();
        const b = v.slice();
        sortRange(a);
        sortRange(b);
        wa = w2Sorted(a, b);
      },
      { reps: 7, warmup: 2 },
    );
    const anchor = py
      ? runPython(
          `import numpy as np, time\nu=np.fromfile(INPUTS['u']); v=np.fromfile(INPUTS['v'])\ndef w2():\n  return float(np.sqrt(np.mean((np.sort(u)-np.sort(v))**2)))\nw2()\nts=[]\nfor _ in range(7):\n  t=time.perf_counter(); w=w2(); ts.append((time.perf_counter()-t)*1e3)\nprint(json.dumps({'times_ms':ts,'value':w}))`,
          { u, v },
        )
      : undefined;
    report(after, anchor && { name: 'numpy sort + mean', times_ms: anchor.times_ms });
    if (anchor) console.log(`  values: before ${wb} · after ${wa} · numpy ${String(anchor.value)}`);
    ratios('W₂ n=10⁶', before, after, anchor?.times_ms, 1.5);
  }

  {
    const m = 20_000;
    const d = 10;
    const L = 200;
    const X = r.fillNormal(new Float64Array(m * d));
    const Y = r.fillNormal(new Float64Array(m * d));
    for (let i = 0; i < m * d; i++) Y[i] = 0.3 + 1.5 * Y[i];
    const th = r.fillNormal(new Float64Array(L * d));
    const Xt = la.transposeFlat(X, m, d);
    const Yt = la.transposeFlat(Y, m, d);
    const sw = (sort: (a: Float64Array, off: number, n: number) => void, mm: typeof la.gemm): number => {
      const PX = mm(th, Xt, L, d, m);
      const PY = mm(th, Yt, L, d, m);
      let s = 0;
      for (let l = 0; l < L; l++) {
        sort(PX, l * m, m);
        sort(PY, l * m, m);
        for (let i = l * m; i < (l + 1) * m; i++) s += (PX[i] - PY[i]) ** 2;
      }
      return Math.sqrt(s / (L * m));
    };
    let vb = 0;
    let va = 0;
    const before = await time(
      `sliced W ${m}×${d}, L=${L} before`,
      () => (vb = sw(legacySortRange, (A, B2, mm, k, nn) => gemmTs(A, B2, mm, k, nn))),
      { reps: 5 },
    );
    report(before);
    const after = await time(`sliced W ${m}×${d}, L=${L} after`, () => (va = sw(sortRange, la.gemm)), { reps: 7, warmup: 2 });
    const anchor = py
      ? runPython(
          `import numpy as np, time\nm=${m}; d=${d}; L=${L}\nX=np.fromfile(INPUTS['X']).reshape(m,d); Y=np.fromfile(INPUTS['Y']).reshape(m,d); th=np.fromfile(INPUTS['th']).reshape(L,d)\ndef sw():\n  px=th@X.T; py=th@Y.T\n  px.sort(axis=1); py.sort(axis=1)\n  return float(np.mean((px-py)**2)**0.5)\nsw()\nts=[]\nfor _ in range(7):\n  t=time.perf_counter(); w=sw(); ts.append((time.perf_counter()-t)*1e3)\nprint(json.dumps({'times_ms':ts,'value':w}))`,
          { X, Y, th },
        )
      : undefined;
    report(after, anchor && { name: 'numpy th@X.T + sort(axis=1)', times_ms: anchor.times_ms });
    if (anchor) console.log(`  values: before ${vb} · after ${va} · numpy ${String(anchor.value)}`);
    ratios('sliced W', before, after, anchor?.times_ms, 1.5);
  }
  await runDense();
}
