import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BundleContent } from '../../../../src/core/bundle/bundle.js';
import { utf8 } from '../../../../src/core/bytes.js';
import { formatEnvelope, signEnvelope } from '../../../../src/core/dsse/envelope.js';
import { buildStatement, IN_TOTO_PAYLOAD_TYPE, serializeStatement } from '../../../../src/core/intoto/statement.js';
import { verifyDigestSignature } from '../../../../src/core/keys/digest-signature.js';
import { fingerprint, type PublicKey, parsePublicKeyPem } from '../../../../src/core/keys/keys.js';
import type { Signer } from '../../../../src/core/keys/signer.js';
import {
  type ArtifactDigest,
  verifyArtifactMatches,
  verifyContentSignature,
  verifyWithTrustedKeys,
} from '../../../../src/core/verify/signature.js';
import { codeOf } from '../../../helpers/errors.js';

function newSigner(): Signer {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const key: PublicKey = parsePublicKeyPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  return { publicKey: key, sign: (m) => new Uint8Array(sign('sha256', m, { key: privateKey, dsaEncoding: 'der' })) };
}

const signer = newSigner();
const other = newSigner();
const artifactBytes = utf8('release.tar.gz contents');
const artifact: ArtifactDigest = { algorithm: 'sha256', hex: createHash('sha256').update(artifactBytes).digest('hex') };
const otherArtifact: ArtifactDigest = { algorithm: 'sha256', hex: 'ab'.repeat(32) };

function messageContent(digestHex = artifact.hex): BundleContent {
  return {
    kind: 'messageSignature',
    digest: { algorithm: 'SHA2_256', digest: new Uint8Array(Buffer.from(digestHex, 'hex')) },
    signature: signer.sign(artifactBytes),
  };
}

function dsseContent(payloadType = IN_TOTO_PAYLOAD_TYPE): BundleContent {
  const statement = buildStatement([{ name: 'release.tar.gz', digest: { sha256: artifact.hex } }], 'https://x/y', {});
  const envelope = signEnvelope(payloadType, serializeStatement(statement), signer);
  return { kind: 'dsseEnvelope', envelope, rawEnvelope: formatEnvelope(envelope) };
}

describe('verifyArtifactMatches', () => {
  it('accepts the artifact a message signature names and rejects another', () => {
    expect(verifyArtifactMatches(messageContent(), artifact)).toEqual({});
    expect(codeOf(() => verifyArtifactMatches(messageContent(), otherArtifact))).toBe('ARTIFACT_DIGEST_MISMATCH');
  });

  it('rejects a message digest of another algorithm', () => {
    const sha512 = { algorithm: 'sha512' as const, hex: 'cd'.repeat(64) };
    expect(codeOf(() => verifyArtifactMatches(messageContent(), sha512))).toBe('ARTIFACT_DIGEST_MISMATCH');
  });

  it('returns the statement when the artifact is a DSSE subject', () => {
    expect(verifyArtifactMatches(dsseContent(), artifact).statement?.subject[0]?.name).toBe('release.tar.gz');
    expect(codeOf(() => verifyArtifactMatches(dsseContent(), otherArtifact))).toBe('ARTIFACT_DIGEST_MISMATCH');
  });

  it('rejects a DSSE payload that is not an in-toto statement', () => {
    expect(codeOf(() => verifyArtifactMatches(dsseContent('text/plain'), artifact))).toBe('ARTIFACT_DIGEST_MISMATCH');
  });

  it('rejects a malformed artifact digest', () => {
    expect(codeOf(() => verifyArtifactMatches(messageContent(), { algorithm: 'sha256', hex: 'AB'.repeat(32) }))).toBe(
      'INVALID_FIELD',
    );
  });
});

describe('verifyContentSignature', () => {
  it('verifies a message signature over the real artifact digest, not the bundle hint', () => {
    expect(() =>
      verifyContentSignature(messageContent(), signer.publicKey, artifact, verifyDigestSignature),
    ).not.toThrow();
    // A bundle whose hint was edited to the other artifact still only verifies over the artifact actually signed.
    expect(
      codeOf(() =>
        verifyContentSignature(
          messageContent(otherArtifact.hex),
          signer.publicKey,
          otherArtifact,
          verifyDigestSignature,
        ),
      ),
    ).toBe('SIGNATURE_INVALID');
    expect(
      codeOf(() => verifyContentSignature(messageContent(), other.publicKey, artifact, verifyDigestSignature)),
    ).toBe('SIGNATURE_INVALID');
  });

  it('verifies a DSSE signature and rejects another key', () => {
    expect(() =>
      verifyContentSignature(dsseContent(), signer.publicKey, artifact, verifyDigestSignature),
    ).not.toThrow();
    expect(codeOf(() => verifyContentSignature(dsseContent(), other.publicKey, artifact, verifyDigestSignature))).toBe(
      'DSSE_SIGNATURE_INVALID',
    );
  });
});

describe('verifyWithTrustedKeys', () => {
  it('finds the signing key among several, whatever the hint says', () => {
    expect(
      verifyWithTrustedKeys(messageContent(), '', [other.publicKey, signer.publicKey], artifact, verifyDigestSignature),
    ).toBe(signer.publicKey);
    expect(
      verifyWithTrustedKeys(
        dsseContent(),
        'not-a-key-id',
        [other.publicKey, signer.publicKey],
        artifact,
        verifyDigestSignature,
      ),
    ).toBe(signer.publicKey);
  });

  it('is KEY_UNTRUSTED without keys or when no key verifies', () => {
    expect(codeOf(() => verifyWithTrustedKeys(messageContent(), 'hint', [], artifact, verifyDigestSignature))).toBe(
      'KEY_UNTRUSTED',
    );
    expect(
      codeOf(() => verifyWithTrustedKeys(messageContent(), '', [other.publicKey], artifact, verifyDigestSignature)),
    ).toBe('KEY_UNTRUSTED');
  });

  it('reports the hinted key signature failure as SIGNATURE_INVALID', () => {
    const hint = fingerprint(other.publicKey);
    expect(
      codeOf(() => verifyWithTrustedKeys(messageContent(), hint, [other.publicKey], artifact, verifyDigestSignature)),
    ).toBe('SIGNATURE_INVALID');
  });
});
