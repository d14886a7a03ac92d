// Development only (running from TypeScript source): worker threads do not inherit the
// tsx loader, so register it here, then load the real entry (thread.ts).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.quireEntry);
