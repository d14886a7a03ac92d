// The surrogate FCNN's training step on the f32 engine (1-D n = 32, width 64, batch 32; issue 20
// target ≤ 1.5× a hand-written numpy step), per loss: (T(220 steps) − T(20 steps)) / 200, wall
// and process CPU, median of 5 repetitions; beside it, in the same run, the hand-written numpy
// step of bench/surrogate.bench.ts (tanh MLP forward/backward + Adam, same shapes), wall and CPU.
//   npx tsx bench/surrogate-step.ts [data|strong|weak]…
import { loadavg } from 'node:os';
import { hasPythonAnchor, runPython } from './harness.js';
import { disposeSurrogate, heatProblem, sampleKl, solveDataset, trainSurrogate, type LossKind } from '../src/surrogate/index.js';

const pb = heatProblem({ dim: 1, cells: 32, modes: 6 });
const train = solveDataset(pb, sampleKl(pb, 256, 2));
const losses = (process.argv.slice(2).length ? process.argv.slice(2) : ['data', 'strong', 'weak']) as LossKind[];
for (const loss of losses) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    const w: number[] = [];
    const c: number[] = [];
    for (const steps of [20, 220]) {
      const c0 = process.cpuUsage();
      const s = await trainSurrogate(pb, train, { model: 'fcnn', loss, steps, hidden: 64, latent: 32, batchSize: 32, seed: rep });
      const cu = process.cpuUsage(c0);
      w.push(s.trainMs);
      c.push((cu.user + cu.system) / 1e3);
      disposeSurrogate(s);
    }
    wall.push((w[1] - w[0]) / 200);
    cpu.push((c[1] - c[0]) / 200);
  }
  const med = (x: number[]) => [...x].sort((a, b) => a - b)[2];
  console.log(
    `fcnn-${loss} step on the f32 engine: ${med(wall).toFixed(3)} ms wall, ${med(cpu).toFixed(3)} ms CPU (median of 5); load average ${loadavg()[0].toFixed(1)}`,
  );
}

if (hasPythonAnchor()) {
  const r = runPython(`import numpy as np, time
rng=np.random.default_rng(0)
B,M,H,P=32,6,64,31
X=rng.standard_normal((B,M)); Y=rng.standard_normal((B,P))
Ws=[rng.standard_normal(s)*0.3 for s in [(M,H),(H,H),(H,P)]]; bs=[np.zeros(H),np.zeros(H),np.zeros(P)]
ps=Ws+bs; m=[np.zeros_like(p) for p in ps]; v=[np.zeros_like(p) for p in ps]
def step(t):
  h1=np.tanh(X@ps[0]+ps[3]); h2=np.tanh(h1@ps[1]+ps[4]); y=h2@ps[2]+ps[5]
  g=2*(y-Y)/y.size
  gW2=h2.T@g; gb2=g.sum(0); d2=(g@ps[2].T)*(1-h2**2)
  gW1=h1.T@d2; gb1=d2.sum(0); d1=(d2@ps[1].T)*(1-h1**2)
  gW0=X.T@d1; gb0=d1.sum(0)
  gs=[gW0,gW1,gW2,gb0,gb1,gb2]
  for i in range(6):
    m[i]=0.9*m[i]+0.1*gs[i]; v[i]=0.999*v[i]+0.001*gs[i]**2
    ps[i]-=1e-3*(m[i]/(1-0.9**t))/(np.sqrt(v[i]/(1-0.999**t))+1e-8)
w=[]; c=[]
for r in range(5):
  t0=time.perf_counter(); p0=time.process_time()
  for t in range(1,201): step(t)
  w.append((time.perf_counter()-t0)*1e3/200); c.append((time.process_time()-p0)*1e3/200)
w.sort(); c.sort()
print(json.dumps({'times_ms':w,'wall':w[2],'cpu':c[2]}))`);
  console.log(
    `numpy hand-written MLP step (same shapes, float64): ${(r.wall as number).toFixed(3)} ms wall, ${(r.cpu as number).toFixed(3)} ms CPU (median of 5); load average ${loadavg()[0].toFixed(1)}`,
  );
}
