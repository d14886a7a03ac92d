import { generateSynthetic1d, fitOlsFirstStage } from './generators.js';
import { fitSpatialAdapterFlat, spatialAdapterSchema } from './admm.js';
import { parseOptions } from '../core/schema.js';
const N = 128, T = 256;
const data = generateSynthetic1d({ n: N, T, seed: 1 });
const pred = fitOlsFirstStage(data).predict(data.X, T, N);
const R = new Float64Array(T*N); for (let i=0;i<T*N;i++) R[i]=data.Y[i]-pred[i];
const c = { n: N, d: 1, x: data.coords };
for (const K of [1, 5]) for (const rho of [1, 10]) {
  const fit = fitSpatialAdapterFlat(R, T, c, parseOptions('x', spatialAdapterSchema, { K, tau1: 1e3, seed: 1, rho, iters: 100 }));
  console.log('K', K, 'rho', rho, fit.diagnostics.iterations, fit.diagnostics.converged, fit.trace.filter((e,i)=>i%10===4).map(e=>`${e.dual.toFixed(2)}/${e.dPhi.toFixed(3)}/${e.objective.toExponential(3)}`).join(' '));
}
