import { initNN, np, jit, grad, vmap, jnn, nnHeapBytes } from '../src/core/nn/runtime.js';
const info = await initNN();
console.log(info, nnHeapBytes());
const x = np.linspace(-2, 2, 5);
const d2 = vmap(grad(grad(np.tanh)))(x.ref);
console.log(await d2.data());
const f = jit((a: np.Array, lr: np.Array) => a.mul(lr));
console.log(await f(np.array([1, 2]), 3).data(), await f(np.array([1, 2]), 0.5).data());
const q = np.ones([1, 4, 2, 8]);
const o = jnn.dotProductAttention(q.ref, q.ref, q, { isCausal: true } as never);
console.log(o.shape); o.dispose();
const a = np.ones([1024, 1024]);
let t0 = performance.now();
for (let i = 0; i < 3; i++) { const c = np.matmul(a.ref, a.ref); await c.data(); }
console.log('matmul1024 x3', performance.now() - t0, nnHeapBytes());
for (let i = 0; i < 1000; i++) { np.ones([16]).add(1).dataSync(); }
console.log('after 1000 no-leak', nnHeapBytes());
for (let i = 0; i < 1000; i++) { const z = np.zeros([16]).add(1); z.ref.dataSync(); }
console.log('after 1000 leaks', nnHeapBytes());
