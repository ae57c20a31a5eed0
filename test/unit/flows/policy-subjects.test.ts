import { describe, expect, it } from 'vitest';
import { evidenceCandidates, scanDigestReferences } from '../../../src/flows/policy-subjects.js';

const A = 'a'.repeat(64);
const B = `${'0123456789ABCDEF'.repeat(4)}`;

describe('scanDigestReferences', () => {
  it('finds every reference with its 1-based line and column, lowercased', () => {
    const text = `first line\nimage: app@sha256:${A}\n\n  - sha256:${B} # pinned\nx sha256:${A} y sha256:${A}\n`;
    expect(scanDigestReferences(text)).toEqual([
      { line: 2, column: 12, digest: `sha256:${A}` },
      { line: 4, column: 5, digest: `sha256:${B.toLowerCase()}` },
      { line: 5, column: 3, digest: `sha256:${A}` },
      { line: 5, column: 77, digest: `sha256:${A}` },
    ]);
  });

  it('counts lines the same with CRLF and CR line ends', () => {
    expect(scanDigestReferences(`a\r\nb\r\nsha256:${A}`)[0]?.line).toBe(3);
    expect(scanDigestReferences(`a\rsha256:${A}`)[0]?.line).toBe(2);
  });

  it('ignores values that are not a standalone 64-hex sha256 reference', () => {
    const text = [
      `sha256:${A}0`, // 65 hex: a different value
      `sha256:${A.slice(1)}`, // 63 hex
      `xsha256:${A}`, // glued prefix
      `sha256:${A}g`, // glued suffix
      `sha512:${A}${A}`,
      `SHA256:${A}`, // algorithm names are lowercase in references
    ].join('\n');
    expect(scanDigestReferences(text)).toEqual([]);
  });

  it('accepts references inside quotes, JSON and URLs', () => {
    const text = `{"digest":"sha256:${A}"}\nhttps://x/y@sha256:${A}?z`;
    expect(scanDigestReferences(text).map((r) => r.line)).toEqual([1, 2]);
  });
});

describe('evidenceCandidates', () => {
  it('names provenance files that sit beside a subject (dropped only if they decode as bundles), not lone ones', () => {
    expect(
      evidenceCandidates([
        'vendor/app',
        'vendor/app.sigstore.json',
        'vendor/lib.tgz',
        'vendor/lib.tgz.intoto.jsonl',
        'vendor/evil.sigstore.json',
      ]),
    ).toEqual(new Set(['vendor/app.sigstore.json', 'vendor/lib.tgz.intoto.jsonl']));
  });
});
