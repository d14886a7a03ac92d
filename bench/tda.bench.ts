// tda: Vietoris–Rips persistence vs Debian's ripser binary on the same distance matrices
// (n = 200, 400, 800, H1), and visibility-graph scaling time(8n)/time(n) at n = 10^6.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasBinary, report, time } from './harness.js';
import { Rng } from '../src/core/rng.js';
import { pointCloudDistances, ripsPersistence, horizontalVisibilityGraph, naturalVisibilityGraph, edgeCount } from '../src/tda/index.js';

export async function run(): Promise<void> {
  const r = new Rng(1);
  const dir = mkdtempSync(join(tmpdir(), 'quire-tda-bench-'));
  const ripser = hasBinary('ripser');
  try {
    for (const n of [200, 400, 800]) {
      // a noisy circle in R^3: H1 has one long bar plus short noise bars
      const pts = Array.from({ length: n }, (_, i) => {
        const a = (2 * Math.PI * i) / n;
        return [Math.cos(a) + 0.15 * r.normal(), Math.sin(a) + 0.15 * r.normal(), 0.15 * r.normal()];
      });
      const D = pointCloudDistances(pts);
      const ours = await time(`ripsPersistence H1, n=${n} (distance matrix)`, () => ripsPersistence(D, { maxDim: 1 }), {
        reps: 5,
        warmup: 3,
      });
      let anchor: { name: string; times_ms: number[] } | undefined;
      if (ripser) {
        const lines: string[] = [];
        for (let i = 1; i < n; i++) lines.push(Array.from({ length: i }, (_, j) => String(D.data[i * n + j])).join(','));
        const file = join(dir, `d${n}.txt`);
        writeFileSync(file, lines.join('\n') + '\n');
        const times: number[] = [];
        for (let k = 0; k < 6; k++) {
          const t0 = performance.now();
          execFileSync('ripser', ['--format', 'lower-distance', '--dim', '1', file]);
          if (k > 0) times.push(performance.now() - t0);
        }
        anchor = { name: 'ripser 1.2.1 binary (incl. process start + parsing)', times_ms: times };
      }
      report(ours, anchor);
    }
    if (!ripser) console.log('  (ripser binary not found: apt-get install ripser for the anchor)');

    for (const [name, build] of [
      ['HVG', (y: Float64Array) => horizontalVisibilityGraph(y, { weight: 'none' })],
      ['NVG', (y: Float64Array) => naturalVisibilityGraph(y, { weight: 'none' })],
    ] as const) {
      const med: number[] = [];
      for (const n of [1_000_000, 8_000_000]) {
        const y = r.fillNormal(new Float64Array(n));
        let m = 0;
        const t = await time(`${name} of i.i.d. noise, n=${n.toExponential(0)}`, () => (m = edgeCount(build(y))), { reps: 3, warmup: 1 });
        report(t);
        console.log(`  edges ${m} (mean degree ${((2 * m) / n).toFixed(3)})`);
        med.push(t.median);
      }
      console.log(`  ${name} time(8n)/time(n) at n = 10^6: ${(med[1] / med[0]).toFixed(2)} (linear: 8, n log n: ≈ 9.2)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
