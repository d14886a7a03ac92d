/** Test helpers for core/nn (host float64 references). Not exported from index.ts. */
import { paramsToFloat32Sync, type ParamTree } from './params.js';
import type { MlpParams } from './layers.js';

/** Host copy of MLP weights: per layer W (row-major [in, out]) and b, in float64. */
export interface HostMlp {
  sizes: number[];
  w: Float64Array[];
  b: Float64Array[];
}

/** Read an MLP's params to the host (does not consume). */
export function hostMlp(p: MlpParams): HostMlp {
  const sizes = [p.layers[0].w.shape[0], ...p.layers.map((l) => l.w.shape[1])];
  const w: Float64Array[] = [];
  const b: Float64Array[] = [];
  for (const l of p.layers) {
    w.push(Float64Array.from(paramsToFloat32Sync(l.w as ParamTree)));
    b.push(Float64Array.from(paramsToFloat32Sync(l.b as ParamTree)));
  }
  return { sizes, w, b };
}

/** Float64 tanh-MLP forward pass for one input row. */
export function hostMlpForward(m: HostMlp, x: ArrayLike<number>, act: (v: number) => number = Math.tanh): Float64Array {
  let h = Float64Array.from(x);
  const L = m.w.length;
  for (let l = 0; l < L; l++) {
    const nin = m.sizes[l];
    const nout = m.sizes[l + 1];
    const o = new Float64Array(nout);
    for (let j = 0; j < nout; j++) {
      let s = m.b[l][j];
      for (let i = 0; i < nin; i++) s += h[i] * m.w[l][i * nout + j];
      o[j] = l + 1 < L ? act(s) : s;
    }
    h = o;
  }
  return h;
}
