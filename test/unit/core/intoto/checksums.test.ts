import { describe, expect, it } from 'vitest';
import { isCodedError } from '../../../../src/core/errors.js';
import { MAX_CHECKSUMS_BYTES, parseChecksums } from '../../../../src/core/intoto/checksums.js';

const A = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const B = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

function codeOf(fn: () => unknown): { code?: string; line?: unknown } {
  try {
    fn();
  } catch (e) {
    if (isCodedError(e)) return { code: e.code, line: e.details?.line };
    throw e;
  }
  throw new Error('expected an error');
}

describe('parseChecksums', () => {
  it('reads text and binary mode lines, LF and CRLF, skipping blank lines', () => {
    const text = `${A}  dist/a.tar.gz\r\n\r\n${B.toUpperCase()} *bin/b.exe\n`;
    expect(parseChecksums(text)).toEqual([
      { name: 'dist/a.tar.gz', sha256: A, line: 1 },
      { name: 'bin/b.exe', sha256: B, line: 3 },
    ]);
  });

  it('keeps spaces inside names and unescapes GNU backslash names', () => {
    expect(parseChecksums(`${A}  my file.txt\n\\${B}  a\\\\b\\nc\n`)).toEqual([
      { name: 'my file.txt', sha256: A, line: 1 },
      { name: 'a\\b\nc', sha256: B, line: 2 },
    ]);
  });

  it('names the line of a malformed entry', () => {
    expect(codeOf(() => parseChecksums(`${A}  ok\nnot a checksum line\n`))).toEqual({ code: 'INVALID_FIELD', line: 2 });
    expect(codeOf(() => parseChecksums(`${A}  ok\n\n${A}\n`))).toEqual({ code: 'INVALID_FIELD', line: 3 });
    expect(codeOf(() => parseChecksums(`${A}x  bad-hex\n`))).toEqual({ code: 'INVALID_FIELD', line: 1 });
  });

  it('accepts only 64-hex digests (sha1 and sha512 lines are rejected with their line)', () => {
    expect(codeOf(() => parseChecksums(`${'a'.repeat(40)}  f\n`))).toEqual({ code: 'INVALID_FIELD', line: 1 });
    expect(codeOf(() => parseChecksums(`${A}  f\n${'b'.repeat(128)}  g\n`))).toEqual({
      code: 'INVALID_FIELD',
      line: 2,
    });
  });

  it('rejects BSD tag format with a hint', () => {
    expect(codeOf(() => parseChecksums(`SHA256 (f) = ${A}\n`))).toEqual({ code: 'INVALID_FIELD', line: 1 });
  });

  it('rejects an empty list and text over 512 KiB', () => {
    expect(codeOf(() => parseChecksums('\n\r\n')).code).toBe('NO_SUBJECTS');
    const big = `${A}  ${'x'.repeat(MAX_CHECKSUMS_BYTES)}\n`;
    expect(codeOf(() => parseChecksums(big)).code).toBe('TOO_LARGE');
  });
});
