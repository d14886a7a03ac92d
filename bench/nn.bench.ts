// core/nn: training-step times of the jax-js engine (float32, wasm, 1 thread), against a
// numpy float32 MLP step with hand-written backprop + Adam (single-threaded OpenBLAS).
import { hasPythonAnchor, report, runPython, time } from './harness.js';
import {
  adam,
  adamw,
  decayGroups,
  disposeParams,
  initArray,
  initMlp,
  initNN,
  initValues,
  jnn,
  makeTrainStep,
  mlp,
  np,
  refParams,
  type JaxArray,
  type ParamTree,
} from '../src/core/nn/index.js';

async function timeSteps(
  name: string,
  params: ParamTree,
  loss: (p: never, b: { [k: string]: JaxArray }) => JaxArray,
  batch: { [k: string]: JaxArray },
  optimizer: ReturnType<typeof adam>,
  reps: number,
): Promise<ReturnType<typeof time>> {
  const step = makeTrainStep(loss as never, optimizer);
  let p = params;
  let s: ParamTree = optimizer.init(p);
  const once = async () => {
    const b: { [k: string]: JaxArray } = {};
    for (const k of Object.keys(batch)) b[k] = batch[k].ref;
    const r = step(p as never, s, b, np.array(1e-3));
    p = r.params;
    s = r.state;
    await r.loss.data();
  };
  const t = await time(name, once, { reps, warmup: 3 });
  disposeParams(p);
  disposeParams(s);
  for (const k of Object.keys(batch)) batch[k].dispose();
  step.dispose();
  return t;
}

export async function run(): Promise<void> {
  await initNN();
  // MLP 64→256→256→1, tanh, batch 256, MSE + Adam.
  const B = 256;
  const xv = initValues('normal', [B, 64], 1, { std: 1 });
  const yv = initValues('normal', [B, 1], 2, { std: 1 });
  const mlpParams = initMlp([64, 256, 256, 1], { seed: 3 });
  const t1 = await timeSteps(
    'MLP 64→256→256→1 step, batch 256 (jit)',
    mlpParams,
    ((p: ParamTree, b: { [k: string]: JaxArray }) => np.square(mlp(p as never, b.x).sub(b.y)).mean()) as never,
    { x: np.array(xv, { shape: [B, 64] }), y: np.array(yv, { shape: [B, 1] }) },
    adam(),
    30,
  );
  const anchor = hasPythonAnchor()
    ? runPython(
        `import numpy as np, time
x=np.fromfile(INPUTS['x']).astype(np.float32).reshape(256,64); y=np.fromfile(INPUTS['y']).astype(np.float32).reshape(256,1)
rng=np.random.default_rng(0); sz=[64,256,256,1]
P=[]
for i in range(3):
  a=np.sqrt(6/(sz[i]+sz[i+1])); P+= [rng.uniform(-a,a,(sz[i],sz[i+1])).astype(np.float32), np.zeros(sz[i+1],np.float32)]
M=[np.zeros_like(p) for p in P]; V=[np.zeros_like(p) for p in P]; t=0
def step():
  global t
  h1=np.tanh(x@P[0]+P[1]); h2=np.tanh(h1@P[2]+P[3]); o=h2@P[4]+P[5]
  d=2*(o-y)/o.size
  g5=d.sum(0); g4=h2.T@d; d2=(d@P[4].T)*(1-h2*h2)
  g3=d2.sum(0); g2=h1.T@d2; d1=(d2@P[2].T)*(1-h1*h1)
  g1=d1.sum(0); g0=x.T@d1
  t+=1
  for i,g in enumerate([g0,g1,g2,g3,g4,g5]):
    M[i]=0.9*M[i]+0.1*g; V[i]=0.999*V[i]+0.001*g*g
    P[i]-=1e-3*(M[i]/(1-0.9**t))/(np.sqrt(V[i]/(1-0.999**t))+1e-8)
for _ in range(3): step()
ts=[]
for _ in range(30):
  s=time.perf_counter(); step(); ts.append((time.perf_counter()-s)*1e3)
print(json.dumps({'times_ms':ts}))`,
        { x: Float64Array.from(xv), y: Float64Array.from(yv) },
      )
    : undefined;
  report(t1, anchor && { name: 'numpy f32 manual backprop + Adam', times_ms: anchor.times_ms });

  // Tiny attention block: x + Attn(RMSNorm(x)) with causal 4-head attention, B=8, T=64, D=128,
  // loss = mean square of the output against a target; AdamW with no decay on the norm scale.
  const [Bt, T, D, H] = [8, 64, 128, 4];
  const attnParams = {
    norm: { scale: np.ones([D]) },
    wq: initArray('glorotUniform', [D, D], 11),
    wk: initArray('glorotUniform', [D, D], 12),
    wv: initArray('glorotUniform', [D, D], 13),
    wo: initArray('glorotUniform', [D, D], 14),
  };
  type AP = typeof attnParams;
  const block = (p: AP, x: JaxArray): JaxArray => {
    const ms = x.ref.mul(x.ref).mean(-1, { keepdims: true });
    const h = x.ref.mul(np.reciprocal(np.sqrt(ms.add(1e-6)))).mul(p.norm.scale);
    const split = (w: JaxArray, hh: JaxArray) => np.matmul(hh, w).reshape([Bt, T, H, D / H]);
    const q = split(p.wq, h.ref);
    const k = split(p.wk, h.ref);
    const v = split(p.wv, h);
    const o = jnn.dotProductAttention(q, k, v, { isCausal: true }).reshape([Bt, T, D]);
    return x.add(np.matmul(o, p.wo));
  };
  const xa = initValues('normal', [Bt, T, D], 21, { std: 1 });
  const ya = initValues('normal', [Bt, T, D], 22, { std: 1 });
  const t2 = await timeSteps(
    `attention block step B=${Bt} T=${T} D=${D} H=${H} (jit)`,
    refParams(attnParams),
    ((p: AP, b: { [k: string]: JaxArray }) => np.square(block(p, b.x).sub(b.y)).mean()) as never,
    { x: np.array(xa, { shape: [Bt, T, D] }), y: np.array(ya, { shape: [Bt, T, D] }) },
    adamw({ weightDecay: decayGroups([{ match: /scale$/, weightDecay: 0 }], 0.1) }),
    15,
  );
  disposeParams(attnParams);
  report(t2);
}
