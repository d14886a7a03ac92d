/**
 * Parameter trees: nested records (and arrays) of float32 jax arrays, e.g.
 * `{ layers: [{ w, b }, { w, b }] }`. Leaves are visited in a fixed order (object keys sorted,
 * array elements by index) and named by dotted paths (`layers.1.w`), which optimizers use for
 * per-group settings and checkpoints use for layout.
 *
 * Ownership: functions here never consume the tree they inspect unless stated; `paramsFrom*`
 * return fresh arrays owned by the caller.
 */
import { QuireError } from '../errors.js';
import { JaxArray, numpy as np } from './runtime.js';

/** A parameter tree: a jax array, a list of trees, or a record of trees. Use `type`, not `interface`, for concrete shapes. */
export type ParamTree = JaxArray | ParamTree[] | { [key: string]: ParamTree };

/** One leaf of a flattened tree. */
export interface ParamLeaf {
  /** dotted path from the root, e.g. `layers.0.w` ('' for a bare array) */
  path: string;
  array: JaxArray;
}

function isRecord(t: unknown): t is { [key: string]: ParamTree } {
  if (t === null || typeof t !== 'object' || Array.isArray(t)) return false;
  const p = Object.getPrototypeOf(t) as unknown;
  return p === Object.prototype || p === null;
}

/** A leaf is a jax array or a tracer standing for one under grad/jit/vmap. */
function isLeaf(t: unknown): t is JaxArray {
  return t instanceof JaxArray || (t !== null && typeof t === 'object' && !Array.isArray(t) && !isRecord(t) && 'shape' in t);
}

function walk(tree: ParamTree, prefix: string, out: ParamLeaf[]): void {
  if (isLeaf(tree)) {
    out.push({ path: prefix, array: tree });
  } else if (Array.isArray(tree)) {
    for (let i = 0; i < tree.length; i++) walk(tree[i], prefix === '' ? String(i) : `${prefix}.${i}`, out);
  } else if (isRecord(tree)) {
    for (const k of Object.keys(tree).sort()) walk(tree[k], prefix === '' ? k : `${prefix}.${k}`, out);
  } else {
    throw new QuireError(`params: the leaf at '${prefix}' is ${String(tree)}, expected a jax array`);
  }
}

/**
 * The leaves of a tree with their paths, in canonical order (keys sorted). Does not consume.
 * @throws QuireError if a leaf is not a jax array
 * @example flattenParams({ b: x, a: [y] }) // [{path:'a.0',array:y},{path:'b',array:x}]
 */
export function flattenParams(tree: ParamTree): ParamLeaf[] {
  const out: ParamLeaf[] = [];
  walk(tree, '', out);
  return out;
}

/**
 * Rebuild a tree with the structure of `template` from leaves in canonical order
 * (the inverse of `flattenParams`). Does not consume `template` or the leaves.
 * @throws QuireError if the number of leaves differs from the template's
 */
export function unflattenParams<T extends ParamTree>(template: T, leaves: JaxArray[]): T {
  let i = 0;
  const build = (t: ParamTree): ParamTree => {
    if (isLeaf(t)) {
      if (i >= leaves.length) throw new QuireError(`unflattenParams: leaves has length ${leaves.length}, too few`);
      return leaves[i++];
    }
    if (Array.isArray(t)) return t.map(build);
    if (!isRecord(t)) throw new QuireError(`unflattenParams: template has a non-tree node ${String(t)}`);
    const o: { [key: string]: ParamTree } = {};
    for (const k of Object.keys(t).sort()) o[k] = build(t[k]);
    return o;
  };
  const out = build(template);
  if (i !== leaves.length) {
    throw new QuireError(`unflattenParams: leaves has length ${leaves.length}, expected ${i} (the template's leaves)`);
  }
  return out as T;
}

/**
 * Map every leaf (with its path) to a new array, keeping the structure. `fn` decides ownership:
 * it receives the leaf itself (use `a.ref` to keep the original alive).
 */
export function mapParams<T extends ParamTree>(tree: T, fn: (a: JaxArray, path: string) => JaxArray): T {
  const leaves = flattenParams(tree);
  return unflattenParams(
    tree,
    leaves.map((l) => fn(l.array, l.path)),
  );
}

/** Map leaves of several trees of identical structure, leaf by leaf, with the path of the first. */
export function zipMapParams<T extends ParamTree>(trees: T[], fn: (leaves: JaxArray[], path: string) => JaxArray): T {
  const flat = trees.map(flattenParams);
  const n = flat[0].length;
  for (let t = 1; t < flat.length; t++) {
    if (flat[t].length !== n) throw new QuireError(`zipMapParams: tree ${t} has ${flat[t].length} leaves, expected ${n}`);
    for (let i = 0; i < n; i++) {
      if (flat[t][i].path !== flat[0][i].path) {
        throw new QuireError(`zipMapParams: tree ${t} has leaf '${flat[t][i].path}', expected '${flat[0][i].path}'`);
      }
    }
  }
  const out: JaxArray[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      fn(
        flat.map((f) => f[i].array),
        flat[0][i].path,
      ),
    );
  return unflattenParams(trees[0], out);
}

/** Take one extra reference on every leaf (so the tree survives being passed to a consuming call). */
export function refParams<T extends ParamTree>(tree: T): T {
  for (const l of flattenParams(tree)) void l.array.ref;
  return tree;
}

/** Drop one reference on every leaf (frees the arrays when it was the last). */
export function disposeParams(tree: ParamTree): void {
  for (const l of flattenParams(tree)) l.array.dispose();
}

/** Number of scalar parameters: Σ over leaves of the product of the shape. Does not consume. */
export function countParams(tree: ParamTree): number {
  let n = 0;
  for (const l of flattenParams(tree)) n += l.array.size;
  return n;
}

/** Shapes by path, in canonical order. Does not consume. */
export function paramShapes(tree: ParamTree): { path: string; shape: number[] }[] {
  return flattenParams(tree).map((l) => ({ path: l.path, shape: [...l.array.shape] }));
}

/**
 * All parameters as one Float32Array, leaves concatenated in canonical order (row-major).
 * Does not consume the tree. Works with worker threads (async read).
 * @example const flat = await paramsToFloat32(params); // checkpoint
 */
export async function paramsToFloat32(tree: ParamTree): Promise<Float32Array> {
  const leaves = flattenParams(tree);
  const out = new Float32Array(countParams(tree));
  let off = 0;
  for (const l of leaves) {
    const d = await l.array.ref.astype(np.float32).data();
    out.set(d as Float32Array, off);
    off += l.array.size;
  }
  return out;
}

/** Synchronous `paramsToFloat32` (single-threaded engine only: throws on pending threaded work). */
export function paramsToFloat32Sync(tree: ParamTree): Float32Array {
  const leaves = flattenParams(tree);
  const out = new Float32Array(countParams(tree));
  let off = 0;
  for (const l of leaves) {
    out.set(l.array.ref.astype(np.float32).dataSync() as Float32Array, off);
    off += l.array.size;
  }
  return out;
}

/**
 * A new tree with the structure and shapes of `template`, filled from `data` (canonical order,
 * as written by `paramsToFloat32`). Does not consume `template`.
 * @throws QuireError if data has the wrong length or is not finite
 */
export function paramsFromFloat32<T extends ParamTree>(template: T, data: Float32Array | Float64Array | number[]): T {
  const leaves = flattenParams(template);
  const total = countParams(template);
  if (data.length !== total) {
    throw new QuireError(`paramsFromFloat32: data has length ${data.length}, expected ${total} (the template's parameter count)`);
  }
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) throw new QuireError(`paramsFromFloat32: data[${i}] is ${data[i]}, expected a finite number`);
  }
  let off = 0;
  const out = leaves.map((l) => {
    const n = l.array.size;
    const chunk = new Float32Array(n);
    for (let i = 0; i < n; i++) chunk[i] = data[off + i];
    off += n;
    return np.array(chunk, { shape: [...l.array.shape] });
  });
  return unflattenParams(template, out);
}
