/**
 * Rekor `hashedrekord` v0.0.1: a signature over an artifact digest (research/rekor-v1.md §2). The only kind
 * with an algorithm allow-list: RSA PKCS#1 v1.5 2048/3072/4096 + SHA-256, ECDSA P-256/P-384/P-521 with
 * SHA-256/384/512, Ed25519 (as Ed25519ph, so SHA-512). The canonical body equals the request with the key
 * re-encoded as Go PEM. The log's admission check (it verifies the signature, with @noble/curves) is in
 * hashedrekord-admit.ts, so clients that only read hashedrekord bodies do not load noble.
 */
import { toBase64, toHex, utf8 } from '../bytes.js';
import { CodedError } from '../errors.js';
import { canonicalJsonBytes } from '../json/canonical.js';
import type { Node } from '../json/decode.js';
import { DIGEST_BYTES, type HashAlgorithm, hashForKey } from '../keys/keys.js';
import { decodePemText } from './common.js';
import type { Verifier } from './verifier.js';

const HASH_ALGORITHMS = ['sha256', 'sha384', 'sha512'] as const;
const RSA_MODULUS_BITS = [2048, 3072, 4096];

function hexDigestRe(length: number): RegExp {
  return new RegExp(`^[0-9a-fA-F]{${length}}$`);
}
/** Built once (decodeHash runs on every entry admitted or read). */
const DIGEST_HEX_RE: Record<HashAlgorithm, RegExp> = {
  sha256: hexDigestRe(2 * DIGEST_BYTES.sha256),
  sha384: hexDigestRe(2 * DIGEST_BYTES.sha384),
  sha512: hexDigestRe(2 * DIGEST_BYTES.sha512),
};

export interface ProposedHashedRekordEntry {
  apiVersion: '0.0.1';
  kind: 'hashedrekord';
  spec: {
    data: { hash: { algorithm: HashAlgorithm; value: string } };
    signature: { content: string; publicKey: { content: string } };
  };
}

export interface HashedRekordBody {
  kind: 'hashedrekord';
  apiVersion: '0.0.1';
  hash: { algorithm: HashAlgorithm; value: string };
  signature: Uint8Array;
  /** PEM text as stored (Go re-encoded for entries this log admitted). */
  publicKeyPem: string;
}

/** The request body for a signature over `digest` (what sigstore-js `toProposedHashedRekordEntry` sends). */
export function proposeHashedRekordEntry(args: {
  digest: Uint8Array;
  algorithm?: HashAlgorithm;
  signature: Uint8Array;
  publicKeyPem: string;
}): ProposedHashedRekordEntry {
  return {
    apiVersion: '0.0.1',
    kind: 'hashedrekord',
    spec: {
      data: { hash: { algorithm: args.algorithm ?? 'sha256', value: toHex(args.digest) } },
      signature: { content: toBase64(args.signature), publicKey: { content: toBase64(utf8(args.publicKeyPem)) } },
    },
  };
}

/** Canonical body bytes (JCS) for already-validated parts. */
export function hashedRekordBodyBytes(
  hash: { algorithm: HashAlgorithm; value: string },
  signature: Uint8Array,
  canonicalPem: string,
): Uint8Array {
  return canonicalJsonBytes({
    apiVersion: '0.0.1',
    kind: 'hashedrekord',
    spec: {
      data: { hash: { algorithm: hash.algorithm, value: hash.value } },
      signature: { content: toBase64(signature), publicKey: { content: toBase64(utf8(canonicalPem)) } },
    },
  });
}

export function decodeHash(node: Node): { algorithm: HashAlgorithm; value: string } {
  const algorithm = node.get('algorithm').oneOf(HASH_ALGORITHMS);
  const valueNode = node.get('value');
  const value = valueNode.string();
  const length = 2 * DIGEST_BYTES[algorithm];
  if (!DIGEST_HEX_RE[algorithm].test(value)) valueNode.fail(`expected ${length} hex characters`);
  return { algorithm, value };
}

/** Throws UNSUPPORTED_KEY unless (key, hash) is on Rekor's hashedrekord allow-list. */
export function checkHashedRekordAlgorithm(verifier: Verifier, hash: HashAlgorithm, path: string): void {
  const { key } = verifier;
  const expected = key.algorithm === 'ed25519' ? 'sha512' : hashForKey(key.algorithm);
  let ok = expected === hash;
  if (key.algorithm === 'rsa') {
    ok &&= RSA_MODULUS_BITS.includes(key.keyObject.asymmetricKeyDetails?.modulusLength ?? 0);
  }
  if (!ok) {
    throw new CodedError(
      'UNSUPPORTED_KEY',
      `${path}: ${key.algorithm} with ${hash} is not an allowed hashedrekord algorithm ` +
        '(ECDSA P-256/SHA-256, P-384/SHA-384, P-521/SHA-512, RSA 2048-4096/SHA-256, Ed25519ph/SHA-512)',
      { details: { path } },
    );
  }
}

/**
 * Verifier-side decoding of a stored hashedrekord body: structure only (no key parsing, no signature check;
 * the caller compares the fields with the bundle's content).
 */
export function decodeHashedRekordBody(spec: Node): HashedRekordBody {
  const hash = decodeHash(spec.get('data').get('hash'));
  const sigNode = spec.get('signature');
  const signature = sigNode.get('content').base64();
  const keyNode = sigNode.get('publicKey').get('content');
  const publicKeyPem = decodePemText(keyNode);
  return { kind: 'hashedrekord', apiVersion: '0.0.1', hash, signature, publicKeyPem };
}
