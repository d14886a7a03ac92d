/**
 * The report page: one self-contained HTML document with a verdict summary, then a
 * section per study (claims table, figures as inline SVG, tables, config). Pure: takes
 * results, returns a string.
 */
import type { ClaimResult, StudyResult, Verdict } from '../studies/types.js';
import { renderSvg } from './render.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Format a number for tables: 4 significant digits, exponent when tiny or huge. */
export function fmt(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-3) return x.toExponential(3);
  return String(Number(x.toPrecision(4)));
}

const VERDICT_CLASS: Record<Verdict, string> = { holds: 'v-holds', fails: 'v-fails', inconclusive: 'v-inc' };

const CSS = `
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1b1b1f;line-height:1.45}
h1{margin-bottom:.2rem}h2{border-top:2px solid #ddd;padding-top:1.2rem;margin-top:2.2rem}
table{border-collapse:collapse;margin:.8rem 0;font-size:.92rem}th,td{border:1px solid #ccc;padding:.3rem .55rem;text-align:left;vertical-align:top}
th{background:#f3f3f5}.v-holds{background:#d9f2dd;font-weight:600}.v-fails{background:#f8d7d7;font-weight:600}.v-inc{background:#fff1c7;font-weight:600}
figure{margin:1.2rem 0}figcaption{font-size:.9rem;color:#555}.meta{color:#555;font-size:.9rem}pre{background:#f6f6f8;padding:.6rem;overflow:auto;font-size:.8rem}
.figs{display:flex;flex-wrap:wrap;gap:1rem}.reason{font-weight:400;font-size:.8rem;margin-top:.2rem}.tag{font-size:.75rem;background:#e6e9f5;border-radius:3px;padding:0 .3rem}`;

function protocolCell(c: ClaimResult): string {
  const p = c.protocol;
  if (!p) return `<span class="meta">${escapeHtml(c.uncertainty)}<br>${escapeHtml(c.rule)}</span>`;
  const parts = [
    `<b>metric</b> ${escapeHtml(p.metric)}`,
    `<b>test</b> ${escapeHtml(p.test)}, α = ${p.alpha}`,
    `<b>n</b> = ${p.n}${p.nUnit ? ` ${escapeHtml(p.nUnit)}` : ''}`,
    `<b>MDE</b> ${p.mde === null ? '–' : fmt(p.mde)}${p.mdeUnit ? ` ${escapeHtml(p.mdeUnit)}` : ''}${p.mdeHow ? ` (${escapeHtml(p.mdeHow)})` : ''}`,
  ];
  if (p.band) parts.push(`<b>band</b> [${fmt(p.band.lower)}, ${fmt(p.band.upper)}]: ${escapeHtml(p.band.reason)}`);
  if (c.pValues) {
    const adj = c.pValues.family > 1 ? ` (Holm over ${c.pValues.family}: ${fmt(c.pValues.adjustedHolds)} / ${fmt(c.pValues.adjustedFails)})` : '';
    parts.push(`<b>p</b> holds ${fmt(c.pValues.holds)} / fails ${fmt(c.pValues.fails)}${adj}`);
  }
  parts.push(escapeHtml(c.rule));
  return `<span class="meta">${parts.join('<br>')}</span>`;
}

function controlsCell(c: ClaimResult): string {
  const out: string[] = [];
  if (c.gate) out.push(`<b>gate</b> ${c.gate.passed ? 'passed' : '<span class="v-fails">failed</span>'}: ${escapeHtml(c.gate.description)}${c.gate.detail ? ` (${escapeHtml(c.gate.detail)})` : ''}`);
  if (c.negativeControl) {
    const nc = c.negativeControl;
    out.push(`<b>negative control</b> <span class="${VERDICT_CLASS[nc.verdict]}">${nc.verdict}</span>: ${escapeHtml(nc.description)}, effect ${fmt(nc.effect)}${nc.interval ? ` [${fmt(nc.interval[0])}, ${fmt(nc.interval[1])}]` : ''}`);
  } else if (c.noNegativeControl) out.push(`<b>no negative control</b>: ${escapeHtml(c.noNegativeControl)}`);
  return out.length ? `<span class="meta">${out.join('<br>')}</span>` : '–';
}

function claimRow(studyId: string, c: ClaimResult): string {
  const origin = c.origin === 'ours' ? ' <span class="tag">our derivation</span>' : '';
  return `<tr id="${escapeHtml(studyId)}-claim-${escapeHtml(c.id)}"><td>${escapeHtml(c.statement)}${origin}</td><td class="${VERDICT_CLASS[c.verdict]}">${c.verdict}${c.reason ? `<div class="reason">${escapeHtml(c.reason)}</div>` : ''}</td>
<td>${fmt(c.effect)} <span class="meta">${escapeHtml(c.effectLabel)}</span><br>${c.interval ? `[${fmt(c.interval[0])}, ${fmt(c.interval[1])}]` : '–'}</td>
<td>${protocolCell(c)}</td><td>${controlsCell(c)}</td></tr>`;
}

const CLAIM_HEAD = '<tr><th>claim</th><th>verdict</th><th>effect [interval]</th><th>protocol</th><th>gate and negative control</th></tr>';

async function studySection(r: StudyResult): Promise<string> {
  const paper = r.claims.filter((c) => c.kind !== 'sanity');
  const sanity = r.claims.filter((c) => c.kind === 'sanity');
  const claims = paper.map((c) => claimRow(r.id, c)).join('\n');
  const sanityTable = sanity.length
    ? `<h3>Sanity checks</h3><p class="meta">Consequences of the study's own model (identities, laws of large numbers): reported, not counted as evidence for the paper.</p><table>${CLAIM_HEAD}\n${sanity.map((c) => claimRow(r.id, c)).join('\n')}</table>`
    : '';
  const deviations = (r.deviations ?? []).length
    ? `<h3>Deviations</h3><p class="meta">Changes to a metric or protocol made after its results were first seen.</p><ul>${r.deviations.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>`
    : '<p class="meta">Deviations: none recorded.</p>';
  const figs: string[] = [];
  for (const f of r.figures) {
    const svg = await renderSvg(f.spec);
    figs.push(
      `<figure id="${escapeHtml(r.id)}-${escapeHtml(f.id)}">${svg}<figcaption><b>${escapeHtml(f.title)}.</b> ${escapeHtml(f.caption ?? '')}</figcaption></figure>`,
    );
  }
  const tables = (r.tables ?? [])
    .map(
      (t) => `<h3>${escapeHtml(t.title)}</h3><table><tr>${t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>
${t.rows.map((row) => `<tr>${row.map((v) => `<td>${typeof v === 'number' ? fmt(v) : escapeHtml(String(v ?? '–'))}</td>`).join('')}</tr>`).join('\n')}</table>`,
    )
    .join('\n');
  return `<section id="${escapeHtml(r.id)}">
<h2>${escapeHtml(r.title)}</h2>
<p class="meta">${escapeHtml(r.paper.title)} (arXiv ${escapeHtml(r.paper.arxiv)}${r.paper.venue ? `, ${escapeHtml(r.paper.venue)}` : ''}) · profile <b>${r.profile}</b> · seed ${r.config.seed} · ${r.seconds.toFixed(1)} s</p>
<table>${CLAIM_HEAD}
${claims}</table>
${sanityTable}
${deviations}
<div class="figs">${figs.join('\n')}</div>
${tables}
<details><summary>config and metrics</summary><pre>${escapeHtml(JSON.stringify({ config: r.config, metrics: r.metrics }, null, 2))}</pre></details>
</section>`;
}

/** The whole report page. */
export async function reportHtml(results: StudyResult[], meta: { generated: string; version: string }): Promise<string> {
  const counts = { holds: 0, fails: 0, inconclusive: 0 };
  let sanityCount = 0;
  for (const r of results) {
    for (const c of r.claims) {
      if (c.kind === 'sanity') sanityCount++;
      else counts[c.verdict]++;
    }
  }
  const summary = results
    .flatMap((r) =>
      r.claims.filter((c) => c.kind !== 'sanity').map(
        (c) => `<tr><td><a href="#${escapeHtml(r.id)}-claim-${escapeHtml(c.id)}">${escapeHtml(r.id)}</a></td><td>${escapeHtml(c.statement)}</td><td class="${VERDICT_CLASS[c.verdict]}">${c.verdict}</td></tr>`,
      ),
    )
    .join('\n');
  const sections: string[] = [];
  for (const r of results) sections.push(await studySection(r));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>quire reproduce report</title><style>${CSS}</style></head>
<body>
<h1>quire reproduce</h1>
<p class="meta">quire ${escapeHtml(meta.version)} · generated ${escapeHtml(meta.generated)} · ${results.length} ${results.length === 1 ? 'study' : 'studies'}</p>
<p>Each claim is judged on its measured effect and interval: <span class="v-holds">holds</span>, <span class="v-fails">fails</span>, or <span class="v-inc">inconclusive</span> at this scale.</p>
<p>Paper claims: <b>${counts.holds}</b> hold, <b>${counts.fails}</b> fail, <b>${counts.inconclusive}</b> inconclusive${sanityCount ? ` (plus ${sanityCount} sanity checks, listed in their studies)` : ''}. Each claim was declared with its metric, test, α, sample size and minimum detectable effect before it ran; claims within a study are Holm-corrected.</p>
<table><tr><th>study</th><th>claim</th><th>verdict</th></tr>
${summary}</table>
${sections.join('\n')}
</body></html>
`;
}
