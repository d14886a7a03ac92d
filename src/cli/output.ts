/**
 * Output paths: checked before any work starts (a bad `--out` fails in milliseconds with
 * exit 2, not after a ten-minute run), and written atomically (a temporary file beside the
 * target, then a rename), so a failure never leaves a partial file.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { QuireError } from '../core/errors.js';

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ENOTDIR') return 'notdir' as const;
    throw new QuireError(`cannot check '${path}': ${code ?? (e as Error).message}`);
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Check that `path` can be written as a file: it is not a directory, its directory exists
 * and is writable, and an existing file there is writable (it will be replaced).
 * @param flag - the option that named the path, for the message (e.g. `tda graph: --edges`)
 * @throws QuireError naming the flag and the path
 */
export function checkOutputFile(path: string, flag: string): void {
  if (path.trim() === '') throw new QuireError(`${flag}: the path is empty`);
  const st = statOrNull(path);
  if (st === 'notdir') throw new QuireError(`${flag}: cannot write '${path}': a parent of it is a file, not a directory`);
  if (st?.isDirectory()) throw new QuireError(`${flag}: '${path}' is a directory; give a file path`);
  if (st && !st.isFile()) throw new QuireError(`${flag}: '${path}' exists and is not a regular file`);
  if (st && !writable(path)) throw new QuireError(`${flag}: '${path}' is not writable`);
  const dir = dirname(resolve(path));
  const ds = statOrNull(dir);
  if (ds === null) throw new QuireError(`${flag}: cannot write '${path}': the directory '${dirname(path)}' does not exist`);
  if (ds === 'notdir' || !ds.isDirectory()) throw new QuireError(`${flag}: cannot write '${path}': '${dirname(path)}' is not a directory`);
  if (!writable(dir)) throw new QuireError(`${flag}: cannot write '${path}': the directory '${dirname(path)}' is not writable`);
}

/**
 * Check that `path` can be used as an output directory: an existing writable directory, or
 * a path that can be created (its nearest existing ancestor is a writable directory).
 * @throws QuireError naming the flag and the path
 */
export function checkOutputDir(path: string, flag: string): void {
  if (path.trim() === '') throw new QuireError(`${flag}: the path is empty`);
  let p = resolve(path);
  for (;;) {
    const st = statOrNull(p);
    if (st === 'notdir') throw new QuireError(`${flag}: cannot create '${path}': a parent of it is a file, not a directory`);
    if (st !== null) {
      if (!st.isDirectory()) {
        throw new QuireError(
          p === resolve(path)
            ? `${flag}: '${path}' is a file, not a directory`
            : `${flag}: cannot create '${path}': '${p}' is a file, not a directory`,
        );
      }
      if (!writable(p)) throw new QuireError(`${flag}: cannot write into '${p}': permission denied`);
      return;
    }
    const up = dirname(p);
    if (up === p) return;
    p = up;
  }
}

/** Write a file atomically: a temporary file in the same directory, then a rename. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
