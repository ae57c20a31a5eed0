/**
 * RFC 6962 §2.1 / RFC 9162 §2.1.1 hashing with SHA-256. Leaves and interior nodes get distinct one-byte
 * prefixes (0x00 / 0x01) so a leaf can never be passed off as an interior node (second-preimage defence).
 */
import { createHash } from 'node:crypto';

/** Every hash in the tree is SHA-256: 32 bytes. */
export const HASH_SIZE = 32;

const LEAF_PREFIX = new Uint8Array([0x00]);
const NODE_PREFIX = new Uint8Array([0x01]);

/** MTH of the empty list (RFC 6962 §2.1): SHA-256 of the empty string. */
export const EMPTY_ROOT: Uint8Array = new Uint8Array(createHash('sha256').digest());

/** MTH({d}) = SHA-256(0x00 || d) (RFC 6962 §2.1). */
export function leafHash(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(LEAF_PREFIX).update(data).digest());
}

/** Interior node = SHA-256(0x01 || left || right) (RFC 6962 §2.1). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest());
}
