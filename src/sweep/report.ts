/**
 * Turn a sweep's results store into report input: one StudyResult per config (its
 * lowest seed's run), with a table of every metric and claim effect across seeds.
 */
import type { StudyResult, Table } from '../studies/types.js';
import { aggregate, type Summary } from './aggregate.js';
import { configKey } from './grid.js';
import type { JobRecord } from './store.js';

function cell(s: Summary): string {
  const f = (x: number) => (Math.abs(x) >= 1e4 || (Math.abs(x) < 1e-3 && x !== 0) ? x.toExponential(3) : String(Number(x.toPrecision(4))));
  if (!Number.isFinite(s.mean)) return '–';
  return s.lower === null || s.upper === null ? f(s.mean) : `${f(s.mean)} [${f(s.lower)}, ${f(s.upper)}]`;
}

export function sweepResults(records: JobRecord[]): StudyResult[] {
  const byConfig = new Map<string, JobRecord>();
  for (const r of [...records].sort((a, b) => a.job.seed - b.job.seed)) {
    const k = configKey(r.job);
    if (!byConfig.has(k)) byConfig.set(k, r);
  }
  const aggs = aggregate(records);
  const out: StudyResult[] = [];
  for (const agg of aggs) {
    const first = byConfig.get(configKey(agg)) as JobRecord;
    const label = Object.entries(agg.overrides)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    const table: Table = {
      id: 'across-seeds',
      title: `Across ${agg.seeds.length} seed(s) (${agg.seeds.join(', ')}): mean [95% t-interval]`,
      columns: ['quantity', 'mean [interval]', 'verdicts (holds/fails/inconclusive)'],
      rows: [
        ...Object.entries(agg.claims).map(([id, c]) => [
          `claim ${id}: effect`,
          cell(c.effect),
          `${c.verdicts.holds}/${c.verdicts.fails}/${c.verdicts.inconclusive}`,
        ]),
        ...Object.entries(agg.metrics).map(([k, s]) => [k, cell(s), '']),
      ],
    };
    out.push({
      ...first.result,
      title: label ? `${first.result.title} (${label})` : first.result.title,
      seconds: first.seconds,
      tables: [table, ...(first.result.tables ?? [])],
    });
  }
  return out;
}
