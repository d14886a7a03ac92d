/** Small graph builders shared by the tests (not part of the public API). */
import { EdgeList, graphFromEdges, type Graph } from './graph.js';

/** The cycle graph C_n. */
export function cycleGraph(n: number): Graph {
  const e = new EdgeList();
  for (let i = 0; i < n; i++) e.add(i, (i + 1) % n);
  return graphFromEdges(n, e);
}

/** The path graph P_n. */
export function pathGraph(n: number): Graph {
  const e = new EdgeList();
  for (let i = 0; i + 1 < n; i++) e.add(i, i + 1);
  return graphFromEdges(n, e);
}
