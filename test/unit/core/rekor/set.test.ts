import { describe, expect, it } from 'vitest';
import { generatePrivateKeyPem, signerFromPem } from '../../../../src/adapters/crypto/node-signer.js';
import { fromBase64, toBase64, utf8 } from '../../../../src/core/bytes.js';
import { fingerprint, parsePublicKeyPem } from '../../../../src/core/keys/keys.js';
import { setPayload, signSet, verifySet } from '../../../../src/core/rekor/set.js';
import { readBundle, readVector } from './vectors.js';

describe('signed entry timestamps', () => {
  it('signs exactly the JCS of {body, integratedTime, logID, logIndex}', () => {
    const fields = { logIndex: 7, logID: 'ab'.repeat(32), integratedTime: 1700000000, body: toBase64(utf8('{}')) };
    expect(Buffer.from(setPayload(fields)).toString()).toBe(
      `{"body":"e30=","integratedTime":1700000000,"logID":"${'ab'.repeat(32)}","logIndex":7}`,
    );
  });

  for (const algorithm of ['ecdsa-p256', 'ed25519'] as const) {
    it(`round-trips with a generated ${algorithm} log key; any changed field fails`, () => {
      const signer = signerFromPem(generatePrivateKeyPem(algorithm));
      const fields = {
        body: toBase64(utf8('{"a":1}')),
        integratedTime: 1,
        logID: fingerprint(signer.publicKey),
        logIndex: 0,
      };
      const sig = signSet(fields, signer);
      expect(verifySet(fields, sig, signer.publicKey)).toBe(true);
      expect(verifySet({ ...fields, logIndex: 1 }, sig, signer.publicKey)).toBe(false);
      expect(verifySet({ ...fields, integratedTime: 2 }, sig, signer.publicKey)).toBe(false);
      expect(verifySet({ ...fields, body: toBase64(utf8('{"a":2}')) }, sig, signer.publicKey)).toBe(false);
      expect(verifySet(fields, sig.slice(1), signer.publicKey)).toBe(false);
      const other = signerFromPem(generatePrivateKeyPem(algorithm));
      expect(verifySet(fields, sig, other.publicKey)).toBe(false);
    });
  }

  it('verifies a production SET (sigstore-js bundle v0.3, log index 27246114)', () => {
    const b = readBundle('bundles/sigstore-js/bundleV03-dsse.sigstore');
    const e = b?.entries[0];
    if (e?.set === undefined) throw new Error('vector missing');
    const key = parsePublicKeyPem(readVector('trust/rekor.sigstore.dev.pub.pem'));
    const fields = {
      body: e.canonicalizedBodyB64,
      integratedTime: e.integratedTime,
      logID: fingerprint(key),
      logIndex: e.logIndex,
    };
    expect(verifySet(fields, e.set, key)).toBe(true);
    expect(
      verifySet({ ...fields, logIndex: 23082683 /* the tree-local index is not what is signed */ }, e.set, key),
    ).toBe(false);
    expect(fromBase64(fields.body)).toEqual(e.body);
  });
});
