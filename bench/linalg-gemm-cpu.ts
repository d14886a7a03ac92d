// f64 gemm against numpy 1-thread, measured fairly on a shared machine (issue 21): interleaved
// rounds (quire, then numpy in a fresh python process, then quire again …), each call timed by
// the CPU time of its own process (process.cpuUsage / time.process_time: a single-threaded
// kernel's CPU time does not grow when other processes take the cores), reported as the median
// over all calls beside wall time, and the load average before and after.
//
//   npx tsx bench/linalg-gemm-cpu.ts [--rounds 7] [--sizes 500,1000] [--variant NAME=file.wasm ...]
//
// A variant is a raw module built with other cache-blocking parameters, e.g.
//   node scripts/build-wasm.mjs --wasm /tmp/kc384.wasm -DKC=384 -DMC=64
// and runs the same copy-in / gemm / copy-out as the shipped module does behind linalg.gemm.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from '../src/core/rng.js';
import * as la from '../src/core/linalg.js';

interface Gemm {
  name: string;
  run(a: Float64Array, b: Float64Array, n: number): Float64Array;
}

function variant(name: string, file: string): Gemm {
  const ex = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), {}).exports as unknown as {
    memory: WebAssembly.Memory;
    __heap_base: WebAssembly.Global;
    gemm(m: number, n: number, k: number, A: number, lda: number, B: number, ldb: number, C: number, ldc: number, acc: number): void;
  };
  const base = Math.ceil((ex.__heap_base.value as number) / 16) * 16;
  return {
    name,
    run(a, b, n) {
      const bytes = 8 * n * n;
      const need = base + 3 * bytes + 64;
      if (need > ex.memory.buffer.byteLength) ex.memory.grow(Math.ceil((need - ex.memory.buffer.byteLength) / 65536));
      const pa = base;
      const pb = pa + bytes;
      const pc = pb + bytes;
      new Float64Array(ex.memory.buffer, pa, n * n).set(a);
      new Float64Array(ex.memory.buffer, pb, n * n).set(b);
      ex.gemm(n, n, n, pa, n, pb, n, pc, n, 0);
      return new Float64Array(ex.memory.buffer, pc, n * n).slice();
    },
  };
}

const median = (x: number[]): number => {
  const s = [...x].sort((p, q) => p - q);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : 0.5 * (s[h - 1] + s[h]);
};

function numpyRound(dir: string, n: number, reps: number): { cpu: number[]; wall: number[] } {
  const script = `import numpy as np, time, json
n = ${n}
a = np.fromfile(${JSON.stringify(join(dir, 'a.f64'))}).reshape(n, n)
b = np.fromfile(${JSON.stringify(join(dir, 'b.f64'))}).reshape(n, n)
a @ b
cpu = []; wall = []
for _ in range(${reps}):
    c0 = time.process_time(); w0 = time.perf_counter(); a @ b
    cpu.append((time.process_time() - c0) * 1e3); wall.append((time.perf_counter() - w0) * 1e3)
print(json.dumps({'cpu': cpu, 'wall': wall}))`;
  const env = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  const r = spawnSync('python3', ['-c', script], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`numpy anchor failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string);
}

function quireRound(g: Gemm, a: Float64Array, b: Float64Array, n: number, reps: number): { cpu: number[]; wall: number[] } {
  g.run(a, b, n);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    g.run(a, b, n);
    const w1 = performance.now();
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e3);
    wall.push(w1 - w0);
  }
  return { cpu, wall };
}

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

export async function run(): Promise<void> {
  const rounds = Number(arg('--rounds', '7'));
  const sizes = arg('--sizes', '500,1000').split(',').map(Number);
  const gemms: Gemm[] = [{ name: `shipped (linalg.gemm, ${la.backend()})`, run: (a, b, n) => la.gemm(a, b, n, n, n) }];
  for (let i = 0; i < process.argv.length; i++) {
    if (process.argv[i] !== '--variant') continue;
    const [name, file] = process.argv[i + 1].split('=');
    gemms.push(variant(name, file));
  }
  const dir = mkdtempSync(join(tmpdir(), 'quire-gemm-'));
  try {
    for (const n of sizes) {
      const r = new Rng(21 + n);
      const a = r.fillNormal(new Float64Array(n * n));
      const b = r.fillNormal(new Float64Array(n * n));
      writeFileSync(join(dir, 'a.f64'), Buffer.from(a.buffer));
      writeFileSync(join(dir, 'b.f64'), Buffer.from(b.buffer));
      // every variant computes the same product (to rounding: blocking changes the summation order)
      const ref = gemms[0].run(a, b, n);
      for (const g of gemms.slice(1)) {
        const c = g.run(a, b, n);
        let d = 0;
        for (let i = 0; i < c.length; i++) d = Math.max(d, Math.abs(c[i] - ref[i]));
        if (!(d < 1e-9 * n)) throw new Error(`${g.name}: differs from the shipped gemm by ${d}`);
      }
      const reps = n >= 1000 ? 3 : 7;
      const load0 = loadavg()[0];
      const acc = new Map<string, { cpu: number[]; wall: number[] }>();
      const add = (k: string, t: { cpu: number[]; wall: number[] }): void => {
        const e = acc.get(k) ?? { cpu: [], wall: [] };
        e.cpu.push(...t.cpu);
        e.wall.push(...t.wall);
        acc.set(k, e);
      };
      // the order rotates each round, so that no kernel always runs right after numpy's process
      const order: (Gemm | null)[] = [...gemms, null];
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < order.length; i++) {
          const g = order[(i + round) % order.length];
          if (g) add(g.name, quireRound(g, a, b, n, reps));
          else add('numpy a@b (1 thread)', numpyRound(dir, n, reps));
        }
      }
      const load1 = loadavg()[0];
      const np = acc.get('numpy a@b (1 thread)') as { cpu: number[]; wall: number[] };
      const npCpu = median(np.cpu);
      console.log(`gemm n=${n}: ${rounds} interleaved rounds × ${reps} calls; load average ${load0.toFixed(2)} → ${load1.toFixed(2)}`);
      for (const [k, t] of acc) {
        const c = median(t.cpu);
        const w = median(t.wall);
        const ratio =
          k === 'numpy a@b (1 thread)'
            ? ''
            : `  → ${(c / npCpu).toFixed(2)}× numpy by CPU time (wall ${(w / median(np.wall)).toFixed(2)}×)`;
        console.log(
          `  ${k.padEnd(40)} CPU ${c.toFixed(1).padStart(8)} ms  wall ${w.toFixed(1).padStart(8)} ms  ${((2 * n ** 3) / c / 1e6).toFixed(2).padStart(6)} GFLOP/s${ratio}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
