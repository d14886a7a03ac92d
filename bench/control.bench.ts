// Control: the DARE by SDA against scipy.linalg.solve_discrete_are (single-threaded OpenBLAS),
// on the same random stabilizable systems (n = 10 and 50) in the same run. Reports the normwise
// relative residual of both solutions (same formula) and the time ratio.
import { hasPythonAnchor, report, runPython, time } from './harness.js';
import { Rng } from '../src/core/rng.js';
import { mat } from '../src/core/linalg.js';
import { solveDARE } from '../src/control/index.js';

function randomSystem(seed: number, n: number, m: number) {
  const r = new Rng(seed);
  const a = r.fillNormal(new Float64Array(n * n));
  // scale so that ‖A‖₂ is about 1.1: some unstable modes, generic B makes (A, B) stabilizable
  const s = 1.1 / (2 * Math.sqrt(n));
  for (let i = 0; i < a.length; i++) a[i] *= s;
  const b = r.fillNormal(new Float64Array(n * m));
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  const rr = new Float64Array(m * m);
  for (let i = 0; i < m; i++) rr[i * m + i] = 1;
  return { a, b, q, r: rr };
}

const PY = (n: number, m: number) => `import numpy as np, time, scipy.linalg as sl
n, m = ${n}, ${m}
A = np.fromfile(INPUTS['a']).reshape(n, n); B = np.fromfile(INPUTS['b']).reshape(n, m)
Q = np.fromfile(INPUTS['q']).reshape(n, n); R = np.fromfile(INPUTS['r']).reshape(m, m)
ts = []
for _ in range(9):
    t = time.perf_counter(); X = sl.solve_discrete_are(A, B, Q, R); ts.append((time.perf_counter() - t) * 1e3)
N = B.T @ X @ A
T = N.T @ np.linalg.solve(R + B.T @ X @ B, N)
AXA = A.T @ X @ A
res = AXA - X - T + Q
rel = np.linalg.norm(res) / (np.linalg.norm(AXA) + np.linalg.norm(X) + np.linalg.norm(T) + np.linalg.norm(Q))
print(json.dumps({'times_ms': ts[2:], 'rel': rel, 'X': X.ravel().tolist()}))`;

export async function run(): Promise<void> {
  for (const [n, m] of [
    [10, 2],
    [50, 10],
  ]) {
    const sys = randomSystem(1000 + n, n, m);
    const A = mat(n, n, sys.a);
    const B = mat(n, m, sys.b);
    const Q = mat(n, n, sys.q);
    const R = mat(m, m, sys.r);
    const sol = solveDARE(A, B, Q, R);
    const t = await time(`solveDARE (SDA) n=${n} m=${m}`, () => solveDARE(A, B, Q, R), { reps: n > 20 ? 9 : 25, warmup: 3 });
    if (!hasPythonAnchor()) {
      report(t);
      console.log(`  relative residual ${sol.relativeResidual.toExponential(2)} (anchor unavailable)`);
      continue;
    }
    const py = runPython(PY(n, m), sys) as { times_ms: number[]; rel: number; X: number[] };
    report(t, { name: 'scipy solve_discrete_are', times_ms: py.times_ms });
    const X = sol.P.data;
    let diff = 0;
    let nrm = 0;
    for (let i = 0; i < X.length; i++) {
      diff += (X[i] - py.X[i]) ** 2;
      nrm += py.X[i] ** 2;
    }
    const ok = sol.relativeResidual <= 1e-9 ? 'ok' : 'FAIL';
    console.log(
      `  relative residual quire ${sol.relativeResidual.toExponential(2)} (${ok}, goal ≤ 1e-9), scipy ${py.rel.toExponential(2)}; ‖X_quire − X_scipy‖_F/‖X_scipy‖_F = ${Math.sqrt(diff / nrm).toExponential(2)}; SDA steps ${sol.iterations}`,
    );
  }
}
