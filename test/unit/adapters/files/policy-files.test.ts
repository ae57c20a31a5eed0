/**
 * The policy check's walk over real files and symbolic links (issue 11, item 4): links inside the workspace are
 * followed (with cycles cut), links leaving it or dangling are reported with their target, and each file keeps
 * the names (real path, links on the way) that `only-changed` must look at.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPolicyFiles } from '../../../../src/adapters/files/policy-files.js';

let root: string;
let ws: string;

function put(rel: string, text = rel): void {
  const path = join(ws, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'provlog-policy-files-'));
  ws = join(root, 'ws');
  put('vendor/a.bin');
  put('hidden/deep/evil.bin');
  put('hidden/deep/skip.txt');
  put('hidden/other.bin');
  symlinkSync('../hidden', join(ws, 'vendor', 'lib')); // directory link inside the workspace
  symlinkSync('../hidden/other.bin', join(ws, 'vendor', 'file.bin')); // file link
  symlinkSync('..', join(ws, 'vendor', 'loop')); // a cycle: vendor/loop -> vendor
  symlinkSync('missing.bin', join(ws, 'vendor', 'dangling.bin'));
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(root, 'outside', 'x.bin'), 'x');
  symlinkSync(join(root, 'outside'), join(ws, 'vendor', 'out'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('findPolicyFiles', () => {
  it('follows links inside the workspace, names what they resolve to, and cuts cycles', () => {
    const { files } = findPolicyFiles('vendor/**\n!**/*.txt', ws);
    const byName = Object.fromEntries(files.map((f) => [f.name, f.aliases]));
    expect(Object.keys(byName)).toContain('vendor/lib/deep/evil.bin');
    // Reached directly and, through the loop (vendor/loop -> the workspace), once more: one file, every name kept.
    expect(byName['vendor/lib/deep/evil.bin']).toEqual([
      'hidden/deep/evil.bin',
      'vendor/lib',
      'vendor/loop',
      'vendor/loop/hidden/deep/evil.bin',
      'vendor/loop/vendor/lib',
      'vendor/loop/vendor/lib/deep/evil.bin',
    ]);
    // A file link counts as changed when the PR touches the link or the file behind it.
    expect(byName['vendor/file.bin']).toEqual(expect.arrayContaining(['hidden/other.bin']));
    expect(Object.keys(byName).sort()).toEqual(['vendor/a.bin', 'vendor/file.bin', 'vendor/lib/deep/evil.bin']);
  });

  it('reports links that leave the workspace or dangle, with their targets', () => {
    const { links, files } = findPolicyFiles('vendor/**', ws);
    expect(links).toEqual([
      { name: 'vendor/dangling.bin', target: 'missing.bin', reason: 'dangling' },
      { name: 'vendor/out', target: join(root, 'outside'), reason: 'leaves-workspace' },
    ]);
    expect(files.map((f) => f.name)).not.toContain('vendor/out/x.bin');
  });

  it('checks the links on a literal path too (vendor/out/x.bin)', () => {
    const { links, files } = findPolicyFiles('vendor/out/x.bin', ws);
    expect(files).toEqual([]);
    expect(links.map((l) => [l.name, l.reason])).toEqual([['vendor/out', 'leaves-workspace']]);
  });

  it('applies excludes to each way a file is reached: a link re-exposing an excluded file is still matched', () => {
    const names = findPolicyFiles('vendor/**\n!hidden/**\n!vendor/lib/**', ws).files.map((f) => f.name);
    expect(names).toContain('vendor/loop/hidden/deep/evil.bin'); // not excluded by either pattern
    expect(names).not.toContain('vendor/lib/deep/evil.bin');
  });

  it('ignores links the patterns cannot reach', () => {
    expect(findPolicyFiles('vendor/a.bin', ws)).toEqual({
      files: [{ path: join(ws, 'vendor', 'a.bin'), name: 'vendor/a.bin', aliases: [] }],
      links: [],
    });
  });
});
