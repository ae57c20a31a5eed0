import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HashProgress, hashFile, hashFiles, planBatches } from '../../../../src/adapters/files/hash.js';

let dir: string;
const file = (name: string): string => path.join(dir, name);

function openssl(files: string[]): string[] {
  const out = execFileSync('openssl', ['dgst', '-sha256', '-r', ...files]).toString();
  return out
    .trim()
    .split('\n')
    .map((l) => l.slice(0, 64));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'provlog-hash-'));
  writeFileSync(file('empty'), '');
  writeFileSync(file('abc'), 'abc');
  writeFileSync(file('multi'), randomBytes(9 * 1024 * 1024 + 123)); // > two 4 MiB chunks, ragged tail
  for (let i = 0; i < 40; i++) writeFileSync(file(`s${i}`), randomBytes(1 + i * 3001));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hashFiles', () => {
  it('matches known digests for empty and small files', async () => {
    expect(await hashFile(file('empty'))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await hashFile(file('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches openssl on a multi-chunk file, with small chunks too', async () => {
    const [expected] = openssl([file('multi')]);
    expect(await hashFile(file('multi'))).toBe(expected);
    expect(await hashFile(file('multi'), { chunkSize: 65_537 })).toBe(expected);
  });

  it('returns digests in input order on the worker pool, with progress reaching the total', async () => {
    const files = ['multi', 'empty', ...Array.from({ length: 40 }, (_, i) => `s${i}`), 'abc'].map(file);
    const seen: HashProgress[] = [];
    const digests = await hashFiles(files, { concurrency: 3, poolMinBytes: 0, onProgress: (p) => seen.push(p) });
    expect(digests).toEqual(openssl(files));
    const last = seen.at(-1);
    expect(last?.bytesDone).toBe(last?.bytesTotal);
    expect(last?.filesDone).toBe(files.length);
    expect(seen.every((p, i) => i === 0 || p.bytesDone >= (seen[i - 1]?.bytesDone ?? 0))).toBe(true);
  });

  it('single-thread path gives the same digests', async () => {
    const files = Array.from({ length: 10 }, (_, i) => file(`s${i}`));
    expect(await hashFiles(files, { concurrency: 1 })).toEqual(
      files.map((f) =>
        createHash('sha256')
          .update(execFileSync('cat', [f]))
          .digest('hex'),
      ),
    );
  });

  it('single-thread path mixes one-chunk files (sync reads) and multi-chunk files (overlapped reads) in order', async () => {
    const files = ['s3', 'multi', 'empty', 's39', 'abc'].map(file);
    const seen: HashProgress[] = [];
    // 100,000-byte chunks: s39 (117,040 bytes) and multi take the overlapped path, the rest the sync one
    const digests = await hashFiles(files, { concurrency: 1, chunkSize: 100_000, onProgress: (p) => seen.push(p) });
    expect(digests).toEqual(openssl(files));
    expect(seen.at(-1)).toMatchObject({ filesDone: 5, filesTotal: 5 });
    expect(seen.at(-1)?.bytesDone).toBe(seen.at(-1)?.bytesTotal);
  });

  it('a directory named as a file is FILE_UNREADABLE on the single-thread path too', async () => {
    await expect(hashFiles([file('abc'), dir], { concurrency: 1 })).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      details: { path: dir },
    });
  });

  it('a missing file is FILE_UNREADABLE naming it (both paths)', async () => {
    await expect(hashFiles([file('abc'), file('nope')])).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    await expect(hashFiles([file('abc'), dir], { poolMinBytes: 0, concurrency: 2 })).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      details: { path: dir },
    });
  });

  it('planBatches puts big files first and groups small ones', () => {
    const batches = planBatches([10, 20 * 1024 * 1024, 5, 5]);
    expect(batches[0]?.indexes).toEqual([1]);
    expect(batches[1]?.indexes).toEqual([0, 2, 3]);
  });
});
