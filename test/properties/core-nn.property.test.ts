/**
 * Property hunt over quire's own core/nn facade (issue 16): schedules, initializers, parameter
 * trees, optimizers, layers, the train step, and the f32 engine's entry points (tensors, ops,
 * backward, F32AdamW, heap, GEMM module, thread switches), on small shapes only. jax-js's own
 * namespaces (np, lax, jnn, random, tree, grad, jit, …), which core/nn re-exports, are jax-js's
 * API and are not hunted here (see coverage.test.ts). Each call returns finite, documented values
 * or throws a QuireError naming the argument.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  F32AdamW,
  F32Engine,
  F32Heap,
  F32Helper,
  F32Tensor,
  Gemm,
  activate,
  adam,
  adamw,
  clipByGlobalNorm,
  constantSchedule,
  cosineDecay,
  countParams,
  decayGroups,
  deeponet,
  deeponetPointwise,
  disposeParams,
  f32ThreadsAvailable,
  fans,
  flattenParams,
  gemmModuleBytes,
  initArray,
  initDeepONet,
  initMlp,
  initNN,
  initValues,
  linearWarmup,
  makeTrainStep,
  mapParams,
  mlp,
  nnHeapBytes,
  np,
  paramShapes,
  paramsFromFloat32,
  paramsToFloat32,
  paramsToFloat32Sync,
  refParams,
  setF32ThreadStarter,
  sgd,
  unflattenParams,
  warmupCosine,
  zipMapParams,
  type InitKind,
  type JaxArray,
  type Optimizer,
  type ParamTree,
} from '../../src/core/nn/index.js';
import { params, returnsOrQuireError } from './guard.js';

const LIMIT = 60_000;
beforeAll(async () => {
  const info = await initNN();
  expect(info).toBeTruthy();
});
const finite = (a: ArrayLike<number>): boolean => Array.from(a).every(Number.isFinite);
const lrValue = fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.constantFrom(0, 1e-300, 5e-324, 1e300));

describe('core/nn schedules', () => {
  it(
    'every schedule gives a finite rate between final and peak at every step t ≥ 0; bad arguments and steps are QuireErrors',
    () => {
      fc.assert(
        fc.property(
          lrValue,
          lrValue,
          fc.integer({ min: 0, max: 50 }),
          fc.integer({ min: 1, max: 60 }),
          fc.integer({ min: 0, max: 100 }),
          (peak, final, warm, total, t) => {
            const lo = Math.min(peak, final);
            const hi = Math.max(peak, final);
            const scheds = [constantSchedule(peak), linearWarmup(peak, warm), cosineDecay(peak, total, final)];
            const wc = returnsOrQuireError(() => warmupCosine(peak, warm, total, final), 'warmupSteps');
            expect(wc.ok).toBe(warm < total);
            if (wc.ok) scheds.push(wc.value);
            for (const s of scheds) {
              const v = s(t);
              expect(Number.isFinite(v) && v >= 0, `lr ${v}`).toBe(true);
              expect(v <= hi * (1 + 1e-12)).toBe(true);
              // final + (peak − final)·c rounds relative to the larger of the two: a peak 1e16 times
              // below final may come out as 0 (an absolute error of an ulp of final)
              if (s !== scheds[1] && (wc.ok ? s !== scheds[3] : true)) expect(v >= lo - 1e-15 * hi).toBe(true);
            }
          },
        ),
        params(300),
      );
      for (const [f, name] of [
        [() => constantSchedule(-1), 'lr'],
        [() => constantSchedule(Number.NaN), 'lr'],
        [() => linearWarmup(1, 1.5), 'warmupSteps'],
        [() => cosineDecay(1, 0), 'decaySteps'],
        [() => cosineDecay(1, 5, Infinity), 'final'],
        [() => warmupCosine(1, 5, 5), 'warmupSteps'],
        [() => linearWarmup(1, 4)(-1), 'step'],
        [() => warmupCosine(1, 2, 10)(Number.NaN), 'step'],
        [() => cosineDecay(1, 10)(-3), 'step'],
        [() => constantSchedule(1)(1.5), 'step'],
      ] as [() => unknown, string][])
        expect(returnsOrQuireError(f, name).ok).toBe(false);
    },
    LIMIT,
  );
});

describe('core/nn initializers', () => {
  const kinds: InitKind[] = ['glorotUniform', 'glorotNormal', 'heUniform', 'heNormal', 'lecunNormal', 'normal', 'uniform', 'zeros', 'ones'];
  it(
    'fans, initValues and initArray: finite values of the right size and bound; seeded; bad kinds, shapes and options are QuireErrors',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...kinds),
          fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
          fc.nat(1000),
          (kind, shape, seed) => {
            const { fanIn, fanOut } = fans(shape);
            expect(fanIn >= 1 && fanOut >= 1).toBe(true);
            const v = initValues(kind, shape, seed);
            expect(v.length).toBe(shape.reduce((a, b) => a * b, 1));
            expect(finite(v)).toBe(true);
            if (kind === 'glorotUniform') for (const x of v) expect(Math.abs(x) <= Math.sqrt(6 / (fanIn + fanOut)) * (1 + 1e-6)).toBe(true);
            expect(Array.from(initValues(kind, shape, seed))).toEqual(Array.from(v));
            const a = initArray(kind, shape, seed);
            expect(a.shape).toEqual(shape);
            expect(Array.from(a.dataSync())).toEqual(Array.from(v));
          },
        ),
        params(150),
      );
      for (const [f, name] of [
        [() => initValues('bogus' as InitKind, [2], 0), 'kind'],
        [() => initValues('normal', [0], 0), 'shape'],
        [() => initValues('normal', [2.5], 0), 'shape'],
        [() => initValues('normal', [2], -1), 'seed'],
        [() => initValues('normal', [2], 0, { std: 0 }), 'std'],
        [() => initValues('uniform', [2], 0, { scale: Number.NaN }), 'scale'],
        [() => initValues('normal', [1e5, 1e5], 0), 'shape'],
        [() => initArray('zeros', [-1], 0), 'shape'],
        [() => fans([2, -1]), 'shape'],
        [() => fans([Number.NaN]), 'shape'],
      ] as [() => unknown, string][])
        expect(returnsOrQuireError(f, name).ok).toBe(false);
    },
    LIMIT,
  );
});

/** A small tree: nested objects and arrays of tiny jax arrays. */
function tree(seed: number): ParamTree {
  const a = (shape: number[], k: number) => np.array(initValues('normal', shape, seed + k, { std: 1 }), { shape });
  return { b: [a([2], 1), a([1, 3], 2)], a: a([2, 2], 3), c: { z: a([1], 4) } };
}

describe('core/nn parameter trees', () => {
  it(
    'flatten/unflatten, map/zipMap, count/shapes, to/from Float32 round-trip exactly; malformed trees are QuireErrors',
    async () => {
      for (let seed = 0; seed < 6; seed++) {
        const t = tree(seed);
        const leaves = flattenParams(t);
        expect(leaves.map((l) => l.path)).toEqual(['a', 'b.0', 'b.1', 'c.z']);
        expect(countParams(t)).toBe(4 + 2 + 3 + 1);
        expect(paramShapes(t).map((s) => s.shape)).toEqual([[2, 2], [2], [1, 3], [1]]);
        const flat = paramsToFloat32Sync(t);
        expect(Array.from(await paramsToFloat32(t))).toEqual(Array.from(flat));
        expect(finite(flat)).toBe(true);
        const back = paramsFromFloat32(t, flat);
        expect(Array.from(paramsToFloat32Sync(back))).toEqual(Array.from(flat));
        const rebuilt = unflattenParams(
          t,
          leaves.map((l) => l.array.ref),
        );
        expect(Array.from(paramsToFloat32Sync(rebuilt))).toEqual(Array.from(flat));
        const doubled = mapParams(refParams(t), (x) => x.mul(2));
        expect(Array.from(paramsToFloat32Sync(doubled))).toEqual(Array.from(flat, (x) => x * 2));
        const summed = zipMapParams([refParams(t), doubled], ([x, y]) => x.add(y));
        expect(Array.from(paramsToFloat32Sync(summed))).toEqual(Array.from(flat, (x) => Math.fround(x + x * 2)));
        for (const [f, name] of [
          [() => paramsFromFloat32(t, flat.subarray(1)), 'data'],
          [
            () =>
              paramsFromFloat32(
                t,
                Float32Array.from(flat, (x, i) => (i === 2 ? Number.NaN : x)),
              ),
            'data',
          ],
          [
            () =>
              unflattenParams(
                t,
                leaves.slice(1).map((l) => l.array),
              ),
            'leaves',
          ],
          [() => flattenParams({ a: 5 } as unknown as ParamTree), 'leaf'],
          [() => zipMapParams([t, { a: t } as unknown as ParamTree], ([x]) => x), 'tree'],
        ] as [() => unknown, string][])
          expect(returnsOrQuireError(f, name).ok).toBe(false);
        disposeParams(back);
        disposeParams(summed);
        disposeParams(t);
      }
    },
    LIMIT,
  );
});

describe('core/nn optimizers, layers and the train step', () => {
  it(
    'sgd, adam, adamw (with decay groups) and clipByGlobalNorm: finite updates on tiny trees; descent on a quadratic; bad options are QuireErrors',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom('sgd', 'sgdm', 'adam', 'adamw'),
          fc.double({ min: 1e-4, max: 0.1, noNaN: true }),
          fc.double({ min: 1e-3, max: 10, noNaN: true }),
          (kind, lr, maxNorm) => {
            const opt: Optimizer =
              kind === 'sgd'
                ? sgd()
                : kind === 'sgdm'
                  ? sgd({ momentum: 0.9, nesterov: true, weightDecay: 0.01 })
                  : kind === 'adam'
                    ? adam()
                    : adamw({ weightDecay: decayGroups([{ match: /^c/, weightDecay: 0 }], 0.1) });
            let p = tree(1);
            let state = opt.init(p);
            const loss = (q: ParamTree) =>
              flattenParams(q).reduce((s, l) => s + Array.from(l.array.ref.dataSync() as Float32Array).reduce((a, x) => a + x * x, 0), 0);
            const before = loss(p);
            for (let i = 0; i < 3; i++) {
              const g = clipByGlobalNorm(
                mapParams(refParams(p), (x) => x.mul(2)),
                maxNorm,
              ); // ∇‖θ‖² = 2θ
              const gn = Math.sqrt(paramsToFloat32Sync(g).reduce((s, x) => s + x * x, 0));
              expect(gn <= maxNorm * (1 + 1e-5)).toBe(true);
              const up = opt.update(g, state, p, lr);
              p = up.params;
              state = up.state;
            }
            const after = loss(p);
            expect(finite(paramsToFloat32Sync(p))).toBe(true);
            expect(after < before).toBe(true);
            disposeParams(p);
            disposeParams(state as ParamTree);
          },
        ),
        params(12),
      );
      for (const [f, name] of [
        [() => sgd({ momentum: 1 }), 'momentum'],
        [() => sgd({ weightDecay: -1 }), 'weightDecay'],
        [() => adam({ b1: 1 }), 'b1'],
        [() => adamw({ weightDecay: Number.NaN }), 'weightDecay'],
        [() => decayGroups([{ match: /x/, weightDecay: -1 }]), 'weightDecay'],
        [() => decayGroups([], Infinity), 'fallback'],
        [() => clipByGlobalNorm(tree(0), 0), 'maxNorm'],
        [() => sgd().update(tree(0), sgd().init(tree(0)), tree(0), -1), 'lr'],
      ] as [() => unknown, string][])
        expect(returnsOrQuireError(f, name).ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'initMlp/mlp/activate and initDeepONet/deeponet/deeponetPointwise: finite outputs of the announced shapes; bad sizes are QuireErrors',
    () => {
      const acts = ['tanh', 'relu', 'gelu', 'silu', 'sigmoid', 'softplus', 'sin', 'identity'] as const;
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
          fc.constantFrom(...acts),
          fc.integer({ min: 1, max: 3 }),
          (sizes, act, B) => {
            const p = initMlp(sizes, { seed: 2, init: act === 'relu' ? 'he' : 'glorot' });
            expect(countParams(p)).toBe(sizes.slice(1).reduce((s, w, i) => s + (sizes[i] + 1) * w, 0));
            const x = np.array(initValues('normal', [B, sizes[0]], 3, { std: 1 }), { shape: [B, sizes[0]] });
            const y = mlp(p, x, { activation: act });
            expect(y.shape).toEqual([B, sizes[sizes.length - 1]]);
            expect(finite(y.dataSync())).toBe(true);
            const z = activate(np.array(Float32Array.from([-50, -1, 0, 1, 50]), { shape: [5] }), act);
            expect(finite(z.dataSync())).toBe(true);
            const w = sizes[sizes.length - 1];
            const don = initDeepONet({ branch: [3, 4, w], trunk: [1, w], seed: 1 });
            const u = np.array(new Float32Array(B * 3).fill(0.5), { shape: [B, 3] });
            const q = np.array(new Float32Array(B).fill(0.25), { shape: [B, 1] });
            const pw = deeponetPointwise(refParams(don), u.ref, q.ref);
            expect(pw.shape).toEqual([B]);
            expect(finite(pw.dataSync())).toBe(true);
            const grid = deeponet(don, u, q);
            expect(grid.shape).toEqual([B, B]);
            expect(finite(grid.dataSync())).toBe(true);
          },
        ),
        params(30),
      );
      for (const [f, name] of [
        [() => initMlp([3]), 'sizes'],
        [() => initMlp([3, 0]), 'sizes'],
        [() => initMlp([3, 2], { seed: -1 }), 'seed'],
        [() => initMlp([3, 2], { init: 'x' as 'he' }), 'init'],
        [() => initDeepONet({ branch: [3, 4], trunk: [1, 5] }), 'branch'],
        [() => activate(np.zeros([1]), 'bogus' as 'tanh'), 'activation'],
      ] as [() => unknown, string][])
        expect(returnsOrQuireError(f, name).ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'makeTrainStep (eager and jitted): the loss is finite and decreases on a least-squares fit',
    () => {
      for (const jit of [false, true]) {
        const step = makeTrainStep<{ w: JaxArray }>(
          (p, b) => {
            const r = np.matmul(b.x, p.w).sub(b.y);
            return r.ref.mul(r).mean();
          },
          sgd(),
          { jit },
        );
        let p = { w: np.zeros([2, 1]) };
        let state = sgd().init(p);
        const x = np.array(Float32Array.from([1, 0, 0, 1, 1, 1]), { shape: [3, 2] });
        const y = np.array(Float32Array.from([1, 2, 3]), { shape: [3, 1] });
        const losses: number[] = [];
        for (let i = 0; i < 5; i++) {
          const r = step(p, state, { x: x.ref, y: y.ref }, np.array(0.1));
          losses.push(r.loss.dataSync()[0]);
          p = r.params as { w: JaxArray };
          state = r.state as typeof state;
        }
        expect(finite(losses)).toBe(true);
        expect(losses[4] < losses[0]).toBe(true);
        step.dispose();
        x.dispose();
        y.dispose();
        disposeParams(p);
      }
      expect(nnHeapBytes()).toBeGreaterThan(0);
    },
    LIMIT,
  );
});

describe('core/nn f32 engine entry points', () => {
  it(
    'ops forward and backward give finite values and gradients that match finite differences; F32AdamW steps stay finite',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 3 }), fc.constantFrom(2, 4), fc.integer({ min: 1, max: 3 }), fc.nat(50), (T, d, V, seed) => {
          const e = new F32Engine({ threads: 1 });
          expect(e.threads).toBe(1);
          const w = e.param(initValues('normal', [d, V + 1], seed, { std: 0.5 }), [d, V + 1]);
          const g = e.param(new Float32Array(d).fill(1), [d]);
          const table = e.param(initValues('normal', [V + 1, d], seed + 1, { std: 1 }), [V + 1, d]);
          const ids = Int32Array.from({ length: T }, (_, i) => (i + seed) % (V + 1));
          const loss = () => {
            const h = e.embedding(ids, table, [1, T]);
            const z = e.mul(e.rmsNorm(h, d), g);
            const a = e.attention(z, z, z, 1, T, 1);
            const s = e.add(e.gelu(a), e.swiglu(z, z));
            return e.crossEntropy(e.matmul(s, w), ids);
          };
          e.zeroGrads([w, g, table]);
          const L = loss();
          const l0 = L.data()[0];
          expect(Number.isFinite(l0) && l0 >= 0).toBe(true);
          e.backward(L);
          e.endStep();
          const gw = Float64Array.from(w.gradData());
          expect(finite(gw) && finite(g.gradData()) && finite(table.gradData())).toBe(true);
          // central difference on one weight (float32: loose tolerance)
          const k = seed % w.size;
          const h = 1e-2;
          const wd = w.data();
          const w0 = wd[k];
          e.grad = false;
          wd[k] = w0 + h;
          const lp = loss().data()[0];
          e.endStep();
          wd[k] = w0 - h;
          const lm = loss().data()[0];
          e.endStep();
          wd[k] = w0;
          e.grad = true;
          const fd = (lp - lm) / (2 * h);
          expect(Math.abs(fd - gw[k]) <= 2e-2 * (1 + Math.abs(fd)), `fd ${fd} vs ${gw[k]}`).toBe(true);
          const opt = new F32AdamW(e, [
            { path: 'w', tensor: w },
            { path: 'g', tensor: g },
          ]);
          opt.step(1e-2);
          expect(finite(w.data()) && finite(g.data())).toBe(true);
          expect(opt.count).toBe(1);
          opt.dispose();
          e.freeParam(w);
          e.freeParam(g);
          e.freeParam(table);
          e.dispose();
        }),
        params(30),
      );
    },
    LIMIT,
  );

  it(
    'shape mismatches, bad ids/targets, bad options and double frees are QuireErrors; heap, GEMM module and thread switches answer',
    () => {
      const e = new F32Engine({ threads: 1 });
      const a = e.param(new Float32Array(6), [2, 3]);
      const b = e.param(new Float32Array(4), [2, 2]);
      for (const [f, name] of [
        [() => new F32Engine({ threads: 3 as 2 }), 'threads'],
        [() => e.param(new Float32Array(5), [2, 3]), 'values'],
        [() => e.input(new Float32Array(5), [2, 3]), 'values'],
        [() => e.matmul(a, b), 'matmul'],
        [() => e.add(b, a), 'add'],
        [() => e.rmsNorm(a, 4), 'group'],
        [() => e.attention(a, b, a, 1, 2, 1), 'attention'],
        [() => e.embedding(Int32Array.from([0, 5]), a, [1, 2]), 'ids'],
        [() => e.crossEntropy(a, Int32Array.from([0, 3])), 'targets'],
        [() => e.crossEntropy(a, Int32Array.from([0])), 'targets'],
        [() => e.backward(a), 'loss'],
        [() => new F32AdamW(e, [{ path: 'a', tensor: a }], { b1: 1 }), 'b1'],
        [() => new F32AdamW(e, [{ path: 'a', tensor: a }], { weightDecay: -1 }), 'weight decay'],
      ] as [() => unknown, string][])
        expect(returnsOrQuireError(f, name).ok).toBe(false);
      e.endStep();
      e.freeParam(a);
      expect(returnsOrQuireError(() => e.freeParam(a), 'freeParam').ok).toBe(false);
      expect(a).toBeInstanceOf(F32Tensor);
      e.dispose();
      const heap = new F32Heap();
      const off = heap.alloc(10);
      expect(off % 4).toBe(0);
      expect(heap.liveFloats()).toBe(12);
      heap.free(off, 10);
      expect(heap.liveFloats()).toBe(0);
      expect(heap.bytes()).toBeGreaterThan(0);
      const gemm = new Gemm(heap, { threads: 1 });
      expect(gemm.threads).toBe(1);
      gemm.dispose();
      expect(gemmModuleBytes()).toBeInstanceOf(Uint8Array);
      expect(typeof f32ThreadsAvailable()).toBe('boolean');
      setF32ThreadStarter(undefined);
      expect(f32ThreadsAvailable()).toBe(false);
      expect(F32Helper.start({} as never)).toBeUndefined();
    },
    LIMIT,
  );
});
