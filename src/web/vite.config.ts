import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web app: plain Preact + Leaflet, bundled by Vite into dist/web, served by the service at /.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 400,
  },
  logLevel: 'warn',
});
