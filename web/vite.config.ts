import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The lab: a static site built from web/ into web/dist, running quire's pure domain code
// in Web Workers.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    target: 'es2022',
  },
  worker: { format: 'es' },
  logLevel: 'warn',
});
