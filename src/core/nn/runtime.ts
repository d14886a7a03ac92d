/**
 * The one door to @jax-js/jax (pinned 0.1.25). Systems import jax from here, never directly:
 * `./shims.js` is imported first so the Node 20 shims exist before jax-js runs, and `initNN()`
 * starts the wasm backend with `init('wasm')` (plain `init()` crashes on Node 20:
 * `navigator is not defined`).
 *
 * Call `await initNN()` before touching arrays; it is idempotent and safe to call from anywhere
 * (concurrent calls share one promise).
 */
import './shims.js';
import {
  Array as JaxArray,
  blockUntilReady,
  grad,
  hessian,
  init,
  jacfwd,
  jacrev,
  jit,
  jvp,
  lax,
  nn as jnn,
  numpy,
  random,
  tree,
  valueAndGrad,
  vjp,
  vmap,
} from '@jax-js/jax';
import type { DType, JsTree, OwnedFunction } from '@jax-js/jax';
import { QuireError } from '../errors.js';
import { heapBytes } from './shims.js';

export {
  JaxArray,
  blockUntilReady,
  grad,
  hessian,
  jacfwd,
  jacrev,
  jit,
  jnn,
  jvp,
  lax,
  numpy,
  numpy as np,
  random,
  tree,
  valueAndGrad,
  vjp,
  vmap,
};
export type { DType, JsTree, OwnedFunction };

// jax-js has now been evaluated and its wasm backend built. It made a worker pool iff a Worker
// global and SharedArrayBuffer existed (a browser, or Node after core/nn/node-threads.ts), of
// navigator.hardwareConcurrency workers (4 if unknown).
const gl = globalThis as Record<string, unknown>;
const poolThreads =
  typeof gl.Worker !== 'undefined' && typeof SharedArrayBuffer !== 'undefined'
    ? Math.max(1, Number((gl.navigator as { hardwareConcurrency?: number } | undefined)?.hardwareConcurrency) || 4)
    : 1;
if (gl.__quireNavigatorShim === true) {
  delete gl.navigator;
  delete gl.__quireNavigatorShim;
}

/** What `initNN` started. */
export interface NNRuntimeInfo {
  /** jax device in use. */
  device: 'wasm';
  /**
   * Worker threads of the wasm backend (1 = none). More than 1 in browsers with
   * SharedArrayBuffer, or in Node when the entry point imported core/nn/node-threads.ts first;
   * then read results with `await a.data()` (`dataSync()` throws on pending threaded work).
   */
  threads: number;
}

let started: Promise<NNRuntimeInfo> | undefined;

/**
 * Start the NN engine (idempotent): the shims are installed on import; this runs
 * `init('wasm')` and reports the thread count.
 * @returns the device and thread count in use
 * @throws QuireError if the wasm backend is unavailable
 * @example await initNN(); const y = np.array([1, 2, 3]).mul(2);
 */
export function initNN(): Promise<NNRuntimeInfo> {
  started ??= init('wasm').then(
    (devices) => {
      if (!devices.includes('wasm')) throw new QuireError('initNN: the wasm backend is not available');
      return { device: 'wasm' as const, threads: poolThreads };
    },
    (e: unknown) => {
      started = undefined;
      throw e;
    },
  );
  return started;
}

/**
 * Bytes of the jax wasm heap (its linear memory). The heap is a bump allocator with free lists
 * that never shrinks, so after warm-up this number stays constant unless arrays leak: it is the
 * memory-discipline probe of the tests. 0 before the first allocation.
 */
export function nnHeapBytes(): number {
  return heapBytes();
}
