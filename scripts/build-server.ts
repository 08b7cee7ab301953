// Compiles the service (src/server.ts and what it imports) into one ES module, dist/server.js,
// which `npm start` runs: plain JavaScript starts faster and holds ~100 MB less than loading the
// TypeScript sources through tsx (docs/benchmarks.md). Packages stay in node_modules.
import { renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const SERVER_JS = fileURLToPath(new URL('../dist/server.js', import.meta.url));

export async function buildServer(): Promise<void> {
  // Written beside and renamed, so a service starting meanwhile never reads half a file.
  const partial = `${SERVER_JS}.${process.pid}.tmp`;
  await build({
    entryPoints: [fileURLToPath(new URL('../src/server.ts', import.meta.url))],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  renameSync(partial, SERVER_JS);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServer();
