// Tiny DOM helpers shared by the lab's pages.

/** Create an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...kids: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const k of kids) el.append(k);
  return el;
}

/** A number as a reader wants it: 4 significant digits, exponent for very large or small. */
export function fmt(x: unknown): string {
  if (typeof x !== 'number') return String(x ?? '–');
  if (!Number.isFinite(x)) return Number.isNaN(x) ? '–' : x > 0 ? '∞' : '−∞';
  const a = Math.abs(x);
  return a !== 0 && (a >= 1e5 || a < 1e-3) ? x.toExponential(3) : String(Number(x.toPrecision(4)));
}

/** An error box that names what went wrong; role=alert so screen readers announce it. */
export function errorBox(message: string): HTMLElement {
  return h('div', { class: 'error', role: 'alert' }, `Error: ${message}`);
}
