/**
 * The log's admission of a Rekor `hashedrekord` v0.0.1 request: strict decoding, the algorithm allow-list,
 * and the signature verified over the digest (which needs @noble/curves; see keys/digest-signature.ts).
 */
import { fromHex } from '../bytes.js';
import { CodedError } from '../errors.js';
import type { Node } from '../json/decode.js';
import { verifyDigestSignature } from '../keys/digest-signature.js';
import type { AdmittedEntry } from './entry.js';
import { checkHashedRekordAlgorithm, decodeHash, hashedRekordBodyBytes } from './hashedrekord.js';
import { decodeVerifierField, keyIndexKey } from './verifier.js';

/** Server-side admission of a hashedrekord spec (Node code ENTRY_MALFORMED). */
export function admitHashedRekord(spec: Node): AdmittedEntry {
  spec.onlyKeys(['data', 'signature']);
  const data = spec.get('data').onlyKeys(['hash']);
  const hash = decodeHash(data.get('hash').onlyKeys(['algorithm', 'value']));
  const sigNode = spec.get('signature').onlyKeys(['content', 'publicKey']);
  const signature = sigNode.get('content').base64();
  if (signature.byteLength === 0) sigNode.get('content').fail('must not be empty');
  const keyNode = sigNode.get('publicKey').onlyKeys(['content']).get('content');
  const verifier = decodeVerifierField(keyNode);
  checkHashedRekordAlgorithm(verifier, hash.algorithm, keyNode.path);
  const hexDigest = hash.value.toLowerCase();
  const digest = fromHex(hexDigest);
  if (!verifyDigestSignature(verifier.key, digest, hash.algorithm, signature)) {
    throw new CodedError(
      'ENTRY_SIGNATURE_INVALID',
      `${sigNode.path}.content: signature does not verify over the digest with the given key`,
      { details: { path: `${sigNode.path}.content` } },
    );
  }
  return {
    kind: 'hashedrekord',
    apiVersion: '0.0.1',
    body: hashedRekordBodyBytes(hash, signature, verifier.canonicalPem),
    indexKeys: [...new Set([`${hash.algorithm}:${hexDigest}`, keyIndexKey(verifier)])],
  };
}
