/// <reference lib="webworker" />
// The lab's demo worker: one per page, kept alive so a slider move recomputes without start-up.
import { isQuireError } from '../../src/core/errors.js';
import { demos } from './demos.js';
import type { DemoRequest, Reply } from './protocol.js';

const post = (r: Reply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(r);

self.onmessage = async (e: MessageEvent<DemoRequest>) => {
  const msg = e.data;
  try {
    const demo = demos[msg.system];
    if (!demo) throw new Error(`no demo for '${msg.system}'`);
    const t0 = performance.now();
    const output = await demo.run(msg.input);
    post({ type: 'demo', seq: msg.seq, output, ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', seq: msg.seq, message: (err as Error).message ?? String(err), userError: isQuireError(err) });
  }
};
