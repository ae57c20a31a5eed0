/**
 * Consistency proofs: RFC 6962 §2.1.2 PROOF/SUBPROOF for generation, RFC 9162 §2.1.4.2 for verification.
 * A size-0 old tree is rejected (as Rekor clients do): it proves nothing and is the usual sign of a bug.
 */
import { bytesEqual } from '../bytes.js';
import { CodedError } from '../errors.js';
import { nodeHash } from './hash.js';
import { assertSize, half, isOdd, isPowerOfTwo, splitPoint } from './math.js';
import { assertProofHashes } from './proof-input.js';
import type { NodeReader } from './tree.js';
import { subtreeRoot } from './tree.js';

function assertSizes(oldSize: number, newSize: number, code: 'INDEX_OUT_OF_RANGE' | 'CONSISTENCY_PROOF_INVALID') {
  assertSize(oldSize, 'oldSize');
  assertSize(newSize, 'newSize');
  if (oldSize > newSize || oldSize === 0) {
    throw new CodedError(code, `no consistency proof between sizes ${oldSize} and ${newSize} (need 1 <= old <= new)`, {
      details: { oldSize, newSize },
    });
  }
}

/**
 * PROOF(m, D[n]) = SUBPROOF(m, D[n], true) (RFC 6962 §2.1.2), from stored nodes. Only the first descent into
 * a left half needs a compact range (the right sibling up to the edge); every other hash is one stored node.
 * Throws INDEX_OUT_OF_RANGE unless 1 <= oldSize <= newSize; equal sizes give an empty proof.
 */
export function consistencyProof(oldSize: number, newSize: number, reader: NodeReader): Uint8Array[] {
  assertSizes(oldSize, newSize, 'INDEX_OUT_OF_RANGE');
  const rootToLeaf: Uint8Array[] = [];
  let start = 0;
  let end = newSize;
  let complete = true; // SUBPROOF's b: the old tree is still a node of the subtree being split
  while (end !== oldSize) {
    const k = splitPoint(end - start);
    if (oldSize - start <= k) {
      rootToLeaf.push(subtreeRoot(start + k, end, reader));
      end = start + k;
    } else {
      rootToLeaf.push(subtreeRoot(start, start + k, reader));
      start += k;
      complete = false;
    }
  }
  if (!complete) rootToLeaf.push(subtreeRoot(start, end, reader));
  return rootToLeaf.reverse();
}

/**
 * Throws CONSISTENCY_PROOF_INVALID unless `proof` shows the tree of `oldSize` with root `oldRoot` is a prefix
 * of the tree of `newSize` with root `newRoot` (RFC 9162 §2.1.4.2). Equal sizes need an empty proof and
 * equal roots.
 */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  proof: readonly Uint8Array[],
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
): void {
  assertSizes(oldSize, newSize, 'CONSISTENCY_PROOF_INVALID');
  assertProofHashes(proof, 'CONSISTENCY_PROOF_INVALID');
  if (oldSize === newSize) {
    if (proof.length !== 0) throw invalid('a proof between equal sizes must be empty', oldSize, newSize);
    if (!bytesEqual(oldRoot, newRoot)) throw invalid('roots differ for the same tree size', oldSize, newSize);
    return;
  }
  if (proof.length === 0) throw invalid('the proof is empty', oldSize, newSize);
  // Step 2: when the old tree is a complete subtree its root is the first node of the path.
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : proof;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  const [first, ...rest] = path;
  if (first === undefined) throw invalid('the proof is empty', oldSize, newSize);
  let fr = first;
  let sr = first;
  for (const c of rest) {
    if (sn === 0) throw invalid('the proof is too long', oldSize, newSize);
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!isOdd(fn)) {
        do {
          fn = half(fn);
          sn = half(sn);
        } while (!isOdd(fn) && fn !== 0);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) throw invalid('the proof is too short', oldSize, newSize);
  if (!bytesEqual(fr, oldRoot)) throw invalid('the proof does not lead to the old root', oldSize, newSize);
  if (!bytesEqual(sr, newRoot)) throw invalid('the proof does not lead to the new root', oldSize, newSize);
}

function invalid(why: string, oldSize: number, newSize: number): CodedError {
  return new CodedError('CONSISTENCY_PROOF_INVALID', `consistency proof ${oldSize} -> ${newSize}: ${why}`, {
    details: { oldSize, newSize },
  });
}
