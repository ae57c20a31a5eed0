/**
 * Checks shared by the proof verifiers: proof hashes must be exactly one SHA-256 output each, so a proof can
 * never smuggle in differently sized material (RFC 9162 §2.1.3.2 / §2.1.4.2 assume fixed-size hashes).
 */
import type { ErrorCode } from '../errors.js';
import { CodedError } from '../errors.js';
import { HASH_SIZE } from './hash.js';

export function assertProofHashes(proof: readonly Uint8Array[], code: ErrorCode): void {
  proof.forEach((hash, i) => {
    if (hash.byteLength !== HASH_SIZE) {
      throw new CodedError(code, `proof hash ${i} is ${hash.byteLength} bytes, expected ${HASH_SIZE}`, {
        details: { position: i, length: hash.byteLength },
      });
    }
  });
}
