// BLASSO: time to a target objective, CPGD vs FS&P vs Sliding Frank–Wolfe; and the CPGD
// iteration against a vectorised numpy port of the same update (same start, same steps).
import { hasPythonAnchor, report, runPython, summarize, time } from './harness.js';
import { cpgd, fsp, makeProblem, slidingFrankWolfe, spikes, type SolveResult } from '../src/blasso/index.js';

function timeToTarget(r: SolveResult, target: number): number {
  const t = r.trajectory;
  for (let i = 0; i < t.objective.length; i++) if (t.objective[i] <= target) return t.time[i];
  return Infinity;
}

export async function run(): Promise<void> {
  const lambda = 0.1;
  const cases = [
    { name: 'Fourier d=1 fc=6, 3 spikes', opts: { kernel: 'fourier', dim: 1, fc: 6, spikes: 3, seed: 1 }, iters: 2000 },
    { name: 'Gaussian d=1 σ=0.05, 4 spikes', opts: { kernel: 'gaussian', dim: 1, spikes: 4, seed: 2 }, iters: 2000 },
    { name: 'Fourier d=2 fc=4, 3 spikes', opts: { kernel: 'fourier', dim: 2, fc: 4, spikes: 3, seed: 3 }, iters: 2000 },
  ] as const;
  for (const c of cases) {
    const p = makeProblem(c.opts);
    const reps = 3;
    const runs: Record<string, SolveResult[]> = { 'CPGD (10×spikes particles)': [], 'FS&P (2 particles)': [], SFW: [] };
    for (let r = 0; r < reps; r++) {
      runs['CPGD (10×spikes particles)'].push(
        cpgd(p.op, p.y, { lambda, particles: 10 * c.opts.spikes, iters: c.iters, recordEvery: 5, seed: r }),
      );
      runs['FS&P (2 particles)'].push(fsp(p.op, p.y, { lambda, particles: 2, iters: c.iters, recordEvery: 5, seed: r }));
      runs.SFW.push(slidingFrankWolfe(p.op, p.y, { lambda }));
    }
    const fStar = Math.min(...Object.values(runs).flatMap((rs) => rs.map((x) => x.objective)));
    const target = fStar * (1 + 1e-4);
    console.log(`${c.name}: F* = ${fStar.toPrecision(10)}, target F ≤ F*(1 + 1e-4)`);
    for (const [name, rs] of Object.entries(runs)) {
      const tt = rs.map((x) => timeToTarget(x, target));
      const reached = tt.filter(Number.isFinite);
      const line =
        reached.length > 0
          ? `median ${summarize(name, reached).median.toFixed(2).padStart(9)} ms to target (${reached.length}/${rs.length} runs reached it)`
          : `never reached the target in ${c.iters} iterations`;
      const fin = rs.map((x) => x.objective);
      console.log(
        `  ${name.padEnd(22)} ${line}; final F − F* = ${(Math.min(...fin) - fStar).toExponential(2)}, total ${summarize(
          name,
          rs.map((x) => x.timeMs),
        ).median.toFixed(2)} ms`,
      );
    }
  }

  // CPGD update vs numpy (Fourier d=1, fc=6, 30 particles, 2000 iterations, fixed steps)
  const p = makeProblem({ kernel: 'fourier', dim: 1, fc: 6, spikes: 3, seed: 1 });
  const n = 30;
  const pos = new Float64Array(n);
  const amp = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    pos[i] = (i + 0.5) / n;
    amp[i] = (i % 2 === 0 ? 1 : -1) * 0.05;
  }
  const init = spikes(1, Array.from(pos), Array.from(amp));
  const alpha = 0.005;
  const beta = 2e-5;
  const iters = 2000;
  let jsObjective = NaN;
  const t = await time(
    `CPGD ${iters} iterations, ${n} particles (Fourier d=1)`,
    () => {
      jsObjective = cpgd(p.op, p.y, { lambda, iters, stepWeights: alpha, stepPositions: beta, recordEvery: iters }, init).objective;
    },
    { reps: 5 },
  );
  if (!hasPythonAnchor()) {
    report(t);
    return;
  }
  const script = `
import numpy as np, time
y=np.fromfile(INPUTS['y']); x0=np.fromfile(INPUTS['pos']); a0=np.fromfile(INPUTS['amp'])
fc=6; lam=${lambda}; alpha=${alpha}; beta=${beta}; K=${iters}
k=np.arange(1,fc+1)
def feats(x):
    t=2*np.pi*np.outer(x,k)
    c=np.sqrt(2)*np.cos(t); s=np.sqrt(2)*np.sin(t)
    F=np.empty((len(x),2*fc+1)); F[:,0]=1; F[:,1::2]=c; F[:,2::2]=s
    G=np.zeros_like(F); w=2*np.pi*k; G[:,1::2]=-w*s; G[:,2::2]=w*c
    return F,G
def run():
    x=x0.copy(); a=a0.copy()
    for it in range(K):
        F,G=feats(x); r=a@F-y
        jp=F@r; gp=G@r; s=np.sign(a)
        a=a*np.exp(np.clip(-4*alpha*(s*jp+lam),-700,50))
        x=np.mod(x-beta*s*gp,1.0)
    F,_=feats(x); r=a@F-y
    return 0.5*r@r+lam*np.abs(a).sum()
ts=[]
for _ in range(5):
    t0=time.perf_counter(); obj=run(); ts.append((time.perf_counter()-t0)*1e3)
print(json.dumps({'times_ms':ts,'objective':obj}))
`;
  const anchor = runPython(script, { y: p.y, pos, amp });
  report(t, { name: 'numpy CPGD (vectorised, same update)', times_ms: anchor.times_ms });
  console.log(`  final objective: quire ${jsObjective.toPrecision(12)}, numpy ${(anchor.objective as number).toPrecision(12)}`);
}
