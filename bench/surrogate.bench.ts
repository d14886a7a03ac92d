// surrogate: the FD solver on a batch of KL samples (anchor: scipy solve_banded / sparse spsolve) and the
// training-step time of the FCNN and the DeepONet for each loss (anchor for the FCNN data step: a
// hand-written numpy tanh MLP forward/backward + Adam on the same shapes).
import { hasPythonAnchor, report, runPython, summarize, time } from './harness.js';
import { loadavg } from 'node:os';
import { trainSurrogateOn } from '../src/surrogate/models.js';
import {
  heatProblem,
  sampleKl,
  solveDataset,
  trainSurrogate,
  disposeSurrogate,
  type LossKind,
  type ModelKind,
} from '../src/surrogate/index.js';

/** The hand-written numpy FCNN step (tanh MLP 6 → 64 → 64 → 31, batch 32, Adam): defines `step(t)`; both surrogate benches time it. */
export const NUMPY_FCNN_STEP = `import numpy as np, time
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
`;

export async function run(): Promise<void> {
  // ---- FD solver
  for (const [dim, cells, count] of [
    [1, 256, 2000],
    [2, 32, 100],
  ] as const) {
    const pb = heatProblem({ dim, cells, modes: 6 });
    const xi = sampleKl(pb, count, 1);
    const t = await time(`FD solve ${dim}-D n=${cells}, ${count} samples`, () => solveDataset(pb, xi), { reps: 5 });
    const f = solveDataset(pb, xi).f;
    const anchor = hasPythonAnchor()
      ? runPython(
          dim === 1
            ? `import numpy as np, time\nfrom scipy.linalg import solve_banded\nn=${cells}; m=n-1; c=n*n\nF=np.fromfile(INPUTS['f']).reshape(${count},m)\nab=np.zeros((3,m)); ab[0,1:]=-c; ab[1,:]=2*c; ab[2,:-1]=-c\nts=[]\nfor _ in range(5):\n  t=time.perf_counter()\n  for r in F: solve_banded((1,1),ab,r)\n  ts.append((time.perf_counter()-t)*1e3)\nprint(json.dumps({'times_ms':ts}))`
            : `import numpy as np, time\nimport scipy.sparse as sp\nfrom scipy.sparse.linalg import spsolve\nn=${cells}; m=n-1\nT=sp.diags([-1,2,-1],[-1,0,1],shape=(m,m))\nA=((sp.kron(sp.eye(m),T)+sp.kron(T,sp.eye(m)))*n*n).tocsc()\nF=np.fromfile(INPUTS['f']).reshape(${count},m*m)\nts=[]\nfor _ in range(5):\n  t=time.perf_counter()\n  for r in F: spsolve(A,r)\n  ts.append((time.perf_counter()-t)*1e3)\nprint(json.dumps({'times_ms':ts}))`,
          { f },
        )
      : undefined;
    report(
      t,
      anchor && { name: dim === 1 ? 'scipy solve_banded per sample' : 'scipy spsolve (SuperLU) per sample', times_ms: anchor.times_ms },
    );
  }

  // ---- training steps: per-step time = (T(S2) − T(S1)) / (S2 − S1), which removes the jit compile
  const pb = heatProblem({ dim: 1, cells: 32, modes: 6 });
  const train = solveDataset(pb, sampleKl(pb, 256, 2));
  const S1 = 20;
  const S2 = 220;
  // the FCNN trains on the f32 engine; 'fcnn (jax)' is the jax path it replaced, in the same run
  for (const [model, onJax] of [
    ['fcnn', false],
    ['fcnn', true],
    ['deeponet', false],
  ] as [ModelKind, boolean][])
    for (const loss of ['data', 'strong', 'weak'] as LossKind[]) {
      const perStep: number[] = [];
      for (let rep = 0; rep < 3; rep++) {
        const ms: number[] = [];
        for (const steps of [S1, S2]) {
          const o = { model, loss, steps, hidden: 64, latent: 32, batchSize: 32, seed: rep };
          const s = onJax ? await trainSurrogateOn('jax', pb, train, o) : await trainSurrogate(pb, train, o);
          ms.push(s.trainMs);
          disposeSurrogate(s);
        }
        perStep.push((ms[1] - ms[0]) / (S2 - S1));
      }
      const engine = model === 'fcnn' ? (onJax ? ' on jax' : ' on the f32 engine') : ' on jax';
      const t = summarize(
        `train step ${model}-${loss}${engine} (1-D n=32, width 64, batch 32; load average ${loadavg()[0].toFixed(1)})`,
        perStep,
      );
      let anchor;
      if (model === 'fcnn' && loss === 'data' && hasPythonAnchor()) {
        anchor = runPython(
          `${NUMPY_FCNN_STEP}ts=[]
for r in range(3):
  t0=time.perf_counter()
  for t in range(1,201): step(t)
  ts.append((time.perf_counter()-t0)*1e3/200)
print(json.dumps({'times_ms':ts}))`,
        );
      }
      report(t, anchor && { name: 'numpy hand-written MLP step (same shapes)', times_ms: anchor.times_ms });
    }
}
