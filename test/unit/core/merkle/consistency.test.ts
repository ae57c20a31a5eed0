import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consistencyProof, verifyConsistency } from '../../../../src/core/merkle/consistency.js';
import { memoryNodeReader, rootAt } from '../../../../src/core/merkle/tree.js';
import { ceilLog2, codeOf, countingReader, flipBit, makeLeaves } from './helpers.js';

const INVALID = 'CONSISTENCY_PROOF_INVALID';

const scenario = fc
  .record({ total: fc.integer({ min: 1, max: 10_000 }), seed: fc.nat(), a: fc.nat(), b: fc.nat(), c: fc.nat() })
  .map(({ total, seed, a, b, c }) => {
    const newSize = 1 + (a % total);
    return { total, seed, newSize, oldSize: 1 + (b % newSize), shift: 1 + (c % total), bit: a ^ b ^ c };
  });

describe('consistency proofs (RFC 6962 §2.1.2, RFC 9162 §2.1.4)', () => {
  it('verify for random trees, in O(log n) reads, and fail under any mutation', () => {
    fc.assert(
      fc.property(scenario, ({ total, seed, newSize, oldSize, shift, bit }) => {
        const tree = memoryNodeReader(makeLeaves(total, seed));
        const reader = countingReader(tree);
        const proof = consistencyProof(oldSize, newSize, reader);
        expect(reader.reads).toBeLessThanOrEqual(2 * ceilLog2(newSize) + 2);
        expect(proof.length).toBeLessThanOrEqual(ceilLog2(newSize) + 1);
        const oldRoot = rootAt(oldSize, tree);
        const newRoot = rootAt(newSize, tree);
        verifyConsistency(oldSize, newSize, proof, oldRoot, newRoot);

        expect(codeOf(() => verifyConsistency(oldSize, newSize, proof, flipBit(oldRoot, bit), newRoot))).toBe(INVALID);
        expect(codeOf(() => verifyConsistency(oldSize, newSize, proof, oldRoot, flipBit(newRoot, bit)))).toBe(INVALID);
        if (proof.length > 0) {
          const at = bit % proof.length;
          const mutated = proof.map((h, i) => (i === at ? flipBit(h, bit) : h));
          expect(codeOf(() => verifyConsistency(oldSize, newSize, mutated, oldRoot, newRoot))).toBe(INVALID);
          expect(codeOf(() => verifyConsistency(oldSize, newSize, proof.slice(0, -1), oldRoot, newRoot))).toBe(INVALID);
        }
        expect(codeOf(() => verifyConsistency(oldSize, newSize, [...proof, newRoot], oldRoot, newRoot))).toBe(INVALID);
        // Other sizes, each checked against its own real root, must not accept this proof.
        const otherOld = 1 + ((oldSize - 1 + shift) % total);
        if (otherOld !== oldSize) {
          const r = rootAt(otherOld, tree);
          expect(codeOf(() => verifyConsistency(otherOld, newSize, proof, r, newRoot))).toBe(INVALID);
        }
        const otherNew = 1 + ((newSize - 1 + shift) % total);
        if (otherNew !== newSize) {
          const r = rootAt(otherNew, tree);
          expect(codeOf(() => verifyConsistency(oldSize, otherNew, proof, oldRoot, r))).toBe(INVALID);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('treats equal sizes as an empty proof plus equal roots', () => {
    const tree = memoryNodeReader(makeLeaves(6, 2));
    const root = rootAt(6, tree);
    expect(consistencyProof(6, 6, tree)).toEqual([]);
    expect(codeOf(() => verifyConsistency(6, 6, [], root, root))).toBeUndefined();
    expect(codeOf(() => verifyConsistency(6, 6, [root], root, root))).toBe(INVALID);
    expect(codeOf(() => verifyConsistency(6, 6, [], root, rootAt(5, tree)))).toBe(INVALID);
  });

  it('rejects size 0, shrinking trees, bad sizes and malformed hashes', () => {
    const tree = memoryNodeReader(makeLeaves(8, 4));
    const [r3, r5] = [rootAt(3, tree), rootAt(5, tree)];
    for (const [m, n] of [
      [0, 5],
      [0, 0],
      [5, 3],
      [-1, 5],
      [1.5, 5],
      [1, 2 ** 53],
    ] as const) {
      expect(codeOf(() => consistencyProof(m, n, tree))).toBe('INDEX_OUT_OF_RANGE');
    }
    expect(codeOf(() => verifyConsistency(0, 5, [], r3, r5))).toBe(INVALID);
    expect(codeOf(() => verifyConsistency(5, 3, [], r5, r3))).toBe(INVALID);
    expect(codeOf(() => verifyConsistency(3, 5, [], r3, r5))).toBe(INVALID);
    expect(codeOf(() => verifyConsistency(-1, 5, [], r3, r5))).toBe('INDEX_OUT_OF_RANGE');
    const proof = consistencyProof(3, 5, tree);
    const [first, ...rest] = proof;
    if (first === undefined) throw new Error('proof');
    expect(codeOf(() => verifyConsistency(3, 5, [new Uint8Array([...first, 0]), ...rest], r3, r5))).toBe(INVALID);
    expect(codeOf(() => verifyConsistency(3, 5, proof, r3, r5))).toBeUndefined();
  });
});
