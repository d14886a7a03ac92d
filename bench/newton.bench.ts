// newton: one GD step and one regularized Newton step (exact HVP + 10 CG iterations) at N = 1000,
// M = 128, the authors' setup, against the same steps written in numpy (single-threaded).
import { hasPythonAnchor, report, runPython, time } from './harness.js';
import { TanhRegression, makeData, newtonDirection, autoLearningRate } from '../src/newton/index.js';

const N = 1000;
const M = 128;
const LAMBDA = 1; // large enough that CG runs its 10 iterations without meeting negative curvature

const numpyPrelude = `
import numpy as np, time
N=${N}; M=${M}; beta=0.52; s=N**(-beta); lam=${LAMBDA}
x=np.fromfile(INPUTS['x']); y=np.fromfile(INPUTS['y']); th=np.fromfile(INPUTS['theta'])
w,e,c=th[:N].copy(),th[N:2*N].copy(),th[2*N:].copy()
def fwd(w,e,c):
    T=np.tanh(np.outer(x,w)+e); r=s*(T@c)-y
    return T,r
def grad(T,r,c):
    D=1-T*T
    gc=s*(T.T@r)/M; gw=s*c*((D*x[:,None]).T@r)/M; ge=s*c*(D.T@r)/M
    return np.concatenate([gw,ge,gc]),D
`;

export async function run(): Promise<void> {
  const { x, y } = makeData('multi', M);
  const base = new TanhRegression(x, y, { width: N, seed: 1 });
  const theta0 = Float64Array.from(base.theta);
  const lr = autoLearningRate(base);

  // ---- one GD step: evaluate, gradient, update
  const gdModel = new TanhRegression(x, y, { width: N, seed: 1 });
  const g = new Float64Array(gdModel.nParams);
  const gdStep = (): void => {
    gdModel.theta.set(theta0);
    gdModel.evaluate();
    gdModel.gradient(g);
    const p = gdModel.params();
    for (let i = 0; i < p.length; i++) p[i] -= lr * g[i];
  };
  const tGd = await time(`newton: one GD step (N=${N}, M=${M})`, gdStep, { reps: 20, warmup: 3 });
  gdStep();
  const gdLoss = gdModel.evaluate();

  // ---- one Newton step: evaluate, gradient, CG(10) with exact HVPs, trial loss
  const nModel = new TanhRegression(x, y, { width: N, seed: 1 });
  let cgIts = 0;
  let newtonLoss = NaN;
  const newtonStep = (): void => {
    nModel.theta.set(theta0);
    nModel.evaluate();
    const cg = newtonDirection(nModel, LAMBDA, { cgIters: 10, cgTol: 0 });
    cgIts = cg.iterations;
    const p = nModel.params();
    const trial = Float64Array.from(p, (v, i) => v - cg.x[i]);
    newtonLoss = nModel.lossAt(trial);
  };
  const tNewton = await time(`newton: one Newton step, HVP + CG(10) (N=${N}, M=${M})`, newtonStep, { reps: 10, warmup: 2 });

  if (!hasPythonAnchor()) {
    report(tGd);
    report(tNewton);
    console.log(`  (no python3 + numpy: anchors skipped)  CG iterations ${cgIts}`);
    return;
  }
  const inputs = { x, y, theta: theta0 };
  const gdAnchor = runPython(
    `${numpyPrelude}
lr=${lr}
ts=[]
for _ in range(23):
    t=time.perf_counter()
    T,r=fwd(w,e,c); G,_=grad(T,r,c); th1=th-lr*G
    ts.append((time.perf_counter()-t)*1e3)
T,r=fwd(th1[:N],th1[N:2*N],th1[2*N:])
print(json.dumps({'times_ms':ts[3:],'loss':float(r@r/(2*M))}))`,
    inputs,
  );
  report(tGd, { name: 'numpy GD step', times_ms: gdAnchor.times_ms });
  console.log(`  loss after the step: quire ${gdLoss.toExponential(10)}, numpy ${(gdAnchor.loss as number).toExponential(10)}`);

  const newtonAnchor = runPython(
    `${numpyPrelude}
def step():
    T,r=fwd(w,e,c); G,D=grad(T,r,c)
    def hvp(v):
        vw,ve,vc=v[:N],v[N:2*N],v[2*N:]
        Q=np.outer(x,vw)+ve
        a=s*(T@vc+(D*Q)@c)
        E=a[:,None]*c*D+r[:,None]*(D*vc-2*T*D*c*Q)
        out=np.concatenate([(x[:,None]*E).sum(0),E.sum(0),(a[:,None]*T+r[:,None]*D*Q).sum(0)])
        return s*out/M+lam*v
    xk=np.zeros_like(G); rk=G.copy(); p=G.copy(); rr=rk@rk; it=0
    while it<10:
        Ap=hvp(p); pAp=p@Ap
        if not pAp>0: break
        al=rr/pAp; xk+=al*p; rk-=al*Ap; rn=rk@rk; it+=1
        p=rk+(rn/rr)*p; rr=rn
    th1=th-xk
    T1,r1=fwd(th1[:N],th1[N:2*N],th1[2*N:])
    return it,float(r1@r1/(2*M))
ts=[]
for _ in range(12):
    t=time.perf_counter(); it,L=step(); ts.append((time.perf_counter()-t)*1e3)
print(json.dumps({'times_ms':ts[2:],'iters':it,'loss':L}))`,
    inputs,
  );
  report(tNewton, { name: 'numpy Newton step (same CG)', times_ms: newtonAnchor.times_ms });
  console.log(
    `  CG iterations quire ${cgIts}, numpy ${newtonAnchor.iters as number}; loss after the step: quire ${newtonLoss.toExponential(10)}, numpy ${(newtonAnchor.loss as number).toExponential(10)}`,
  );
}
