import { createHash, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../../src/adapters/crypto/node-signer.js';
import { utf8 } from '../../../../src/core/bytes.js';
import { CodedError } from '../../../../src/core/errors.js';
import { verifyDigestSignature } from '../../../../src/core/keys/digest-signature.js';
import {
  fingerprint,
  formatPublicKeyPem,
  parsePrivateKeyPem,
  parsePublicKeyDer,
  parsePublicKeyPem,
  verifySignature,
} from '../../../../src/core/keys/keys.js';

const rekorPem = readFileSync(new URL('../../../vectors/trust/rekor.sigstore.dev.pub.pem', import.meta.url), 'utf8');

describe('keys', () => {
  it('computes the production Rekor log ID as the SHA-256 of the DER SPKI', () => {
    const key = parsePublicKeyPem(rekorPem);
    expect(key.algorithm).toBe('ecdsa-p256');
    expect(fingerprint(key)).toBe('c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d');
    expect(formatPublicKeyPem(parsePublicKeyDer(key.spki))).toBe(formatPublicKeyPem(key));
  });

  it('emits PEM the way Go does: 64-character lines and a final newline', () => {
    const pem = formatPublicKeyPem(parsePublicKeyPem(rekorPem));
    expect(pem.endsWith('-----END PUBLIC KEY-----\n')).toBe(true);
    for (const line of pem.split('\n').slice(1, -2)) expect(line.length).toBeLessThanOrEqual(64);
  });

  for (const algorithm of ['ecdsa-p256', 'ed25519'] as const) {
    it(`signs and verifies with a generated ${algorithm} key; tampering fails`, () => {
      const signer = signerFromPem(generatePrivateKeyPem(algorithm));
      expect(signer.publicKey.algorithm).toBe(algorithm);
      const msg = utf8('hello');
      const sig = signer.sign(msg);
      if (algorithm === 'ecdsa-p256') expect(sig[0]).toBe(0x30); // DER SEQUENCE
      expect(verifySignature(signer.publicKey, msg, sig)).toBe(true);
      expect(verifySignature(signer.publicKey, utf8('hellp'), sig)).toBe(false);
      const bad = sig.slice();
      bad[bad.length - 1] = (bad[bad.length - 1] ?? 0) ^ 1;
      expect(verifySignature(signer.publicKey, msg, bad)).toBe(false);
      expect(verifySignature(signer.publicKey, msg, new Uint8Array(3))).toBe(false);
    });
  }

  it('verifies ECDSA signatures over a digest (hashedrekord) the same as over the message', () => {
    const pem = generatePrivateKeyPem('ecdsa-p256');
    const key = parsePrivateKeyPem(pem);
    const msg = utf8('artifact bytes');
    const sig = new Uint8Array(sign('sha256', msg, { key: key.keyObject, dsaEncoding: 'der' }));
    const digest = new Uint8Array(createHash('sha256').update(msg).digest());
    expect(verifyDigestSignature(key.publicKey, digest, 'sha256', sig)).toBe(true);
    digest[0] = (digest[0] ?? 0) ^ 1;
    expect(verifyDigestSignature(key.publicKey, digest, 'sha256', sig)).toBe(false);
  });

  it('rejects non-PEM and wrong-type input with INVALID_KEY, never echoing it', () => {
    const e = (() => {
      try {
        parsePrivateKeyPem('-----BEGIN PRIVATE KEY-----\nc2VjcmV0LXN0dWZm\n-----END PRIVATE KEY-----\n');
      } catch (err) {
        return err as CodedError;
      }
      return undefined;
    })();
    expect(e?.code).toBe('INVALID_KEY');
    expect(e?.message).not.toContain('c2VjcmV0');
    expect(() => parsePublicKeyPem('nope')).toThrow(CodedError);
  });
});
