/** Messages between the lab page and its Web Worker. */
import type { Figure, StudyResult, Table } from '../../src/studies/types.js';

export type Request =
  | { kind: 'study'; id: string; profile: 'quick' | 'full'; overrides: Record<string, unknown> }
  | { kind: 'demo'; system: string; input: Record<string, string> };

/** What a demo returns: text lines, tables and figures. */
export interface DemoOutput {
  text?: string;
  tables?: Table[];
  figures?: Figure[];
}

export type Reply =
  | { type: 'progress'; done: number; total: number; label?: string }
  | { type: 'study'; result: StudyResult }
  | { type: 'demo'; output: DemoOutput }
  | { type: 'error'; message: string; userError: boolean };
