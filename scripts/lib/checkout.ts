// Another commit of this repository, exported and compiled beside it, so a script can run the
// service as it was and as it is on the same data: before/after benchmarks, identical-answer checks.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Checkout } from './service.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** The commit a ref names, full length. */
export const commitOf = (ref: string) => git('rev-parse', '--verify', `${ref}^{commit}`);

/** The parent of the commit that added `path`: the code just before a change. */
export const beforeAdding = (path: string) => {
  const added = git('log', '--diff-filter=A', '--format=%H', '--', path).split('\n').pop();
  if (!added) throw new Error(`${path} was never added in this history`);
  return commitOf(`${added}^`);
};

/**
 * `git archive` of the commit into the temporary directory (once per commit), this checkout's
 * node_modules linked in, and its dist/server.js built by its own build script.
 */
export function compiledCheckout(ref: string): Checkout {
  const commit = commitOf(ref);
  const dir = join(tmpdir(), `reuse-exchange-${commit.slice(0, 12)}`);
  const serverJs = join(dir, 'dist/server.js');
  if (!existsSync(serverJs)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { cwd: root });
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-server.ts'], { cwd: dir, stdio: 'inherit' });
  }
  return { root: dir, serverJs };
}
