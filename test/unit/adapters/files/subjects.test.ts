import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dedupeSubjects,
  findSubjectFiles,
  parseSubjectDigest,
  parseSubjectPatterns,
  readChecksumsSubjects,
} from '../../../../src/adapters/files/subjects.js';
import { CodedError } from '../../../../src/core/errors.js';

let dir: string;

function put(rel: string, content = rel): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

async function names(patterns: string): Promise<string[]> {
  return (await findSubjectFiles(patterns, { baseDir: dir })).map((f) => f.name);
}

async function errorOf(p: Promise<unknown>): Promise<CodedError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof CodedError)) throw new Error(`expected a CodedError, got ${String(e)}`);
  return e;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'provlog-subjects-'));
  for (const f of [
    'dist/app-linux',
    'dist/app-darwin',
    'dist/app.sig',
    'dist/.hidden',
    'dist/sub/deep.tgz',
    'dist/sub/x/deeper.tgz',
    'README.md',
    'notes[1].txt',
  ])
    put(f);
  mkdirSync(path.join(dir, 'emptydir'));
  symlinkSync(path.join(dir, 'dist'), path.join(dir, 'linkdir'));
  symlinkSync(path.join(dir, 'README.md'), path.join(dir, 'dist/readme-link'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseSubjectPatterns', () => {
  it('splits on newlines and commas, trims, and separates excludes', () => {
    expect(parseSubjectPatterns(' a/*, b\n\n!a/x \r\n  c ')).toEqual({ include: ['a/*', 'b', 'c'], exclude: ['a/x'] });
  });
});

describe('findSubjectFiles', () => {
  it('matches files only, dotfiles included, sorted, names relative to the base', async () => {
    expect(await names('dist/*')).toEqual([
      'dist/.hidden',
      'dist/app-darwin',
      'dist/app-linux',
      'dist/app.sig',
      'dist/readme-link',
    ]);
  });

  it('** matches zero or more directories; symlinked directories are not descended', async () => {
    expect(await names('**/*.tgz')).toEqual(['dist/sub/deep.tgz', 'dist/sub/x/deeper.tgz']);
    expect(await names('dist/**')).toContain('dist/sub/x/deeper.tgz');
  });

  it('applies excludes regardless of order, including directory excludes', async () => {
    expect(await names('!dist/app.sig\ndist/app*')).toEqual(['dist/app-darwin', 'dist/app-linux']);
    expect(await names('dist/**, !dist/sub, !dist/.*')).toEqual([
      'dist/app-darwin',
      'dist/app-linux',
      'dist/app.sig',
      'dist/readme-link',
    ]);
  });

  it('supports ?, classes, escapes and literal directories (all files below)', async () => {
    expect(await names('dist/app-?????')).toEqual(['dist/app-linux']);
    expect(await names('dist/app-[dl]*')).toEqual(['dist/app-darwin', 'dist/app-linux']);
    expect(await names('notes\\[1\\].txt')).toEqual(['notes[1].txt']);
    expect(await names('dist/sub')).toEqual(['dist/sub/deep.tgz', 'dist/sub/x/deeper.tgz']);
  });

  it('absolute patterns work and files outside the base get their basename', async () => {
    const files = await findSubjectFiles(path.join(dir, 'dist', 'sub', '*.tgz'), {
      baseDir: path.join(dir, 'dist', 'x'),
    });
    expect(files).toEqual([{ path: path.join(dir, 'dist/sub/deep.tgz'), name: 'deep.tgz' }]);
  });

  it('no match -> NO_SUBJECTS listing every pattern', async () => {
    const e = await errorOf(findSubjectFiles('build/*.zip\n!build/x.zip, emptydir', { baseDir: dir }));
    expect(e.code).toBe('NO_SUBJECTS');
    expect(e.details?.patterns).toEqual(['build/*.zip', 'emptydir', '!build/x.zip']);
    expect((await errorOf(findSubjectFiles(' , \n', { baseDir: dir }))).code).toBe('NO_SUBJECTS');
  });

  it('handles more than 1,024 files', async () => {
    const many = mkdtempSync(path.join(os.tmpdir(), 'provlog-many-'));
    try {
      for (let i = 0; i < 1100; i++) writeFileSync(path.join(many, `f${i}.bin`), String(i));
      const files = await findSubjectFiles('*.bin', { baseDir: many });
      expect(files).toHaveLength(1100);
      expect(files[0]?.name).toBe('f0.bin');
      expect(files[1]?.name).toBe('f1.bin');
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });
});

describe('subject-digest and subject-checksums', () => {
  const hex = 'ab'.repeat(32);

  it('parses sha256:<hex> with a name', () => {
    expect(parseSubjectDigest(`sha256:${hex}`, ' app ')).toEqual({ name: 'app', digest: { sha256: hex } });
    expect(() => parseSubjectDigest(`sha256:${hex}0`, 'app')).toThrowError(
      expect.objectContaining({ code: 'INVALID_FIELD' }),
    );
    expect(() => parseSubjectDigest(`md5:${hex}`, 'app')).toThrowError(
      expect.objectContaining({ code: 'INVALID_FIELD' }),
    );
    expect(() => parseSubjectDigest(`sha256:${hex}`, '')).toThrowError(
      expect.objectContaining({ code: 'INVALID_FIELD' }),
    );
  });

  it('reads a checksums file or literal lines, deduplicating exact repeats', async () => {
    put('SHA256SUMS', `${hex}  a.tgz\n${hex}  a.tgz\n${'cd'.repeat(32)} *b.zip\n`);
    const expected = [
      { name: 'a.tgz', digest: { sha256: hex } },
      { name: 'b.zip', digest: { sha256: 'cd'.repeat(32) } },
    ];
    expect(await readChecksumsSubjects('SHA256SUMS', { baseDir: dir })).toEqual(expected);
    expect(await readChecksumsSubjects(`${hex}  a.tgz\n${'cd'.repeat(32)}  b.zip`, { baseDir: dir })).toEqual(expected);
    expect((await errorOf(readChecksumsSubjects('missing.sums', { baseDir: dir }))).code).toBe('FILE_UNREADABLE');
    put('big.sums', `${hex}  ${'n'.repeat(600 * 1024)}\n`);
    expect((await errorOf(readChecksumsSubjects('big.sums', { baseDir: dir }))).code).toBe('TOO_LARGE');
  });

  it('dedupeSubjects keeps the first of identical name+digest only', () => {
    const s = { name: 'a', digest: { sha256: hex } };
    const t = { name: 'a', digest: { sha256: 'cd'.repeat(32) } };
    expect(dedupeSubjects([s, t, { ...s }, t])).toEqual([s, t]);
  });
});
