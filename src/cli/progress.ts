/**
 * Progress bars for long-running commands: shown only on a TTY (stderr), never with
 * --json, so piped and machine-readable output stays clean.
 */
import cliProgress from 'cli-progress';
import type { Progress } from '../studies/types.js';

export interface ProgressHandle {
  progress: Progress;
  stop(): void;
}

/** A progress callback that draws a bar on a TTY and does nothing otherwise. */
export function progressBar(label: string, { quiet = false } = {}): ProgressHandle {
  if (quiet || !process.stderr.isTTY) return { progress: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label.padEnd(10)} [{bar}] {percentage}% {step}`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    progress: (done, total, step) => {
      if (!started) {
        bar.start(Math.max(1, total), 0, { step: step ?? '' });
        started = true;
      }
      bar.setTotal(Math.max(1, total));
      bar.update(Math.min(done, total), { step: step ?? '' });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
