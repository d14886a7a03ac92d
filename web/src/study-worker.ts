/// <reference lib="webworker" />
// The lab's study worker: one per run, so cancelling is terminating it.
import { isQuireError } from '../../src/core/errors.js';
import { findStudy } from '../../src/studies/registry.js';
import { runStudy } from '../../src/studies/runner.js';
import type { Reply, StudyRequest } from './protocol.js';

const post = (r: Reply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(r);

self.onmessage = async (e: MessageEvent<StudyRequest>) => {
  const msg = e.data;
  try {
    const study = findStudy(msg.id);
    if (!study) throw new Error(`no study '${msg.id}'`);
    const result = await runStudy(study, { profile: msg.profile, overrides: msg.overrides }, (done, total, label) =>
      post({ type: 'progress', done, total, label }),
    );
    post({ type: 'study', result });
  } catch (err) {
    post({ type: 'error', message: (err as Error).message ?? String(err), userError: isQuireError(err) });
  }
};
