// Builds the web app (src/web) into dist/web with Vite. With --if-stale (as `npm start` runs it)
// it builds only when dist/web is missing or older than a source file.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const source = fileURLToPath(new URL('../src/web/', import.meta.url));
const built = fileURLToPath(new URL('../dist/web/index.html', import.meta.url));

function newest(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

function isStale(): boolean {
  try {
    return statSync(built).mtimeMs < Math.max(newest(source), statSync(fileURLToPath(import.meta.url)).mtimeMs);
  } catch {
    return true;
  }
}

if (!process.argv.includes('--if-stale') || isStale()) {
  const started = Date.now();
  await build({ configFile: join(source, 'vite.config.ts') });
  console.log(`web app built into dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
