/**
 * The sweep end to end: a small meta grid run serially, on local threads, and on two
 * `quire worker` processes over a real redis-server on loopback, one of which is killed
 * with SIGKILL mid-run. Every job must complete exactly once, with results equal to the
 * serial run's. Skips when redis-server is absent (CI installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliArgv, runCli } from './cli-helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const haveRedis = spawnSync('sh', ['-c', 'command -v redis-server']).status === 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function cli(args: string[]): ChildProcess {
  return spawn(process.execPath, [...cliArgv, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

function records(path: string): { id: string; result: unknown }[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

const dir = mkdtempSync(join(tmpdir(), 'quire-sweep-'));
const grid = join(dir, 'grid.json');
writeFileSync(
  grid,
  JSON.stringify({
    profile: 'quick',
    seeds: [1, 2],
    params: { alpha: [0.05, 0.1, 0.2], curvePoints: [5], curveReps: [40], rateReps: [40], rateSeeds: [1] },
  }),
);

// The reference: the grid run serially in one process.
let serialStdout = '';
beforeAll(() => {
  const serial = runCli(['sweep', 'meta', '--grid', grid, '--workers', '0', '--out', join(dir, 'serial.jsonl'), '--json']);
  if (serial.code !== 0) throw new Error(serial.stderr);
  serialStdout = serial.stdout;
}, 240_000);

describe('sweep (local)', () => {
  it('threads give bit-identical per-job results to the serial run; a rerun skips finished jobs', () => {
    expect(JSON.parse(serialStdout)).toMatchObject({ jobs: 6, ran: 6, skipped: 0 });
    const threads = runCli(['sweep', 'meta', '--grid', grid, '--workers', '2', '--out', join(dir, 'threads.jsonl'), '--json']);
    expect(threads.code, threads.stderr).toBe(0);
    const a = new Map(records(join(dir, 'serial.jsonl')).map((r) => [r.id, r.result]));
    const b = records(join(dir, 'threads.jsonl'));
    expect(b).toHaveLength(6);
    for (const r of b) expect(r.result).toEqual(a.get(r.id));
    const again = runCli(['sweep', 'meta', '--grid', grid, '--workers', '2', '--out', join(dir, 'threads.jsonl'), '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ jobs: 6, ran: 0, skipped: 6 });
    // aggregation: one config per alpha, two seeds each
    expect(JSON.parse(again.stdout).aggregates).toHaveLength(3);
  });

  it('Ctrl-C (SIGINT) mid-sweep leaves a consistent store; the rerun finishes only the rest', async () => {
    const out = join(dir, 'interrupted.jsonl');
    const p = cli(['sweep', 'meta', '--grid', grid, '--workers', '0', '--out', out, '--json']);
    // interrupt once the first job has been written
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && readFileSync(out, 'utf8').includes('\n')) {
          clearInterval(poll);
          p.kill('SIGINT');
          resolve();
        }
      }, 100);
    });
    const code = await new Promise<number>((resolve) => p.on('exit', (c) => resolve(c ?? -1)));
    expect(code).toBe(130);
    const done = records(out); // every line parses: no torn record
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(6);
    const rerun = runCli(['sweep', 'meta', '--grid', grid, '--workers', '0', '--out', out, '--json']);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ jobs: 6, skipped: done.length, ran: 6 - done.length });
    const serial = new Map(records(join(dir, 'serial.jsonl')).map((r) => [r.id, r.result]));
    const all = records(out);
    expect(new Set(all.map((r) => r.id)).size).toBe(6);
    for (const r of all) expect(r.result).toEqual(serial.get(r.id));
  }, 240_000);

  it('bad grids and unknown keys exit 2', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"seeds":[1],"params":{"nosuch":[1]}}');
    const r = runCli(['sweep', 'meta', '--grid', bad, '--workers', '0', '--out', join(dir, 'x.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quire: error: sweep: .*unknown key 'nosuch'/);
    writeFileSync(bad, '{"seeds":[],"params":{}}');
    expect(runCli(['sweep', 'meta', '--grid', bad, '--out', join(dir, 'x.jsonl')]).code).toBe(2);
    expect(runCli(['sweep', 'nosuch', '--grid', grid]).code).toBe(2);
  });

  it('report --from renders the sweep', () => {
    const r = runCli(['report', '--from', join(dir, 'serial.jsonl'), '--out', join(dir, 'rep'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ configs: 3, jobs: 6 });
    expect(readFileSync(join(dir, 'rep', 'index.html'), 'utf8')).toMatch(/<svg/);
  });
});

describe.skipIf(!haveRedis)('sweep (redis + BullMQ workers)', () => {
  let redis: ChildProcess;
  let url: string;
  const procs: ChildProcess[] = [];

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG') break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(() => {
    for (const p of procs) p.kill('SIGKILL');
    redis?.kill('SIGKILL');
  });

  it('an unreachable Redis is a clear error within seconds (exit 2)', () => {
    const t0 = Date.now();
    const r = runCli(['sweep', 'meta', '--grid', grid, '--queue', 'redis://127.0.0.1:1', '--out', join(dir, 'y.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quire: error: cannot reach Redis at redis:\/\/127.0.0.1:1/);
    expect(Date.now() - t0).toBeLessThan(15_000);
  });

  it('two workers, one killed mid-run: every job completes exactly once, equal to serial', async () => {
    const workerA = cli(['worker', '--queue', url, '--lock-ms', '2000']);
    const workerB = cli(['worker', '--queue', url, '--lock-ms', '2000', '--concurrency', '2']);
    procs.push(workerA, workerB);
    let killed = false;
    let aLog = '';
    workerA.stderr?.on('data', (d: Buffer) => {
      aLog += d.toString();
      // kill A while it holds a job: shortly after it takes its first one
      if (!killed && /worker: active/.test(aLog)) {
        killed = true;
        setTimeout(() => workerA.kill('SIGKILL'), 300);
      }
    });
    const out = join(dir, 'dist.jsonl');
    const sweep = cli(['sweep', 'meta', '--grid', grid, '--queue', url, '--wait', '--out', out, '--json']);
    procs.push(sweep);
    let stdout = '';
    let stderr = '';
    sweep.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    sweep.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number>((resolve) => sweep.on('exit', (c) => resolve(c ?? -1)));
    expect(code, stderr).toBe(0);
    expect(killed).toBe(true);
    expect(aLog).not.toMatch(/completed/);
    expect(JSON.parse(stdout)).toMatchObject({ jobs: 6, ran: 6 });
    const recs = records(out);
    expect(recs).toHaveLength(6);
    expect(new Set(recs.map((r) => r.id)).size).toBe(6);
    const serial = new Map(records(join(dir, 'serial.jsonl')).map((r) => [r.id, r.result]));
    for (const r of recs) expect(r.result).toEqual(serial.get(r.id));
  }, 240_000);
});
