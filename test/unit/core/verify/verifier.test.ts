import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../../src/core/bundle/codec.js';
import { isCodedError } from '../../../../src/core/errors.js';
import { parsePublicKeyPem } from '../../../../src/core/keys/keys.js';
import { collectTimes } from '../../../../src/core/verify/times.js';
import { verifyRfc3161Timestamp } from '../../../../src/core/verify/timestamp.js';
import { verifyBundle, verifyParsedBundle } from '../../../../src/core/verify/verifier.js';
import {
  conformanceBundleText,
  conformanceRoot,
  DEFAULT_IDENTITY,
  DEFAULT_ISSUER,
  NOW,
  productionRoot,
  vectorText,
} from './vectors.js';

function errorOf(fn: () => unknown): { code: string; check: unknown; checks: unknown } {
  try {
    fn();
  } catch (error) {
    if (isCodedError(error)) return { code: error.code, check: error.details?.check, checks: error.details?.checks };
    throw error;
  }
  return { code: 'no error', check: undefined, checks: undefined };
}

const aTxt = {
  algorithm: 'sha256' as const,
  hex: createHash('sha256')
    .update(readFileSync(new URL('../../../vectors/bundles/conformance/a.txt', import.meta.url)))
    .digest('hex'),
};
const identity = { san: DEFAULT_IDENTITY, issuer: DEFAULT_ISSUER };
const happy = conformanceBundleText('happy-path-v0.3');

describe('verifyBundle', () => {
  it('lists every check of a keyless bundle in order, with the signer facts', () => {
    const result = verifyBundle(happy, aTxt, productionRoot, { now: NOW, identity });
    expect(result.checks.map((c) => c.name)).toEqual([
      'bundle',
      'tlog',
      'timestamp',
      'artifact',
      'certificate',
      'sct',
      'identity',
      'signature',
      'tlog-body',
    ]);
    expect(result.checks.every((c) => c.ok && c.detail.length > 0)).toBe(true);
    expect(result.signer).toMatchObject({ kind: 'certificate', san: DEFAULT_IDENTITY, issuer: DEFAULT_ISSUER });
    expect(result.tlog).toEqual([expect.objectContaining({ logIndex: 79571823, integratedTimeVerified: true })]);
    expect(result.timestamps).toEqual([{ source: 'tlog', time: result.tlog[0]?.integratedTime }]);
    expect(result.statement).toBeUndefined();
  });

  it('verifies an already parsed bundle the same way', () => {
    const result = verifyParsedBundle(parseBundle(happy), aTxt, productionRoot, { now: NOW, identity });
    expect(result.checks.map((c) => c.name)).not.toContain('bundle');
  });

  it('accepts a whole-value regular expression for the identity', () => {
    const loose = { san: /https:\/\/github\.com\/sigstore-conformance\/.+/, issuer: /https:\/\/token\.actions\..+/ };
    expect(verifyBundle(happy, aTxt, productionRoot, { now: NOW, identity: loose }).signer.kind).toBe('certificate');
  });

  it('fails the identity check without an expected identity or with another one', () => {
    expect(errorOf(() => verifyBundle(happy, aTxt, productionRoot, { now: NOW }))).toMatchObject({
      code: 'IDENTITY_MISMATCH',
      check: 'identity',
    });
    const wrong = { san: DEFAULT_IDENTITY, issuer: 'https://accounts.google.com' };
    const error = errorOf(() => verifyBundle(happy, aTxt, productionRoot, { now: NOW, identity: wrong }));
    expect(error).toMatchObject({ code: 'IDENTITY_MISMATCH', check: 'identity' });
    expect(error.checks).toEqual([
      expect.objectContaining({ name: 'bundle', ok: true }),
      expect.objectContaining({ name: 'tlog', ok: true }),
      expect.objectContaining({ name: 'timestamp', ok: true }),
      expect.objectContaining({ name: 'artifact', ok: true }),
      expect.objectContaining({ name: 'certificate', ok: true }),
      expect.objectContaining({ name: 'sct', ok: true }),
      expect.objectContaining({ name: 'identity', ok: false }),
    ]);
  });

  it('rejects an entry integrated after `now`', () => {
    const before = Date.UTC(2020, 0, 1) / 1000;
    expect(errorOf(() => verifyBundle(happy, aTxt, productionRoot, { now: before, identity }))).toMatchObject({
      code: 'TLOG_INTEGRATED_TIME_INVALID',
      check: 'tlog',
    });
  });

  it('needs a verified time: a v0.3 entry without its SET has none', () => {
    const json = JSON.parse(happy);
    delete json.verificationMaterial.tlogEntries[0].inclusionPromise;
    expect(errorOf(() => verifyBundle(json, aTxt, productionRoot, { now: NOW, identity }))).toMatchObject({
      code: 'TIMESTAMP_INVALID',
      check: 'timestamp',
    });
  });

  it('needs a log entry', () => {
    const json = JSON.parse(happy);
    json.verificationMaterial.tlogEntries = [];
    expect(errorOf(() => verifyBundle(json, aTxt, productionRoot, { now: NOW, identity }))).toMatchObject({
      code: 'TLOG_ENTRY_MISSING',
      check: 'tlog',
    });
  });

  it('verifies a key-signed bundle with its RFC 3161 timestamp and names the key', () => {
    const keys = [parsePublicKeyPem(vectorText('bundles/conformance/managed-key-happy-path/key.pub'))];
    const text = conformanceBundleText('managed-key-happy-path');
    const digest = parseBundle(text).content;
    if (digest.kind !== 'messageSignature') throw new Error('expected a message signature');
    const artifact = { algorithm: 'sha256' as const, hex: Buffer.from(digest.digest.digest).toString('hex') };
    const result = verifyBundle(text, artifact, productionRoot, { now: NOW, keys });
    expect(result.signer).toEqual({ kind: 'key', fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(result.timestamps.map((t) => t.source).sort()).toEqual(['rfc3161', 'tlog']);
    expect(result.checks.map((c) => c.name)).toContain('key');

    const otherFile = { algorithm: 'sha256' as const, hex: 'ab'.repeat(32) };
    expect(errorOf(() => verifyBundle(text, otherFile, productionRoot, { now: NOW, keys }))).toMatchObject({
      code: 'ARTIFACT_DIGEST_MISMATCH',
      check: 'artifact',
    });

    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
    const wrongKeys = [parsePublicKeyPem(stranger.export({ type: 'spki', format: 'pem' }).toString())];
    expect(errorOf(() => verifyBundle(text, artifact, productionRoot, { now: NOW, keys: wrongKeys }))).toMatchObject({
      code: 'KEY_UNTRUSTED',
      check: 'key',
    });
  });

  it('rejects a DSSE bundle for an artifact that is not one of its subjects', () => {
    const text = conformanceBundleText('intoto-with-custom-trust-root');
    const root = conformanceRoot('intoto-with-custom-trust-root');
    const error = errorOf(() => verifyBundle(text, aTxt, root, { now: NOW, identity }));
    expect(error).toMatchObject({ code: 'ARTIFACT_DIGEST_MISMATCH', check: 'artifact' });
  });

  it('counts verified RFC 3161 times and rejects one that lies after `now`', () => {
    const bundle = parseBundle(conformanceBundleText('intoto-with-custom-trust-root'));
    const root = conformanceRoot('intoto-with-custom-trust-root');
    const stampTime = Date.UTC(2023, 1, 1) / 1000;
    expect(collectTimes(bundle, [], root, stampTime, verifyRfc3161Timestamp)).toEqual([
      { source: 'rfc3161', time: stampTime },
    ]);
    expect(errorOf(() => collectTimes(bundle, [], root, stampTime - 1, verifyRfc3161Timestamp)).code).toBe(
      'TIMESTAMP_INVALID',
    );
  });
});
