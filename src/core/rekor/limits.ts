/**
 * Bounds on the work one proposed entry can ask of the log (issue 11 §2). Admission checks signatures, and
 * every check hashes the whole DSSE PAE (up to the 4 MiB body cap), so the number of checks per entry is what
 * has to be small: 100 signatures x 100 verifiers over 1 MiB cost ~11 s of CPU before these limits.
 *
 * - MAX_ENVELOPE_SIGNATURES = 8. Sigstore clients (sigstore-js, cosign, gh attestation, this project) put one
 *   signature in an envelope; DSSE multi-signing (threshold schemes, in-toto layouts with a few functionaries)
 *   uses a handful. Eight leaves room for those and caps a dsse entry at 8 x 8 = 64 checks (one verifier per
 *   signature at most, see dsse.ts) and an intoto entry at 8.
 * - Verifiers: at most as many distinct ones as there are signatures, and every one must verify a signature.
 *   That is Rekor's own rule (each verifier must accept at least one signature, or the entry is refused), and it
 *   also keeps an entry from being indexed under keys that did not sign it.
 */
import { CodedError } from '../errors.js';
import type { Node } from '../json/decode.js';

export const MAX_ENVELOPE_SIGNATURES = 8;

/** ENTRY_LIMIT_EXCEEDED when an array holds more than `limit` items (checked before any item is decoded). */
export function checkItemCount(node: Node, count: number, limit: number, what: string): void {
  if (count <= limit) return;
  throw new CodedError(
    'ENTRY_LIMIT_EXCEEDED',
    `${node.path}: holds ${count} ${what}; the log accepts at most ${limit}`,
    {
      details: { path: node.path, limit, count },
    },
  );
}
