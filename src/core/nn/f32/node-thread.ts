/* eslint-disable no-restricted-imports -- Node-only: starts the f32 engine's helper thread with
   node:worker_threads. Nothing in core imports it; a Node entry point (the CLI, benches, tests)
   opts in by importing it, so core stays browser-safe. */
/**
 * Registers a `worker_threads` starter for the f32 engine's helper thread (see threads.ts).
 * Only the process's main thread gets a helper: code already running in a worker thread (the
 * sweep's pool, which keeps both cores busy with one job each) stays on one thread.
 */
import { Worker, isMainThread } from 'node:worker_threads';
import { HELPER_LOOP_SOURCE, setF32ThreadStarter, type F32ThreadStarter } from './threads.js';

const BOOT = `const { workerData } = require('node:worker_threads');
${HELPER_LOOP_SOURCE}
helperLoop(workerData.memory, workerData.module, workerData.ctrl, workerData.names);`;

/** Start a helper as a worker thread (undefined outside the process's main thread). */
export const nodeThreadStarter: F32ThreadStarter = (init) => {
  if (!isMainThread) return undefined;
  const w = new Worker(BOOT, { eval: true, workerData: init });
  w.unref(); // a helper blocked in Atomics.wait never keeps the process alive
  return { stop: () => void w.terminate() };
};

if (isMainThread) setF32ThreadStarter(nodeThreadStarter);
