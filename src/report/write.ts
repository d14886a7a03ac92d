/**
 * Writes report/index.html and report/results.json. Everything is rendered in memory
 * first, then written to temporary names and renamed into place, so a failure leaves no
 * partial file behind.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StudyResult } from '../studies/types.js';
import { reportHtml } from './html.js';

export interface WrittenReport {
  html: string;
  json: string;
}

/** Write the report; returns the two paths. */
export async function writeReport(outDir: string, results: StudyResult[], meta: { generated: string; version: string }): Promise<WrittenReport> {
  const html = await reportHtml(results, meta);
  const json = JSON.stringify({ quire: meta.version, generated: meta.generated, studies: results }, null, 2) + '\n';
  return writeReportFiles(outDir, html, json);
}

/** Write a rendered page and its JSON beside it, atomically (temporary names, then rename). */
export async function writeReportFiles(outDir: string, html: string, json: string): Promise<WrittenReport> {
  await mkdir(outDir, { recursive: true });
  const paths = { html: join(outDir, 'index.html'), json: join(outDir, 'results.json') };
  const tmp = { html: `${paths.html}.tmp-${process.pid}`, json: `${paths.json}.tmp-${process.pid}` };
  try {
    await writeFile(tmp.json, json);
    await writeFile(tmp.html, html);
    await rename(tmp.json, paths.json);
    await rename(tmp.html, paths.html);
  } catch (e) {
    await rm(tmp.json, { force: true });
    await rm(tmp.html, { force: true });
    throw e;
  }
  return paths;
}
