/**
 * What the core needs from a signing key. Implementations live in src/adapters/crypto (ECDSA signing draws
 * randomness, which src/core never does).
 */
import type { PublicKey } from './keys.js';

export interface Signer {
  readonly publicKey: PublicKey;
  /** Signs `message` (ECDSA: DER over the curve's hash of it; Ed25519: pure). */
  sign(message: Uint8Array): Uint8Array;
}
