// The lab's page logic: a hash router (page state lives in the URL), the home page, and
// one page per system with a live demo (a persistent worker) and a study (one worker per
// run, cancellable). Leaving a page terminates its workers.
import embed, { type Result as EmbedResult } from 'vega-embed';
import { studies } from '../../src/studies/registry.js';
import type { ClaimResult, Figure, StudyResult, Table } from '../../src/studies/types.js';
import { FieldError, parseControl, rawValues, readControls, renderControl, studyControls, type ControlSpec } from './controls.js';
import { demos } from './demos.js';
import { h, fmt, errorBox } from './dom.js';
import { claimsCsv, save, saveDataUrl, tableCsv } from './download.js';
import type { DemoOutput, DemoRequest, Reply, StudyRequest } from './protocol.js';
import { SYSTEMS } from './systems.js';

const app = document.getElementById('app') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const FOLD_ROWS = 8;

type Verdicts = Record<string, Record<string, string>>;
let builtVerdicts: Verdicts = {};

function storedVerdicts(): Verdicts {
  try {
    return JSON.parse(localStorage.getItem('quire-verdicts') ?? '{}') as Verdicts;
  } catch {
    return {};
  }
}

function rememberVerdicts(r: StudyResult): void {
  const v = storedVerdicts();
  v[r.id] = Object.fromEntries(r.claims.map((c) => [c.id, c.verdict]));
  localStorage.setItem('quire-verdicts', JSON.stringify(v));
}

// ---- page lifetime: everything a page starts is stopped when it is left ----
interface PageScope {
  workers: Set<Worker>;
  timers: Set<ReturnType<typeof setInterval>>;
}
let scope: PageScope = { workers: new Set(), timers: new Set() };

function leavePage(): void {
  for (const w of scope.workers) w.terminate();
  for (const t of scope.timers) clearInterval(t);
  scope = { workers: new Set(), timers: new Set() };
  setRunning(false);
}

// Vite bundles a worker only where it sees `new Worker(new URL(...), ...)` literally.
function spawn(make: () => Worker): Worker {
  const w = make();
  scope.workers.add(w);
  return w;
}

function kill(w: Worker): void {
  w.terminate();
  scope.workers.delete(w);
}

function setRunning(on: boolean): void {
  document.body.dataset.studyRunning = on ? '1' : '0';
}

// ---- URL state: #/<system>?d.<field>=…&s.<key>=… ----
function parseHash(): { id: string; params: URLSearchParams } {
  const raw = location.hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  return q < 0 ? { id: raw, params: new URLSearchParams() } : { id: raw.slice(0, q), params: new URLSearchParams(raw.slice(q + 1)) };
}

function prefixed(params: URLSearchParams, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}

/** Record the page's non-default control values in the URL, so a link reproduces the run. */
function writeState(id: string, sections: { prefix: string; root: HTMLElement; specs: ControlSpec[] }[]): void {
  const params = new URLSearchParams();
  for (const s of sections) {
    const raw = rawValues(s.root);
    for (const c of s.specs) {
      const v = raw[c.key];
      if (v !== undefined && v !== String(c.default) && v.length <= 4000) params.set(s.prefix + c.key, v);
    }
  }
  const qs = params.toString();
  history.replaceState(null, '', `#/${id}${qs ? '?' + qs : ''}`);
}

// ---- rendering helpers ----
function home(): void {
  const verdicts = { ...builtVerdicts, ...storedVerdicts() };
  app.replaceChildren(
    h('h1', {}, 'quire lab'),
    h(
      'p',
      {},
      'Nine recent machine-learning methods, running in your browser. Each page has a live demo on your own data where the method is fast, and the study behind `quire reproduce`, run in a Web Worker you can cancel.',
    ),
  );
  for (const sys of SYSTEMS) {
    const study = studies.find((s) => s.id === sys.id);
    const card = h(
      'div',
      { class: 'card', 'data-system': sys.id },
      h('h2', {}, h('a', { href: `#/${sys.id}` }, sys.title)),
      h('p', { class: 'muted' }, sys.paper),
    );
    if (study) {
      const t = h('table', {}, h('tr', {}, h('th', {}, 'claim'), h('th', {}, 'verdict')));
      for (const c of study.claims) {
        const v = verdicts[sys.id]?.[c.id] ?? 'not run yet';
        t.append(h('tr', {}, h('td', {}, c.statement), h('td', { class: `v-${v}` }, v)));
      }
      card.append(h('div', { class: 'scroll' }, t));
    }
    app.append(card);
  }
}

function tableEl(t: Table): HTMLElement {
  const el = h('table', { 'data-table': t.id }, h('tr', {}, ...t.columns.map((c) => h('th', {}, c))));
  for (const row of t.rows) el.append(h('tr', {}, ...row.map((v) => h('td', {}, fmt(v)))));
  const dl = h('button', { class: 'small', 'data-download-table': t.id }, 'CSV');
  dl.addEventListener('click', () => save(`${t.id}.csv`, tableCsv(t), 'text/csv'));
  const body = h('div', { class: 'scroll' }, el);
  if (t.rows.length > FOLD_ROWS) {
    return h('details', { class: 'table', 'data-folded': t.id }, h('summary', {}, `${t.title} (${t.rows.length} rows) `, dl), body);
  }
  return h('div', { class: 'table' }, h('h3', {}, t.title, ' ', dl), body);
}

async function showFigures(target: HTMLElement, figures: Figure[], prefix: string): Promise<void> {
  const box = h('div', { class: 'figs' });
  target.append(box);
  for (const f of figures) {
    const holder = h('div', { class: 'vega' });
    const svgBtn = h('button', { class: 'small', 'data-testid': 'download-svg' }, 'SVG');
    const pngBtn = h('button', { class: 'small', 'data-testid': 'download-png' }, 'PNG');
    box.append(
      h(
        'figure',
        { id: `${prefix}-fig-${f.id}`, 'data-figure': f.id },
        holder,
        h('figcaption', {}, h('b', {}, f.title), ' ', f.caption ?? '', ' ', svgBtn, pngBtn),
      ),
    );
    const spec = { ...(f.spec as object), $schema: VEGA_LITE_SCHEMA };
    const res: EmbedResult = await embed(holder, spec as never, { actions: false, renderer: 'svg' });
    svgBtn.addEventListener('click', async () => save(`${f.id}.svg`, await res.view.toSVG(), 'image/svg+xml'));
    pngBtn.addEventListener('click', async () => saveDataUrl(`${f.id}.png`, await res.view.toImageURL('png', 2)));
  }
}

/** The figure a claim is about: same id, or one id containing the other. */
function figureFor(c: ClaimResult, figures: Figure[]): Figure | undefined {
  return figures.find((f) => f.id === c.id) ?? figures.find((f) => f.id.includes(c.id) || (f.id.length > 3 && c.id.includes(f.id)));
}

function claimsTable(r: StudyResult): HTMLElement {
  const t = h(
    'table',
    { 'data-table': 'claims' },
    h(
      'tr',
      {},
      h('th', {}, 'claim'),
      h('th', {}, 'verdict'),
      h('th', {}, 'effect'),
      h('th', {}, 'interval'),
      h('th', {}, 'n · MDE'),
      h('th', {}, 'figure'),
    ),
  );
  for (const c of r.claims) {
    const fig = figureFor(c, r.figures);
    const badges = [c.kind === 'sanity' ? 'sanity check' : 'paper claim', c.origin === 'ours' ? 'our derivation' : ''].filter(Boolean);
    const why = [
      c.gate && !c.gate.passed ? `gate failed: ${c.gate.description}` : '',
      c.negativeControl ? `negative control ${c.negativeControl.verdict}` : '',
      c.reason ?? '',
    ].filter(Boolean);
    t.append(
      h(
        'tr',
        { 'data-claim': c.id },
        h('td', {}, c.statement, h('div', { class: 'muted small' }, badges.join(' · '), why.length ? ` — ${why.join('; ')}` : '')),
        h('td', { class: `v-${c.verdict}` }, c.verdict),
        h('td', {}, `${fmt(c.effect)} ${c.effectLabel}`),
        h('td', {}, c.interval ? `[${fmt(c.interval[0])}, ${fmt(c.interval[1])}]` : '–'),
        h('td', {}, c.protocol ? `${c.protocol.n} ${c.protocol.nUnit} · ${c.protocol.mde === null ? '–' : fmt(c.protocol.mde)}` : '–'),
        h('td', {}, fig ? h('a', { href: '#', 'data-figure-link': fig.id }, fig.title) : '–'),
      ),
    );
  }
  t.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest('a[data-figure-link]');
    if (!a) return;
    e.preventDefault();
    document.getElementById(`study-fig-${a.getAttribute('data-figure-link')}`)?.scrollIntoView({ behavior: 'smooth' });
  });
  return h('div', { class: 'scroll' }, t);
}

async function showStudyResult(out: HTMLElement, r: StudyResult): Promise<void> {
  const counts = { holds: 0, fails: 0, inconclusive: 0 } as Record<string, number>;
  for (const c of r.claims) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
  const json = h('button', { 'data-testid': 'download-json' }, 'Download JSON');
  const csv = h('button', { 'data-testid': 'download-csv' }, 'Download CSV');
  json.addEventListener('click', () => save(`${r.id}-results.json`, JSON.stringify(r, null, 2), 'application/json'));
  csv.addEventListener('click', () => save(`${r.id}-claims.csv`, claimsCsv(r), 'text/csv'));
  out.append(
    h(
      'p',
      { class: 'muted', 'data-testid': 'study-summary' },
      `done in ${r.seconds.toFixed(1)} s · ${counts.holds} hold, ${counts.fails} fail, ${counts.inconclusive} inconclusive `,
      json,
      csv,
    ),
    claimsTable(r),
  );
  if (r.deviations?.length) {
    out.append(
      h(
        'details',
        { class: 'deviations' },
        h('summary', {}, `Deviations from the pre-registered protocol (${r.deviations.length})`),
        h('ul', {}, ...r.deviations.map((d) => h('li', {}, d))),
      ),
    );
  }
  await showFigures(out, r.figures, 'study');
  for (const tb of r.tables ?? []) out.append(tableEl(tb));
}

async function showDemo(out: HTMLElement, o: DemoOutput): Promise<void> {
  if (o.text) out.append(h('div', { class: 'out', 'data-text': 'result' }, o.text));
  if (o.figures) await showFigures(out, o.figures, 'demo');
  for (const t of o.tables ?? []) out.append(tableEl(t));
}

// ---- the demo section: a persistent worker, recompute on change (debounced, latest wins) ----
function demoSection(id: string, params: URLSearchParams, onState: () => void): { root: HTMLElement; specs: ControlSpec[] } | null {
  const demo = demos[id];
  if (!demo) return null;
  const initial = prefixed(params, 'd.');
  const fs = h('fieldset', { 'data-section': 'demo' }, h('legend', {}, demo.title), h('p', { class: 'muted' }, demo.description));
  const controls = h('div', { class: 'controls' });
  fs.append(controls);
  const btn = h('button', { 'data-action': 'run-demo' }, demo.live ? 'Recompute' : 'Run');
  const time = h('span', { class: 'muted', 'data-testid': 'demo-time' });
  const out = h('div', { 'data-output': 'demo', 'aria-live': 'polite' });
  fs.append(h('div', { class: 'actions' }, btn, time), out);

  const worker = spawn(() => new Worker(new URL('./demo-worker.ts', import.meta.url), { type: 'module' }));
  let seq = 0;
  let inflight = false;
  let dirty = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;

  const fire = (): void => {
    if (inflight) {
      dirty = true;
      return;
    }
    const raw = rawValues(fs);
    // check the typed controls here, before any work, naming the field
    try {
      for (const c of demo.fields) if (c.type !== 'textarea' && c.type !== 'string') parseControl(c, raw[c.key] ?? '');
    } catch (err) {
      if (!(err instanceof FieldError)) throw err;
      out.replaceChildren(errorBox(err.message));
      return;
    }
    inflight = true;
    fs.dataset.busy = '1';
    worker.postMessage({ kind: 'demo', system: id, seq: ++seq, input: raw } satisfies DemoRequest);
  };

  worker.onmessage = async (e: MessageEvent<Reply>) => {
    const r = e.data;
    inflight = false;
    if (dirty) {
      dirty = false;
      fire();
      return; // a newer input is on its way; skip drawing a stale result
    }
    const next = h('div');
    if (r.type === 'error') next.append(errorBox(r.message));
    else if (r.type === 'demo') {
      time.textContent = `computed in ${r.ms.toFixed(0)} ms`;
      // render off-screen first so the old figure stays until the new one is ready
      const staging = h('div', { class: 'staging' });
      document.body.append(staging);
      await showDemo(staging, r.output);
      next.append(...Array.from(staging.childNodes));
      staging.remove();
    }
    out.replaceChildren(...Array.from(next.childNodes));
    fs.dataset.busy = inflight ? '1' : '0';
    fs.dataset.seq = String(seq);
  };
  worker.onerror = (e) => {
    inflight = false;
    out.replaceChildren(errorBox(e.message || 'the demo worker failed'));
  };

  const changed = (): void => {
    onState();
    if (!demo.live) return;
    clearTimeout(debounce);
    debounce = setTimeout(fire, 120);
  };
  for (const c of demo.fields) controls.append(renderControl(c, changed, initial[c.key]));
  btn.addEventListener('click', fire);
  if (demo.live) fire();
  app.append(fs);
  return { root: fs, specs: demo.fields };
}

// ---- the study section: one worker per run; cancel terminates it ----
function studySection(id: string, params: URLSearchParams, onState: () => void): { root: HTMLElement; specs: ControlSpec[] } | null {
  const study = studies.find((s) => s.id === id);
  if (!study) return null;
  const quick = study.configs.quick as unknown as Record<string, unknown>;
  const specs = studyControls(study.schema, quick);
  const initial = prefixed(params, 's.');
  const fs = h('fieldset', { 'data-section': 'study' }, h('legend', {}, `Study: ${study.title}`));
  fs.append(
    h(
      'p',
      { class: 'muted' },
      'The quick profile of `quire reproduce`: every claim is pre-registered (metric, test, n, detectable effect) and judged holds, fails or inconclusive.',
    ),
  );
  const grid = h('div', { class: 'controls' });
  for (const c of specs) grid.append(renderControl(c, onState, initial[c.key]));
  const controls = h('details', { class: 'params', open: '' }, h('summary', {}, `Parameters (${specs.length})`), grid);
  const run = h('button', { 'data-action': 'run-study' }, 'Run study');
  const cancel = h('button', { 'data-testid': 'cancel', disabled: '' }, 'Cancel');
  const prog = h('progress', { max: '1', value: '0', 'data-testid': 'progress' });
  const status = h('span', { class: 'muted', 'data-testid': 'elapsed' });
  const out = h('div', { 'data-output': 'study', 'aria-live': 'polite' });
  fs.append(controls, h('div', { class: 'actions' }, run, cancel, prog, ' ', status), out);

  let current: { worker: Worker; timer: ReturnType<typeof setInterval>; t0: number } | null = null;
  const finish = (): void => {
    if (!current) return;
    kill(current.worker);
    clearInterval(current.timer);
    scope.timers.delete(current.timer);
    current = null;
    run.disabled = false;
    cancel.disabled = true;
    setRunning(false);
  };

  run.addEventListener('click', () => {
    if (current) return;
    let values: Record<string, string | number | boolean>;
    try {
      values = readControls(specs, fs);
    } catch (err) {
      if (!(err instanceof FieldError)) throw err;
      out.replaceChildren(errorBox(err.message));
      return;
    }
    const overrides: Record<string, unknown> = {};
    for (const c of specs) if (values[c.key] !== quick[c.key]) overrides[c.key] = values[c.key];
    out.replaceChildren(h('p', { class: 'muted' }, 'Running…'));
    prog.value = 0;
    const worker = spawn(() => new Worker(new URL('./study-worker.ts', import.meta.url), { type: 'module' }));
    const t0 = performance.now();
    const timer = setInterval(() => {
      const label = status.dataset.label ? ` · ${status.dataset.label}` : '';
      status.textContent = `${((performance.now() - t0) / 1000).toFixed(1)} s${label}`;
    }, 250);
    scope.timers.add(timer);
    current = { worker, timer, t0 };
    run.disabled = true;
    cancel.disabled = false;
    setRunning(true);
    worker.onmessage = async (e: MessageEvent<Reply>) => {
      const r = e.data;
      if (r.type === 'progress') {
        prog.max = Math.max(1, r.total);
        prog.value = r.done;
        status.dataset.label = r.label ?? '';
        return;
      }
      finish();
      out.replaceChildren();
      if (r.type === 'error') out.append(errorBox(r.message));
      else if (r.type === 'study') {
        if (r.result.claims.length === 0) {
          out.append(
            errorBox('the study finished without judging any claim: check its parameters (a data source may be unavailable here)'),
          );
          return;
        }
        status.textContent = `done in ${r.result.seconds.toFixed(1)} s`;
        prog.value = prog.max;
        rememberVerdicts(r.result);
        await showStudyResult(out, r.result);
      }
    };
    worker.onerror = (e) => {
      finish();
      out.replaceChildren(errorBox(e.message || 'the study worker failed'));
    };
    worker.postMessage({ kind: 'study', id, profile: 'quick', overrides } satisfies StudyRequest);
  });
  cancel.addEventListener('click', () => {
    if (!current) return;
    const s = (performance.now() - current.t0) / 1000;
    finish();
    status.textContent = `cancelled after ${s.toFixed(1)} s`;
    out.replaceChildren(h('p', { class: 'muted', 'data-testid': 'cancelled' }, 'Cancelled: the study worker was stopped.'));
  });
  app.append(fs);
  return { root: fs, specs };
}

function systemPage(id: string, params: URLSearchParams): void {
  const sys = SYSTEMS.find((s) => s.id === id);
  if (!sys) {
    app.replaceChildren(h('h1', {}, 'Not found'), h('p', {}, `No system '${id}'.`), h('a', { href: '#/' }, 'Back to the lab'));
    return;
  }
  app.replaceChildren(h('h1', {}, sys.title), h('p', { class: 'muted' }, sys.paper), h('p', {}, sys.summary));
  const sections: { prefix: string; root: HTMLElement; specs: ControlSpec[] }[] = [];
  const onState = (): void => writeState(id, sections);
  const d = demoSection(id, params, onState);
  if (d) sections.push({ prefix: 'd.', ...d });
  const s = studySection(id, params, onState);
  if (s) sections.push({ prefix: 's.', ...s });
}

let currentId: string | null = null;
function route(): void {
  const { id, params } = parseHash();
  if (id === currentId && id !== '') return; // only the query changed (our own state writes)
  leavePage();
  currentId = id;
  for (const a of Array.from(nav.querySelectorAll('a'))) a.classList.toggle('active', a.getAttribute('href') === `#/${id}`);
  if (id === '') home();
  else systemPage(id, params);
  window.scrollTo(0, 0);
}

nav.replaceChildren(...SYSTEMS.map((s) => h('a', { href: `#/${s.id}` }, s.id)));
fetch('./verdicts.json')
  .then((r) => (r.ok ? r.json() : {}))
  .then((v: Verdicts) => (builtVerdicts = v))
  .catch(() => {})
  .finally(route);
window.addEventListener('hashchange', route);
window.addEventListener('pagehide', leavePage);
// For the e2e tests: how many workers the current page holds.
(window as unknown as { __quireLab: { workers(): number } }).__quireLab = { workers: () => scope.workers.size };
