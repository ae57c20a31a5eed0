/** node:crypto Signer and key generation for ECDSA P-256 / Ed25519 PEM keys. */
import { generateKeyPairSync, sign } from 'node:crypto';
import { formatPrivateKeyPem, hashForKey, type PrivateKey, parsePrivateKeyPem } from '../../core/keys/keys.js';
import type { Signer } from '../../core/keys/signer.js';

export function createSigner(key: PrivateKey): Signer {
  const hash = hashForKey(key.algorithm);
  return {
    publicKey: key.publicKey,
    sign(message: Uint8Array): Uint8Array {
      return new Uint8Array(sign(hash, message, { key: key.keyObject, dsaEncoding: 'der' }));
    },
  };
}

export function signerFromPem(pem: string, what?: string): Signer {
  return createSigner(parsePrivateKeyPem(pem, what));
}

/** A fresh key pair as PEM PKCS#8 (private) — what `provlog serve` and the demo create. */
export function generatePrivateKeyPem(algorithm: 'ecdsa-p256' | 'ed25519' = 'ecdsa-p256'): string {
  const { privateKey } =
    algorithm === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return formatPrivateKeyPem(parsePrivateKeyPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()));
}
