/**
 * Runtime shims that @jax-js/jax 0.1.25 needs on Node 20 (browser-safe: no Node imports).
 *
 * - `Float16Array`: jax-js tests `data instanceof Float16Array` when creating arrays; Node 20 has
 *   no such global, so we install an inert placeholder class (float16 arrays stay unsupported).
 * - Iterator helpers (`Iterator.prototype.map`, `filter`, …, ES2025): `numpy.einsum` and
 *   `nn.dotProductAttention` call them on Map/Set iterators; Node 20 lacks them.
 *
 * - A heap probe: `WebAssembly.Memory.prototype.grow` records which memories grow, so
 *   `heapBytes()` can report the size of the jax-js wasm heap (used by the memory tests).
 *
 * Each shim is installed only where the global is missing, once, when this module is
 * evaluated (core/nn/runtime.ts imports it before @jax-js/jax).
 */

type Iter = Iterator<unknown> & Iterable<unknown>;

let installed = false;
const grownMemories = new Set<WebAssembly.Memory>();

/**
 * Sum of the byte lengths of the WebAssembly memories that have grown since the shims were
 * installed (in practice: the jax-js wasm heap, which starts empty and grows on demand).
 */
export function heapBytes(): number {
  let s = 0;
  for (const m of grownMemories) s += m.buffer.byteLength;
  return s;
}

/** Install the Float16Array and iterator-helper shims where missing (idempotent). */
export function installShims(): void {
  if (installed) return;
  installed = true;
  const g = globalThis as Record<string, unknown>;
  if (typeof g.Float16Array === 'undefined') {
    // Placeholder: never matches `instanceof`, and refuses construction (no f16 support).
    g.Float16Array = class Float16ArrayUnsupported {
      constructor() {
        throw new Error('Float16Array is not supported in this runtime');
      }
    };
  }
  // Heap probe: record every WebAssembly.Memory that grows (jax-js's heap starts at 0 pages).
  if (typeof WebAssembly !== 'undefined') {
    const proto = WebAssembly.Memory.prototype as { grow(delta: number): number };
    const grow = proto.grow;
    Object.defineProperty(proto, 'grow', {
      value: function (this: WebAssembly.Memory, delta: number): number {
        grownMemories.add(this);
        return grow.call(this, delta);
      },
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  const arrayIter = [][Symbol.iterator]();
  const iterProto = Object.getPrototypeOf(Object.getPrototypeOf(arrayIter)) as Record<string, unknown>;
  const helpers: Record<string, (this: Iter, ...args: never[]) => unknown> = {
    *map(this: Iter, fn: (v: unknown, i: number) => unknown) {
      let i = 0;
      for (const v of this) yield fn(v, i++);
    },
    *filter(this: Iter, fn: (v: unknown, i: number) => unknown) {
      let i = 0;
      for (const v of this) if (fn(v, i++)) yield v;
    },
    *take(this: Iter, n: number) {
      if (n <= 0) return;
      let i = 0;
      for (const v of this) {
        yield v;
        if (++i >= n) return;
      }
    },
    *drop(this: Iter, n: number) {
      let i = 0;
      for (const v of this) if (i++ >= n) yield v;
    },
    *flatMap(this: Iter, fn: (v: unknown, i: number) => Iterable<unknown>) {
      let i = 0;
      for (const v of this) yield* fn(v, i++);
    },
    toArray(this: Iter) {
      return [...this];
    },
    forEach(this: Iter, fn: (v: unknown, i: number) => void) {
      let i = 0;
      for (const v of this) fn(v, i++);
    },
    some(this: Iter, fn: (v: unknown, i: number) => unknown) {
      let i = 0;
      for (const v of this) if (fn(v, i++)) return true;
      return false;
    },
    every(this: Iter, fn: (v: unknown, i: number) => unknown) {
      let i = 0;
      for (const v of this) if (!fn(v, i++)) return false;
      return true;
    },
    find(this: Iter, fn: (v: unknown, i: number) => unknown) {
      let i = 0;
      for (const v of this) if (fn(v, i++)) return v;
      return undefined;
    },
    reduce(this: Iter, fn: (acc: unknown, v: unknown, i: number) => unknown, ...init: unknown[]) {
      let i = 0;
      let acc: unknown;
      let started = init.length > 0;
      if (started) acc = init[0];
      for (const v of this) {
        if (!started) {
          acc = v;
          started = true;
          i++;
          continue;
        }
        acc = fn(acc, v, i++);
      }
      if (!started) throw new TypeError('Reduce of empty iterator with no initial value');
      return acc;
    },
  };
  for (const [name, fn] of Object.entries(helpers)) {
    if (typeof iterProto[name] !== 'function') {
      Object.defineProperty(iterProto, name, { value: fn, writable: true, configurable: true, enumerable: false });
    }
  }
}

installShims();
