// ot: exact 1-D W_1 at n = 10^6 against scipy.stats.wasserstein_distance, and sliced W_2
// (2·10^4 points per cloud, d = 10, 200 directions) against numpy projection + sort, on the
// same inputs (the same directions too) in the same run. Goals: ≤ 1× and ≤ 1.5× the anchor.
import { hasPythonAnchor, report, runPython, time } from './harness.js';
import { Rng } from '../src/core/rng.js';
import { slicedWasserstein, sphereDirections, wasserstein1d } from '../src/ot/index.js';

export async function run(): Promise<void> {
  const r = new Rng(2026);
  const n = 1_000_000;
  const u = r.fillNormal(new Float64Array(n));
  const v = r.fillNormal(new Float64Array(n), 0.5, 2);
  let ours = 0;
  const t1 = await time('wasserstein1d W_1, n = 10^6 (each side)', () => (ours = wasserstein1d(u, v)), { reps: 5 });
  const a1 = hasPythonAnchor()
    ? runPython(
        `import numpy as np, time\nfrom scipy.stats import wasserstein_distance\nu=np.fromfile(INPUTS['u']); v=np.fromfile(INPUTS['v'])\nts=[]\nfor _ in range(5):\n  t=time.perf_counter(); w=wasserstein_distance(u,v); ts.append((time.perf_counter()-t)*1e3)\nprint(json.dumps({'times_ms':ts,'value':w}))`,
        { u, v },
      )
    : undefined;
  report(t1, a1 && { name: 'scipy.stats.wasserstein_distance', times_ms: a1.times_ms });
  if (a1) console.log(`  values: quire ${ours} · scipy ${String(a1.value)} · |diff| ${Math.abs(ours - Number(a1.value)).toExponential(2)}`);

  const m = 20_000;
  const d = 10;
  const L = 200;
  const X = { data: r.fillNormal(new Float64Array(m * d)), rows: m, cols: d };
  const Yd = r.fillNormal(new Float64Array(m * d));
  for (let i = 0; i < m * d; i++) Yd[i] = 0.3 + 1.5 * Yd[i];
  const Y = { data: Yd, rows: m, cols: d };
  const theta = sphereDirections(d, L, 'gaussian', 7);
  const dirs = { data: theta, rows: L, cols: d };
  let sw = 0;
  const t2 = await time(
    `slicedWasserstein SW_2, ${m} points, d = ${d}, L = ${L}`,
    () => (sw = slicedWasserstein(X, Y, { p: 2, directions: dirs })),
    {
      reps: 5,
    },
  );
  const a2 = hasPythonAnchor()
    ? runPython(
        `import numpy as np, time\nm=${m}; d=${d}; L=${L}\nX=np.fromfile(INPUTS['X']).reshape(m,d); Y=np.fromfile(INPUTS['Y']).reshape(m,d); th=np.fromfile(INPUTS['th']).reshape(L,d)\ndef sw():\n  px=th@X.T; py=th@Y.T\n  px.sort(axis=1); py.sort(axis=1)\n  return float(np.mean((px-py)**2)**0.5)\nsw()\nts=[]\nfor _ in range(5):\n  t=time.perf_counter(); w=sw(); ts.append((time.perf_counter()-t)*1e3)\nprint(json.dumps({'times_ms':ts,'value':w}))`,
        { X: X.data, Y: Y.data, th: theta },
      )
    : undefined;
  report(t2, a2 && { name: 'numpy th@X.T + sort(axis=1)', times_ms: a2.times_ms });
  if (a2) console.log(`  values: quire ${sw} · numpy ${String(a2.value)} · |diff| ${Math.abs(sw - Number(a2.value)).toExponential(2)}`);
}
