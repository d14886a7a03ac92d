// Downloads a researcher can keep: results as JSON and CSV, figures as SVG and PNG.
import { csvFormatRows } from 'd3-dsv';
import type { StudyResult, Table } from '../../src/studies/types.js';

/** Save text or a data URL under a file name. */
export function save(name: string, content: string | Blob, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveDataUrl(name: string, dataUrl: string): void {
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

/** One row per claim: verdict, effect, interval, Holm-adjusted p-values, gate and negative control. */
export function claimsCsv(r: StudyResult): string {
  const header = [
    'study',
    'claim',
    'kind',
    'origin',
    'statement',
    'verdict',
    'effect',
    'effect_label',
    'ci_lower',
    'ci_upper',
    'p_holds_adjusted',
    'p_fails_adjusted',
    'n',
    'mde',
    'gate_passed',
    'negative_control_verdict',
    'reason',
  ];
  const rows = r.claims.map((c) => [
    r.id,
    c.id,
    c.kind,
    c.origin,
    c.statement,
    c.verdict,
    String(c.effect),
    c.effectLabel,
    c.interval ? String(c.interval[0]) : '',
    c.interval ? String(c.interval[1]) : '',
    c.pValues ? String(c.pValues.adjustedHolds) : '',
    c.pValues ? String(c.pValues.adjustedFails) : '',
    c.protocol ? String(c.protocol.n) : '',
    c.protocol?.mde != null ? String(c.protocol.mde) : '',
    c.gate ? String(c.gate.passed) : '',
    c.negativeControl?.verdict ?? '',
    c.reason ?? '',
  ]);
  return csvFormatRows([header, ...rows]) + '\n';
}

export function tableCsv(t: Table): string {
  return csvFormatRows([t.columns, ...t.rows.map((row) => row.map((v) => (v === null ? '' : String(v))))]) + '\n';
}
