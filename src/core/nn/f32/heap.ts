/**
 * The f32 engine's memory: one WebAssembly.Memory that holds every tensor, so the SIMD kernels
 * read and write tensors in place. Allocation is by exact size with free lists (a training step
 * allocates the same sizes every step, so after the first step nothing new is allocated) and a
 * bump pointer that grows the memory in 16 MiB chunks. Offsets are in floats, 16-byte aligned.
 *
 * `f32()` is the current Float32Array view of the whole memory; a growth replaces it, so take
 * a view after allocating, never across an allocation.
 */
import { QuireError } from '../../errors.js';

const PAGE = 65536;
const CHUNK_PAGES = 256; // 16 MiB
/** the heap's page limit (2 GiB); a shared memory must declare it */
export const MAX_PAGES = 32768;

/** A float heap in one WebAssembly.Memory. */
export class F32Heap {
  readonly memory: WebAssembly.Memory;
  #view: Float32Array;
  #top = 4; // offset 0 is never handed out (a null pointer)
  readonly #free = new Map<number, number[]>();
  #live = 0;

  /** whether the memory is shared (a SharedArrayBuffer another thread can work on) */
  readonly shared: boolean;

  /** A heap; `shared` puts it in a shared memory (for a helper thread). */
  constructor(options: { shared?: boolean } = {}) {
    this.shared = options.shared === true;
    this.memory = new WebAssembly.Memory({ initial: CHUNK_PAGES, maximum: MAX_PAGES, shared: this.shared });
    this.#view = new Float32Array(this.memory.buffer);
  }

  /** The whole memory as floats (replaced when the memory grows). */
  f32(): Float32Array {
    if (this.#view.buffer !== this.memory.buffer) this.#view = new Float32Array(this.memory.buffer);
    return this.#view;
  }

  /** Floats in use by live allocations. */
  liveFloats(): number {
    return this.#live;
  }

  /** Bytes of the memory (never shrinks). */
  bytes(): number {
    return this.memory.buffer.byteLength;
  }

  /** Allocate `n` floats (contents unspecified); returns a float offset, a multiple of 4. */
  alloc(n: number): number {
    if (!Number.isInteger(n) || n < 0) throw new QuireError(`F32Heap.alloc: n must be an integer ≥ 0, got ${n}`);
    const size = Math.max(4, (n + 3) & ~3);
    this.#live += size;
    const list = this.#free.get(size);
    if (list && list.length > 0) return list.pop()!;
    const off = this.#top;
    const need = (off + size) * 4 + 64; // slack: kernels may read a few floats past a matrix's end
    if (need > this.memory.buffer.byteLength) {
      const pages = Math.ceil((need - this.memory.buffer.byteLength) / PAGE);
      const grow = Math.max(pages, CHUNK_PAGES);
      if (this.memory.buffer.byteLength / PAGE + grow > MAX_PAGES) {
        throw new QuireError(`F32Heap.alloc: ${n} floats do not fit in the 2 GiB heap`);
      }
      this.memory.grow(grow);
    }
    this.#top = off + size;
    return off;
  }

  /** Allocate `n` zeroed floats. */
  zeros(n: number): number {
    const off = this.alloc(n);
    this.f32().fill(0, off, off + n);
    return off;
  }

  /** Return an allocation of `n` floats to its free list. */
  free(off: number, n: number): void {
    const size = Math.max(4, (n + 3) & ~3);
    this.#live -= size;
    let list = this.#free.get(size);
    if (!list) this.#free.set(size, (list = []));
    list.push(off);
  }
}
