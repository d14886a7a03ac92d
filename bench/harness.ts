/**
 * The benchmark harness: time a function over repeated runs (after warm-up) and report
 * the median and spread; run an anchor (python3 + numpy/scipy, or a native binary) on
 * the same inputs in the same run and report the ratio.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Timing {
  name: string;
  /** milliseconds */
  median: number;
  min: number;
  max: number;
  /** interquartile range, ms */
  iqr: number;
  reps: number;
}

function quantileSorted(s: number[], q: number): number {
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  return s[lo] + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]) - s[lo]);
}

/** Summarize raw times (ms). */
export function summarize(name: string, times: number[]): Timing {
  const s = [...times].sort((a, b) => a - b);
  return {
    name,
    median: quantileSorted(s, 0.5),
    min: s[0],
    max: s[s.length - 1],
    iqr: quantileSorted(s, 0.75) - quantileSorted(s, 0.25),
    reps: s.length,
  };
}

/** Time `fn` `reps` times after `warmup` untimed calls. */
export async function time(name: string, fn: () => unknown, { reps = 7, warmup = 1 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summarize(name, times);
}

let pythonOk: boolean | undefined;
/** Whether python3 with numpy and scipy is available. */
export function hasPythonAnchor(): boolean {
  if (pythonOk === undefined) {
    const r = spawnSync('python3', ['-c', 'import numpy, scipy'], { encoding: 'utf8' });
    pythonOk = r.status === 0;
  }
  return pythonOk;
}

/** Whether an executable is on PATH. */
export function hasBinary(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/**
 * Run a python3 anchor. `inputs` are written as raw little-endian float64 files whose
 * paths the script receives in `INPUTS` (a dict name → path) and can load with
 * `np.fromfile(INPUTS[name])`. The script must print one JSON object with `times_ms`
 * (a list of per-repetition milliseconds) and anything else it wants to report.
 * OpenBLAS runs single-threaded, the fair comparison with single-threaded JS.
 */
export function runPython(script: string, inputs: Record<string, Float64Array> = {}): { times_ms: number[]; [k: string]: unknown } {
  const dir = mkdtempSync(join(tmpdir(), 'quire-bench-'));
  try {
    const paths: Record<string, string> = {};
    for (const [k, v] of Object.entries(inputs)) {
      paths[k] = join(dir, `${k}.f64`);
      writeFileSync(paths[k], Buffer.from(v.buffer, v.byteOffset, v.byteLength));
    }
    const prelude = `import json\nINPUTS = json.loads(${JSON.stringify(JSON.stringify(paths))})\n`;
    const env = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
    const r = spawnSync('python3', ['-c', prelude + script], { encoding: 'utf8', env, maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`python anchor failed: ${r.stderr}`);
    const lines = r.stdout.trim().split('\n');
    return JSON.parse(lines[lines.length - 1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Print one timing line, with the anchor's median and the ratio when given. */
export function report(t: Timing, anchor?: { name: string; times_ms: number[] }): void {
  const base = `${t.name.padEnd(48)} median ${t.median.toFixed(2).padStart(10)} ms  (IQR ${t.iqr.toFixed(2)}, min ${t.min.toFixed(2)}, max ${t.max.toFixed(2)}, n=${t.reps})`;
  if (!anchor) {
    console.log(base);
    return;
  }
  const a = summarize(anchor.name, anchor.times_ms);
  console.log(
    `${base}\n${''.padEnd(2)}${`vs ${anchor.name}`.padEnd(46)} median ${a.median.toFixed(2).padStart(10)} ms  → ratio quire/anchor = ${(t.median / a.median).toFixed(2)}×`,
  );
}
