import { generateSynthetic1d, fitOlsFirstStage } from './generators.js';
import { fitSpatialAdapterFlat, spatialAdapterSchema } from './admm.js';
import { parseOptions } from '../core/schema.js';
const N = 512, T = 1024;
const data = generateSynthetic1d({ n: N, T, seed: 1 });
const pred = fitOlsFirstStage(data).predict(data.X, T, N);
const R = new Float64Array(T*N); for (let i=0;i<T*N;i++) R[i]=data.Y[i]-pred[i];
const c = { n: N, d: 1, x: data.coords };
for (const tau1 of [1e3, 0]) {
  const t0 = performance.now();
  const fit = fitSpatialAdapterFlat(R, T, c, parseOptions('x', spatialAdapterSchema, { K: 5, tau1, seed: 1 }));
  console.log(tau1, (performance.now()-t0).toFixed(0), 'ms', fit.diagnostics);
}
