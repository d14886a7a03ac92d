// The lab's page logic: a hash router, the home page, and one page per system.
import embed from 'vega-embed';
import { studies } from '../../src/studies/registry.js';
import type { Figure, StudyResult, Table } from '../../src/studies/types.js';
import { demos, type DemoField } from './demos.js';
import type { DemoOutput, Reply, Request } from './protocol.js';
import { SYSTEMS } from './systems.js';

const app = document.getElementById('app') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...kids: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const k of kids) el.append(k);
  return el;
}

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

function fmt(x: unknown): string {
  if (typeof x !== 'number') return String(x ?? '–');
  if (!Number.isFinite(x)) return Number.isNaN(x) ? '–' : x > 0 ? '∞' : '−∞';
  const a = Math.abs(x);
  return a !== 0 && (a >= 1e5 || a < 1e-3) ? x.toExponential(3) : String(Number(x.toPrecision(4)));
}

function home(): void {
  const verdicts = { ...builtVerdicts, ...storedVerdicts() };
  app.replaceChildren(
    h('h1', {}, 'quire lab'),
    h(
      'p',
      {},
      'Nine recent machine-learning methods, running in your browser. Each page runs the study behind `quire reproduce`, or a focused demo on your own data, in a Web Worker.',
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
      card.append(t);
    }
    app.append(card);
  }
}

function tableEl(t: Table): HTMLElement {
  const el = h('table', { 'data-table': t.id }, h('tr', {}, ...t.columns.map((c) => h('th', {}, c))));
  for (const row of t.rows) el.append(h('tr', {}, ...row.map((v) => h('td', {}, fmt(v)))));
  return h('div', {}, h('h3', {}, t.title), el);
}

async function showFigures(target: HTMLElement, figures: Figure[]): Promise<void> {
  const box = h('div', { class: 'figs' });
  target.append(box);
  for (const f of figures) {
    const holder = h('div', { 'data-figure': f.id });
    box.append(h('figure', {}, holder, h('figcaption', {}, h('b', {}, f.title), ' ', f.caption ?? '')));
    await embed(holder, f.spec as never, { actions: false, renderer: 'svg' });
  }
}

let worker: Worker | null = null;
function runInWorker(req: Request, onProgress: (d: number, t: number, label?: string) => void): Promise<Reply> {
  worker?.terminate();
  worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  return new Promise((resolve) => {
    w.onmessage = (e: MessageEvent<Reply>) => {
      if (e.data.type === 'progress') onProgress(e.data.done, e.data.total, e.data.label);
      else resolve(e.data);
    };
    w.onerror = (e) => resolve({ type: 'error', message: e.message || 'the worker failed to start', userError: false });
    w.postMessage(req);
  });
}

function field(f: DemoField): HTMLElement {
  if (f.kind === 'textarea') {
    const ta = h('textarea', { name: f.name, 'data-field': f.name });
    ta.value = f.default;
    const lab = h('label', { style: 'display:flex' }, f.label, ta);
    if (f.upload) {
      const up = h('input', { type: 'file', 'data-upload': f.name });
      up.addEventListener('change', async () => {
        const file = (up as HTMLInputElement).files?.[0];
        if (file) ta.value = await file.text();
      });
      lab.append(up);
    }
    return lab;
  }
  if (f.kind === 'select') {
    const s = h('select', { name: f.name, 'data-field': f.name }, ...(f.options ?? []).map((o) => h('option', { value: o }, o)));
    s.value = f.default;
    return h('label', {}, f.label, s);
  }
  const i = h('input', { name: f.name, 'data-field': f.name, type: f.kind === 'number' ? 'text' : 'text', value: f.default });
  return h('label', {}, f.label, i);
}

function readFields(root: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  root.querySelectorAll<HTMLInputElement>('[data-field]').forEach((el) => (out[el.dataset.field as string] = el.value));
  return out;
}

function systemPage(id: string): void {
  const sys = SYSTEMS.find((s) => s.id === id);
  if (!sys) {
    app.replaceChildren(h('h1', {}, 'Not found'), h('p', {}, `No system '${id}'.`), h('a', { href: '#/' }, 'Back to the lab'));
    return;
  }
  const study = studies.find((s) => s.id === id);
  app.replaceChildren(h('h1', {}, sys.title), h('p', { class: 'muted' }, sys.paper), h('p', {}, sys.summary));

  const demo = demos[id];
  if (demo) {
    const fs = h('fieldset', { 'data-section': 'demo' }, h('legend', {}, demo.title), h('p', { class: 'muted' }, demo.description));
    demo.fields.forEach((f) => fs.append(field(f)));
    const btn = h('button', { 'data-action': 'run-demo' }, 'Run');
    const out = h('div', { 'data-output': 'demo' });
    fs.append(h('div', {}, btn), out);
    btn.addEventListener('click', async () => {
      out.replaceChildren(h('p', { class: 'muted' }, 'Running…'));
      const reply = await runInWorker({ kind: 'demo', system: id, input: readFields(fs) }, () => {});
      out.replaceChildren();
      if (reply.type === 'error') out.append(h('div', { class: 'error', role: 'alert' }, `Error: ${reply.message}`));
      else if (reply.type === 'demo') await showDemo(out, reply.output);
    });
    app.append(fs);
  }

  if (study) {
    const fs = h('fieldset', { 'data-section': 'study' }, h('legend', {}, `Study: ${study.title}`));
    const quick = study.configs.quick as unknown as Record<string, unknown>;
    const keys = Object.keys(quick).filter((k) => ['number', 'string', 'boolean'].includes(typeof quick[k]));
    for (const k of keys) {
      fs.append(field({ name: k, label: k, kind: 'text', default: String(quick[k]) }));
    }
    const prog = h('progress', { max: '1', value: '0' });
    const status = h('span', { class: 'muted' });
    const btn = h('button', { 'data-action': 'run-study' }, 'Run study');
    const out = h('div', { 'data-output': 'study' });
    fs.append(h('div', {}, btn, prog, ' ', status), out);
    btn.addEventListener('click', async () => {
      const raw = readFields(fs);
      const overrides: Record<string, unknown> = {};
      for (const k of keys) {
        const base = quick[k];
        const v = raw[k];
        if (typeof base === 'number') {
          const x = Number(v);
          if (v.trim() === '' || !Number.isFinite(x)) {
            out.replaceChildren(h('div', { class: 'error', role: 'alert' }, `Error: ${k} must be a finite number, got '${v}'`));
            return;
          }
          if (x !== base) overrides[k] = x;
        } else if (typeof base === 'boolean') {
          if (v !== 'true' && v !== 'false') {
            out.replaceChildren(h('div', { class: 'error', role: 'alert' }, `Error: ${k} must be true or false, got '${v}'`));
            return;
          }
          if ((v === 'true') !== base) overrides[k] = v === 'true';
        } else if (v !== base) overrides[k] = v;
      }
      out.replaceChildren(h('p', { class: 'muted' }, 'Running…'));
      const reply = await runInWorker({ kind: 'study', id, profile: 'quick', overrides }, (d, t, label) => {
        (prog as HTMLProgressElement).max = Math.max(1, t);
        (prog as HTMLProgressElement).value = d;
        status.textContent = label ?? '';
      });
      out.replaceChildren();
      if (reply.type === 'error') out.append(h('div', { class: 'error', role: 'alert' }, `Error: ${reply.message}`));
      else if (reply.type === 'study') {
        rememberVerdicts(reply.result);
        const t = h(
          'table',
          { 'data-table': 'claims' },
          h('tr', {}, h('th', {}, 'claim'), h('th', {}, 'verdict'), h('th', {}, 'effect'), h('th', {}, 'interval')),
        );
        for (const c of reply.result.claims) {
          t.append(
            h(
              'tr',
              {},
              h('td', {}, c.statement),
              h('td', { class: `v-${c.verdict}` }, c.verdict),
              h('td', {}, `${fmt(c.effect)} ${c.effectLabel}`),
              h('td', {}, c.interval ? `[${fmt(c.interval[0])}, ${fmt(c.interval[1])}]` : '–'),
            ),
          );
        }
        out.append(h('p', { class: 'muted' }, `done in ${reply.result.seconds.toFixed(1)} s`), t);
        await showFigures(out, reply.result.figures);
        for (const tb of reply.result.tables ?? []) out.append(tableEl(tb));
      }
    });
    app.append(fs);
  }
}

async function showDemo(out: HTMLElement, o: DemoOutput): Promise<void> {
  if (o.text) out.append(h('div', { class: 'out', 'data-text': 'result' }, o.text));
  if (o.figures) await showFigures(out, o.figures);
  for (const t of o.tables ?? []) out.append(tableEl(t));
}

function route(): void {
  const id = location.hash.replace(/^#\/?/, '');
  if (id === '') home();
  else systemPage(id);
}

nav.replaceChildren(...SYSTEMS.map((s) => h('a', { href: `#/${s.id}` }, s.id)));
fetch('./verdicts.json')
  .then((r) => (r.ok ? r.json() : {}))
  .then((v: Verdicts) => (builtVerdicts = v))
  .catch(() => {})
  .finally(route);
window.addEventListener('hashchange', route);
