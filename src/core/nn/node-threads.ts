/* eslint-disable no-restricted-imports -- the one Node-only file of core/nn: it bridges the
   jax-js Web Worker pool to node:worker_threads. Nothing in src/ imports it; a Node entry point
   (CLI, bench) opts in by importing it FIRST, so core stays browser-safe. */
/**
 * Opt-in worker threads for the jax-js wasm backend on Node 20.
 *
 * jax-js 0.1.25 builds its wasm backend when its module is first evaluated, and gives it a
 * pool of `navigator.hardwareConcurrency` Web Workers only if a global `Worker` exists at that
 * moment. So this module must be evaluated before @jax-js/jax: import it as the very first
 * import of the entry point (`import './core/nn/node-threads.js'`). It installs
 *  - `globalThis.Worker`: a minimal Web Worker over worker_threads (enough for the pool);
 *  - `globalThis.navigator = { hardwareConcurrency: 2 }` if there is no navigator (removed again
 *    by core/nn/runtime.ts right after jax-js has read it).
 * With threads, big kernels run on 2 threads when results are read with `await a.data()`;
 * `dataSync()` throws on an array with pending threaded work. Threads only pay for large
 * matmuls (≈1.3–1.6× at 1024²); small MLP steps see no gain.
 */
import { resolveObjectURL } from 'node:buffer';
import { Worker as NodeWorker } from 'node:worker_threads';

/** Worker threads used when this module is loaded. */
export const NODE_THREADS = 2;

const BOOTSTRAP = `
const { parentPort } = require('node:worker_threads');
globalThis.self = globalThis;
globalThis.postMessage = (d) => parentPort.postMessage(d);
let ready = false;
const queue = [];
parentPort.on('message', (m) => {
  if (m && typeof m === 'object' && m.__quireSource !== undefined) {
    (0, eval)(m.__quireSource);
    ready = true;
    for (const q of queue.splice(0)) self.onmessage({ data: q });
    return;
  }
  if (!ready) queue.push(m);
  else self.onmessage({ data: m });
});
`;

interface MessageLike {
  data: unknown;
}

/**
 * Web-Worker-shaped wrapper over one worker thread. The blob source is read asynchronously and
 * evaluated inside the thread; earlier messages are queued there. The thread is referenced only
 * while it owes a reply (each jax-js message gets exactly one), so an idle pool never keeps the
 * process alive and no `process.exit()` is needed.
 */
class NodeWebWorker {
  onmessage: ((e: MessageLike) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  readonly #w: NodeWorker;
  #owed = 0;

  constructor(url: string | URL) {
    this.#w = new NodeWorker(BOOTSTRAP, { eval: true });
    this.#w.unref();
    this.#w.on('message', (data: unknown) => {
      if (this.#owed > 0 && --this.#owed === 0) this.#w.unref();
      this.onmessage?.({ data });
    });
    this.#w.on('error', (err: Error) => this.onerror?.({ message: err.message }));
    const blob = resolveObjectURL(String(url));
    if (!blob) throw new Error(`node-threads: cannot resolve ${String(url)}`);
    void blob.text().then((src) => this.#w.postMessage({ __quireSource: src }));
  }

  postMessage(data: unknown): void {
    if (this.#owed++ === 0) this.#w.ref();
    this.#w.postMessage(data);
  }

  terminate(): void {
    void this.#w.terminate();
  }
}

const g = globalThis as Record<string, unknown>;
if (typeof g.Worker === 'undefined') g.Worker = NodeWebWorker;
if (typeof g.navigator === 'undefined') {
  g.navigator = { hardwareConcurrency: NODE_THREADS };
  g.__quireNavigatorShim = true;
}
