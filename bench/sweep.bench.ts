// Sweep: wall-time speed-up of local worker threads over the serial runner, 16-job meta grid.
import { availableParallelism } from 'node:os';
import { findStudy } from '../src/studies/registry.js';
import { expandGrid, parseGrid } from '../src/sweep/grid.js';
import { runSerial, runThreads } from '../src/sweep/local.js';

export async function run(): Promise<void> {
  const study = findStudy('meta');
  if (!study) {
    console.log('meta study not registered; skipping');
    return;
  }
  const grid = {
    seeds: [1, 2, 3, 4],
    params: { alpha: [0.05, 0.1, 0.15, 0.2], curvePoints: [5], curveReps: [60], rateReps: [60], rateSeeds: [1] },
  };
  const jobs = expandGrid('meta', parseGrid(JSON.stringify(grid), study));
  let t0 = performance.now();
  await runSerial(jobs, () => {});
  const serial = performance.now() - t0;
  const workers = availableParallelism();
  t0 = performance.now();
  await runThreads(jobs, workers, () => {});
  const threads = performance.now() - t0;
  console.log(
    `${jobs.length} meta jobs: serial ${(serial / 1000).toFixed(2)} s, ${workers} threads ${(threads / 1000).toFixed(2)} s → speed-up ${(serial / threads).toFixed(2)}×`,
  );
}
