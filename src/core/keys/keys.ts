/**
 * Public and private keys as Sigstore uses them: PEM SubjectPublicKeyInfo / PKCS#8, ECDSA (P-256, P-384,
 * P-521), Ed25519 and RSA (verify only). Signatures are ASN.1 DER for ECDSA, as everywhere in Sigstore.
 * Parsing and verification use node:crypto (fast, constant-time). Verification over a precomputed digest
 * (hashedrekord) is in digest-signature.ts, apart, because it needs @noble/curves.
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject, verify } from 'node:crypto';
import { fromHex, toBase64, toHex } from '../bytes.js';
import { CodedError } from '../errors.js';

export type KeyAlgorithm = 'ecdsa-p256' | 'ecdsa-p384' | 'ecdsa-p521' | 'ed25519' | 'rsa';
export type HashAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** Digest size in bytes of each hash (hex is twice as long). */
export const DIGEST_BYTES: Readonly<Record<HashAlgorithm, number>> = { sha256: 32, sha384: 48, sha512: 64 };

export interface PublicKey {
  readonly algorithm: KeyAlgorithm;
  /** DER SubjectPublicKeyInfo: the bytes key IDs and log IDs are computed over. */
  readonly spki: Uint8Array;
  readonly keyObject: KeyObject;
}

export interface PrivateKey {
  readonly algorithm: KeyAlgorithm;
  readonly keyObject: KeyObject;
  readonly publicKey: PublicKey;
}

/** The hash each ECDSA curve is paired with in Sigstore (and the default for RSA). */
export function hashForKey(algorithm: KeyAlgorithm): HashAlgorithm | null {
  switch (algorithm) {
    case 'ecdsa-p256':
    case 'rsa':
      return 'sha256';
    case 'ecdsa-p384':
      return 'sha384';
    case 'ecdsa-p521':
      return 'sha512';
    case 'ed25519':
      return null;
  }
}

function algorithmOf(key: KeyObject): KeyAlgorithm {
  const type = key.asymmetricKeyType;
  if (type === 'ed25519') return 'ed25519';
  if (type === 'rsa') return 'rsa';
  if (type === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'prime256v1') return 'ecdsa-p256';
    if (curve === 'secp384r1') return 'ecdsa-p384';
    if (curve === 'secp521r1') return 'ecdsa-p521';
    throw new CodedError('UNSUPPORTED_KEY', `ECDSA curve ${curve ?? 'unknown'} is not supported (use P-256)`);
  }
  throw new CodedError(
    'UNSUPPORTED_KEY',
    `key type ${type ?? 'unknown'} is not supported (use ECDSA P-256 or Ed25519)`,
  );
}

function fromKeyObject(keyObject: KeyObject): PublicKey {
  const spki = new Uint8Array(keyObject.export({ type: 'spki', format: 'der' }));
  return { algorithm: algorithmOf(keyObject), spki, keyObject };
}

/**
 * A PublicKey for a KeyObject already loaded (e.g. a parsed certificate's key), without re-parsing its DER.
 * UNSUPPORTED_KEY for key types Sigstore does not use, as parsePublicKeyDer. The SPKI is exported on first
 * read only (OpenSSL's encoder costs about as much as a signature check, and a certificate's key rarely needs
 * its SPKI).
 */
export function publicKeyFromKeyObject(keyObject: KeyObject): PublicKey {
  if (keyObject.type !== 'public') throw new CodedError('INVALID_KEY', 'expected a public key');
  const algorithm = algorithmOf(keyObject);
  let spki: Uint8Array | undefined;
  return {
    algorithm,
    keyObject,
    get spki(): Uint8Array {
      spki ??= new Uint8Array(keyObject.export({ type: 'spki', format: 'der' }));
      return spki;
    },
  };
}

/** Parses one PEM `PUBLIC KEY` block (SubjectPublicKeyInfo). */
export function parsePublicKeyPem(pem: string, what = 'public key'): PublicKey {
  if (!/-----BEGIN PUBLIC KEY-----/.test(pem)) {
    throw new CodedError('INVALID_KEY', `${what} is not a PEM "PUBLIC KEY" block`);
  }
  let keyObject: KeyObject;
  try {
    keyObject = createPublicKey({ key: pem, format: 'pem' });
  } catch (cause) {
    throw new CodedError('INVALID_KEY', `${what} does not parse as a PEM public key`, { cause });
  }
  return fromKeyObject(keyObject);
}

/** Parses DER SubjectPublicKeyInfo bytes (trusted roots and bundles carry these). */
export function parsePublicKeyDer(spki: Uint8Array, what = 'public key'): PublicKey {
  let keyObject: KeyObject;
  try {
    keyObject = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
  } catch (cause) {
    throw new CodedError('INVALID_KEY', `${what} is not a DER SubjectPublicKeyInfo`, { cause });
  }
  return fromKeyObject(keyObject);
}

/** PEM as Go's encoding/pem writes it (64-character lines, trailing newline): Rekor's canonical form. */
export function formatPublicKeyPem(key: PublicKey): string {
  return formatPem('PUBLIC KEY', key.spki);
}

export function formatPem(label: string, der: Uint8Array): string {
  const b64 = toBase64(der);
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Parses a PEM PKCS#8 `PRIVATE KEY` (or SEC1 `EC PRIVATE KEY`). The error never echoes the key text. */
export function parsePrivateKeyPem(pem: string, what = 'signing key'): PrivateKey {
  if (!/-----BEGIN (?:EC )?PRIVATE KEY-----/.test(pem)) {
    if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(pem)) {
      throw new CodedError('INVALID_KEY', `${what} is encrypted; provide an unencrypted PKCS#8 PEM key`);
    }
    throw new CodedError('INVALID_KEY', `${what} is not a PEM "PRIVATE KEY" block (PKCS#8)`);
  }
  let keyObject: KeyObject;
  try {
    keyObject = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    // The cause is dropped on purpose: OpenSSL messages can quote input.
    throw new CodedError('INVALID_KEY', `${what} does not parse as a PEM private key`);
  }
  const algorithm = algorithmOf(keyObject);
  if (algorithm === 'rsa')
    throw new CodedError('UNSUPPORTED_KEY', `${what}: RSA signing is not supported (use ECDSA P-256 or Ed25519)`);
  return { algorithm, keyObject, publicKey: fromKeyObject(createPublicKey(keyObject)) };
}

export function formatPrivateKeyPem(key: PrivateKey): string {
  return key.keyObject.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** SHA-256 of the DER SPKI: Rekor's log ID, Sigstore's key ID. */
export function keyId(key: PublicKey): Uint8Array {
  return new Uint8Array(createHash('sha256').update(key.spki).digest());
}

/** Ed25519 SPKI is this fixed 12-byte prefix followed by the raw 32-byte key (RFC 8410). */
export const ED25519_SPKI_PREFIX: Uint8Array = fromHex('302a300506032b6570032100');

/** The raw 32-byte Ed25519 public key inside its SPKI (INVALID_KEY for anything else). */
export function rawEd25519PublicKey(key: PublicKey): Uint8Array {
  if (
    key.algorithm !== 'ed25519' ||
    key.spki.byteLength !== 44 ||
    !Buffer.from(key.spki.subarray(0, 12)).equals(ED25519_SPKI_PREFIX)
  ) {
    throw new CodedError('INVALID_KEY', 'expected an Ed25519 public key');
  }
  return key.spki.slice(12);
}

/** Hex SHA-256 of the DER SPKI, the fingerprint people compare. */
export function fingerprint(key: PublicKey): string {
  return toHex(keyId(key));
}

/** Verifies a signature over a message (ECDSA DER with the curve's hash, pure Ed25519, RSA PKCS#1 v1.5). */
export function verifySignature(key: PublicKey, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    if (key.algorithm === 'ed25519') return verify(null, message, key.keyObject, signature);
    const hash = hashForKey(key.algorithm);
    return verify(hash, message, { key: key.keyObject, dsaEncoding: 'der' }, signature);
  } catch {
    return false; // malformed signatures are simply invalid
  }
}
