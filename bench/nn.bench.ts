// core/nn: (1) the normscale training step (issue 20's model: d = 128, 4 layers, 4 heads,
// d_ff = 512, T = 128, B = 16; and the quick model) on the f32 engine and on jax-js, in GFLOP/s
// counted as 6 · params · tokens per step, against numpy's 1-thread f32 matmul peak measured in
// the same run; the f32 GEMM alone; jax-js kernel instances per step (the postinstall patch).
// (2) jax-js MLP and attention steps against a numpy MLP step with hand-written backprop + Adam.
// Times are given as wall clock and as process CPU time: on a shared machine the CPU figure is
// the fair one (numpy's is measured the same way).
import '../src/core/nn/f32/node-thread.js'; // the f32 engine's helper thread (2 threads)
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { hasPythonAnchor, report, runPython, time } from './harness.js';
import { F32Engine, F32Heap, Gemm } from '../src/core/nn/index.js';
import { disposeCompiled, trainLM, trainLMJax, type CompileCache, type ModelConfig } from '../src/normscale/index.js';
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

interface Rate {
  wallMs: number;
  cpuMs: number;
  /** CPU time of the main thread alone (Linux /proc; NaN elsewhere) */
  mainMs: number;
}

/**
 * CPU ms of the process's main thread (Linux: /proc/self/task/<pid>/stat, 10 ms ticks). With the
 * helper thread, the main thread's CPU time is what a step's wall time comes to on an idle
 * 2-core machine (the main thread never waits long for the helper); on a shared machine the
 * wall clock shows the load, not the engine.
 */
function mainThreadCpuMs(): number {
  const f = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(f)) return NaN;
  const fields = readFileSync(f, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Median wall and CPU ms per call of fn over reps (after warmup calls). */
async function rate(fn: () => unknown, reps: number, warmup = 1): Promise<Rate> {
  for (let i = 0; i < warmup; i++) await fn();
  const w: number[] = [];
  const c: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < reps; i++) {
    const m0 = mainThreadCpuMs();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    w.push(performance.now() - t0);
    const cu = process.cpuUsage(c0);
    c.push((cu.user + cu.system) / 1e3);
    m.push(mainThreadCpuMs() - m0);
  }
  const med = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];
  return { wallMs: med(w), cpuMs: med(c), mainMs: med(m) };
}

/** numpy 1-thread f32 matmul peak (max over n of the median GFLOP/s), wall and CPU. */
function numpyPeak(): { wall: number; cpu: number } | undefined {
  if (!hasPythonAnchor()) return undefined;
  const r = runPython(`import numpy as np, time
best_w = 0; best_c = 0
for n in (256, 512, 1024):
  a = np.random.default_rng(0).standard_normal((n, n)).astype(np.float32); b = a.copy(); a @ b
  reps = max(5, int(3e9 / (2 * n**3)))
  w = []; c = []
  for _ in range(reps):
    s = time.perf_counter(); p = time.process_time(); a @ b
    c.append(time.process_time() - p); w.append(time.perf_counter() - s)
  w.sort(); c.sort()
  best_w = max(best_w, 2 * n**3 / w[len(w)//2] / 1e9); best_c = max(best_c, 2 * n**3 / max(c[len(c)//2], 1e-9) / 1e9)
print(json.dumps({'times_ms': [0], 'wall': best_w, 'cpu': best_c}))`);
  return { wall: r.wall as number, cpu: r.cpu as number };
}

async function normscaleSteps(peak: { wall: number; cpu: number } | undefined): Promise<void> {
  const V = 64;
  const ids = Int32Array.from({ length: 200000 }, (_, i) => (i * 7919 + (i >> 3)) % V);
  const data = { train: ids.subarray(0, 180000), val: ids.subarray(180000) };
  const sizes: [string, Partial<ModelConfig>, number, number][] = [
    ['d=128 L=4 H=4 F=512 T=128 B=16', { vocabSize: V, seqLen: 128, dModel: 128, nHeads: 4, nLayers: 4, dFF: 512 }, 16, 6],
    ['quick d=32 L=1 H=2 F=64 T=32 B=8', { vocabSize: V, seqLen: 32, dModel: 32, nHeads: 2, nLayers: 1, dFF: 64 }, 8, 60],
  ];
  for (const [name, model, B, steps] of sizes) {
    for (const [engine, train, threads] of [
      ['f32 engine, 1 thread', trainLM, 1],
      ['f32 engine, 2 threads', trainLM, 2],
      ['jax-js', trainLMJax, 0],
    ] as const) {
      const cache: CompileCache = new Map();
      const f32 = threads > 0 ? new F32Engine({ threads: threads as 1 | 2 }) : undefined;
      if (f32) cache.set('f32-engine', f32);
      const opts = { steps, batchSize: B, evalBatches: 1, seed: 1 };
      let params = 0;
      const r = await rate(
        async () => {
          params = (await train(data, { ...model, strategy: 'shared' }, opts, { cache })).paramCount;
        },
        1,
        1,
      );
      disposeCompiled(cache);
      f32?.dispose();
      const flops = 6 * params * B * model.seqLen!;
      const wall = r.wallMs / steps;
      const cpu = r.cpuMs / steps;
      const gw = flops / wall / 1e6;
      const gc = flops / cpu / 1e6;
      const main = r.mainMs / steps;
      const gm = flops / main / 1e6;
      const pct = (g: number, p: number | undefined) => (p ? ` = ${((100 * g) / p).toFixed(1)}% of numpy` : '');
      console.log(
        `normscale step ${name}, ${engine} (${params} params): ${wall.toFixed(1)} ms wall → ${gw.toFixed(2)} GFLOP/s${pct(gw, peak?.wall)}; ` +
          `${cpu.toFixed(1)} ms CPU (all threads) → ${gc.toFixed(2)} GFLOP/s per CPU-second${pct(gc, peak?.cpu)}; ` +
          (Number.isFinite(main) && engine.startsWith('f32')
            ? `${main.toFixed(1)} ms main-thread CPU (the idle-machine step) → ${gm.toFixed(2)} GFLOP/s${pct(gm, peak?.cpu)}; `
            : '') +
          `load average ${loadavg()[0].toFixed(1)}`,
      );
    }
  }
}

function gemmRate(peak: { wall: number; cpu: number } | undefined): void {
  for (const threads of [1, 2] as const) gemmRateOn(peak, threads);
}

function gemmRateOn(peak: { wall: number; cpu: number } | undefined, threads: 1 | 2): void {
  const heap = new F32Heap({ shared: threads === 2 });
  const g = new Gemm(heap, { threads });
  for (const n of [256, 512]) {
    const a = heap.alloc(n * n);
    const b = heap.alloc(n * n);
    const c = heap.alloc(n * n);
    const h = heap.f32();
    for (let i = 0; i < n * n; i++) h[a + i] = h[b + i] = Math.sin(i);
    const once = () => g.gemm(n, n, n, { off: a, ld: n }, { off: b, ld: n }, c, n);
    for (let i = 0; i < 3; i++) once();
    const reps = n === 256 ? 40 : 8;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) once();
    const wall = (performance.now() - t0) / reps;
    const cu = process.cpuUsage(c0);
    const cpu = (cu.user + cu.system) / 1e3 / reps;
    const gw = (2 * n ** 3) / wall / 1e6;
    const gc = (2 * n ** 3) / cpu / 1e6;
    console.log(
      `f32 engine GEMM ${n}³, ${g.threads} thread(s): ${gw.toFixed(1)} GFLOP/s wall, ${gc.toFixed(1)} GFLOP/s per CPU-second` +
        (peak ? ` (wall ${((100 * gw) / peak.wall).toFixed(0)}% of numpy's wall peak)` : '') +
        `; load average ${loadavg()[0].toFixed(1)}`,
    );
  }
  g.dispose();
}

export async function run(): Promise<void> {
  await initNN();
  const peak = numpyPeak();
  if (peak) console.log(`numpy 1-thread f32 matmul peak: ${peak.wall.toFixed(1)} GFLOP/s wall, ${peak.cpu.toFixed(1)} GFLOP/s CPU`);
  gemmRate(peak);
  // jax-js kernel instances per step after warm-up (0 with scripts/patch-jax.mjs; upstream builds one per dispatch)
  {
    const Orig = WebAssembly.Instance;
    let made = 0;
    (WebAssembly as { Instance: typeof WebAssembly.Instance }).Instance = new Proxy(Orig, {
      construct(t, args: [WebAssembly.Module, WebAssembly.Imports?]) {
        made++;
        return Reflect.construct(t, args) as object;
      },
    });
    const V = 64;
    const ids = Int32Array.from({ length: 20000 }, (_, i) => (i * 7919 + (i >> 3)) % V);
    const cache: CompileCache = new Map();
    const model = { vocabSize: V, seqLen: 32, dModel: 32, nHeads: 2, nLayers: 1, dFF: 64 };
    await trainLMJax({ train: ids.subarray(0, 18000), val: ids.subarray(18000) }, model, { steps: 2, evalBatches: 1 }, { cache });
    made = 0;
    await trainLMJax({ train: ids.subarray(0, 18000), val: ids.subarray(18000) }, model, { steps: 10, evalBatches: 1 }, { cache });
    disposeCompiled(cache);
    (WebAssembly as { Instance: typeof WebAssembly.Instance }).Instance = Orig;
    console.log(`jax-js WebAssembly.Instance constructions per quick normscale step: ${(made / 10).toFixed(1)} (upstream 0.1.25: 195)`);
  }
  await normscaleSteps(peak);

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
