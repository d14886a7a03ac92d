/**
 * `quire spatial`: fit the Spatial Adapter to residuals at sites, report the covariance
 * rank, σ̂², a basis summary and the ADMM diagnostics; optionally krige to new sites.
 */
import type { Command } from 'commander';
import { QuireError } from '../core/errors.js';
import { action, parseIntArg, parseNumberArg, printJson, readNumberTable } from './common.js';
import { schemaHelp } from './schema.js';
import { estimateCovariance, fitSpatialAdapter, krige, spatialAdapterSchema } from '../spatial/index.js';

interface FitFlags {
  coords: string;
  residuals: string;
  k: number;
  tau1: number;
  tau2: number;
  rho: number;
  batch: number;
  iters: number;
  seed: number;
  predictCoords?: string;
  level?: number;
  json?: boolean;
}

function readCoords(path: string): number[][] {
  const t = readNumberTable(path);
  const d = t.rows[0].length;
  if (!(d >= 1 && d <= 3)) throw new QuireError(`${path}: coordinates must have 1, 2 or 3 columns, got ${d}`);
  return t.rows;
}

function basisSummary(basis: Float64Array, n: number, K: number) {
  return Array.from({ length: K }, (_, c) => {
    let zeros = 0;
    let min = Infinity;
    let max = -Infinity;
    let argmax = 0;
    let l1 = 0;
    for (let i = 0; i < n; i++) {
      const v = basis[i * K + c];
      if (v === 0) zeros++;
      l1 += Math.abs(v);
      if (v < min) min = v;
      if (v > max) {
        max = v;
        argmax = i;
      }
    }
    return { column: c + 1, min, max, argmax, l1, zeros };
  });
}

const s = spatialAdapterSchema;

export function register(program: Command): void {
  const group = program
    .command('spatial')
    .description('Spatial Adapter: smooth sparse orthonormal residual basis, closed-form covariance, kriging (arXiv 2605.11394)');
  group
    .command('fit')
    .description('fit the adapter to residuals (rows = time points, columns = sites) and report rank, σ², basis summary and diagnostics')
    .requiredOption('--coords <file>', 'site coordinates: CSV with N rows of 1, 2 or 3 numbers')
    .requiredOption('--residuals <file>', 'residuals: CSV with T rows of N numbers (one column per site)')
    .option('--k <int>', schemaHelp(s.K), parseIntArg, s.K.default)
    .option('--tau1 <x>', schemaHelp(s.tau1), parseNumberArg, s.tau1.default)
    .option('--tau2 <x>', schemaHelp(s.tau2), parseNumberArg, s.tau2.default)
    .option('--rho <x>', schemaHelp(s.rho), parseNumberArg, s.rho.default)
    .option('--batch <int>', schemaHelp(s.batch), parseIntArg, s.batch.default)
    .option('--iters <int>', schemaHelp(s.iters), parseIntArg, s.iters.default)
    .option('--seed <int>', schemaHelp(s.seed), parseIntArg, s.seed.default)
    .option('--predict-coords <file>', 'krige to these new sites (CSV, same dimension as --coords)')
    .option('--level <x>', 'interval level for kriging with --predict-coords, in (0, 1) (default 0.95)', parseNumberArg)
    .option('--json', 'print one JSON object')
    .action(
      action((f: FitFlags) => {
        if (f.level !== undefined) {
          if (!f.predictCoords) throw new QuireError('spatial fit: --level sets the kriging interval level; it needs --predict-coords');
          if (!(f.level > 0 && f.level < 1)) throw new QuireError(`spatial fit: --level must be in (0, 1), got ${f.level}`);
        }
        const coords = readCoords(f.coords);
        const R = readNumberTable(f.residuals).rows;
        const fit = fitSpatialAdapter(R, coords.length > 0 && coords[0].length === 1 ? coords.map((r) => r[0]) : coords, {
          K: f.k,
          tau1: f.tau1,
          tau2: f.tau2,
          rho: f.rho,
          batch: f.batch,
          iters: f.iters,
          seed: f.seed,
        });
        const cov = estimateCovariance(R, fit);
        let kriging: ReturnType<typeof krige> | null = null;
        let newCoords: number[][] | null = null;
        if (f.predictCoords) {
          newCoords = readCoords(f.predictCoords);
          kriging = krige(cov, coords, R, newCoords, { level: f.level ?? 0.95 });
        }
        const summary = basisSummary(fit.basis, fit.n, fit.K);
        const diag = fit.diagnostics;
        if (f.json) {
          const rows = (a: Float64Array, r: number, c: number) =>
            Array.from({ length: r }, (_, i) => Array.from(a.subarray(i * c, (i + 1) * c)));
          printJson({
            n: fit.n,
            T: fit.T,
            K: fit.K,
            options: fit.options,
            rank: cov.rank,
            sigma2: cov.sigma2,
            lambda: Array.from(cov.lambda),
            eigenvalues: Array.from(cov.d),
            basis: rows(fit.basis, fit.n, fit.K),
            basisSummary: summary,
            diagnostics: diag,
            kriging: kriging && {
              sites: kriging.sites,
              level: kriging.level,
              variance: Array.from(kriging.variance),
              mean: rows(kriging.mean, kriging.rows, kriging.sites),
              lower: rows(kriging.lower, kriging.rows, kriging.sites),
              upper: rows(kriging.upper, kriging.rows, kriging.sites),
            },
          });
          return;
        }
        const out: string[] = [];
        out.push(`sites N = ${fit.n}, time points T = ${fit.T}, K = ${fit.K}, τ₁ = ${f.tau1}, τ₂ = ${f.tau2}`);
        out.push(
          `effective rank L̂ = ${cov.rank}, σ̂² = ${cov.sigma2.toPrecision(6)}, λ̂ = [${Array.from(cov.lambda, (v) => v.toPrecision(5)).join(', ')}]`,
        );
        out.push('basis:');
        for (const b of summary)
          out.push(
            `  φ${b.column}: min ${b.min.toPrecision(4)}, max ${b.max.toPrecision(4)} at site ${b.argmax}, ‖φ‖₁ ${b.l1.toPrecision(4)}, zeros ${b.zeros}/${fit.n}`,
          );
        out.push(
          `ADMM: ${diag.iterations} iterations, converged ${diag.converged}, primal ${diag.primal.toPrecision(3)}, dual ${diag.dual.toPrecision(3)}, ` +
            `|ΦᵀΦ − I| ${diag.orthogonality.toExponential(1)}, eigen matvecs ${diag.matvecs}`,
        );
        if (kriging && newCoords) {
          out.push(`kriging at ${kriging.sites} new sites (${Math.round(kriging.level * 100)}% intervals, last time point):`);
          const t = kriging.rows - 1;
          for (let q = 0; q < kriging.sites; q++) {
            const i = t * kriging.sites + q;
            out.push(
              `  [${newCoords[q].join(', ')}]: ${kriging.mean[i].toPrecision(5)} [${kriging.lower[i].toPrecision(5)}, ${kriging.upper[i].toPrecision(5)}], sd ${Math.sqrt(kriging.variance[q]).toPrecision(4)}`,
            );
          }
        }
        process.stdout.write(out.join('\n') + '\n');
      }),
    );
}
