// Rebuilds dist/ and fails when it differs from what git has: changed, deleted or untracked files alike.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], {
  cwd: root,
  encoding: 'utf8',
});
if (status.trim() !== '') {
  process.stderr.write(`dist/ differs from a fresh build (run \`npm run build\` and commit dist/):\n${status}`);
  const diff = execFileSync('git', ['diff', '--stat', '--', 'dist'], { cwd: root, encoding: 'utf8' });
  process.stderr.write(diff);
  process.exit(1);
}
process.stdout.write('dist/ matches a fresh build\n');
