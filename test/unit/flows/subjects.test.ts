import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSubjects } from '../../../src/flows/subjects.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('resolveSubjects', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'provlog-subjects-'));
    mkdirSync(join(dir, 'dist'));
    for (const f of ['dist/app-linux', 'dist/app-darwin', 'dist/notes.txt']) writeFileSync(join(dir, f), f);
    writeFileSync(join(dir, 'SHA256SUMS'), `${sha('x')}  other.tar.gz\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hashes matched files into subjects named by their relative path', async () => {
    expect(await resolveSubjects({ paths: 'dist/app-*' }, { baseDir: dir })).toEqual([
      { name: 'dist/app-darwin', digest: { sha256: sha('dist/app-darwin') } },
      { name: 'dist/app-linux', digest: { sha256: sha('dist/app-linux') } },
    ]);
  });

  it('combines globs, a checksums file and a digest, dropping exact repeats', async () => {
    const subjects = await resolveSubjects(
      {
        paths: 'dist/app-linux\ndist/app-linux',
        checksums: 'SHA256SUMS',
        digest: { digest: `sha256:${'ef'.repeat(32)}`, name: 'img' },
      },
      { baseDir: dir },
    );
    expect(subjects.map((s) => s.name)).toEqual(['dist/app-linux', 'other.tar.gz', 'img']);
  });

  it('says what to give when nothing is named', async () => {
    await expect(resolveSubjects({}, { baseDir: dir })).rejects.toMatchObject({ code: 'NO_SUBJECTS' });
    await expect(resolveSubjects({ paths: 'nothing/*' }, { baseDir: dir })).rejects.toMatchObject({
      code: 'NO_SUBJECTS',
    });
  });
});
