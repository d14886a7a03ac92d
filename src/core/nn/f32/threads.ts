/**
 * A second thread for the f32 engine (browser-safe part).
 *
 * The engine's heap can live in a shared WebAssembly.Memory; a helper thread then instantiates
 * the same kernel module on that memory and runs kernel calls that the main thread posts through
 * a control block in the heap, synchronised with Atomics (the main thread `Atomics.wait`s for
 * the helper's half). Starting a thread is platform code, so it is injected: a Node entry point
 * imports `core/nn/f32/node-thread.ts`, which registers a `worker_threads` starter with
 * `setF32ThreadStarter`. With no starter registered (the browser, where the main thread may not
 * `Atomics.wait`, or a Node program that did not opt in), the engine runs on one thread.
 *
 * Control block (Int32, `CTRL_INTS` slots from `ctrl`): [0] seq, bumped by the main thread to
 * post a call; [1] done, set to seq by the helper when the call returned (−1 if it threw);
 * [2] kernel index (−1 = quit); [3] argument count; [4…] i32 arguments.
 */
import { QuireError } from '../../errors.js';

/** Int32 slots of the control block. */
export const CTRL_INTS = 32;

/** What a starter gets: the memory, the kernel module, the control block's i32 index, the kernels' export names. */
export interface F32ThreadInit {
  memory: WebAssembly.Memory;
  module: WebAssembly.Module;
  ctrl: number;
  names: string[];
}

/** Start a helper thread running the control loop (see the file comment); returns its stopper, or undefined if none can start. */
export type F32ThreadStarter = (init: F32ThreadInit) => { stop(): void } | undefined;

let starter: F32ThreadStarter | undefined;

/** Register (or clear, with undefined) the platform's helper-thread starter. */
export function setF32ThreadStarter(s: F32ThreadStarter | undefined): void {
  starter = s;
}

/** Whether a helper thread can be started here. */
export function f32ThreadsAvailable(): boolean {
  return starter !== undefined && typeof SharedArrayBuffer !== 'undefined' && typeof Atomics !== 'undefined';
}

/** How long the main thread waits for one helper call before it gives up (ms). */
const TIMEOUT_MS = 60_000;

/** The main thread's side of one helper thread. */
export class F32Helper {
  readonly #i32: Int32Array;
  readonly #ctrl: number;
  readonly #stop: () => void;
  #seq = 0;
  #pending = false;
  #stopped = false;

  private constructor(i32: Int32Array, ctrl: number, stop: () => void) {
    this.#i32 = i32;
    this.#ctrl = ctrl;
    this.#stop = stop;
  }

  /** Start a helper on `init.memory` (which must be shared), or return undefined if no starter is registered. */
  static start(init: F32ThreadInit): F32Helper | undefined {
    if (!f32ThreadsAvailable()) return undefined;
    const i32 = new Int32Array(init.memory.buffer);
    i32.fill(0, init.ctrl, init.ctrl + CTRL_INTS);
    const handle = starter!(init);
    if (!handle) return undefined;
    return new F32Helper(i32, init.ctrl, () => handle.stop());
  }

  /** Post kernel `fn` with integer `args` to the helper (one call in flight at a time). */
  post(fn: number, args: number[]): void {
    if (this.#pending || this.#stopped) throw new QuireError('F32Helper.post: a call is already in flight, or the helper stopped');
    if (args.length > CTRL_INTS - 4) throw new QuireError(`F32Helper.post: ${args.length} arguments, expected ≤ ${CTRL_INTS - 4}`);
    const m = this.#i32;
    const c = this.#ctrl;
    m[c + 2] = fn;
    m[c + 3] = args.length;
    for (let i = 0; i < args.length; i++) m[c + 4 + i] = args[i];
    this.#seq = (this.#seq + 1) & 0x3fffffff;
    if (this.#seq === 0) this.#seq = 1;
    this.#pending = true;
    Atomics.store(m, c, this.#seq);
    Atomics.notify(m, c);
  }

  /** Block until the posted call has returned. */
  wait(): void {
    if (!this.#pending) return;
    const m = this.#i32;
    const d = this.#ctrl + 1;
    const t0 = Date.now();
    for (;;) {
      const v = Atomics.load(m, d);
      if (v === this.#seq) break;
      if (v === -1) {
        this.#pending = false;
        throw new QuireError('F32Helper.wait: the helper thread threw');
      }
      Atomics.wait(m, d, v, 1000);
      if (Date.now() - t0 > TIMEOUT_MS) {
        this.#pending = false;
        throw new QuireError(`F32Helper.wait: the helper thread did not answer within ${TIMEOUT_MS / 1000} s`);
      }
    }
    this.#pending = false;
  }

  /** Stop the helper thread (after the call in flight, if any). */
  stop(): void {
    if (this.#stopped) return;
    this.wait();
    this.#stopped = true;
    const m = this.#i32;
    m[this.#ctrl + 2] = -1;
    Atomics.store(m, this.#ctrl, (this.#seq + 1) & 0x3fffffff || 1);
    Atomics.notify(m, this.#ctrl);
    this.#stop();
  }
}

/**
 * The helper thread's control loop, as the source of a function of (memory, module, ctrl, names)
 * for the starter to run in the new thread (plain JS: no imports, no closures).
 */
export const HELPER_LOOP_SOURCE = `function helperLoop(memory, module, ctrl, names) {
  const m = new Int32Array(memory.buffer);
  let fns;
  try {
    const ex = new WebAssembly.Instance(module, { env: { memory } }).exports;
    fns = names.map((n) => ex[n]);
  } catch (e) {
    Atomics.store(m, ctrl + 1, -1);
    Atomics.notify(m, ctrl + 1);
    return;
  }
  let seen = 0; // the main thread zeroed the block before starting us, and may already have posted
  for (;;) {
    Atomics.wait(m, ctrl, seen);
    const s = Atomics.load(m, ctrl);
    if (s === seen) continue;
    seen = s;
    const f = m[ctrl + 2];
    if (f < 0) return;
    const n = m[ctrl + 3];
    const args = [];
    for (let i = 0; i < n; i++) args.push(m[ctrl + 4 + i]);
    let r = s;
    try {
      fns[f](...args);
    } catch (e) {
      r = -1;
    }
    Atomics.store(m, ctrl + 1, r);
    Atomics.notify(m, ctrl + 1);
  }
}`;
