/**
 * The lab's controls, rendered from one declaration per parameter: a study's config schema
 * (the same `Schema` the runner validates against and the CLI prints) or a demo's field list.
 * Numbers with a finite range get a slider beside an exact box, enums a select, booleans a
 * checkbox. `readControls` validates everything before any work and names the field.
 */
import type { Param, Schema } from '../../src/core/schema.js';
import { h } from './dom.js';

export interface ControlSpec {
  key: string;
  label: string;
  description: string;
  type: 'number' | 'integer' | 'enum' | 'boolean' | 'string' | 'textarea';
  min?: number;
  max?: number;
  /** min and max are exclusive */
  exclusive?: boolean;
  step?: number;
  values?: readonly string[];
  default: string | number | boolean;
  /** a textarea that also takes a file */
  upload?: boolean;
  /** may be left empty */
  optional?: boolean;
}

/** Controls for a study: from its schema where it declares a key, else from the quick config's value type. */
export function studyControls(schema: Schema | undefined, quick: Record<string, unknown>): ControlSpec[] {
  const out: ControlSpec[] = [];
  for (const [key, value] of Object.entries(quick)) {
    if (!['number', 'string', 'boolean'].includes(typeof value)) continue;
    const p: Param | undefined = schema?.[key];
    if (p) out.push(fromParam(key, p, value as string | number | boolean));
    else if (typeof value === 'number')
      out.push({ key, label: key, description: '', type: Number.isInteger(value) ? 'integer' : 'number', default: value });
    else if (typeof value === 'boolean') out.push({ key, label: key, description: '', type: 'boolean', default: value });
    else out.push({ key, label: key, description: '', type: 'string', default: value as string });
  }
  return out;
}

function fromParam(key: string, p: Param, value: string | number | boolean): ControlSpec {
  const base = { key, label: p.label ?? key, description: p.description, default: value };
  switch (p.type) {
    case 'number':
      return { ...base, type: 'number', min: p.min, max: p.max, exclusive: p.exclusive };
    case 'integer':
      return { ...base, type: 'integer', min: p.min, max: p.max, step: 1 };
    case 'enum':
      return { ...base, type: 'enum', values: p.values };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'string':
      return { ...base, type: 'string' };
  }
}

function rangeText(c: ControlSpec): string {
  if (c.min === undefined && c.max === undefined) return '';
  const l = c.exclusive ? '(' : '[';
  const r = c.exclusive ? ')' : ']';
  return ` ${l}${c.min ?? '−∞'}, ${c.max ?? '∞'}${r}`;
}

/** Slider position ↔ value: log scale for wide positive ranges (e.g. 1e-4 … 10), linear otherwise. */
function sliderScale(c: ControlSpec): { toSlider(v: number): number; fromSlider(s: number): number; step: string } | null {
  if (c.min === undefined || c.max === undefined || !Number.isFinite(c.min) || !Number.isFinite(c.max) || c.max <= c.min) return null;
  const lo = c.min;
  const hi = c.max;
  if (c.type === 'integer') return hi - lo <= 10_000 ? { toSlider: (v) => v, fromSlider: (s) => Math.round(s), step: '1' } : null;
  if (lo > 0 && hi / lo >= 1000) {
    return {
      toSlider: (v) => Math.log10(Math.min(hi, Math.max(lo, v))),
      fromSlider: (s) => Number((10 ** s).toPrecision(3)),
      step: 'any',
    };
  }
  const step = c.step ?? (hi - lo) / 200;
  return { toSlider: (v) => v, fromSlider: (s) => Number(s.toPrecision(6)), step: String(step) };
}

/** Render one control. The exact value lives in the element with `data-field`; a slider, if any, mirrors it. */
export function renderControl(c: ControlSpec, onChange: () => void, initial?: string): HTMLElement {
  const id = `f-${c.key}-${Math.random().toString(36).slice(2, 8)}`;
  const title = h('span', { class: 'lbl' }, c.label + rangeText(c));
  const help = c.description ? h('small', { class: 'help' }, c.description) : null;
  const wrap = h('div', { class: `control control-${c.type}`, 'data-control': c.key });
  const start = initial ?? String(c.default);
  if (c.type === 'boolean') {
    const box = h('input', { type: 'checkbox', id, 'data-field': c.key, name: c.key });
    box.checked = initial !== undefined ? initial === 'true' : c.default === true;
    box.addEventListener('change', onChange);
    wrap.append(h('label', { for: id, class: 'check' }, box, title));
  } else if (c.type === 'enum') {
    const sel = h('select', { id, 'data-field': c.key, name: c.key }, ...(c.values ?? []).map((v) => h('option', { value: v }, v)));
    sel.value = start;
    sel.addEventListener('change', onChange);
    wrap.append(h('label', { for: id }, title), sel);
  } else if (c.type === 'textarea') {
    const ta = h('textarea', { id, 'data-field': c.key, name: c.key, spellcheck: 'false' });
    ta.value = start;
    ta.addEventListener('input', onChange);
    wrap.append(h('label', { for: id }, title), ta);
    if (c.upload) {
      const up = h('input', { type: 'file', 'data-upload': c.key, 'aria-label': `${c.label}: load a file` });
      up.addEventListener('change', async () => {
        const file = up.files?.[0];
        if (file) {
          ta.value = await file.text();
          onChange();
        }
      });
      wrap.append(up);
    }
  } else {
    const numeric = c.type === 'number' || c.type === 'integer';
    const box = h('input', {
      id,
      'data-field': c.key,
      name: c.key,
      type: 'text',
      inputmode: numeric ? 'decimal' : 'text',
      autocomplete: 'off',
    });
    box.value = start;
    const row = h('div', { class: 'row' });
    const scale = numeric ? sliderScale(c) : null;
    if (scale) {
      const slider = h('input', {
        type: 'range',
        'data-slider': c.key,
        'aria-label': c.label,
        min: String(scale.toSlider(c.min as number)),
        max: String(scale.toSlider(c.max as number)),
        step: scale.step,
      });
      const sync = (): void => {
        const x = Number(box.value);
        if (box.value.trim() !== '' && Number.isFinite(x)) slider.value = String(scale.toSlider(x));
      };
      sync();
      slider.addEventListener('input', () => {
        box.value = String(scale.fromSlider(Number(slider.value)));
        onChange();
      });
      box.addEventListener('input', () => {
        sync();
        onChange();
      });
      row.append(slider, box);
    } else {
      box.addEventListener('input', onChange);
      row.append(box);
    }
    wrap.append(h('label', { for: id }, title), row);
  }
  if (help) wrap.append(help);
  return wrap;
}

/** The raw values of every control under root, as strings (checkboxes as 'true'/'false'). */
export function rawValues(root: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  root.querySelectorAll<HTMLInputElement>('[data-field]').forEach((el) => {
    out[el.dataset.field as string] = el.type === 'checkbox' ? String(el.checked) : el.value;
  });
  return out;
}

/** Set controls from raw strings (from the URL). Unknown keys are ignored. */
export function setValues(root: HTMLElement, values: Record<string, string>): void {
  for (const [k, v] of Object.entries(values)) {
    const el = root.querySelector<HTMLInputElement>(`[data-field="${CSS.escape(k)}"]`);
    if (!el) continue;
    if (el.type === 'checkbox') el.checked = v === 'true';
    else el.value = v;
    el.dispatchEvent(new Event('input'));
  }
}

/** A user-facing error about one field. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Parse and check one control's raw value. @throws FieldError naming the field */
export function parseControl(c: ControlSpec, raw: string): string | number | boolean {
  const name = c.label === c.key ? c.key : `${c.label} (${c.key})`;
  const fail = (what: string): never => {
    throw new FieldError(c.key, `${name} ${what}, got '${raw}'`);
  };
  switch (c.type) {
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') fail('must be true or false');
      return raw === 'true';
    case 'enum':
      if (!(c.values ?? []).includes(raw)) fail(`must be one of ${(c.values ?? []).join(', ')}`);
      return raw;
    case 'string':
    case 'textarea':
      if (!c.optional && raw.trim() === '') fail('must not be empty');
      return raw;
    case 'number':
    case 'integer': {
      const x = Number(raw.trim());
      if (raw.trim() === '' || !Number.isFinite(x)) fail('must be a finite number');
      if (c.type === 'integer' && !Number.isInteger(x)) fail('must be an integer');
      const lo = c.min ?? -Infinity;
      const hi = c.max ?? Infinity;
      const ok = c.exclusive ? x > lo && x < hi : x >= lo && x <= hi;
      if (!ok) fail(`must be in${rangeText(c)}`);
      return x;
    }
  }
}

/** Parse every control; the first bad one throws FieldError. */
export function readControls(specs: ControlSpec[], root: HTMLElement): Record<string, string | number | boolean> {
  const raw = rawValues(root);
  const out: Record<string, string | number | boolean> = {};
  for (const c of specs) out[c.key] = parseControl(c, raw[c.key] ?? '');
  return out;
}
