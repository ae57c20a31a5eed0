/**
 * The signature layer of bundle verification: does the artifact match what was signed, and does the
 * signature verify with the signer's key (a trusted key given by the caller, or the verified certificate's)?
 *
 * - DSSE: the signature covers PAE(payloadType, payload); the artifact matches when its SHA-256 is the digest
 *   of a subject of the in-toto statement in the payload (in-toto matches subjects by digest only).
 * - Message signature (hashedrekord): the signature covers the artifact itself. The bundle's `messageDigest` is
 *   an unauthenticated hint (protobuf-specs: "MUST NOT be used to verify"): it must equal the artifact's digest
 *   (conformance `message-digest-mismatch_fail`), and the signature is verified over the artifact's REAL digest.
 */

import { type BundleContent, hashAlgorithmOf } from '../bundle/bundle.js';
import { bytesEqual, fromHex, toBase64, toHex } from '../bytes.js';
import { verifyEnvelope } from '../dsse/envelope.js';
import { CodedError } from '../errors.js';
import { IN_TOTO_PAYLOAD_TYPE, parseStatement, type Statement } from '../intoto/statement.js';
import type { verifyDigestSignature } from '../keys/digest-signature.js';
import { DIGEST_BYTES, fingerprint, type HashAlgorithm, keyId, type PublicKey } from '../keys/keys.js';
import { requireSupport } from './support.js';

/**
 * The artifact being verified, by digest (files are hashed by the caller; core does no I/O). sha256 is the
 * norm; sha384/sha512 exist because in-toto subjects may carry only those (sigstore-js's npm attestations
 * name packages by sha512).
 */
export interface ArtifactDigest {
  readonly algorithm: DigestAlgorithm;
  /** Lowercase hex. */
  readonly hex: string;
}

export type DigestAlgorithm = HashAlgorithm;

/** Per algorithm: lowercase hex of its digest length, compiled once. */
const DIGEST_HEX: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(DIGEST_BYTES).map(([algorithm, length]) => [algorithm, new RegExp(`^[0-9a-f]{${length * 2}}$`)]),
);

function artifactBytes(artifact: ArtifactDigest): Uint8Array {
  const hex = DIGEST_HEX.get(artifact.algorithm);
  if (hex === undefined || !hex.test(artifact.hex)) {
    throw new CodedError(
      'INVALID_FIELD',
      `artifact digest must be sha256, sha384 or sha512 as lowercase hex of the right length (got ${artifact.algorithm})`,
    );
  }
  return fromHex(artifact.hex, 'artifact digest');
}

/** The bytes a timestamp authority stamps and the log stores: the DSSE signature or the message signature. */
export function signatureBytes(content: BundleContent): Uint8Array {
  if (content.kind === 'messageSignature') return content.signature;
  const [first] = content.envelope.signatures;
  if (first === undefined) throw new CodedError('SIGNATURE_INVALID', 'the DSSE envelope carries no signature');
  return first.sig;
}

/**
 * ARTIFACT_DIGEST_MISMATCH unless the artifact is what the bundle signs. For DSSE returns the in-toto
 * statement (parsed from the exact payload bytes that are signed).
 */
export function verifyArtifactMatches(content: BundleContent, artifact: ArtifactDigest): { statement?: Statement } {
  const digest = artifactBytes(artifact);
  if (content.kind === 'messageSignature') {
    if (
      hashAlgorithmOf(content.digest.algorithm) !== artifact.algorithm ||
      !bytesEqual(content.digest.digest, digest)
    ) {
      throw new CodedError(
        'ARTIFACT_DIGEST_MISMATCH',
        `the bundle signs ${content.digest.algorithm} ${toHex(content.digest.digest)}, ` +
          `but the artifact is ${artifact.algorithm} ${artifact.hex}`,
        { details: { expected: artifact.hex } },
      );
    }
    return {};
  }
  const { payloadType, payload } = content.envelope;
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new CodedError(
      'ARTIFACT_DIGEST_MISMATCH',
      `the DSSE payload type is "${payloadType}", not an in-toto statement, so it names no artifact`,
    );
  }
  const statement = parseStatement(payload);
  const alg = artifact.algorithm;
  if (!statement.subject.some((s) => s.digest[alg] === artifact.hex)) {
    const names = statement.subject.slice(0, 5).map((s) => `${s.name || '_'} ${alg}:${s.digest[alg] ?? '-'}`);
    throw new CodedError(
      'ARTIFACT_DIGEST_MISMATCH',
      `${alg}:${artifact.hex} is not a subject of the attestation (subjects: ${names.join(', ')}` +
        `${statement.subject.length > 5 ? ', …' : ''})`,
      { details: { expected: artifact.hex, subjects: statement.subject.length } },
    );
  }
  return { statement };
}

/**
 * Verifies the bundle's signature with `key`: DSSE over PAE (DSSE_SIGNATURE_INVALID), or a message signature
 * over the artifact's digest (SIGNATURE_INVALID).
 */
export function verifyContentSignature(
  content: BundleContent,
  key: PublicKey,
  artifact: ArtifactDigest,
  digestSignature: typeof verifyDigestSignature | undefined,
): void {
  if (content.kind === 'dsseEnvelope') {
    verifyEnvelope(content.envelope, key);
    return;
  }
  if (key.algorithm === 'ed25519') {
    throw new CodedError(
      'SIGNATURE_INVALID',
      'an Ed25519 message signature covers the artifact bytes, which cannot be checked from a digest alone',
    );
  }
  const verifyDigest = requireSupport(digestSignature, 'message-signature bundles');
  if (!verifyDigest(key, artifactBytes(artifact), artifact.algorithm, content.signature)) {
    throw new CodedError(
      'SIGNATURE_INVALID',
      `the message signature does not verify over ${artifact.algorithm}:${artifact.hex} with key ${fingerprint(key)}`,
    );
  }
}

/** Whether the bundle's key hint names `key`: its key ID in base64 or (any case) hex. */
function keyMatchesHint(key: PublicKey, hint: string): boolean {
  if (hint === '') return false;
  const id = keyId(key);
  return hint === toBase64(id) || hint.toLowerCase() === toHex(id);
}

/**
 * Picks the trusted key that verifies the bundle (`publicKey` verification material). The bundle's `hint` is
 * unauthenticated, so it only orders the attempt; every key given by the caller is tried.
 * KEY_UNTRUSTED when no key is given or none verifies; SIGNATURE_INVALID when the key the hint names is given
 * but its signature does not verify.
 */
export function verifyWithTrustedKeys(
  content: BundleContent,
  hint: string,
  keys: readonly PublicKey[],
  artifact: ArtifactDigest,
  digestSignature: typeof verifyDigestSignature | undefined,
): PublicKey {
  if (keys.length === 0) {
    throw new CodedError(
      'KEY_UNTRUSTED',
      `the bundle is signed with a public key${hint === '' ? '' : ` (hint ${hint})`}, but no trusted key was given (--key)`,
    );
  }
  // Hinted keys first (a stable sort keeps the caller's order otherwise); each key is hashed once.
  const ordered = keys
    .map((key) => ({ key, named: keyMatchesHint(key, hint) }))
    .sort((a, b) => Number(b.named) - Number(a.named));
  let hinted: CodedError | undefined;
  for (const { key, named } of ordered) {
    try {
      verifyContentSignature(content, key, artifact, digestSignature);
      return key;
    } catch (error) {
      if (!(error instanceof CodedError)) throw error;
      if (named) hinted ??= error;
    }
  }
  if (hinted !== undefined) throw hinted;
  throw new CodedError(
    'KEY_UNTRUSTED',
    `the bundle's signature does not verify with any of the ${keys.length} trusted key(s)` +
      `${hint === '' ? '' : ` (bundle key hint ${hint})`}`,
  );
}
