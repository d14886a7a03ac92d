/**
 * End-to-end tests of the lab in Debian's Chromium, driven by playwright-core: build the
 * site, serve it with the lab server, and use it as a person would. Skips cleanly when
 * /usr/bin/chromium is absent (CI installs it). Screenshots land in report/lab/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { request, type Server } from 'node:http';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs module without types
import { createLabServer } from '../../scripts/lab-server.mjs';

const CHROMIUM = '/usr/bin/chromium';
const have = existsSync(CHROMIUM);
const SHOTS = 'report/lab';

describe.skipIf(!have)('lab (e2e, chromium)', () => {
  let server: Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    await build({ configFile: 'web/vite.config.ts', logLevel: 'error' });
    writeFileSync('web/dist/verdicts.json', '{}');
    server = createLabServer('web/dist') as Server;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  async function open(hash: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}#/${hash}`);
    return { page, errors };
  }

  it('home lists all nine systems with links', async () => {
    const { page, errors } = await open('');
    await page.waitForSelector('[data-system="meta"]');
    const ids = await page.$$eval('[data-system]', (els) => els.map((e) => e.getAttribute('data-system')));
    expect(ids).toEqual(['meta', 'ot', 'tda', 'control', 'newton', 'blasso', 'spatial', 'surrogate', 'normscale']);
    await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the server refuses path traversal and serves only built files', async () => {
    for (const p of [
      '../package.json',
      '%2e%2e/package.json',
      '..%2fpackage.json',
      '%2e%2e%2f%2e%2e%2fetc/passwd',
      'assets/../../package.json',
    ]) {
      const r = await fetch(base + p);
      expect(r.status, p).toBe(404);
    }
    // raw request paths, sent as-is (fetch would normalize them first)
    for (const p of ['/../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%5c..%5cpackage.json']) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: Number(new URL(base).port), path: p }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status, p).toBe(404);
    }
    expect((await fetch(base)).status).toBe(200);
    expect((await fetch(base, { method: 'POST' })).status).toBe(405);
  });

  async function setField(page: Page, section: string, name: string, value: string): Promise<void> {
    await page.fill(`[data-section="${section}"] [data-field="${name}"]`, value);
  }

  async function runStudy(page: Page): Promise<void> {
    await page.click('[data-section="study"] [data-action="run-study"]');
    await page.waitForSelector('[data-output="study"] [data-table="claims"], [data-output="study"] .error', { timeout: 240_000 });
  }

  it('meta: combines pasted p-values, shows bad input, runs the study with plots', async () => {
    const { page, errors } = await open('meta');
    await setField(page, 'demo', 'pvalues', '0.01, 0.2, 0.3');
    await page.click('[data-action="run-demo"]');
    await page.waitForSelector('[data-output="demo"] [data-table="combined"]');
    const fisher = await page.$$eval('[data-table="combined"] tr', (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)).find((r) => r[1] === 'fisher'),
    );
    expect(Number(fisher?.[3])).toBeCloseTo(0.02156, 4); // scipy combine_pvalues([0.01, 0.2, 0.3], 'fisher')
    await page.waitForSelector('[data-output="demo"] [data-figure="pvalues"] svg');

    await setField(page, 'demo', 'pvalues', '0.01, abc');
    await page.click('[data-action="run-demo"]');
    const err = await page.waitForSelector('[data-output="demo"] .error');
    expect(await err.textContent()).toMatch(/line 1, field 2: expected a number/);

    for (const [k, v] of Object.entries({ curveReps: '40', rateReps: '40', rateSeeds: '1', curvePoints: '5' }))
      await setField(page, 'study', k, v);
    await runStudy(page);
    const verdicts = await page.$$eval(
      '[data-table="claims"] td.v-holds, [data-table="claims"] td.v-fails, [data-table="claims"] td.v-inconclusive',
      (tds) => tds.length,
    );
    expect(verdicts).toBe(9);
    await page.waitForSelector('[data-output="study"] [data-figure] svg');
    await page.screenshot({ path: `${SHOTS}/meta.png`, fullPage: true });
    await setField(page, 'study', 'alpha', 'oops');
    await page.click('[data-section="study"] [data-action="run-study"]');
    expect(await (await page.waitForSelector('[data-output="study"] .error')).textContent()).toMatch(/alpha must be a finite number/);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  async function runDemo(page: Page): Promise<void> {
    await page.click('[data-action="run-demo"]');
    await page.waitForSelector('[data-output="demo"] [data-text], [data-output="demo"] [data-table], [data-output="demo"] .error', {
      timeout: 120_000,
    });
  }

  it('ot: W_1 of pasted samples equals scipy (5), p < 1 is a clear error', async () => {
    const { page, errors } = await open('ot');
    await setField(page, 'demo', 'u', '0 1 3');
    await setField(page, 'demo', 'v', '5 6 8');
    await runDemo(page);
    const text = await page.textContent('[data-output="demo"] [data-text]');
    expect(Number(/W_1 = ([0-9.e+-]+)/.exec(text ?? '')?.[1])).toBeCloseTo(5, 12); // scipy.stats.wasserstein_distance
    await page.waitForSelector('[data-figure="quantiles"] svg');
    await page.screenshot({ path: `${SHOTS}/ot.png`, fullPage: true });
    await setField(page, 'demo', 'p', '0.5');
    await runDemo(page);
    expect(await page.textContent('[data-output="demo"] .error')).toMatch(/p must be/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('blasso: FS&P recovers spikes with a certificate below 1', async () => {
    const { page, errors } = await open('blasso');
    await setField(page, 'demo', 'spikes', '2');
    await runDemo(page);
    const text = (await page.textContent('[data-output="demo"] [data-text]')) ?? '';
    expect(Number(/max\|η\| ([0-9.]+)/.exec(text)?.[1])).toBeLessThan(1.01);
    await page.waitForSelector('[data-figure="certificate"] svg');
    await page.screenshot({ path: `${SHOTS}/blasso.png`, fullPage: true });
    await setField(page, 'demo', 'lambda', '-1');
    await runDemo(page);
    expect(await page.textContent('[data-output="demo"] .error')).toMatch(/λ must be in/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('control: the scalar DARE matches its closed form; ragged matrices are rejected', async () => {
    const { page, errors } = await open('control');
    for (const [k, v] of Object.entries({ A: '1.2', B: '0.7', D: '0.3', Q: '2', R: '0.5', gamma: '5' })) await setField(page, 'demo', k, v);
    await runDemo(page);
    const text = (await page.textContent('[data-output="demo"] [data-text]')) ?? '';
    // notes-p6_p7: the scalar DARE with a = 1.2, b = 0.7, q = 2, r = 0.5 has P = 3.1060294810801814
    expect(Number(/P \(DARE\) =\s+([0-9.e+-]+)/.exec(text)?.[1])).toBeCloseTo(3.10602948, 7);
    await page.waitForSelector('[data-figure="poles"] svg');
    await page.screenshot({ path: `${SHOTS}/control.png`, fullPage: true });
    await setField(page, 'demo', 'A', '1, 2\n3');
    await runDemo(page);
    expect(await page.textContent('[data-output="demo"] .error')).toMatch(/ragged|fields, expected/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('tda: a pasted series gives a diagram and a landscape; NaN is rejected', async () => {
    const { page, errors } = await open('tda');
    // a convex series: its natural visibility graph is complete (notes-p8), so every hop distance is 1
    await setField(page, 'demo', 'series', Array.from({ length: 12 }, (_, i) => ((i - 5.5) ** 2).toString()).join(', '));
    await page.selectOption('[data-section="demo"] [data-field="distance"]', 'shortest');
    await runDemo(page);
    const text = (await page.textContent('[data-output="demo"] [data-text]')) ?? '';
    expect(text).toMatch(/12 nodes, 66 edges/);
    await page.selectOption('[data-section="demo"] [data-field="distance"]', 'diffusion');
    await setField(page, 'demo', 'series', Array.from({ length: 80 }, (_, i) => Math.sin(i / 4).toFixed(4)).join(', '));
    await runDemo(page);
    await page.waitForSelector('[data-figure="diagram"] svg');
    await page.waitForSelector('[data-figure="landscape"] svg');
    await page.screenshot({ path: `${SHOTS}/tda.png`, fullPage: true });
    await setField(page, 'demo', 'series', '1, 2, NaN, 4');
    await runDemo(page);
    expect(await page.textContent('[data-output="demo"] .error')).toMatch(/not a finite number|must be finite|NaN/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  // Study pages: run each study in the browser with small settings; every claim gets a verdict and the plots render.
  const studyRuns: [string, Record<string, string>][] = [
    ['newton', { seeds: '2', itersFirstOrder: '100', itersSecondOrder: '30', width: '128', points: '32' }],
    ['spatial', { reps1d: '2', reps2d: '2', iters: '20', n1d: '64', T1d: '128', nStations: '60', T2d: '100' }],
    ['surrogate', { steps: '40', trainSamples: '60', testSamples: '400', bootstrap: '50' }],
    ['normscale', { seeds: '1', steps: '20', evalBatches: '2', demoSteps: '50' }],
    ['tda', { trainPerClass: '4', testPerClass: '4', cbfLength: '48', iterations: '50' }],
    ['control', { tasks: '6', trainTasks: '6', testTasks: '6', agentSteps: '60', statesPerTask: '16', horizon: '40' }],
    ['blasso', { seeds: '6', iters: '300', noiseSeeds: '2', rateSeeds: '3' }],
    ['ot', { nMax: '1000', reps: '4', iterations: '100', problemN: '300', problemIterations: '100' }],
  ];
  for (const [id, overrides] of studyRuns) {
    it(`${id}: the study runs in the browser with plots and a verdict per claim`, async () => {
      const { page, errors } = await open(id);
      for (const [k, v] of Object.entries(overrides)) await setField(page, 'study', k, v);
      await runStudy(page);
      expect(await page.$$eval('[data-output="study"] .error', (e) => e.map((x) => x.textContent))).toEqual([]);
      const nClaims = await page.$$eval('[data-table="claims"] tr', (trs) => trs.length - 1);
      const verdicts = await page.$$eval(
        '[data-table="claims"] td.v-holds, [data-table="claims"] td.v-fails, [data-table="claims"] td.v-inconclusive',
        (tds) => tds.length,
      );
      expect(nClaims).toBeGreaterThan(0);
      expect(verdicts).toBe(nClaims);
      await page.waitForSelector('[data-output="study"] [data-figure] svg');
      await page.screenshot({ path: `${SHOTS}/${id}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }, 300_000);
  }
});
