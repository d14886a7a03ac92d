/**
 * End-to-end tests of the lab in Debian's Chromium, driven by playwright-core: build the
 * site, serve it with the lab server, and use it as a person would — move sliders, watch
 * the figure change, cancel a run, download results. Screenshots (desktop and phone) land
 * in report/lab/. Skips loudly when /usr/bin/chromium is absent (CI installs it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { request, type Server } from 'node:http';
import { build } from 'vite';
import { csvParse } from 'd3-dsv';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs module without types
import { createLabServer } from '../../scripts/lab-server.mjs';
import { haveTool, TOOLS } from '../tools.js';

const CHROMIUM = '/usr/bin/chromium';
const have = haveTool(TOOLS.chromium, 'the browser lab tests in test/e2e/lab.test.ts');
if (!have) console.warn('lab e2e: skipped — chromium not found (install: apt-get install chromium)');
const SHOTS = 'report/lab';
const PAGES = ['meta', 'ot', 'tda', 'control', 'newton', 'blasso', 'spatial', 'surrogate', 'normscale'];
const DEMO_SLIDER: Record<string, string> = { meta: 'alpha', ot: 'shift', tda: 'noise', control: 'gamma', blasso: 'lambda' };

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
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  async function open(hash: string, width = 1200, height = 1400): Promise<{ page: Page; errors: string[]; warnings: string[] }> {
    const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
      if (m.type() === 'warning') warnings.push(m.text());
    });
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${base}#/${hash}`);
    return { page, errors, warnings };
  }

  const workers = (page: Page) => page.evaluate(() => (window as unknown as { __quireLab: { workers(): number } }).__quireLab.workers());
  const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);

  /** Move a slider to a fraction of its range, as a drag would (an input event). */
  async function slide(page: Page, section: string, key: string, fraction: number): Promise<void> {
    await page.$eval(
      `[data-section="${section}"] [data-slider="${key}"]`,
      (el, f) => {
        const s = el as HTMLInputElement;
        const lo = Number(s.min);
        const hi = Number(s.max);
        s.value = String(lo + f * (hi - lo));
        s.dispatchEvent(new Event('input', { bubbles: true }));
      },
      fraction,
    );
  }

  async function figureSvg(page: Page, section: string): Promise<string> {
    return page.$eval(`[data-output="${section}"] [data-figure] svg`, (s) => s.outerHTML);
  }

  async function setField(page: Page, section: string, name: string, value: string): Promise<void> {
    await page.fill(`[data-section="${section}"] [data-field="${name}"]`, value);
  }

  const demoSeq = (page: Page) => page.$eval('[data-section="demo"]', (fs) => Number((fs as HTMLElement).dataset.seq ?? 0));

  /** Wait until the demo has drawn a result newer than `after` (its render counter) and is idle. */
  async function demoSettled(page: Page, after = 0): Promise<void> {
    await page.waitForFunction(
      (prev) => {
        const fs = document.querySelector('[data-section="demo"]') as HTMLElement | null;
        return !!fs && fs.dataset.busy === '0' && Number(fs.dataset.seq ?? 0) > prev;
      },
      after,
      { timeout: 120_000 },
    );
  }

  it('home lists all nine systems; the favicon is served', async () => {
    const { page, errors } = await open('');
    await page.waitForSelector('[data-system="meta"]');
    const ids = await page.$$eval('[data-system]', (els) => els.map((e) => e.getAttribute('data-system')));
    expect(ids).toEqual(PAGES);
    expect((await fetch(base + 'favicon.svg')).status).toBe(200);
    expect(await noOverflow(page)).toBe(true);
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

  for (const id of PAGES) {
    it(`${id}: controls render with labels; no sideways scroll on desktop or phone; bad input names the field before any work`, async () => {
      for (const [w, hgt, tag] of [
        [1200, 1400, 'desktop'],
        [390, 844, 'phone'],
      ] as const) {
        const { page, errors, warnings } = await open(id, w, hgt);
        await page.waitForSelector('[data-section="study"] .control');
        const controls = await page.$$eval('[data-section] .control', (cs) =>
          cs.map((c) => ({ key: c.getAttribute('data-control'), label: c.querySelector('.lbl')?.textContent ?? '' })),
        );
        expect(controls.length).toBeGreaterThan(0);
        for (const c of controls) expect(c.label.trim().length, `label of ${c.key}`).toBeGreaterThan(0);
        if (DEMO_SLIDER[id]) await demoSettled(page);
        expect(await noOverflow(page), `${id} ${tag} scrolls sideways`).toBe(true);
        await page.screenshot({ path: `${SHOTS}/${id}-${tag}.png`, fullPage: true });
        expect(errors).toEqual([]);
        expect(warnings.filter((m) => /vega/i.test(m))).toEqual([]);
        if (tag === 'desktop') {
          // the first numeric study control gets garbage: the error names it and no worker starts
          const key = await page.$eval('[data-section="study"] .control-integer, [data-section="study"] .control-number', (c) =>
            c.getAttribute('data-control'),
          );
          const before = await workers(page);
          await setField(page, 'study', key as string, 'abc');
          await page.click('[data-section="study"] [data-action="run-study"]');
          const msg = await (await page.waitForSelector('[data-output="study"] .error')).textContent();
          expect(msg).toContain(key as string);
          expect(await workers(page)).toBe(before);
          expect(await page.evaluate(() => document.body.dataset.studyRunning)).not.toBe('1');
        }
        await page.close();
      }
    }, 180_000);
  }

  for (const [id, key] of Object.entries(DEMO_SLIDER)) {
    it(`${id}: moving the '${key}' slider recomputes the figure in the page's persistent worker`, async () => {
      const { page, errors } = await open(id);
      await demoSettled(page);
      const svg0 = await figureSvg(page, 'demo');
      const seq0 = await demoSeq(page);
      const t0 = Date.now();
      await slide(page, 'demo', key, 0.8);
      await demoSettled(page, seq0);
      const ms = Date.now() - t0;
      expect(await figureSvg(page, 'demo')).not.toBe(svg0);
      console.log(`lab e2e: ${id} slider → new figure in ${ms} ms (${await page.textContent('[data-testid="demo-time"]')})`);
      expect(await workers(page)).toBe(1); // the one demo worker, reused
      // the URL carries the state
      expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain(`d.${key}=`);
      expect(errors).toEqual([]);
      await page.close();
    }, 180_000);
  }

  it('meta: combines pasted p-values like scipy; bars have width; bad input names the line and field', async () => {
    const { page, errors } = await open('meta');
    await demoSettled(page);
    let seq = await demoSeq(page);
    await setField(page, 'demo', 'pvalues', '0.01, 0.2, 0.3');
    await demoSettled(page, seq);
    const fisher = await page.$$eval('[data-table="combined"] tr', (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)).find((r) => r[1] === 'fisher'),
    );
    expect(Number(fisher?.[3])).toBeCloseTo(0.02156, 4); // scipy combine_pvalues([0.01, 0.2, 0.3], 'fisher')
    const widths = await page.$$eval('[data-figure="pvalues"] .mark-rect path', (ps) =>
      ps.map((p) => (p as SVGGraphicsElement).getBBox().width),
    );
    expect(widths.length).toBeGreaterThan(5);
    for (const wdt of widths) expect(wdt).toBeGreaterThan(0);
    seq = await demoSeq(page);
    await setField(page, 'demo', 'pvalues', '0.01, abc');
    await demoSettled(page, seq);
    expect(await page.textContent('[data-output="demo"] .error')).toMatch(/line 1, field 2: expected a number/);
    seq = await demoSeq(page);
    await setField(page, 'demo', 'alpha', '7');
    await page.click('[data-action="run-demo"]');
    expect(await (await page.waitForSelector('[data-output="demo"] .error')).textContent()).toMatch(/alpha/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('ot: W_1 equals scipy (5); the URL restores W_2; p < 1 is a clear error naming p', async () => {
    const { page, errors } = await open('ot?d.u=0%201%203&d.v=5%206%208');
    await demoSettled(page);
    let text = await page.textContent('[data-output="demo"] [data-text]');
    expect(Number(/W_1 = ([0-9.e+-]+)/.exec(text ?? '')?.[1])).toBeCloseTo(5, 12); // scipy.stats.wasserstein_distance
    await page.close();
    const again = await open('ot?d.u=0%201&d.v=3%205&d.p=2');
    await demoSettled(again.page);
    expect(await again.page.inputValue('[data-field="p"]')).toBe('2');
    text = await again.page.textContent('[data-output="demo"] [data-text]');
    expect(Number(/W_2 = ([0-9.e+-]+)/.exec(text ?? '')?.[1])).toBeCloseTo(Math.sqrt((9 + 16) / 2), 12); // sorted pairs (0,3), (1,5)
    await setField(again.page, 'demo', 'p', '0.5');
    await again.page.click('[data-action="run-demo"]');
    expect(await (await again.page.waitForSelector('[data-output="demo"] .error')).textContent()).toMatch(/\bp\b.*must be in/);
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.close();
  }, 120_000);

  it('control: the scalar DARE matches its closed form; ragged matrices are rejected', async () => {
    const { page, errors } = await open('control?d.A=1.2&d.B=0.7&d.D=0.3&d.Q=2&d.R=0.5&d.gamma=5');
    await demoSettled(page);
    const text = (await page.textContent('[data-output="demo"] [data-text]')) ?? '';
    // notes-p6_p7: the scalar DARE with a = 1.2, b = 0.7, q = 2, r = 0.5 has P = 3.1060294810801814
    expect(Number(/P \(DARE\) =\s+([0-9.e+-]+)/.exec(text)?.[1])).toBeCloseTo(3.10602948, 7);
    await page.waitForSelector('[data-figure="poles"] svg');
    const seq = await demoSeq(page);
    await setField(page, 'demo', 'A', '1, 2\n3');
    await demoSettled(page, seq);
    expect(await page.textContent('[data-output="demo"] .error')).toMatch(/ragged|fields, expected/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('tda: a convex series gives a complete NVG; NaN is rejected', async () => {
    const series = Array.from({ length: 12 }, (_, i) => ((i - 5.5) ** 2).toString()).join(', ');
    const { page, errors } = await open(`tda?d.distance=shortest&d.series=${encodeURIComponent(series)}`);
    await demoSettled(page);
    // a convex series: its natural visibility graph is complete (notes-p8)
    expect(await page.textContent('[data-output="demo"] [data-text]')).toMatch(/12 nodes, 66 edges/);
    const seq = await demoSeq(page);
    await setField(page, 'demo', 'series', '1, 2, NaN, 4');
    await demoSettled(page, seq);
    expect(await page.textContent('[data-output="demo"] .error')).toMatch(/not a finite number|must be finite|NaN/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('blasso: FS&P recovers spikes with a certificate below 1', async () => {
    const { page, errors } = await open('blasso?d.spikes=2');
    await demoSettled(page);
    const text = (await page.textContent('[data-output="demo"] [data-text]')) ?? '';
    expect(Number(/max\|η\| ([0-9.]+)/.exec(text)?.[1])).toBeLessThan(1.01);
    await page.waitForSelector('[data-figure="certificate"] svg');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('cancel stops a running study; leaving the page terminates its workers', async () => {
    const { page, errors } = await open('newton');
    await page.waitForSelector('[data-section="study"] [data-action="run-study"]');
    await page.click('[data-section="study"] [data-action="run-study"]');
    await page.waitForFunction(() => document.body.dataset.studyRunning === '1');
    expect(await workers(page)).toBe(1);
    expect(await page.isDisabled('[data-action="run-study"]')).toBe(true);
    await page.click('[data-testid="cancel"]');
    await page.waitForSelector('[data-testid="cancelled"]');
    expect(await workers(page)).toBe(0);
    expect(await page.isDisabled('[data-action="run-study"]')).toBe(false);
    expect(await page.isDisabled('[data-testid="cancel"]')).toBe(true);
    const p0 = await page.$eval('[data-testid="progress"]', (p) => (p as HTMLProgressElement).value);
    await page.waitForTimeout(1500);
    expect(await page.$eval('[data-testid="progress"]', (p) => (p as HTMLProgressElement).value)).toBe(p0);
    // start again, then leave: the worker goes with the page
    await page.click('[data-section="study"] [data-action="run-study"]');
    await page.waitForFunction(() => document.body.dataset.studyRunning === '1');
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForSelector('[data-system="meta"]');
    expect(await workers(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('meta: a demo during a study does not kill it; results download as JSON, CSV, SVG and PNG', async () => {
    const { page, errors } = await open('meta');
    await demoSettled(page);
    for (const [k, v] of Object.entries({ curveReps: '40', rateReps: '40', rateSeeds: '1', curvePoints: '5' })) {
      if (await page.$(`[data-section="study"] [data-field="${k}"]`)) await setField(page, 'study', k, v);
    }
    await page.click('[data-section="study"] [data-action="run-study"]');
    await page.waitForFunction(() => document.body.dataset.studyRunning === '1');
    const seq = await demoSeq(page);
    await slide(page, 'demo', 'alpha', 0.3);
    await demoSettled(page, seq);
    await page.waitForSelector('[data-output="study"] [data-table="claims"], [data-output="study"] .error', { timeout: 300_000 });
    expect(await page.$$eval('[data-output="study"] .error', (e) => e.map((x) => x.textContent))).toEqual([]);
    const nClaims = await page.$$eval('[data-table="claims"] tr', (trs) => trs.length - 1);
    expect(nClaims).toBeGreaterThan(0);

    const grab = async (selector: string): Promise<Buffer> => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return readFileSync((await dl.path()) as string);
    };
    const json = JSON.parse((await grab('[data-testid="download-json"]')).toString('utf8'));
    expect(json.id).toBe('meta');
    expect(json.claims.length).toBe(nClaims);
    const csv = csvParse((await grab('[data-testid="download-csv"]')).toString('utf8'));
    expect(csv.length).toBe(nClaims);
    expect(csv.map((r) => r.verdict).every((v) => ['holds', 'fails', 'inconclusive'].includes(v as string))).toBe(true);
    const svg = (await grab('[data-output="study"] [data-figure] [data-testid="download-svg"]')).toString('utf8');
    expect(svg.trimStart().startsWith('<svg')).toBe(true);
    const png = await grab('[data-output="study"] [data-figure] [data-testid="download-png"]');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(errors).toEqual([]);
    await page.close();
  }, 400_000);

  // Study pages: each study runs in the browser with small settings (keys it still has); every claim gets a verdict and plots render.
  const studyRuns: [string, Record<string, string>][] = [
    ['newton', { seeds: '2', itersFirstOrder: '100', itersSecondOrder: '30', width: '128', points: '32' }],
    ['spatial', { reps1d: '2', reps2d: '2', iters: '20', n1d: '64', T1d: '128', nStations: '60', T2d: '100' }],
    ['surrogate', { steps: '40', trainSamples: '60', testSamples: '400', bootstrap: '50' }],
    ['normscale', { seeds: '2', steps: '20', evalBatches: '2', demoSteps: '50' }],
    ['tda', { trainPerClass: '4', testPerClass: '4', cbfLength: '48', iterations: '50' }],
    [
      'control',
      {
        tasks: '4',
        trainTasks: '4',
        testTasks: '4',
        agentSteps: '60',
        statesPerTask: '16',
        horizon: '40',
        agentSeeds: '1',
        maxDoublings: '0',
      },
    ],
    ['blasso', { seeds: '6', iters: '300', noiseSeeds: '2', rateSeeds: '3' }],
    [
      'ot',
      {
        nMax: '1000',
        sizes: '5',
        reps: '4',
        iterations: '100',
        problemN: '300',
        problemIterations: '100',
        problemSeeds: '3',
        claimN: '300',
        claimIterations: '60',
      },
    ],
  ];
  for (const [id, overrides] of studyRuns) {
    it(`${id}: the study runs in the browser with plots and a verdict per claim`, async () => {
      const { page, errors } = await open(id);
      await page.waitForSelector('[data-section="study"] .control');
      for (const [k, v] of Object.entries(overrides)) {
        if (await page.$(`[data-section="study"] [data-field="${k}"]`)) await setField(page, 'study', k, v);
      }
      await page.click('[data-section="study"] [data-action="run-study"]');
      await page.waitForSelector('[data-output="study"] [data-table="claims"], [data-output="study"] .error', { timeout: 400_000 });
      expect(await page.$$eval('[data-output="study"] .error', (e) => e.map((x) => x.textContent))).toEqual([]);
      const nClaims = await page.$$eval('[data-table="claims"] tr', (trs) => trs.length - 1);
      const verdicts = await page.$$eval(
        '[data-table="claims"] td.v-holds, [data-table="claims"] td.v-fails, [data-table="claims"] td.v-inconclusive',
        (tds) => tds.length,
      );
      expect(nClaims).toBeGreaterThan(0);
      expect(verdicts).toBe(nClaims);
      await page.waitForSelector('[data-output="study"] [data-figure] svg');
      expect(await noOverflow(page)).toBe(true);
      await page.screenshot({ path: `${SHOTS}/${id}-study.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }, 500_000);
  }
});
