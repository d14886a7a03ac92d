// A static file server for the built lab: serves only regular files under its root, never
// outside it (paths are decoded, normalized and checked against the root), GET/HEAD only.
import { createServer } from 'node:http';
import { createReadStream, fstat, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Resolve a request path to a file under root, or null when it is outside root or not a file. */
export function resolveSafe(root, urlPath) {
  let p;
  try {
    p = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  if (p.includes('\0')) return null;
  if (p.endsWith('/')) p += 'index.html';
  const realRoot = realpathSync(root);
  const full = resolve(realRoot, '.' + p);
  if (full !== realRoot && !full.startsWith(realRoot + sep)) return null;
  try {
    const real = realpathSync(full);
    if (!real.startsWith(realRoot + sep)) return null;
    return statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

function plain(res, status, text) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

/**
 * The lab's server. Every failure answers (404 when a file vanished between the check and the
 * read, 500 otherwise) and the server keeps serving; nothing thrown in a request ends the process.
 * @param resolveFile - maps (root, url) to a file or null; replaceable in tests
 */
export function createLabServer(root, { resolveFile = resolveSafe } = {}) {
  return createServer((req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const file = resolveFile(root, req.url ?? '/');
      if (!file) {
        plain(res, 404, 'not found\n');
        return;
      }
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' };
      const stream = createReadStream(file);
      stream.on('error', (err) =>
        plain(
          res,
          err.code === 'ENOENT' || err.code === 'EISDIR' ? 404 : 500,
          err.code === 'ENOENT' ? 'not found\n' : 'cannot read the file\n',
        ),
      );
      stream.on('open', (fd) => {
        // the path was checked before; check again what was opened (it may have been replaced)
        fstat(fd, (err, st) => {
          if (err || !st.isFile()) {
            stream.destroy();
            plain(res, 404, 'not found\n');
          } else if (req.method === 'HEAD') {
            stream.destroy();
            res.writeHead(200, headers).end();
          } else {
            res.writeHead(200, headers);
            stream.pipe(res);
          }
        });
      });
    } catch {
      plain(res, 500, 'internal error\n');
    }
  });
}

export { join };
