/**
 * Inclusion (audit) proofs: RFC 6962 §2.1.1 PATH for generation, RFC 9162 §2.1.3.2 for verification.
 * Proof order is leaf-sibling first, root-child last (as Rekor and every Sigstore client expect).
 */
import { bytesEqual } from '../bytes.js';
import { CodedError } from '../errors.js';
import { HASH_SIZE, nodeHash } from './hash.js';
import { assertIndexInTree, half, isOdd, splitPoint } from './math.js';
import { assertProofHashes } from './proof-input.js';
import type { NodeReader } from './tree.js';
import { subtreeRoot } from './tree.js';

/**
 * PATH(index, D[size]) (RFC 6962 §2.1.1) from stored nodes. Walking down from the root, each step's sibling is
 * either a complete subtree (one read) or — only at the first step into a left half — the compact range to
 * the right edge (popcount reads), so the total is below 2·log2(size) reads.
 */
export function inclusionProof(index: number, size: number, reader: NodeReader): Uint8Array[] {
  assertIndexInTree(index, size);
  const rootToLeaf: Uint8Array[] = [];
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      rootToLeaf.push(subtreeRoot(start + k, end, reader));
      end = start + k;
    } else {
      rootToLeaf.push(subtreeRoot(start, start + k, reader));
      start += k;
    }
  }
  return rootToLeaf.reverse();
}

/**
 * Recomputes the root implied by an inclusion proof (RFC 9162 §2.1.3.2 steps 1–5). Throws
 * INDEX_OUT_OF_RANGE if index >= size and INCLUSION_PROOF_INVALID if the proof has the wrong length or
 * a hash that is not 32 bytes; the caller still has to compare the result with a trusted root.
 */
export function rootFromInclusionProof(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
): Uint8Array {
  assertIndexInTree(index, size);
  if (leafHash.byteLength !== HASH_SIZE) {
    throw new CodedError('INCLUSION_PROOF_INVALID', `leaf hash is ${leafHash.byteLength} bytes, expected ${HASH_SIZE}`);
  }
  assertProofHashes(proof, 'INCLUSION_PROOF_INVALID');
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) throw wrongLength(proof.length, 'too long');
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!isOdd(fn)) {
        // Right edge of an incomplete tree: skip the levels where this node has no sibling.
        do {
          fn = half(fn);
          sn = half(sn);
        } while (!isOdd(fn) && fn !== 0);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) throw wrongLength(proof.length, 'too short');
  return r;
}

function wrongLength(length: number, how: string): CodedError {
  return new CodedError('INCLUSION_PROOF_INVALID', `inclusion proof of ${length} hashes is ${how} for this tree`, {
    details: { length },
  });
}

/** Throws unless `proof` shows leaf `leafHash` at `index` in the tree of `size` with root `root` (RFC 9162 §2.1.3.2). */
export function verifyInclusion(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): void {
  const computed = rootFromInclusionProof(index, size, leafHash, proof);
  if (!bytesEqual(computed, root)) {
    throw new CodedError('INCLUSION_PROOF_INVALID', 'inclusion proof does not lead to the expected root hash', {
      details: { index, size },
    });
  }
}
