// Builds the three shipped bundles with @vercel/ncc: the attest action, the policy-check action and the CLI.
// dist/ is deleted first so a removed entry point cannot linger (check-dist then sees it).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

/** name -> [entry, extra ncc flags] */
const bundles = {
  attest: ['src/action/attest/index.ts', []],
  verify: ['src/action/verify/index.ts', []],
  // The CLI runs from an npm install, where better-sqlite3 (a native addon) is a real dependency.
  cli: ['src/cli/index.ts', ['--external', 'better-sqlite3']],
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const [name, [entry, flags]] of Object.entries(bundles)) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '--out', `dist/${name}`, '--license', 'licenses.txt', '--quiet', '--no-cache', ...flags],
    { cwd: root, stdio: 'inherit' },
  );
}
