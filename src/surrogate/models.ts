/**
 * Neural surrogates of the heat solution operator, on core/nn (float32):
 *  - FCNN: KL coefficients ξ ∈ R^M → û at the P interior nodes (an MLP, output scaled by s_u);
 *  - DeepONet: branch on the source at the P interior nodes (scaled by s_f), trunk on x ∈ (0,1)^d,
 *    û(x) = s_u·B(x)·(b(f)·t(x) + b₀) with the bubble B(x) = 4^d Π x_a(1 − x_a), so the
 *    Dirichlet condition holds exactly.
 * Losses: 'data' (MSE against the FD solver), 'strong' (FD residual A û − f for the FCNN; the
 * PINN residual −κΔû − f by autodiff second derivatives for the DeepONet), 'weak' (residuals
 * against sine test functions by integration by parts; see weak.ts).
 * Scales: s_f = RMS of the training sources; s_u = c_d s_f/κ with c₁ = 1/8, c₂ = 0.0737
 * (the peak of the solution for f ≡ 1).
 */
import { QuireError } from '../core/errors.js';
import {
  adam,
  deeponet,
  disposeParams,
  initDeepONet,
  initMlp,
  initNN,
  jvp,
  mlp,
  np,
  refParams,
  train,
  warmupCosine,
  type Batch,
  type DeepONetParams,
  type HostTensor,
  type JaxArray,
  type MlpParams,
  type ParamTree,
} from '../core/nn/index.js';
import { defineSchema, parseOptions, type OptionsOf } from '../core/schema.js';
import type { HeatProblem } from './problem.js';
import type { HeatDataset } from './solver.js';
import { trainFcnn32 } from './fcnn32.js';
import { operatorMatrix, sineTestFunctions, weakMatrices } from './weak.js';

export type ModelKind = 'fcnn' | 'deeponet';
export type LossKind = 'data' | 'strong' | 'weak';

/** Options of `trainSurrogate` (one schema: types, checks and CLI help). */
export const surrogateSchema = defineSchema({
  model: {
    type: 'enum',
    values: ['fcnn', 'deeponet'] as const,
    default: 'fcnn',
    description: 'surrogate: fcnn (ξ → û on the grid) or deeponet (branch f, trunk x)',
  },
  loss: {
    type: 'enum',
    values: ['data', 'strong', 'weak'] as const,
    default: 'data',
    description: 'loss: data MSE, strong-form residual, or weak-form residual',
  },
  hidden: { type: 'integer', min: 2, max: 1024, default: 64, description: 'width of the hidden layers' },
  depth: { type: 'integer', min: 1, max: 8, default: 2, description: 'hidden layers per network' },
  latent: { type: 'integer', min: 1, max: 512, default: 32, description: 'DeepONet latent width p' },
  steps: { type: 'integer', min: 1, max: 1e6, default: 500, description: 'optimizer steps (Adam, warmup + cosine)' },
  batchSize: { type: 'integer', min: 1, max: 1e5, default: 32, description: 'samples per minibatch (≤ training samples)' },
  lr: { type: 'number', min: 0, exclusive: true, max: 1, default: 3e-3, description: 'peak learning rate' },
  testOrder: {
    type: 'integer',
    min: 1,
    max: 1023,
    default: 1023,
    description: 'weak form: sine test functions of order ≤ J per axis (capped at n − 1; the default takes all n − 1)',
  },
  dataWeight: {
    type: 'number',
    min: 0,
    max: 1e6,
    default: 0,
    description: 'weight of the data MSE added to a residual loss (0 = physics only)',
  },
  seed: {
    type: 'integer',
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    default: 0,
    description: 'seed of the initial weights and minibatch order',
  },
});
export type SurrogateOptions = OptionsOf<typeof surrogateSchema>;

/** A trained surrogate. Its params live on the jax heap: call `disposeSurrogate` when done. */
export interface Surrogate {
  options: SurrogateOptions;
  problem: HeatProblem;
  params: ParamTree;
  /** source scale s_f */
  sf: number;
  /** solution scale s_u */
  su: number;
  /** training loss per step */
  lossHistory: Float64Array;
  /** wall-clock training time (ms) */
  trainMs: number;
}

const f32 = (a: ArrayLike<number>) => Float32Array.from(a);
const arr = (a: ArrayLike<number>, shape: number[]) => np.array(f32(a), { shape });

function transposeScaled(m: Float64Array, rows: number, cols: number, s: number): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = s * m[r * cols + c];
  return out;
}

/**
 * Scales s_f (RMS of f) and s_u = c_d s_f/κ (c₁ = 1/8, c₂ = 0.0737: the peak of the solution for f = 1).
 * @param f - source values, finite, at least one
 * @throws QuireError on empty or non-finite f, or scales that overflow
 * @example surrogateScales(heatProblem({ dim: 1 }), new Float64Array([1, 1])).su // 0.125
 */
export function surrogateScales(problem: HeatProblem, f: Float64Array): { sf: number; su: number } {
  const fn = 'surrogateScales';
  if (!f || !(f.length >= 1)) throw new QuireError(`${fn}: f is empty, expected at least one source value`);
  let m = 0;
  for (let i = 0; i < f.length; i++) {
    if (!Number.isFinite(f[i])) throw new QuireError(`${fn}: f[${i}] must be a finite number, got ${f[i]}`);
    m = Math.max(m, Math.abs(f[i]));
  }
  // RMS without overflow: m·sqrt(mean((f/m)²))
  let s = 0;
  if (m > 0) for (let i = 0; i < f.length; i++) s += (f[i] / m) ** 2;
  const sf = m > 0 ? m * Math.sqrt(s / f.length) : 0;
  const su = ((problem.dim === 1 ? 0.125 : 0.0737) * sf) / problem.spec.kappa;
  if (!Number.isFinite(sf) || !Number.isFinite(su))
    throw new QuireError(`${fn}: the scales overflow (RMS of f ${sf}, κ = ${problem.spec.kappa})`);
  return { sf, su };
}

/** The bubble B(x) = 4^d Π x_a(1 − x_a) at points [N, d], its Laplacian and gradient (host). */
function bubble(points: Float64Array, d: number) {
  const N = points.length / d;
  const B = new Float64Array(N);
  const lap = new Float64Array(N);
  const grad = Array.from({ length: d }, () => new Float64Array(N));
  for (let i = 0; i < N; i++) {
    const q = Array.from({ length: d }, (_, a) => 4 * points[i * d + a] * (1 - points[i * d + a]));
    const dq = Array.from({ length: d }, (_, a) => 4 * (1 - 2 * points[i * d + a]));
    let prod = 1;
    for (const v of q) prod *= v;
    B[i] = prod;
    for (let a = 0; a < d; a++) {
      let rest = 1;
      for (let b = 0; b < d; b++) if (b !== a) rest *= q[b];
      lap[i] += -8 * rest;
      grad[a][i] = dq[a] * rest;
    }
  }
  return { B, lap, grad };
}

/** g(X) = B(X)·t(X): the trunk features times the bubble, [N, p] (consumes trunk and X). */
function bubbleTrunk(trunk: MlpParams, X: JaxArray, d: number, act: 'tanh'): JaxArray {
  let B: JaxArray | null = null;
  for (let a = 0; a < d; a++) {
    const ea = np.array(
      new Float32Array(d).map((_, i) => (i === a ? 1 : 0)),
      { shape: [d, 1] },
    );
    const xa = np.matmul(X.ref, ea);
    const qa = xa.ref.mul(np.array(1).sub(xa)).mul(4);
    B = B === null ? qa : B.mul(qa);
  }
  const t = mlp(trunk, X, { activation: act, outputActivation: act });
  return t.mul(B!);
}

/** ∂_a g(X) along axis a (consumes trunk and X). */
function trunkDirectional(trunk: MlpParams, X: JaxArray, d: number, a: number): JaxArray {
  const n = X.shape[0];
  const tangent = np.array(
    new Float32Array(n * d).map((_, i) => (i % d === a ? 1 : 0)),
    { shape: [n, d] },
  );
  const [p0, t0] = jvp((x: JaxArray) => bubbleTrunk(refParams(trunk), x, d, 'tanh'), [X], [tangent]);
  p0.dispose();
  disposeParams(trunk);
  return t0;
}

/** ∂_aa g(X) (consumes trunk and X). */
function trunkSecond(trunk: MlpParams, X: JaxArray, d: number, a: number): JaxArray {
  const n = X.shape[0];
  const tangent = np.array(
    new Float32Array(n * d).map((_, i) => (i % d === a ? 1 : 0)),
    { shape: [n, d] },
  );
  const [p0, t0] = jvp((x: JaxArray) => trunkDirectional(refParams(trunk), x, d, a), [X], [tangent]);
  p0.dispose();
  disposeParams(trunk);
  return t0;
}

/** Δ(B t)(X) = Σ_a ∂_aa g, [N, p] (consumes trunk and X). */
function trunkLaplacian(trunk: MlpParams, X: JaxArray, d: number): JaxArray {
  let lap: JaxArray | null = null;
  for (let a = 0; a < d; a++) {
    const s = trunkSecond(refParams(trunk), X.ref, d, a);
    lap = lap === null ? s : lap.add(s);
  }
  disposeParams(trunk);
  X.dispose();
  return lap!;
}

function mlpSizes(input: number, o: SurrogateOptions, output: number): number[] {
  return [input, ...Array.from({ length: o.depth }, () => o.hidden), output];
}

/** The loss closure and the device inputs it needs. */
function buildLoss(problem: HeatProblem, o: SurrogateOptions, sf: number, su: number, ds: HeatDataset) {
  const P = problem.size;
  const d = problem.dim;
  const M = problem.spec.modes;
  const N = ds.count;
  const kappa = problem.spec.kappa;
  const fN = f32(ds.f.map((v) => v / sf));
  const uN = f32(ds.u.map((v) => v / su));
  const data: { [k: string]: HostTensor } = {};
  const fixed: { [k: string]: HostTensor } = {};
  const needU = o.loss === 'data' || o.dataWeight > 0;
  if (needU) data.u = { data: uN, shape: [N, P] };
  const sq = (x: JaxArray) => np.square(x).mean();
  const withData = (phys: JaxArray, pred: JaxArray | null, b: Batch): JaxArray => {
    if (o.dataWeight > 0 && pred !== null) return phys.add(sq(pred.sub(b.u)).mul(o.dataWeight));
    if (pred !== null) pred.dispose();
    return phys;
  };
  let tests = null as ReturnType<typeof sineTestFunctions> | null;
  let wm = null as ReturnType<typeof weakMatrices> | null;
  if (o.loss === 'weak') {
    tests = sineTestFunctions(problem, Math.min(o.testOrder, problem.n - 1));
    wm = weakMatrices(problem, tests);
    fixed.Lt = { data: transposeScaled(wm.L, tests.count, P, 1), shape: [P, tests.count] };
  }
  if (o.model === 'fcnn') {
    data.xi = { data: f32(ds.xi), shape: [N, M] };
    if (o.loss !== 'data') data.f = { data: fN, shape: [N, P] };
    if (o.loss === 'strong') {
      if (P > 4096) throw new QuireError(`trainSurrogate: the grid has ${P} unknowns; the FCNN residual losses support at most 4096`);
      fixed.At = { data: transposeScaled(operatorMatrix(problem), P, P, su / sf), shape: [P, P] };
    }
    if (o.loss === 'weak') fixed.Gt = { data: transposeScaled(wm!.G, tests!.count, P, su / sf), shape: [P, tests!.count] };
    const loss = (q: MlpParams, b: Batch): JaxArray => {
      const net = mlp(q, b.xi);
      if (o.loss === 'data') return sq(net.sub(b.u));
      if (o.loss === 'strong') {
        const r = np.matmul(o.dataWeight > 0 ? net.ref : net, b.At).sub(b.f);
        return withData(sq(r), o.dataWeight > 0 ? net : null, b);
      }
      const r = np.matmul(o.dataWeight > 0 ? net.ref : net, b.Gt).sub(np.matmul(b.f, b.Lt));
      return withData(sq(r), o.dataWeight > 0 ? net : null, b);
    };
    return {
      data,
      fixed,
      loss: loss as (q: ParamTree, b: Batch) => JaxArray,
      init: () => initMlp(mlpSizes(M, o, P), { seed: o.seed }) as ParamTree,
    };
  }
  // DeepONet
  data.f = { data: fN, shape: [N, P] };
  const nodes = problem.points;
  const bn = bubble(nodes, d);
  if (o.loss === 'data' || o.dataWeight > 0) {
    fixed.X = { data: f32(nodes), shape: [P, d] };
    fixed.B = { data: f32(bn.B), shape: [P] };
  }
  if (o.loss === 'strong') {
    fixed.Xs = { data: f32(nodes), shape: [P, d] };
    fixed.lapB = { data: f32(bn.lap), shape: [P] };
  }
  const C = tests ? tests.centers.length / d : 0;
  if (o.loss === 'weak') {
    fixed.Xc = { data: f32(tests!.centers), shape: [C, d] };
    const bc = bubble(tests!.centers, d);
    const hd = problem.dim === 1 ? problem.h : problem.h * problem.h;
    for (let a = 0; a < d; a++) {
      fixed[`gB${a}`] = { data: f32(bc.grad[a]), shape: [C] };
      // (κ s_u/s_f)·h^d ∂_a v_t(c)/|v_t|, transposed to [C, T]
      const Dv = new Float64Array(tests!.count * C);
      for (let t = 0; t < tests!.count; t++)
        for (let c = 0; c < C; c++) Dv[t * C + c] = (kappa * (su / sf) * hd * tests!.gradAtCenters[a][t * C + c]) / tests!.norm[t];
      fixed[`Dv${a}`] = { data: transposeScaled(Dv, tests!.count, C, 1), shape: [C, tests!.count] };
    }
  }
  const dataPred = (q: DeepONetParams, b: Batch): JaxArray => deeponet(q, b.f, b.X).mul(b.B);
  const loss = (q: DeepONetParams, b: Batch): JaxArray => {
    if (o.loss === 'data') return sq(dataPred(q, b).sub(b.u));
    const pred = o.dataWeight > 0 ? dataPred(refParams(q), { f: b.f.ref, X: b.X, B: b.B }) : null;
    const br = mlp(refParams(q.branch), b.f.ref, { activation: 'tanh' });
    let out: JaxArray;
    if (o.loss === 'strong') {
      // −κ s_u/s_f (b·Δg + b₀ΔB) − f/s_f at the nodes
      const lap = trunkLaplacian(refParams(q.trunk), b.Xs, d);
      const lapU = np.matmul(br, lap.transpose()).add(q.bias.ref.mul(b.lapB));
      out = sq(lapU.mul(-kappa * (su / sf)).sub(b.f));
    } else {
      let R: JaxArray | null = null;
      for (let a = 0; a < d; a++) {
        const ga = trunkDirectional(refParams(q.trunk), b.Xc.ref, d, a);
        const du = np.matmul(br.ref, ga.transpose()).add(q.bias.ref.mul(b[`gB${a}`]));
        const term = np.matmul(du, b[`Dv${a}`]);
        R = R === null ? term : R.add(term);
      }
      br.dispose();
      b.Xc.dispose();
      out = sq(R!.sub(np.matmul(b.f, b.Lt)));
    }
    disposeParams(q);
    return withData(out, pred, b);
  };
  const init = () =>
    initDeepONet({ branch: mlpSizes(P, o, o.latent), trunk: mlpSizes(d, o, o.latent), seed: o.seed }) as unknown as ParamTree;
  return { data, fixed, loss: loss as unknown as (q: ParamTree, b: Batch) => JaxArray, init };
}

/**
 * Train one surrogate (model × loss) on a data set of solver solutions with Adam and a
 * warmup-cosine schedule (5% warmup, decay to 1% of the peak). Residual losses use only ξ and f
 * (plus dataWeight × the data MSE when dataWeight > 0).
 * @param problem - the heat problem the data set was made with
 * @param ds - training set (count ≥ batchSize)
 * @param options - see `surrogateSchema`
 * @returns the trained surrogate (dispose it with `disposeSurrogate`)
 * @throws QuireError on invalid options or a non-finite loss
 * @example const s = await trainSurrogate(pb, solveDataset(pb, sampleKl(pb, 200, 1)), { model: 'fcnn', loss: 'weak' });
 * @see Lu et al., DeepONet, Nat. Mach. Intell. 3 (2021); Raissi et al., PINNs, JCP 378 (2019); Kharazmi et al., hp-VPINNs (2021)
 */
export async function trainSurrogate(
  problem: HeatProblem,
  ds: HeatDataset,
  options: Partial<SurrogateOptions> = {},
  onProgress?: (done: number, total: number, label: string) => void,
): Promise<Surrogate> {
  return trainSurrogateOn('auto', problem, ds, options, onProgress);
}

/**
 * `trainSurrogate` on a chosen engine: 'auto' trains the FCNN on the f32 engine (fcnn32.ts) and
 * the DeepONet on jax; 'jax' trains both on jax (the reference path, for cross-checks and benches).
 * Internal: not exported from the package.
 */
export async function trainSurrogateOn(
  engine: 'auto' | 'jax',
  problem: HeatProblem,
  ds: HeatDataset,
  options: Partial<SurrogateOptions> = {},
  onProgress?: (done: number, total: number, label: string) => void,
): Promise<Surrogate> {
  const o = parseOptions('trainSurrogate', surrogateSchema, options);
  if (!ds || ds.count < 1 || ds.f.length !== ds.count * problem.size || ds.xi.length !== ds.count * problem.spec.modes) {
    throw new QuireError('trainSurrogate: ds does not match the problem (expected rows of M coefficients and P nodal values)');
  }
  if (o.batchSize > ds.count)
    throw new QuireError(`trainSurrogate: batchSize is ${o.batchSize}, expected ≤ ${ds.count} (the training samples)`);
  await initNN();
  const { sf, su } = surrogateScales(problem, ds.f);
  const built = buildLoss(problem, o, sf, su, ds);
  const t0 = Date.now();
  const lr = warmupCosine(o.lr, Math.floor(0.05 * o.steps), o.steps, 0.01 * o.lr);
  const label = `${o.model}-${o.loss}`;
  if (o.model === 'fcnn' && engine === 'auto') {
    const init = built.init() as MlpParams;
    const layers = init.layers.map((l) => ({
      // dataSync consumes the arrays
      w: Float32Array.from(l.w.dataSync()),
      b: Float32Array.from(l.b.dataSync()),
      shape: [l.w.shape[0], l.w.shape[1]] as [number, number],
    }));
    const r = await trainFcnn32({
      layers,
      loss: o.loss,
      dataWeight: o.dataWeight,
      data: built.data,
      fixed: built.fixed,
      steps: o.steps,
      batchSize: o.batchSize,
      seed: o.seed,
      lr,
      onProgress,
      label,
    });
    const params = {
      layers: r.layers.map((l, i) => ({ w: np.array(l.w, { shape: layers[i].shape }), b: np.array(l.b, { shape: [layers[i].shape[1]] }) })),
    };
    return { options: o, problem, params, sf, su, lossHistory: r.loss, trainMs: Date.now() - t0 };
  }
  const r = await train({
    params: built.init(),
    optimizer: adam(),
    lr,
    steps: o.steps,
    batchSize: o.batchSize,
    seed: o.seed,
    data: built.data,
    fixed: built.fixed,
    loss: built.loss,
    onProgress,
    label,
  });
  disposeParams(r.state);
  return { options: o, problem, params: r.params, sf, su, lossHistory: r.history.loss, trainMs: Date.now() - t0 };
}

/** Free a surrogate's parameters. */
export function disposeSurrogate(s: Surrogate): void {
  disposeParams(s.params);
}

/**
 * Surrogate predictions at the interior nodes for a data set's inputs (ξ for the FCNN, f for the
 * DeepONet), in chunks of `chunk` samples. float64 copy of float32 results.
 * @returns û, row-major [count, P]
 * @throws QuireError if the data set does not match the problem
 */
export function predictSurrogate(s: Surrogate, ds: Pick<HeatDataset, 'count' | 'xi' | 'f'>, chunk = 1024): Float64Array {
  const P = s.problem.size;
  const M = s.problem.spec.modes;
  if (ds.xi.length !== ds.count * M || ds.f.length !== ds.count * P)
    throw new QuireError('predictSurrogate: ds does not match the problem');
  const out = new Float64Array(ds.count * P);
  const bn = s.options.model === 'deeponet' ? bubble(s.problem.points, s.problem.dim).B : null;
  for (let start = 0; start < ds.count; start += chunk) {
    const k = Math.min(chunk, ds.count - start);
    let y: JaxArray;
    if (s.options.model === 'fcnn') y = mlp(refParams(s.params as MlpParams), arr(ds.xi.subarray(start * M, (start + k) * M), [k, M]));
    else {
      const fN = ds.f.subarray(start * P, (start + k) * P).map((v) => v / s.sf);
      y = deeponet(refParams(s.params as DeepONetParams), arr(fN, [k, P]), arr(s.problem.points, [P, s.problem.dim])).mul(arr(bn!, [P]));
    }
    const v = y.dataSync();
    for (let i = 0; i < k * P; i++) out[start * P + i] = s.su * v[i];
  }
  return out;
}

/**
 * DeepONet value û and Laplacian Δû (autodiff, the PINN path) at arbitrary points X [N, d] for
 * sources f [B, P]. Used to check the PINN derivative against finite differences.
 * @returns {u, lap} row-major [B, N]
 * @throws QuireError if the surrogate is not a DeepONet or shapes mismatch
 */
export function deeponetAt(s: Surrogate, f: Float64Array, X: Float64Array): { u: Float64Array; lap: Float64Array } {
  if (s.options.model !== 'deeponet') throw new QuireError('deeponetAt: the surrogate is not a DeepONet');
  const P = s.problem.size;
  const d = s.problem.dim;
  if (f.length % P !== 0 || X.length % d !== 0 || f.length === 0 || X.length === 0)
    throw new QuireError(`deeponetAt: f has length ${f.length} and X ${X.length}, expected positive multiples of ${P} and ${d}`);
  for (let i = 0; i < f.length; i++)
    if (!Number.isFinite(f[i])) throw new QuireError(`deeponetAt: f[${i}] must be a finite number, got ${f[i]}`);
  for (let i = 0; i < X.length; i++)
    if (!Number.isFinite(X[i])) throw new QuireError(`deeponetAt: X[${i}] must be a finite number, got ${X[i]}`);
  const B = f.length / P;
  const N = X.length / d;
  const q = s.params as DeepONetParams;
  const bn = bubble(X, d);
  const fN = arr(
    f.map((v) => v / s.sf),
    [B, P],
  );
  const u = deeponet(refParams(q), fN.ref, arr(X, [N, d])).mul(arr(bn.B, [N]));
  const br = mlp(refParams(q.branch), fN, { activation: 'tanh' });
  const lap = np.matmul(br, trunkLaplacian(refParams(q.trunk), arr(X, [N, d]), d).transpose()).add(q.bias.ref.mul(arr(bn.lap, [N])));
  const uu = Float64Array.from(u.dataSync()).map((v) => v * s.su);
  const ll = Float64Array.from(lap.dataSync()).map((v) => v * s.su);
  for (const a of [uu, ll])
    for (let i = 0; i < a.length; i++)
      if (!Number.isFinite(a[i]))
        throw new QuireError('deeponetAt: the output is not finite (inputs beyond the float32 range of the network)');
  return { u: uu, lap: ll };
}
