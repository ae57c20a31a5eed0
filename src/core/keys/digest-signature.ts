/**
 * Signature verification over a precomputed digest, as Rekor's hashedrekord signs: ECDSA (DER) over the
 * digest, Ed25519ph, RSA PKCS#1 v1.5 DigestInfo. node:crypto cannot verify a bare ECDSA digest or Ed25519ph,
 * so this uses @noble/curves. It is a module of its own so that only the paths that meet hashedrekord (log
 * admission, bundle verification) load noble: importing it costs ~20-35 ms of start-up, measured on
 * `provlog attest`, which signs and checks DSSE only.
 */
import { type KeyObject, publicDecrypt } from 'node:crypto';
import { ed25519ph } from '@noble/curves/ed25519.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { bytesEqual } from '../bytes.js';
import { type HashAlgorithm, type PublicKey, rawEd25519PublicKey } from './keys.js';

/** ASN.1 DigestInfo header per hash (RFC 8017 §9.2 note 1), decoded once: the digest follows it. */
const DIGEST_INFO_PREFIX: Record<HashAlgorithm, Buffer> = {
  sha256: Buffer.from('3031300d060960864801650304020105000420', 'hex'),
  sha384: Buffer.from('3041300d060960864801650304020205000430', 'hex'),
  sha512: Buffer.from('3051300d060960864801650304020305000440', 'hex'),
};

/**
 * Verifies a signature made over a precomputed digest (Rekor hashedrekord). ECDSA: DER over the digest;
 * Ed25519: Ed25519ph; RSA: PKCS#1 v1.5 DigestInfo.
 */
export function verifyDigestSignature(
  key: PublicKey,
  digest: Uint8Array,
  hash: HashAlgorithm,
  signature: Uint8Array,
): boolean {
  try {
    switch (key.algorithm) {
      case 'ecdsa-p256':
      case 'ecdsa-p384':
      case 'ecdsa-p521': {
        const curve = key.algorithm === 'ecdsa-p256' ? p256 : key.algorithm === 'ecdsa-p384' ? p384 : p521;
        const point = rawEcPoint(key);
        return curve.verify(signature, digest, point, { prehash: false, format: 'der', lowS: false });
      }
      case 'ed25519': {
        if (hash !== 'sha512') return false;
        return ed25519ph.verify(signature, digest, rawEd25519PublicKey(key));
      }
      case 'rsa': {
        const decrypted = publicDecrypt({ key: key.keyObject, padding: 1 /* RSA_PKCS1_PADDING */ }, signature);
        const expected = Buffer.concat([DIGEST_INFO_PREFIX[hash], digest]);
        return bytesEqual(new Uint8Array(decrypted), new Uint8Array(expected));
      }
    }
  } catch {
    return false;
  }
}

/** Uncompressed EC points per KeyObject (immutable), so a trusted key is exported once, not per signature. */
const ecPoints = new WeakMap<KeyObject, Uint8Array>();

function rawEcPoint(key: PublicKey): Uint8Array {
  const cached = ecPoints.get(key.keyObject);
  if (cached !== undefined) return cached;
  const jwk = key.keyObject.export({ format: 'jwk' });
  const x = Buffer.from(jwk.x ?? '', 'base64url');
  const y = Buffer.from(jwk.y ?? '', 'base64url');
  const point = new Uint8Array(Buffer.concat([Buffer.from([4]), x, y]));
  ecPoints.set(key.keyObject, point);
  return point;
}
