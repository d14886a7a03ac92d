/**
 * The "before" kernels of issue 21, kept only so that `npm run bench -- linalg` can print
 * before/after ratios in the same run: the distribution sort that ot used (bucket scatter on
 * the value range + insertion sort; copied from src/ot/sort.ts as of commit 68511ee) and the
 * ml-matrix (JAMA) symmetric eigendecomposition that core/linalg used. Not used by quire.
 */
import { EigenvalueDecomposition, Matrix, QrDecomposition, SingularValueDecomposition } from 'ml-matrix';

export function legacySortRange(a: Float64Array, off: number, n: number): void {
  if (n < 384) {
    a.subarray(off, off + n).sort();
    return;
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = off; i < off + n; i++) {
    const x = a[i];
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (!(max > min)) return;
  const nb = n;
  const scale = nb / (max - min);
  const start = new Int32Array(nb + 1);
  const bidx = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let b = ((a[off + i] - min) * scale) | 0;
    if (b >= nb) b = nb - 1;
    bidx[i] = b;
    start[b + 1]++;
  }
  for (let b = 0; b < nb; b++) start[b + 1] += start[b];
  const out = new Float64Array(n);
  const cur = start.slice(0, nb);
  for (let i = 0; i < n; i++) out[cur[bidx[i]]++] = a[off + i];
  for (let b = 0; b < nb; b++) {
    const lo = start[b];
    const hi = start[b + 1];
    if (hi - lo < 2) continue;
    if (hi - lo <= 48) {
      for (let i = lo + 1; i < hi; i++) {
        const x = out[i];
        let j = i - 1;
        while (j >= lo && out[j] > x) {
          out[j + 1] = out[j];
          j--;
        }
        out[j + 1] = x;
      }
    } else out.subarray(lo, hi).sort();
  }
  a.set(out, off);
}

/** The old eigSym: ml-matrix's JAMA tred2/tql2 on Matrix objects, then a sort. */
export function legacyEigSym(a: Float64Array, n: number): Float64Array {
  const s = new Matrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s.set(i, j, 0.5 * (a[i * n + j] + a[j * n + i]));
  const e = new EigenvalueDecomposition(s, { assumeSymmetric: true });
  return Float64Array.from(e.realEigenvalues).sort();
}

/** The old general decompositions (ml-matrix, what core/linalg used before issue 21's QR/SVD/eig): row-major n×n in. */
function legacyMatrix(a: Float64Array, n: number): Matrix {
  const m = new Matrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m.set(i, j, a[i * n + j]);
  return m;
}
export function legacyQr(a: Float64Array, n: number): unknown {
  const d = new QrDecomposition(legacyMatrix(a, n));
  return [d.orthogonalMatrix, d.upperTriangularMatrix];
}
export function legacySvd(a: Float64Array, n: number): unknown {
  return new SingularValueDecomposition(legacyMatrix(a, n), { autoTranspose: true }).diagonal;
}
export function legacyEig(a: Float64Array, n: number): unknown {
  return new EigenvalueDecomposition(legacyMatrix(a, n)).realEigenvalues;
}
