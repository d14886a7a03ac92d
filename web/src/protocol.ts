/** Messages between a lab page and its two workers (one for studies, one for demos). */
import type { Figure, StudyResult, Table } from '../../src/studies/types.js';

export type StudyRequest = { kind: 'study'; id: string; profile: 'quick' | 'full'; overrides: Record<string, unknown> };
export type DemoRequest = { kind: 'demo'; system: string; seq: number; input: Record<string, string> };

/** What a demo returns: text lines, tables and figures. */
export interface DemoOutput {
  text?: string;
  tables?: Table[];
  figures?: Figure[];
}

export type Reply =
  | { type: 'progress'; done: number; total: number; label?: string }
  | { type: 'study'; result: StudyResult }
  | { type: 'demo'; seq: number; output: DemoOutput; ms: number }
  | { type: 'error'; seq?: number; message: string; userError: boolean };
