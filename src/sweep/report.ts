/**
 * The sweep report: its own page, not the `reproduce` template. At the top, one row per
 * config with each claim's mean effect and 95 % interval across seeds and its verdict
 * counts; then, for each claim, a plot of its effect (with the interval) against each
 * swept parameter; then every metric across seeds, folded per config.
 */
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml, fmt } from '../report/html.js';
import { renderSvg } from '../report/render.js';
import type { Verdict } from '../studies/types.js';
import { aggregate, type ConfigAggregate, type Summary } from './aggregate.js';
import type { GridValue } from './grid.js';
import type { JobRecord } from './store.js';

/** What the sweep report is drawn from (and what results.json holds). */
export interface SweepSummary {
  study: string;
  title: string;
  profile: 'quick' | 'full';
  jobs: number;
  seeds: number[];
  /** the keys that vary across configs */
  swept: string[];
  configs: ConfigAggregate[];
}

/**
 * Summarise a results store for one study.
 * @throws Error if the store holds no records (the CLI checks first)
 */
export function summarizeSweep(records: JobRecord[]): SweepSummary[] {
  const byStudy = new Map<string, JobRecord[]>();
  for (const r of records) {
    const g = byStudy.get(r.job.study);
    if (g) g.push(r);
    else byStudy.set(r.job.study, [r]);
  }
  const out: SweepSummary[] = [];
  for (const [study, recs] of byStudy) {
    const configs = aggregate(recs);
    const keys = new Set<string>();
    for (const c of configs) for (const k of Object.keys(c.overrides)) keys.add(k);
    // A key is "swept" when it takes more than one value across the configs.
    const swept = [...keys].filter((k) => new Set(configs.map((c) => JSON.stringify(c.overrides[k]))).size > 1).sort();
    const order = (c: ConfigAggregate) => swept.map((k) => c.overrides[k]);
    configs.sort((a, b) => compareValues(order(a), order(b)));
    out.push({
      study,
      title: recs[0].result.title,
      profile: recs[0].job.profile,
      jobs: recs.length,
      seeds: [...new Set(recs.map((r) => r.job.seed))].sort((a, b) => a - b),
      swept,
      configs,
    });
  }
  return out;
}

function compareValues(a: (GridValue | undefined)[], b: (GridValue | undefined)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y));
  }
  return 0;
}

const VERDICT_CLASS: Record<Verdict, string> = { holds: 'v-holds', fails: 'v-fails', inconclusive: 'v-inc' };

function majority(v: Record<Verdict, number>): Verdict {
  const order: Verdict[] = ['holds', 'fails', 'inconclusive'];
  return order.reduce((best, k) => (v[k] > v[best] ? k : best), 'inconclusive' as Verdict);
}

function cell(s: Summary): string {
  if (!Number.isFinite(s.mean)) return '–';
  return s.lower === null || s.upper === null ? fmt(s.mean) : `${fmt(s.mean)} [${fmt(s.lower)}, ${fmt(s.upper)}]`;
}

function configLabel(c: ConfigAggregate, swept: string[]): string {
  return swept.length ? swept.map((k) => `${k} = ${String(c.overrides[k])}`).join(', ') : 'base config';
}

/** Effect (mean and interval across seeds) against one swept parameter, one plot per claim. */
function effectSpec(s: SweepSummary, claimId: string, param: string): TopLevelSpec {
  const others = s.swept.filter((k) => k !== param);
  const values = s.configs.map((c) => {
    const e = c.claims[claimId]?.effect;
    return {
      x: c.overrides[param],
      mean: e && Number.isFinite(e.mean) ? e.mean : null,
      lower: e?.lower ?? e?.mean ?? null,
      upper: e?.upper ?? e?.mean ?? null,
      group: others.length ? others.map((k) => `${k}=${String(c.overrides[k])}`).join(', ') : 'all',
    };
  });
  const numeric = values.every((v) => typeof v.x === 'number');
  const x = { field: 'x', type: numeric ? 'quantitative' : 'nominal', title: param } as const;
  const color = others.length ? { field: 'group', type: 'nominal', title: others.join(', ') } : { value: '#3465a4' };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 320,
    height: 200,
    data: { values },
    layer: [
      {
        mark: { type: 'errorbar', ticks: true },
        encoding: { x, y: { field: 'lower', type: 'quantitative', title: 'effect' }, y2: { field: 'upper' }, color },
      },
      { mark: { type: 'line', point: true }, encoding: { x, y: { field: 'mean', type: 'quantitative' }, color } },
    ],
  } as TopLevelSpec;
}

const CSS = `
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1b1b1f;line-height:1.45}
h2{border-top:2px solid #ddd;padding-top:1.2rem;margin-top:2.2rem}
table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .55rem;text-align:left;vertical-align:top}
th{background:#f3f3f5}.v-holds{background:#d9f2dd}.v-fails{background:#f8d7d7}.v-inc{background:#fff1c7}
.meta{color:#555;font-size:.9rem}.figs{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:.8rem 0}figcaption{font-size:.85rem;color:#555}
.wrap{overflow-x:auto}`;

async function studySection(s: SweepSummary): Promise<string> {
  const claimIds = [...new Set(s.configs.flatMap((c) => Object.keys(c.claims)))];
  const stmt = (id: string) => s.configs.find((c) => c.claims[id])?.claims[id].statement ?? id;
  const head = `<tr><th>config</th><th>seeds</th>${claimIds.map((id) => `<th title="${escapeHtml(stmt(id))}">${escapeHtml(id)}</th>`).join('')}</tr>`;
  const rows = s.configs
    .map((c) => {
      const cells = claimIds.map((id) => {
        const cl = c.claims[id];
        if (!cl) return '<td>–</td>';
        const v = cl.verdicts;
        return `<td class="${VERDICT_CLASS[majority(v)]}">${cell(cl.effect)}<br><span class="meta">${v.holds} holds · ${v.fails} fails · ${v.inconclusive} inconclusive</span></td>`;
      });
      return `<tr><td>${escapeHtml(configLabel(c, s.swept))}</td><td>${c.seeds.length}</td>${cells.join('')}</tr>`;
    })
    .join('\n');
  const legend = claimIds
    .map(
      (id) =>
        `<li><b>${escapeHtml(id)}</b>${s.configs.find((c) => c.claims[id]?.kind === 'sanity') ? ' (sanity check)' : ''}: ${escapeHtml(stmt(id))}</li>`,
    )
    .join('');
  const figs: string[] = [];
  for (const id of claimIds) {
    for (const p of s.swept) {
      const svg = await renderSvg(effectSpec(s, id, p));
      figs.push(
        `<figure>${svg}<figcaption><b>${escapeHtml(id)}</b> against ${escapeHtml(p)}: mean effect across seeds with its 95 % t-interval.</figcaption></figure>`,
      );
    }
  }
  const metricDetails = s.configs
    .map(
      (c) => `<details><summary>${escapeHtml(configLabel(c, s.swept))}: metrics across ${c.seeds.length} seed(s)</summary>
<table><tr><th>metric</th><th>mean [95 % interval]</th></tr>${Object.entries(c.metrics)
        .map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td>${cell(v)}</td></tr>`)
        .join('')}</table></details>`,
    )
    .join('\n');
  return `<section id="${escapeHtml(s.study)}">
<h2>${escapeHtml(s.title)}</h2>
<p class="meta">study <b>${escapeHtml(s.study)}</b> · profile ${s.profile} · ${s.configs.length} config(s) × seeds ${escapeHtml(s.seeds.join(', '))} · ${s.jobs} jobs · swept: ${escapeHtml(s.swept.join(', ') || 'nothing')}</p>
<h3>Each claim across seeds</h3>
<p class="meta">Each cell: the claim's mean effect across seeds with a 95 % t-interval, and how many seeds gave each verdict; its colour is the most frequent verdict.</p>
<div class="wrap"><table>${head}\n${rows}</table></div>
<ul class="meta">${legend}</ul>
${figs.length ? `<h3>Effect against each swept parameter</h3><div class="figs">${figs.join('\n')}</div>` : ''}
<h3>Metrics</h3>
${metricDetails}
</section>`;
}

/** The whole sweep report page. */
export async function sweepReportHtml(summaries: SweepSummary[], meta: { generated: string; version: string }): Promise<string> {
  const sections: string[] = [];
  for (const s of summaries) sections.push(await studySection(s));
  const jobs = summaries.reduce((a, s) => a + s.jobs, 0);
  const configs = summaries.reduce((a, s) => a + s.configs.length, 0);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>quire sweep report</title><style>${CSS}</style></head>
<body>
<h1>quire sweep</h1>
<p class="meta">quire ${escapeHtml(meta.version)} · generated ${escapeHtml(meta.generated)} · ${summaries.map((s) => escapeHtml(s.study)).join(', ')} · ${configs} config(s), ${jobs} job(s)</p>
<p>Every config ran once per seed. The verdicts of single runs vary with the seed; read the effect and its interval across seeds, and the verdict counts, together.</p>
${sections.join('\n')}
</body></html>
`;
}
