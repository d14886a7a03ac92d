/**
 * The results store: an append-only JSONL file, one line per finished job, keyed by job
 * id. Each record is written with a single append, so an interrupted sweep leaves at most
 * one torn final line, which `openStore` cuts off. A job id already present is never
 * written again, so retried or duplicated jobs count once.
 */
import { appendFileSync, existsSync, readFileSync, truncateSync } from 'node:fs';
import { QuireError } from '../core/errors.js';
import type { Job } from './grid.js';
import type { JobOutcome } from './execute.js';

export interface JobRecord extends JobOutcome {
  job: Job;
  finishedAt: string;
}

export class ResultStore {
  readonly path: string;
  private readonly records = new Map<string, JobRecord>();

  private constructor(path: string) {
    this.path = path;
  }

  /** Open (or create on first write) a store; repairs a torn final line. */
  static open(path: string): ResultStore {
    const s = new ResultStore(path);
    if (!existsSync(path)) return s;
    let text = readFileSync(path, 'utf8');
    if (text.length > 0 && !text.endsWith('\n')) {
      const cut = text.lastIndexOf('\n') + 1;
      truncateSync(path, Buffer.byteLength(text.slice(0, cut)));
      text = text.slice(0, cut);
    }
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let rec: JobRecord;
      try {
        rec = JSON.parse(line) as JobRecord;
      } catch {
        throw new QuireError(`${path}: line ${i + 1} is not valid JSON (not a quire results store?)`);
      }
      if (typeof rec?.id !== 'string' || !rec.result || !rec.job) throw new QuireError(`${path}: line ${i + 1} is not a job record`);
      if (!s.records.has(rec.id)) s.records.set(rec.id, rec);
    });
    return s;
  }

  has(id: string): boolean {
    return this.records.has(id);
  }

  get size(): number {
    return this.records.size;
  }

  all(): JobRecord[] {
    return [...this.records.values()];
  }

  /** Append a finished job unless its id is already stored; returns whether it was written. */
  add(job: Job, outcome: JobOutcome): boolean {
    if (this.records.has(job.id)) return false;
    const rec: JobRecord = { ...outcome, job, finishedAt: new Date().toISOString() };
    appendFileSync(this.path, JSON.stringify(rec) + '\n');
    this.records.set(job.id, rec);
    return true;
  }
}
