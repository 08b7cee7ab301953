// Where the migrated test templates live, shared by the before-script and the helper.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Changes whenever a migration or a seed file changes, so a stale template is never reused. */
export function templateFingerprint(): string {
  const hash = createHash('sha256');
  for (const dir of ['db/migrations', 'db/seed']) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      hash.update(path.slice(root.length)).update(readFileSync(path));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export const pgliteTemplatePath = () =>
  join(root, '.cache', `pglite-template-${templateFingerprint()}.tar.gz`);

export function serverTemplateName(testDatabaseUrl: string): string {
  return `${new URL(testDatabaseUrl).pathname.slice(1)}_template`;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
