import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLIC_GOOD_TRUSTED_ROOT } from '../../../../src/core/bundle/public-good-root.js';
import { parseTrustedRoot } from '../../../../src/core/bundle/trust.js';
import { toHex } from '../../../../src/core/bytes.js';

describe('built-in public-good trusted root', () => {
  it('is the root-signing trusted_root.json kept in test/vectors', () => {
    const vector = JSON.parse(
      readFileSync(new URL('../../../vectors/trust/trusted_root.production.json', import.meta.url), 'utf8'),
    );
    expect(PUBLIC_GOOD_TRUSTED_ROOT).toEqual(vector);
  });

  it('holds rekor.sigstore.dev with its production log ID', () => {
    const root = parseTrustedRoot(PUBLIC_GOOD_TRUSTED_ROOT);
    const rekor = root.tlogs.find((t) => t.baseUrl === 'https://rekor.sigstore.dev');
    expect(rekor && toHex(rekor.logId)).toBe('c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d');
  });
});
