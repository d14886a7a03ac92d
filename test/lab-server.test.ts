/**
 * The lab's static server (#16.12): a file that vanishes between the check and the read
 * gets a 404, an unreadable path a 500, and the server keeps serving afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
// @ts-expect-error: a plain .mjs module without types
import { createLabServer, resolveSafe } from '../scripts/lab-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'quire-lab-'));
writeFileSync(join(root, 'index.html'), '<p>hi</p>');
mkdirSync(join(root, 'sub'));

type Resolve = (root: string, url: string) => string | null;

// Resolve normally, except: /gone names a file that no longer exists (deleted after the
// check), /dir names a directory (a read error that is not ENOENT), /throw throws.
const racy: Resolve = (r, url) => {
  if (url === '/gone') return join(r, 'deleted.html');
  if (url === '/dir') return join(r, 'sub');
  if (url === '/throw') throw new Error('boom');
  return (resolveSafe as Resolve)(r, url);
};

let server: Server;
let base: string;
beforeAll(async () => {
  server = createLabServer(root, { resolveFile: racy }) as Server;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('lab server error handling', () => {
  it('answers 404 for a file deleted between check and read, 500 for other failures, and keeps serving', async () => {
    expect((await fetch(`${base}/gone`)).status).toBe(404);
    expect((await fetch(`${base}/dir`)).status).toBe(404);
    expect((await fetch(`${base}/throw`)).status).toBe(500);
    const ok = await fetch(`${base}/`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('<p>hi</p>');
    expect((await fetch(`${base}/../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
    const head = await fetch(`${base}/index.html`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/text\/html/);
  });
});
