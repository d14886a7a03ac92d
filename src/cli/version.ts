import { readFileSync } from 'node:fs';

/** Set by the esbuild bundle (scripts/build.mjs); absent when running from tsc output or source. */
declare const __QUIRE_VERSION__: string | undefined;

/** The package version: baked into the bundle, else read from package.json beside dist/ or src/. */
export const version: string = (() => {
  if (typeof __QUIRE_VERSION__ === 'string') return __QUIRE_VERSION__;
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
})();
