/**
 * The sweep end to end, through the CLI. Jobs come from a plugin study (test/fixtures/
 * sweep-plugin.mjs) that holds its thread for a set wall time and returns a result that
 * depends only on its config and seed, so "a job longer than the lock" holds on any
 * machine. Local: serial vs threads, Ctrl-C and resume. Redis (a real redis-server on
 * loopback): workers with DEFAULT settings run jobs three times longer than --lock-ms
 * while one of them is SIGKILLed mid-job; failed jobs are reported and recovered with
 * --retry-failed; a QuireError is not retried; passwords; `quire queue status|clean`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliArgv, runCli } from './cli-helpers.js';
import { haveTool, TOOLS } from './tools.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const plugin = join(root, 'test/fixtures/sweep-plugin.mjs');
const haveRedis = haveTool(TOOLS.redis, 'the Redis sweep tests in test/sweep.e2e.test.ts');

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

function finished(p: ChildProcess): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  p.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  p.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => p.on('exit', (c) => resolve({ code: c ?? -1, stdout, stderr })));
}

function records(path: string): { id: string; result: { metrics: { value: number } } }[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

const dir = mkdtempSync(join(tmpdir(), 'quire-sweep-'));
function gridFile(name: string, grid: object): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(grid));
  return p;
}
// 3 scales × 2 seeds; each job holds its thread for 300 ms
const quickGrid = gridFile('quick.json', { seeds: [1, 2], params: { scale: [1, 2, 3], spinMs: [300] } });

let serialStdout = '';
beforeAll(() => {
  const serial = runCli([
    'sweep',
    'spin',
    '--plugin',
    plugin,
    '--grid',
    quickGrid,
    '--workers',
    '0',
    '--out',
    join(dir, 'serial.jsonl'),
    '--json',
  ]);
  if (serial.code !== 0) throw new Error(serial.stderr);
  serialStdout = serial.stdout;
}, 120_000);

describe('sweep (local)', () => {
  it('threads give bit-identical per-job results to the serial run; a rerun skips finished jobs', () => {
    expect(JSON.parse(serialStdout)).toMatchObject({ jobs: 6, ran: 6, skipped: 0, interrupted: false });
    const threads = runCli([
      'sweep',
      'spin',
      '--plugin',
      plugin,
      '--grid',
      quickGrid,
      '--workers',
      '2',
      '--out',
      join(dir, 'threads.jsonl'),
      '--json',
    ]);
    expect(threads.code, threads.stderr).toBe(0);
    const a = new Map(records(join(dir, 'serial.jsonl')).map((r) => [r.id, r.result]));
    const b = records(join(dir, 'threads.jsonl'));
    expect(b).toHaveLength(6);
    for (const r of b) expect(r.result).toEqual(a.get(r.id));
    // the value is scale × (seed + 1): the plugin's own closed form
    for (const r of b) expect([2, 3, 4, 6, 9].includes(r.result.metrics.value)).toBe(true);
    const again = runCli([
      'sweep',
      'spin',
      '--plugin',
      plugin,
      '--grid',
      quickGrid,
      '--workers',
      '2',
      '--out',
      join(dir, 'threads.jsonl'),
      '--json',
    ]);
    expect(JSON.parse(again.stdout)).toMatchObject({ jobs: 6, ran: 0, skipped: 6 });
    expect(JSON.parse(again.stdout).aggregates).toHaveLength(3);
  });

  it('Ctrl-C (SIGINT) mid-sweep leaves a consistent store, says so, and the rerun finishes only the rest', async () => {
    const out = join(dir, 'interrupted.jsonl');
    const p = cli(['sweep', 'spin', '--plugin', plugin, '--grid', quickGrid, '--workers', '0', '--out', out]);
    const done = finished(p);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && readFileSync(out, 'utf8').includes('\n')) {
          clearInterval(poll);
          p.kill('SIGINT');
          resolve();
        }
      }, 50);
    });
    const r = await done;
    expect(r.code).toBe(130);
    expect(r.stdout).toMatch(/interrupted: \d+ job\(s\) not finished/);
    const partial = records(out);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(6);
    const rerun = runCli(['sweep', 'spin', '--plugin', plugin, '--grid', quickGrid, '--workers', '0', '--out', out, '--json']);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ jobs: 6, skipped: partial.length, ran: 6 - partial.length });
    const serial = new Map(records(join(dir, 'serial.jsonl')).map((r) => [r.id, r.result]));
    const all = records(out);
    expect(new Set(all.map((x) => x.id)).size).toBe(6);
    for (const x of all) expect(x.result).toEqual(serial.get(x.id));
  }, 120_000);

  it('a failing job fails the local sweep with its error (exit 2 for a QuireError)', () => {
    const g = gridFile('quire-fail.json', { seeds: [1], params: { fail: ['quire'] } });
    const r = runCli(['sweep', 'spin', '--plugin', plugin, '--grid', g, '--workers', '1', '--out', join(dir, 'qf.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quire: error: spin: scale 1 is not allowed/);
  });

  it('bad grids, unknown keys, a huge seed range and bad plugins exit 2 before any work', () => {
    const bad = gridFile('bad.json', { seeds: [1], params: { nosuch: [1] } });
    const r = runCli(['sweep', 'spin', '--plugin', plugin, '--grid', bad, '--workers', '0', '--out', join(dir, 'x.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quire: error: sweep: .*unknown key 'nosuch'/);
    // 1e8 seeds: rejected by counting, not by expanding (the old code took 55 s and 1.3 GB)
    const huge = gridFile('huge.json', { seeds: { from: 1, to: 100_000_000 }, params: {} });
    const h = runCli(['sweep', 'spin', '--plugin', plugin, '--grid', huge, '--out', join(dir, 'x.jsonl')]);
    expect(h.code).toBe(2);
    expect(h.stderr).toMatch(/grid expands to 100000000 jobs, more than the limit of 100000/);
    expect(existsSync(join(dir, 'x.jsonl'))).toBe(false);
    expect(runCli(['sweep', 'spin', '--grid', quickGrid]).code).toBe(2); // plugin not loaded
    const np = runCli(['sweep', 'spin', '--plugin', join(dir, 'nosuch.mjs'), '--grid', quickGrid]);
    expect(np.code).toBe(2);
    expect(np.stderr).toMatch(/--plugin: cannot load/);
    expect(runCli(['sweep', 'spin', '--plugin', plugin, '--grid', quickGrid, '--retry-failed']).stderr).toMatch(
      /--retry-failed needs --queue/,
    );
  });

  it('report --from renders the sweep report: its own title, the across-seed table first, a plot per swept parameter', () => {
    const r = runCli(['report', '--from', join(dir, 'serial.jsonl'), '--out', join(dir, 'rep'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ configs: 3, jobs: 6 });
    const html = readFileSync(join(dir, 'rep', 'index.html'), 'utf8');
    expect(html).toMatch(/<title>quire sweep report<\/title>/);
    expect(html).not.toMatch(/quire reproduce/);
    // the claim table comes before the first figure
    expect(html.indexOf('Each claim across seeds')).toBeLessThan(html.indexOf('<svg'));
    // mean across seeds 1 and 2 of scale × (seed + 1) at scale 2: (4 + 6) / 2 = 5
    expect(html).toMatch(/scale = 2<\/td><td>2<\/td><td class="v-holds">5 \[/);
    expect(html).toMatch(/positive<\/b> against scale/);
    const json = JSON.parse(readFileSync(join(dir, 'rep', 'results.json'), 'utf8'));
    expect(json.sweeps[0].swept).toEqual(['scale']);
  });
});

describe.skipIf(!haveRedis)('sweep (redis + BullMQ workers)', () => {
  let redis: ChildProcess;
  let url: string;
  let port: number;
  const procs: ChildProcess[] = [];

  async function waitForRedis(p: number, auth: string[] = []): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (spawnSync('redis-cli', ['-p', String(p), ...auth, 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG') return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('redis-server did not start');
  }

  beforeAll(async () => {
    port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    await waitForRedis(port);
  });

  afterAll(() => {
    for (const p of procs) p.kill('SIGKILL');
    redis?.kill('SIGKILL');
  });

  it('an unreachable Redis is a clear error (exit 2)', () => {
    const r = runCli([
      'sweep',
      'spin',
      '--plugin',
      plugin,
      '--grid',
      quickGrid,
      '--queue',
      'redis://127.0.0.1:1',
      '--out',
      join(dir, 'y.jsonl'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quire: error: cannot reach Redis at redis:\/\/127.0.0.1:1/);
  });

  it('two DEFAULT workers, jobs 3× longer than --lock-ms, one worker SIGKILLed mid-job: every job once, equal to serial', async () => {
    // The regression: a default worker (concurrency 1) used to run the job on its main
    // thread, starving lock renewal; a job longer than the lock was taken as stalled, run
    // twice, and failed. 4 jobs × 3 s against a 1 s lock.
    const longGrid = gridFile('long.json', { seeds: [1, 2], params: { scale: [1, 2], spinMs: [3000] } });
    const serial = runCli([
      'sweep',
      'spin',
      '--plugin',
      plugin,
      '--grid',
      longGrid,
      '--workers',
      '0',
      '--out',
      join(dir, 'long-serial.jsonl'),
      '--json',
    ]);
    expect(serial.code, serial.stderr).toBe(0);
    const workerA = cli(['worker', '--plugin', plugin, '--queue', url, '--lock-ms', '1000']);
    const workerB = cli(['worker', '--plugin', plugin, '--queue', url, '--lock-ms', '1000']);
    procs.push(workerA, workerB);
    let killed = false;
    let aLog = '';
    let bLog = '';
    workerB.stderr?.on('data', (d: Buffer) => (bLog += d.toString()));
    workerA.stderr?.on('data', (d: Buffer) => {
      aLog += d.toString();
      if (!killed && /worker: active/.test(aLog)) {
        killed = true;
        setTimeout(() => workerA.kill('SIGKILL'), 500); // mid-job: the job spins for 3 s
      }
    });
    const out = join(dir, 'dist.jsonl');
    const r = await finished(
      cli(['sweep', 'spin', '--plugin', plugin, '--grid', longGrid, '--queue', url, '--wait', '--out', out, '--json']),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(killed).toBe(true);
    expect(aLog).not.toMatch(/completed/);
    expect(JSON.parse(r.stdout)).toMatchObject({ jobs: 4, ran: 4, failed: [] });
    // worker B never lost a lock while computing: no job it held was failed or stalled
    expect(bLog).not.toMatch(/failed|stalled/);
    const recs = records(out);
    expect(recs).toHaveLength(4);
    expect(new Set(recs.map((x) => x.id)).size).toBe(4);
    const ref = new Map(records(join(dir, 'long-serial.jsonl')).map((x) => [x.id, x.result]));
    for (const x of recs) expect(x.result).toEqual(ref.get(x.id));
    workerB.kill('SIGTERM');
    await finished(workerB);
  }, 240_000);

  it('failed jobs are reported with their error (exit 1), a QuireError is not retried, --retry-failed recovers', async () => {
    const worker = cli(['worker', '--plugin', plugin, '--queue', url, '--concurrency', '2']);
    procs.push(worker);
    const flag = join(dir, 'flag');
    const g = gridFile('fail.json', { seeds: [1], params: { fail: ['quire', 'unless-flag'], flag: [flag] } });
    const first = runCli([
      'sweep',
      'spin',
      '--plugin',
      plugin,
      '--grid',
      g,
      '--queue',
      url,
      '--wait',
      '--attempts',
      '2',
      '--out',
      join(dir, 'f.jsonl'),
      '--json',
    ]);
    expect(first.code).toBe(1);
    const s1 = JSON.parse(first.stdout);
    expect(s1.failed).toHaveLength(2);
    const byReason = (re: RegExp) => s1.failed.find((f: { reason: string }) => re.test(f.reason));
    expect(byReason(/not allowed/).attempts).toBe(1); // QuireError: no retry
    expect(byReason(/flag .* is missing/).attempts).toBe(2); // plain error: retried up to --attempts
    expect(first.stderr).toMatch(/quire: error: 2 of 2 job\(s\) failed; .*--retry-failed/);
    // a rerun without --retry-failed reports the same failures at once
    expect(runCli(['sweep', 'spin', '--plugin', plugin, '--grid', g, '--queue', url, '--wait', '--out', join(dir, 'f.jsonl')]).code).toBe(
      1,
    );
    const status = runCli(['queue', 'status', '--queue', url, '--json']);
    expect(JSON.parse(status.stdout).counts.failed).toBeGreaterThanOrEqual(2);
    // fix the cause of one failure, then retry: it completes; the QuireError job fails again
    writeFileSync(flag, 'ok');
    const second = runCli([
      'sweep',
      'spin',
      '--plugin',
      plugin,
      '--grid',
      g,
      '--queue',
      url,
      '--wait',
      '--retry-failed',
      '--out',
      join(dir, 'f.jsonl'),
      '--json',
    ]);
    const s2 = JSON.parse(second.stdout);
    expect(s2.retried).toBe(2);
    expect(s2.ran).toBe(1);
    expect(s2.failed).toHaveLength(1);
    expect(s2.failed[0].reason).toMatch(/not allowed/);
    expect(records(join(dir, 'f.jsonl'))).toHaveLength(1);
    // clean the failed job, then everything
    const clean = runCli(['queue', 'clean', '--queue', url, '--failed', '--json']);
    expect(JSON.parse(clean.stdout).removed).toBeGreaterThanOrEqual(1);
    worker.kill('SIGTERM');
    await finished(worker);
    expect(runCli(['queue', 'clean', '--queue', url, '--all']).code).toBe(0);
    expect(JSON.parse(runCli(['queue', 'status', '--queue', url, '--json']).stdout).counts).toMatchObject({
      waiting: 0,
      completed: 0,
      failed: 0,
    });
  }, 240_000);

  it('a password-protected Redis: the right password works, a wrong one is a clear error', async () => {
    const p2 = await freePort();
    const secured = spawn(
      'redis-server',
      ['--port', String(p2), '--bind', '127.0.0.1', '--requirepass', 's3cret', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    procs.push(secured);
    await waitForRedis(p2, ['-a', 's3cret', '--no-auth-warning']);
    const good = runCli(['queue', 'status', '--queue', `redis://:s3cret@127.0.0.1:${p2}`]);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).not.toMatch(/s3cret/); // the password is never echoed
    expect(good.stdout).toMatch(/:\*\*\*@127.0.0.1/);
    const bad = runCli(['queue', 'status', '--queue', `redis://:wrong@127.0.0.1:${p2}`]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot reach Redis at redis:\/\/:\*\*\*@127.0.0.1:\d+.*password/);
    expect(bad.stderr).not.toMatch(/wrong/);
    secured.kill('SIGKILL');
  });

  it('TLS (rediss://): a worker and a sweep run over TLS, trusting the server by NODE_EXTRA_CA_CERTS', async () => {
    const tdir = mkdtempSync(join(tmpdir(), 'quire-tls-'));
    const ssl = (args: string[]) => {
      const r = spawnSync('openssl', args, { cwd: tdir, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
    };
    ssl([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=quire-test-ca',
    ]);
    ssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
    writeFileSync(join(tdir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1\n');
    ssl([
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.pem',
      '-days',
      '2',
      '-extfile',
      'ext.cnf',
    ]);
    const p3 = await freePort();
    const tlsRedis = spawn(
      'redis-server',
      [
        '--port',
        '0',
        '--tls-port',
        String(p3),
        '--bind',
        '127.0.0.1',
        '--tls-cert-file',
        join(tdir, 'server.pem'),
        '--tls-key-file',
        join(tdir, 'server.key'),
        '--tls-ca-cert-file',
        join(tdir, 'ca.pem'),
        '--tls-auth-clients',
        'no',
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      { stdio: 'ignore' },
    );
    procs.push(tlsRedis);
    const env = { ...process.env, NODE_EXTRA_CA_CERTS: join(tdir, 'ca.pem'), FORCE_COLOR: '0' };
    const tlsUrl = `rediss://127.0.0.1:${p3}`;
    let up = false;
    for (let i = 0; i < 100 && !up; i++) {
      up = spawnSync(process.execPath, [...cliArgv, 'queue', 'status', '--queue', tlsUrl], { cwd: root, env }).status === 0;
      if (!up) await new Promise((r) => setTimeout(r, 200));
    }
    expect(up).toBe(true);
    // without the CA the server's certificate is refused: a clear error, exit 2
    const untrusted = runCli(['queue', 'status', '--queue', tlsUrl]);
    expect(untrusted.code).toBe(2);
    expect(untrusted.stderr).toMatch(/cannot reach Redis at rediss:/);
    const worker = spawn(process.execPath, [...cliArgv, 'worker', '--plugin', plugin, '--queue', tlsUrl], {
      cwd: root,
      env,
      stdio: 'ignore',
    });
    procs.push(worker);
    const g = gridFile('tls.json', { seeds: [1], params: { scale: [5] } });
    const r = spawnSync(
      process.execPath,
      [
        ...cliArgv,
        'sweep',
        'spin',
        '--plugin',
        plugin,
        '--grid',
        g,
        '--queue',
        tlsUrl,
        '--wait',
        '--out',
        join(dir, 'tls.jsonl'),
        '--json',
      ],
      {
        cwd: root,
        env,
        encoding: 'utf8',
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(records(join(dir, 'tls.jsonl'))[0].result.metrics.value).toBe(10); // 5 × (1 + 1)
    worker.kill('SIGKILL');
    tlsRedis.kill('SIGKILL');
  }, 120_000);
});
