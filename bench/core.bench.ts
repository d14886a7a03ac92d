// Core kernels: matmul and symmetric eigen against numpy (single-threaded OpenBLAS).
import { hasPythonAnchor, report, runPython, time } from './harness.js';
import { Rng } from '../src/core/rng.js';
import { eigSym, mat, matmul, transpose } from '../src/core/linalg.js';

export async function run(): Promise<void> {
  const r = new Rng(1);
  for (const n of [128, 256]) {
    const a = r.fillNormal(new Float64Array(n * n));
    const A = mat(n, n, a);
    const t = await time(`matmul ${n}×${n}`, () => matmul(A, A), { reps: 5 });
    const anchor = hasPythonAnchor()
      ? runPython(
          `import numpy as np, time\nn=${n}\na=np.fromfile(INPUTS['a']).reshape(n,n)\nts=[]\nfor _ in range(7):\n  t=time.perf_counter(); a@a; ts.append((time.perf_counter()-t)*1e3)\nprint(json.dumps({'times_ms':ts}))`,
          { a },
        )
      : undefined;
    report(t, anchor && { name: 'numpy a@a', times_ms: anchor.times_ms });
  }
  const n = 200;
  const a = r.fillNormal(new Float64Array(n * n));
  const A = mat(n, n, a);
  const S = matmul(A, transpose(A));
  const t = await time(`eigSym ${n}`, () => eigSym(S), { reps: 3 });
  const anchor = hasPythonAnchor()
    ? runPython(
        `import numpy as np, time\nn=${n}\na=np.fromfile(INPUTS['a']).reshape(n,n)\ns=a@a.T\nts=[]\nfor _ in range(5):\n  t=time.perf_counter(); np.linalg.eigh(s); ts.append((time.perf_counter()-t)*1e3)\nprint(json.dumps({'times_ms':ts}))`,
        { a },
      )
    : undefined;
  report(t, anchor && { name: 'numpy.linalg.eigh', times_ms: anchor.times_ms });
}
