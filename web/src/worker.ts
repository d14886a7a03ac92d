/// <reference lib="webworker" />
// The lab's worker: runs a study or a demo off the main thread and posts progress.
import { isQuireError } from '../../src/core/errors.js';
import { findStudy } from '../../src/studies/registry.js';
import { runStudy } from '../../src/studies/runner.js';
import { demos } from './demos.js';
import type { Reply, Request } from './protocol.js';

const post = (r: Reply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(r);

self.onmessage = async (e: MessageEvent<Request>) => {
  const msg = e.data;
  try {
    if (msg.kind === 'study') {
      const study = findStudy(msg.id);
      if (!study) throw new Error(`no study '${msg.id}'`);
      const result = await runStudy(study, { profile: msg.profile, overrides: msg.overrides }, (done, total, label) =>
        post({ type: 'progress', done, total, label }),
      );
      post({ type: 'study', result });
    } else {
      const demo = demos[msg.system];
      if (!demo) throw new Error(`no demo for '${msg.system}'`);
      post({ type: 'demo', output: await demo.run(msg.input) });
    }
  } catch (err) {
    post({ type: 'error', message: (err as Error).message ?? String(err), userError: isQuireError(err) });
  }
};
