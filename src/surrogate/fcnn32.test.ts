/**
 * The FCNN on the f32 engine against the jax path (cross-check: two implementations, jax autodiff
 * + jax Adam vs hand-written backward + F32AdamW): the loss of every step of a short training
 * (same initial weights, same minibatch order) and the trained predictions, for the data, strong
 * and weak losses, with and without an added data term, in 1-D and 2-D.
 */
import { describe, expect, it } from 'vitest';
import { disposeSurrogate, predictSurrogate, trainSurrogateOn } from './models.js';
import { heatProblem, sampleKl } from './problem.js';
import { solveDataset } from './solver.js';

describe('FCNN on the f32 engine = FCNN on jax', () => {
  for (const dim of [1, 2] as const) {
    it(`${dim}-D: per-step losses and predictions agree for every loss (± data term)`, async () => {
      const pb = heatProblem({ dim, cells: dim === 1 ? 16 : 6, modes: 4 });
      const tr = solveDataset(pb, sampleKl(pb, 40, 1));
      for (const loss of ['data', 'strong', 'weak'] as const)
        for (const dataWeight of loss === 'data' ? [0] : [0, 0.5]) {
          const opts = { model: 'fcnn' as const, loss, dataWeight, hidden: 16, depth: 2, batchSize: 16, seed: 7, lr: 5e-3, steps: 12 };
          const a = await trainSurrogateOn('auto', pb, tr, opts);
          const b = await trainSurrogateOn('jax', pb, tr, opts);
          const tag = `${dim}-D ${loss} w=${dataWeight}`;
          for (let t = 0; t < 12; t++) {
            expect(Math.abs(a.lossHistory[t] - b.lossHistory[t]), `${tag} step ${t}`).toBeLessThan(1e-4 * b.lossHistory[t] + 1e-7);
          }
          expect(a.lossHistory[11]).not.toBe(a.lossHistory[0]);
          const pa = predictSurrogate(a, tr);
          const pj = predictSurrogate(b, tr);
          let scale = 0;
          let err = 0;
          for (let i = 0; i < pa.length; i++) {
            scale = Math.max(scale, Math.abs(pj[i]));
            err = Math.max(err, Math.abs(pa[i] - pj[i]));
          }
          expect(err, tag).toBeLessThan(1e-3 * scale);
          disposeSurrogate(a);
          disposeSurrogate(b);
        }
    });
  }
});
