// The surrogate FCNN's training step on the f32 engine (1-D n = 32, width 64, batch 32; issue 20
// target ≤ 1.5× a hand-written numpy step), per loss: (T(220 steps) − T(20 steps)) / 200, wall
// and process CPU, median of 5 repetitions; beside it, in the same run, the hand-written numpy
// step of bench/surrogate.bench.ts (tanh MLP forward/backward + Adam, same shapes), wall and CPU.
//   npx tsx bench/surrogate-step.ts [data|strong|weak]…
import { loadavg } from 'node:os';
import { hasPythonAnchor, runPython } from './harness.js';
import { NUMPY_FCNN_STEP } from './surrogate.bench.js';
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
  const r = runPython(`${NUMPY_FCNN_STEP}w=[]; c=[]
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
