import { initNN, np, adamw, makeTrainStep, countParams, disposeParams, type JaxArray } from '../core/nn/index.js';
import { initLM, lmLoss, modelConfig, type LMParams } from './model.js';
await initNN();
for (const strategy of ['shared', 'unified'] as const) {
  const cfg = modelConfig({ vocabSize: 72, seqLen: 32, dModel: 32, nLayers: 2, nHeads: 2, dFF: 64, strategy });
  let p = initLM(cfg, 1);
  console.log(strategy, 'params', countParams(p as never));
  const opt = adamw({ weightDecay: 0.1 });
  let s = opt.init(p as never);
  const step = makeTrainStep<LMParams>((pp, b) => lmLoss(cfg, pp as LMParams, b.x, b.y), opt);
  const B = 8, T = 32, V = 72;
  const xs = new Float32Array(B * T * V); const ys = new Float32Array(B * T * V);
  for (let i = 0; i < B * T; i++) { xs[i * V + (i % V)] = 1; ys[i * V + ((i + 1) % V)] = 1; }
  let t0 = performance.now();
  for (let i = 0; i < 60; i++) {
    if (i === 10) t0 = performance.now();
    const r = step(p as never, s, { x: np.array(xs, { shape: [B, T, V] }), y: np.array(ys, { shape: [B, T, V] }) }, np.array(new Float32Array([1e-3]), {shape: []}));
    p = r.params as LMParams; s = r.state;
    const l = (await r.loss.data())[0];
    if (i === 0) console.log('first', l, performance.now() - t0);
  }
  console.log(strategy, 'ms/step', (performance.now() - t0) / 50);
  disposeParams(p as never); disposeParams(s); step.dispose();
}
