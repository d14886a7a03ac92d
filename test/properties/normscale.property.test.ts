/**
 * Property hunt over every export of quire/normscale (issue 16): tokenizers on any Unicode text,
 * splits and window starts at their edges, weight-decay routing, model-config validation, the
 * tiny LM's forward and loss on both engines (jax-js and the f32 engine) for every strategy, the
 * float64 mechanism toy at ±1e±300, zero vectors and γ = 0, and two-step training runs. Each call
 * returns finite, documented values or throws a QuireError naming the argument. Shapes are tiny
 * (vocab ≤ 6, d ≤ 4, one layer) so the file stays fast.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { F32Engine, initNN, np } from '../../src/core/nn/index.js';
import {
  STRATEGIES,
  WD_ROUTINGS,
  branchNames,
  byteTokenizer,
  charTokenizer,
  disposeCompiled,
  disposeLM32,
  effectiveWeight,
  gdStep,
  initLM,
  initLM32,
  lm32Logits,
  lm32Loss,
  lmInitSpecs,
  lmLogits,
  lmLoss,
  lossAndGradTilde,
  measuredPreconditioner,
  mechanismDemo,
  mechanismProblem,
  modelConfig,
  oneHotWindows,
  paramRole,
  rmsNormalize,
  rmsNormalizeVec,
  scaledBranches,
  splitTokens,
  trainLM,
  trainLMJax,
  wdRouting,
  windowStarts,
  type CompileCache,
  type ModelConfig,
} from '../../src/normscale/index.js';
import { params, returnsOrQuireError } from './guard.js';

const LIMIT = 60_000;
beforeAll(async () => {
  await initNN();
});

const finite = (a: ArrayLike<number>): boolean => Array.from(a).every(Number.isFinite);

describe('normscale tokenizers, splits and windows', () => {
  it(
    'charTokenizer and byteTokenizer: ids in [0, vocabSize), decode ∘ encode is the identity on the fitted alphabet',
    () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
          fc.integer({ min: 1, max: 3 }),
          fc.integer({ min: 2, max: 40 }),
          (text, minCount, maxVocab) => {
            const t = charTokenizer(text, { minCount, maxVocab });
            expect(t.vocabSize).toBe(t.symbols.length);
            expect(t.vocabSize <= maxVocab).toBe(true);
            const ids = t.encode(text);
            for (const id of ids) expect(id >= 0 && id < t.vocabSize).toBe(true);
            if (ids.every((id) => id > 0)) expect(t.decode(ids)).toBe(text);
            const b = byteTokenizer();
            const bytes = b.encode(text);
            for (const id of bytes) expect(id >= 0 && id < 256).toBe(true);
            // lone surrogates are not valid UTF-16: they encode to U+FFFD
            expect(b.decode(bytes)).toBe(new TextDecoder().decode(new TextEncoder().encode(text)));
          },
        ),
        params(200),
      );
      for (const [f, name] of [
        [() => charTokenizer(''), 'text'],
        [() => charTokenizer(5 as unknown as string), 'text'],
        [() => charTokenizer('ab', { minCount: 0 }), 'minCount'],
        [() => charTokenizer('ab', { maxVocab: 1 }), 'maxVocab'],
        [() => charTokenizer('ab').encode(7 as unknown as string), 'text'],
        [() => byteTokenizer().encode(null as unknown as string), 'text'],
        [() => byteTokenizer().decode([256]), 'ids'],
        [() => byteTokenizer().decode([-1]), 'ids'],
        [() => byteTokenizer().decode([1.5]), 'ids'],
      ] as [() => unknown, string][])
        expect(returnsOrQuireError(f, name).ok).toBe(false);
      expect(charTokenizer('ab').decode([0, 1, 99, -1, 1.5])).toBe('\uFFFDa\uFFFD\uFFFD\uFFFD');
    },
    LIMIT,
  );

  it(
    'splitTokens and windowStarts: contiguous non-empty parts; starts in [0, n − seqLen − 1]; seeded; bad sizes are QuireErrors',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 40 }),
          fc.oneof(fc.double({ min: 0, max: 1 }), fc.constantFrom(0, 1, Number.NaN, -0.1, 1e-300, 1 - 1e-16)),
          fc.integer({ min: 0, max: 6 }),
          fc.integer({ min: 0, max: 3 }),
          fc.integer({ min: 0, max: 3 }),
          (n, frac, seqLen, batchSize, steps) => {
            const tokens = Int32Array.from({ length: n }, (_, i) => i % 5);
            const r = returnsOrQuireError(() => splitTokens(tokens, frac));
            if (r.ok) {
              expect(r.value.train.length >= 1 && r.value.val.length >= 1).toBe(true);
              expect(r.value.train.length + r.value.val.length).toBe(n);
            } else expect(r.message).toMatch(/valFraction|tokens/);
            const w = returnsOrQuireError(() => windowStarts(n, seqLen, batchSize, steps, 3));
            if (seqLen >= 1 && batchSize >= 1 && steps >= 1 && n >= seqLen + 1) expect(w.ok).toBe(true);
            if (!w.ok) return;
            expect(w.value.length).toBe(batchSize * steps);
            for (const s of w.value) expect(s >= 0 && s + seqLen + 1 <= n).toBe(true);
            expect(Array.from(windowStarts(n, seqLen, batchSize, steps, 3))).toEqual(Array.from(w.value));
            const V = 5;
            const batch = oneHotWindows(tokens, w.value.subarray(0, batchSize), seqLen, V);
            expect(batch.shape).toEqual([batchSize, seqLen, V]);
            let ones = 0;
            for (const v of batch.x) ones += v;
            expect(ones).toBe(batchSize * seqLen);
          },
        ),
        params(300),
      );
      for (const n of [Number.NaN, -1, 2.5]) expect(returnsOrQuireError(() => windowStarts(n, 2, 1, 1, 0), 'n').ok).toBe(false);
      const toks = Int32Array.from([0, 1, 2]);
      expect(returnsOrQuireError(() => oneHotWindows(toks, [2], 2, 3), 'starts').ok).toBe(false);
      expect(returnsOrQuireError(() => oneHotWindows(toks, [0.5], 1, 3), 'starts').ok).toBe(false);
      expect(returnsOrQuireError(() => oneHotWindows(Int32Array.from([0, 7, 2]), [0], 2, 3), 'tokens').ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'wdRouting and paramRole: decays are the routed ones (finite ≥ 0); bad routings and decays are QuireErrors',
    () => {
      const paths = [
        'embed',
        'head',
        'layers.0.attn.w.q',
        'layers.0.attn.in.g',
        'final.in.head.alpha',
        'layers.1.mlp.out.up',
        'layers.0.attn.qk.q',
      ];
      fc.assert(
        fc.property(
          fc.constantFrom(...WD_ROUTINGS),
          fc.oneof(fc.double({ min: 0, max: 10 }), fc.constantFrom(-1, Number.NaN, Infinity)),
          fc.double({ min: 0, max: 10 }),
          (routing, m, s) => {
            const r = returnsOrQuireError(() => wdRouting(routing, m, s), 'matrixDecay');
            expect(r.ok).toBe(m >= 0 && Number.isFinite(m));
            if (!r.ok) return;
            for (const p of paths) {
              const lam = r.value(p);
              const role = paramRole(p);
              expect([m, s, 0]).toContain(lam);
              if (role === 'matrix') expect(lam).toBe(m);
            }
          },
        ),
        params(100),
      );
      expect(returnsOrQuireError(() => wdRouting('bogus' as 'none', 0, 0), 'routing').ok).toBe(false);
    },
    LIMIT,
  );
});

/** Tiny valid model configs (vocab ≤ 6, d ≤ 4, one layer) over every strategy, MLP kind and QK-norm. */
const tinyConfig = fc
  .record({
    vocabSize: fc.integer({ min: 2, max: 6 }),
    seqLen: fc.integer({ min: 1, max: 3 }),
    dModel: fc.constantFrom(2, 4),
    nHeads: fc.constantFrom(1, 2),
    nLayers: fc.constant(1),
    dFF: fc.integer({ min: 1, max: 4 }),
    mlp: fc.constantFrom('swiglu', 'gelu' as const),
    qkNorm: fc.boolean(),
    strategy: fc.constantFrom(...STRATEGIES),
  })
  .map((c) => modelConfig(c));

describe('normscale model', () => {
  it(
    'modelConfig: every option out of range (or nHeads ∤ dModel) is a QuireError naming it',
    () => {
      const bad: [Partial<ModelConfig>, string][] = [
        [{ vocabSize: 1 }, 'vocabSize'],
        [{ vocabSize: 2.5 }, 'vocabSize'],
        [{ seqLen: 0 }, 'seqLen'],
        [{ dModel: 6, nHeads: 4 }, 'nHeads'],
        [{ nHeads: 0 }, 'nHeads'],
        [{ nLayers: Number.NaN }, 'nLayers'],
        [{ mlp: 'relu' as 'gelu' }, 'mlp'],
        [{ strategy: 'x' as 'none' }, 'strategy'],
        [{ qkNorm: 1 as unknown as boolean }, 'qkNorm'],
      ];
      for (const [o, name] of bad) expect(returnsOrQuireError(() => modelConfig(o), name).ok).toBe(false);
      expect(returnsOrQuireError(() => lmInitSpecs(modelConfig(), -1), 'seed').ok).toBe(false);
      expect(returnsOrQuireError(() => lmInitSpecs({ ...modelConfig(), dModel: 6, nHeads: 4 }, 0), 'nHeads').ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'the tiny LM: init specs finite; jax and f32 logits finite and equal; loss finite, ≥ 0, near log V at init',
    () => {
      fc.assert(
        fc.property(tinyConfig, fc.nat(100), fc.integer({ min: 1, max: 2 }), (cfg, seed, B) => {
          const specs = lmInitSpecs(cfg, seed);
          for (const s of specs) {
            expect(s.values.length).toBe(s.shape.reduce((a, b) => a * b, 1));
            expect(finite(s.values)).toBe(true);
          }
          const br = branchNames(cfg);
          expect(br.mlp.length).toBe(cfg.mlp === 'swiglu' ? 2 : 1);
          const { seqLen: T, vocabSize: V } = cfg;
          const ids = Int32Array.from({ length: B * T }, (_, i) => (i * 7 + seed) % V);
          const tg = Int32Array.from({ length: B * T }, (_, i) => (i * 3 + seed + 1) % V);
          const oh = (t: Int32Array) => {
            const o = new Float32Array(t.length * V);
            t.forEach((v, i) => (o[i * V + v] = 1));
            return np.array(o, { shape: [B, T, V] });
          };
          const p = initLM(cfg, seed);
          const logits = lmLogits(cfg, p, oh(ids)).dataSync();
          expect(finite(logits)).toBe(true);
          const p2 = initLM(cfg, seed);
          const loss = lmLoss(cfg, p2, oh(ids), oh(tg)).dataSync()[0];
          expect(Number.isFinite(loss) && loss >= 0).toBe(true);
          expect(Math.abs(loss - Math.log(V)) < 3).toBe(true);
          const engine = new F32Engine();
          const lm = initLM32(engine, cfg, seed);
          const l32 = lm32Logits(lm, ids, B).data();
          for (let i = 0; i < l32.length; i++) expect(Math.abs(l32[i] - logits[i]) < 1e-4 * (1 + Math.abs(logits[i]))).toBe(true);
          const loss32 = lm32Loss(lm, ids, tg, B).data()[0];
          expect(Math.abs(loss32 - loss) < 1e-4 * (1 + loss)).toBe(true);
          engine.endStep();
          expect(returnsOrQuireError(() => lm32Logits(lm, ids.subarray(1), B), 'ids').ok).toBe(false);
          const badIds = ids.slice();
          badIds[0] = V;
          expect(returnsOrQuireError(() => lm32Logits(lm, badIds, B), 'ids').ok).toBe(false);
          expect(returnsOrQuireError(() => lm32Loss(lm, ids, tg.subarray(1), B), 'targets').ok).toBe(false);
          expect(returnsOrQuireError(() => lm32Logits(lm, ids, 0), 'B').ok).toBe(false);
          engine.endStep();
          disposeLM32(lm);
          expect(lm.params.length).toBe(0);
        }),
        params(12),
      );
    },
    LIMIT,
  );

  it(
    'rmsNormalize (jax) has RMS 1 on nonzero rows and is finite at 0; scaledBranches gives one finite map per weight',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.constantFrom(0, 1e-30, 1e30)), {
            minLength: 4,
            maxLength: 4,
          }),
          fc.constantFrom(...STRATEGIES),
          (row, strategy) => {
            const z = rmsNormalize(np.array(Float32Array.from(row), { shape: [1, 4] })).dataSync();
            expect(finite(z)).toBe(true);
            const cfg = modelConfig({ vocabSize: 3, seqLen: 1, dModel: 4, nHeads: 1, nLayers: 1, dFF: 2, strategy, mlp: 'gelu' });
            const p = initLM(cfg, 1);
            const a = p.layers[0].attn;
            const ys = scaledBranches(
              strategy,
              np.array(Float32Array.from(row), { shape: [1, 4] }),
              [a.w.q, a.w.k, a.w.v],
              ['q', 'k', 'v'],
              a.in,
              a.out,
            );
            expect(ys.length).toBe(3);
            for (const y of ys) expect(finite(y.dataSync())).toBe(true);
            // the rest of p (embeddings, W_O, the MLP) is left to the garbage collector: tiny
          },
        ),
        params(30),
      );
    },
    LIMIT,
  );
});

describe('normscale mechanism (float64 toy)', () => {
  it(
    'rmsNormalizeVec: RMS 1 at any magnitude (±1e±300, subnormals), 0 → a QuireError unless eps > 0',
    () => {
      const v = fc.oneof(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.constantFrom(0, 1e300, -1e300, 5e-324, 1e-300, Number.MAX_VALUE),
      );
      fc.assert(
        fc.property(fc.array(v, { minLength: 1, maxLength: 8 }), fc.constantFrom(0, 1e-5, 1), (x, eps) => {
          const r = returnsOrQuireError(() => rmsNormalizeVec(x, eps), 'x');
          const zero = x.every((t) => t === 0);
          if (zero && eps === 0) {
            expect(r.ok).toBe(false);
            return;
          }
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(finite(r.value)).toBe(true);
          const rms = Math.sqrt(r.value.reduce((s, t) => s + t * t, 0) / x.length);
          if (eps === 0) expect(Math.abs(rms - 1) < 1e-12, `rms ${rms} of ${x}`).toBe(true);
          else expect(rms <= 1 + 1e-12).toBe(true);
        }),
        params(300),
      );
      for (const [x, eps] of [
        [[], 0],
        [[Number.NaN], 0],
        [[1], -1],
        [[1], Number.NaN],
        [[1], Infinity],
      ] as [number[], number][])
        expect(returnsOrQuireError(() => rmsNormalizeVec(x, eps)).ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'mechanismProblem, lossAndGradTilde, effectiveWeight, gdStep: finite on valid shapes; wrong shapes are QuireErrors',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 4 }),
          fc.integer({ min: 1, max: 3 }),
          fc.integer({ min: 1, max: 5 }),
          fc.double({ min: 1, max: 100, noNaN: true }),
          fc.nat(50),
          (d, c, n, spread, seed) => {
            const p = mechanismProblem({ d, c, n, spread, seed });
            expect(finite(p.Z) && finite(p.Y)).toBe(true);
            const W = new Float64Array(c * d).fill(0.1);
            const gamma = new Float64Array(d).fill(1);
            const Wt = effectiveWeight(W, gamma, c, d);
            const { loss, G } = lossAndGradTilde(p, Wt);
            expect(Number.isFinite(loss) && loss >= 0 && finite(G)).toBe(true);
            gdStep(W, gamma, G, 0.01, c, d);
            expect(finite(W) && finite(gamma)).toBe(true);
            const { loss: loss2 } = lossAndGradTilde(p, effectiveWeight(W, gamma, c, d));
            expect(loss2 <= loss + 1e-12).toBe(true);
          },
        ),
        params(100),
      );
      const p = mechanismProblem({ d: 2, c: 1, n: 3 });
      for (const [f, name] of [
        [() => lossAndGradTilde(p, new Float64Array(3)), 'Wt'],
        [() => effectiveWeight(new Float64Array(2), new Float64Array(1), 1, 2), 'gamma'],
        [() => gdStep(new Float64Array(2), null, new Float64Array(1), 0.1, 1, 2), 'G'],
        [() => gdStep(new Float64Array(2), null, new Float64Array(2), Number.NaN, 1, 2), 'eta'],
        [() => mechanismProblem({ d: 0 }), 'd'],
        [() => mechanismProblem({ spread: 0.5 }), 'spread'],
      ] as [() => unknown, string][])
        expect(returnsOrQuireError(f, name).ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'measuredPreconditioner: P̂ ≈ γ²I + wwᵀ (finite relative error) at any scale; w = 0, γ = 0 is exact, not NaN',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 4 }),
          fc.oneof(fc.double({ min: -3, max: 3, noNaN: true }), fc.constant(0)),
          (w, g) => {
            const r = returnsOrQuireError(() => measuredPreconditioner(w, g));
            expect(r.ok).toBe(true);
            if (!r.ok) return;
            expect(finite(r.value.P) && finite(r.value.theory)).toBe(true);
            expect(Number.isFinite(r.value.relError) && r.value.relError >= 0, `relError ${r.value.relError}`).toBe(true);
          },
        ),
        params(200),
      );
      expect(measuredPreconditioner([0, 0], 0).relError).toBe(0);
      for (const [f, name] of [
        [() => measuredPreconditioner([1], Number.NaN), 'gammaJ'],
        [() => measuredPreconditioner([1], 1, 0), 'eta'],
        [() => measuredPreconditioner([1], 1, 1e-3, -1), 'eps'],
        [() => measuredPreconditioner([1e300], 1), 'wj'],
        [() => measuredPreconditioner([], 1), 'wj'],
      ] as [() => unknown, string][])
        expect(returnsOrQuireError(f, name).ok).toBe(false);
    },
    LIMIT,
  );

  it(
    'mechanismDemo: finite curves for small runs; divergent step sizes are a QuireError, never NaN',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 20 }),
          fc.constantFrom(1e-3, 0.05, 0.5, 50, 1e6),
          fc.integer({ min: 1, max: 3 }),
          (steps, lr, c) => {
            const r = returnsOrQuireError(() => mechanismDemo({ steps, lr, c, d: 3, n: 8 }));
            if (!r.ok) {
              expect(r.message).toMatch(/diverged|lr/);
              return;
            }
            const o = r.value;
            for (const k of ['lossWithGamma', 'lossWithoutGamma', 'gammaMax', 'gammaMin', 'oneStepRelError'] as const)
              expect(finite(o[k]), k).toBe(true);
            for (const k of [
              'preconditionerRelError',
              'lambdaMin',
              'lambdaMax',
              'gammaSquared',
              'finalLossWithGamma',
              'finalLossWithoutGamma',
            ] as const)
              expect(Number.isFinite(o[k]), `${k} = ${o[k]}`).toBe(true);
          },
        ),
        params(40),
      );
      for (const o of [{ steps: 0 }, { lr: 0 }, { lr: Number.NaN }, { every: 0 }])
        expect(returnsOrQuireError(() => mechanismDemo(o)).ok).toBe(false);
    },
    LIMIT,
  );
});

describe('normscale training (two steps, tiny model)', () => {
  it(
    'trainLM and trainLMJax: finite losses and scale RMS on a tiny run; bad data is a QuireError naming data',
    async () => {
      const model = { vocabSize: 4, seqLen: 2, dModel: 2, nHeads: 1, nLayers: 1, dFF: 2, strategy: 'dp' as const };
      const tokens = Int32Array.from({ length: 40 }, (_, i) => (i * 3) % 4);
      const data = { train: tokens.subarray(0, 30), val: tokens.subarray(30) };
      const cache: CompileCache = new Map();
      for (const train of [trainLM, trainLMJax]) {
        const r = await train(data, model, { steps: 2, batchSize: 2, evalBatches: 1 }, { cache });
        expect(Number.isFinite(r.valLoss) && finite(r.trainLoss) && finite(r.valBatchLoss)).toBe(true);
        expect(Number.isFinite(r.inputScaleRms) && Number.isFinite(r.outputScaleRms)).toBe(true);
        for (const bad of [
          { train: Int32Array.from([0, 1]), val: data.val },
          { train: data.train, val: Int32Array.from([0, 9, 1, 2, 3, 1]) },
          { train: [0, 1, 2] as unknown as Int32Array, val: data.val },
        ]) {
          const e = await train(bad, model, { steps: 1, batchSize: 2, evalBatches: 1 }).then(
            () => null,
            (err: Error) => err,
          );
          expect(e?.name, String(e)).toBe('QuireError');
          expect(e?.message).toMatch(/data\./);
        }
      }
      disposeCompiled(cache);
      expect(cache.size).toBe(0);
    },
    LIMIT,
  );
});
