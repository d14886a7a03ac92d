// meta: combining 10^6 rows × 10 p-values, against scipy.stats.combine_pvalues(p, method, axis=1)
// on the same data in the same run (single-threaded numpy/scipy).
import { hasPythonAnchor, report, runPython, time } from './harness.js';
import { Rng } from '../src/core/rng.js';
import { combinePValuesRows, type CombineMethod } from '../src/meta/index.js';

const ROWS = 1_000_000;
const COLS = 10;
const SCIPY: [CombineMethod, string][] = [
  ['fisher', 'fisher'],
  ['pearson', 'pearson'],
  ['tippett', 'tippett'],
  ['stouffer', 'stouffer'],
  ['mudholkar-george', 'mudholkar_george'],
];

export async function run(): Promise<void> {
  const p = new Rng(7).fillUniform(new Float64Array(ROWS * COLS));
  for (let k = 0; k < p.length; k++) p[k] = 1 - p[k]; // (0, 1]
  const anchor = hasPythonAnchor()
    ? runPython(
        `import numpy as np, time
from scipy import stats
p = np.fromfile(INPUTS['p']).reshape(${ROWS}, ${COLS})
out = {}
for m in ${JSON.stringify(SCIPY.map((s) => s[1]))}:
    stats.combine_pvalues(p[:1000], method=m, axis=1)
    ts = []
    for _ in range(3):
        t = time.perf_counter(); r = stats.combine_pvalues(p, method=m, axis=1); ts.append((time.perf_counter() - t) * 1e3)
    out[m] = {'times_ms': ts, 'check': float(r.pvalue[12345])}
print(json.dumps({'times_ms': [], 'methods': out}))`,
        { p },
      )
    : undefined;
  const methods = anchor?.methods as Record<string, { times_ms: number[]; check: number }> | undefined;
  for (const [method, scipyName] of SCIPY) {
    let last = 0;
    const t = await time(
      `combinePValuesRows ${method} 1e6×10`,
      () => {
        last = combinePValuesRows(p, ROWS, COLS, { method }).pvalue[12345];
      },
      { reps: 3, warmup: 1 },
    );
    const a = methods?.[scipyName];
    report(t, a && { name: `scipy combine_pvalues(${scipyName}, axis=1)`, times_ms: a.times_ms });
    if (a && Math.abs(last - a.check) > 1e-9 * Math.max(a.check, 1e-300))
      console.log(`  !! row 12345 differs from scipy: ${last} vs ${a.check}`);
  }
  for (const method of ['edgington', 'cauchy', 'min-p-bonferroni'] as const) {
    report(
      await time(`combinePValuesRows ${method} 1e6×10 (no scipy anchor)`, () => combinePValuesRows(p, ROWS, COLS, { method }), { reps: 3 }),
    );
  }
}
