/**
 * Admission of a Rekor v2 `hashedRekordRequestV002` (research/tiles-perf.md §1.2): a signature over a digest,
 * the verifier given as DER (SPKI or certificate) with explicit `keyDetails`. The logged body is the JCS of
 * `{apiVersion:"0.0.2", kind:"hashedrekord", spec:{hashedRekordV002:{data, signature}}}`.
 * Pure (no I/O); it lives beside the v2 route because only that route needs it (candidate for core/rekor).
 */

import { HASH_ALGORITHM_NAMES } from '../bundle/bundle.js';
import { toBase64, toHex } from '../bytes.js';
import { CodedError } from '../errors.js';
import { canonicalJsonBytes } from '../json/canonical.js';
import type { Node } from '../json/decode.js';
import { verifyDigestSignature } from '../keys/digest-signature.js';
import { DIGEST_BYTES, formatPem, type HashAlgorithm, type KeyAlgorithm } from '../keys/keys.js';
import type { AdmittedEntry } from './entry.js';
import { checkHashedRekordAlgorithm } from './hashedrekord.js';
import { keyIndexKey, parseVerifierPem } from './verifier.js';

/** Rekor v2's default allow-list (protobuf-specs PublicKeyDetails names). Pure Ed25519 is not allowed. */
const KEY_DETAILS: Record<string, { algorithm: KeyAlgorithm; hash: HashAlgorithm }> = {
  PKIX_ECDSA_P256_SHA_256: { algorithm: 'ecdsa-p256', hash: 'sha256' },
  PKIX_ECDSA_P384_SHA_384: { algorithm: 'ecdsa-p384', hash: 'sha384' },
  PKIX_ECDSA_P521_SHA_512: { algorithm: 'ecdsa-p521', hash: 'sha512' },
  PKIX_ED25519_PH: { algorithm: 'ed25519', hash: 'sha512' },
  PKIX_RSA_PKCS1V15_2048_SHA256: { algorithm: 'rsa', hash: 'sha256' },
  PKIX_RSA_PKCS1V15_3072_SHA256: { algorithm: 'rsa', hash: 'sha256' },
  PKIX_RSA_PKCS1V15_4096_SHA256: { algorithm: 'rsa', hash: 'sha256' },
};

/** Decodes and verifies a CreateEntryRequest; ENTRY_KIND_UNSUPPORTED for anything but hashedrekord v0.0.2. */
export function admitHashedRekordV2(request: Node): AdmittedEntry {
  const keys = request.keys();
  if (keys.includes('dsseRequestV002')) {
    throw new CodedError(
      'ENTRY_KIND_UNSUPPORTED',
      'invalid type, must be hashedrekord (DSSE goes in as a digest of its PAE)',
    );
  }
  request.onlyKeys(['hashedRekordRequestV002']);
  const req = request.get('hashedRekordRequestV002').onlyKeys(['digest', 'signature']);
  const digest = req.get('digest').bytes();
  const sigNode = req.get('signature').onlyKeys(['content', 'verifier']);
  const signature = sigNode.get('content').bytes();
  if (signature.byteLength === 0) sigNode.get('content').fail('must not be empty');
  const verifierNode = sigNode.get('verifier').onlyKeys(['publicKey', 'x509Certificate', 'keyDetails']);
  const keyDetails = verifierNode.get('keyDetails').oneOf(Object.keys(KEY_DETAILS));
  const details = KEY_DETAILS[keyDetails];
  if (details === undefined) return verifierNode.get('keyDetails').fail('unsupported');
  const publicKey = verifierNode.optional('publicKey');
  const certificate = verifierNode.optional('x509Certificate');
  const holder = publicKey ?? certificate;
  if (holder === undefined || (publicKey !== undefined && certificate !== undefined)) {
    return verifierNode.fail('needs exactly one of publicKey, x509Certificate');
  }
  const rawNode = holder.onlyKeys(['rawBytes']).get('rawBytes');
  const der = rawNode.bytes();
  const verifier = parseVerifierPem(formatPem(publicKey ? 'PUBLIC KEY' : 'CERTIFICATE', der), rawNode.path);
  if (verifier.key.algorithm !== details.algorithm) {
    throw new CodedError(
      'UNSUPPORTED_KEY',
      `${verifierNode.path}.keyDetails ${keyDetails} does not match the ${verifier.key.algorithm} key`,
    );
  }
  checkHashedRekordAlgorithm(verifier, details.hash, rawNode.path);
  if (digest.byteLength !== DIGEST_BYTES[details.hash]) {
    req.get('digest').fail(`expected a ${DIGEST_BYTES[details.hash]}-byte ${details.hash} digest`);
  }
  if (!verifyDigestSignature(verifier.key, digest, details.hash, signature)) {
    throw new CodedError(
      'ENTRY_SIGNATURE_INVALID',
      `${sigNode.path}.content: signature does not verify over the digest`,
    );
  }
  const body = canonicalJsonBytes({
    apiVersion: '0.0.2',
    kind: 'hashedrekord',
    spec: {
      hashedRekordV002: {
        data: { algorithm: HASH_ALGORITHM_NAMES[details.hash], digest: toBase64(digest) },
        signature: {
          content: toBase64(signature),
          verifier: {
            keyDetails,
            [publicKey ? 'publicKey' : 'x509Certificate']: { rawBytes: toBase64(der) },
          },
        },
      },
    },
  });
  return {
    kind: 'hashedrekord',
    apiVersion: '0.0.2',
    body,
    indexKeys: [`${details.hash}:${toHex(digest)}`, keyIndexKey(verifier)],
  };
}
