import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inclusionProof, rootFromInclusionProof, verifyInclusion } from '../../../../src/core/merkle/inclusion.js';
import type { StoredNode } from '../../../../src/core/merkle/tree.js';
import { appendLeaves, memoryNodeReader, rootAt } from '../../../../src/core/merkle/tree.js';
import { ceilLog2, codeOf, countingReader, flipBit, makeLeaves, nodeKey, storedNodeReader } from './helpers.js';

const INVALID = 'INCLUSION_PROOF_INVALID';

/** A tree of up to 10,000 leaves, a size inside it, an index inside that, plus a second size and index. */
const scenario = fc
  .record({ total: fc.integer({ min: 1, max: 10_000 }), seed: fc.nat(), a: fc.nat(), b: fc.nat(), c: fc.nat() })
  .map(({ total, seed, a, b, c }) => {
    const size = 1 + (a % total);
    return { total, seed, size, index: b % size, otherSize: 1 + (c % total), bit: a ^ b ^ c };
  });

describe('inclusion proofs (RFC 6962 §2.1.1, RFC 9162 §2.1.3)', () => {
  it('verify for random trees, in O(log n) reads, and fail under any mutation', () => {
    fc.assert(
      fc.property(scenario, ({ total, seed, size, index, otherSize, bit }) => {
        const leaves = makeLeaves(total, seed);
        const tree = memoryNodeReader(leaves);
        const reader = countingReader(tree);
        const proof = inclusionProof(index, size, reader);
        expect(reader.reads).toBeLessThanOrEqual(2 * ceilLog2(size) + 2);
        expect(proof.length).toBeLessThanOrEqual(ceilLog2(size));
        const root = rootAt(size, tree);
        const leaf = tree.getNode(0, index);
        verifyInclusion(index, size, leaf, proof, root);
        expect(rootFromInclusionProof(index, size, leaf, proof)).toEqual(root);

        expect(codeOf(() => verifyInclusion(index, size, flipBit(leaf, bit), proof, root))).toBe(INVALID);
        expect(codeOf(() => verifyInclusion(index, size, leaf, proof, flipBit(root, bit)))).toBe(INVALID);
        if (proof.length > 0) {
          const at = bit % proof.length;
          const mutated = proof.map((h, i) => (i === at ? flipBit(h, bit) : h));
          expect(codeOf(() => verifyInclusion(index, size, leaf, mutated, root))).toBe(INVALID);
          expect(codeOf(() => verifyInclusion(index, size, leaf, proof.slice(1), root))).toBe(INVALID);
        }
        expect(codeOf(() => verifyInclusion(index, size, leaf, [...proof, leaf], root))).toBe(INVALID);
        // Another index of the same tree, or another size checked against that size's real root.
        if (size > 1) {
          const otherIndex = (index + 1 + (bit % (size - 1))) % size;
          expect(codeOf(() => verifyInclusion(otherIndex, size, leaf, proof, root))).toBe(INVALID);
        }
        if (otherSize !== size) {
          const otherRoot = rootAt(otherSize, tree);
          expect(['INDEX_OUT_OF_RANGE', INVALID]).toContain(
            codeOf(() => verifyInclusion(index, otherSize, leaf, proof, otherRoot)),
          );
        }
        expect(codeOf(() => verifyInclusion(size, size, leaf, proof, root))).toBe('INDEX_OUT_OF_RANGE');
      }),
      { numRuns: 40 },
    );
  });

  it('can be served from only the rows appendLeaves stored, in <= 2*ceil(log2 n)+2 reads', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(), fc.nat(), (size, seed, pick) => {
        const leaves = makeLeaves(size, seed);
        const rows = new Map<string, Uint8Array>();
        const batch = 1 + (pick % 997);
        for (let start = 0; start < size; start += batch) {
          const added: StoredNode[] = appendLeaves(start, leaves.slice(start, start + batch), storedNodeReader(rows));
          for (const node of added) rows.set(nodeKey(node), node.hash);
        }
        const reader = countingReader(storedNodeReader(rows));
        const index = pick % size;
        const proof = inclusionProof(index, size, reader);
        expect(reader.reads).toBeLessThanOrEqual(2 * ceilLog2(size) + 2);
        verifyInclusion(index, size, leaves[index] ?? new Uint8Array(), proof, rootAt(size, reader));
      }),
      { numRuns: 20 },
    );
  });

  it('reads a bounded number of nodes at 10,000 leaves for every kind of index', () => {
    const tree = memoryNodeReader(makeLeaves(10_000, 7));
    for (const index of [0, 1, 4095, 8191, 8192, 9727, 9983, 9998, 9999]) {
      const reader = countingReader(tree);
      const proof = inclusionProof(index, 10_000, reader);
      expect(reader.reads).toBeLessThanOrEqual(2 * ceilLog2(10_000) + 2);
      verifyInclusion(index, 10_000, tree.getNode(0, index), proof, rootAt(10_000, tree));
    }
  });

  it('rejects out-of-range indexes and malformed proof hashes with specific codes', () => {
    const tree = memoryNodeReader(makeLeaves(5, 1));
    const leaf = tree.getNode(0, 1);
    const root = rootAt(5, tree);
    for (const [i, n] of [
      [5, 5],
      [0, 0],
      [-1, 5],
      [0.5, 5],
      [0, 2 ** 53],
      [2 ** 64 - 1, 5],
    ] as const) {
      expect(codeOf(() => inclusionProof(i, n, tree))).toBe('INDEX_OUT_OF_RANGE');
      expect(codeOf(() => verifyInclusion(i, n, leaf, [], root))).toBe('INDEX_OUT_OF_RANGE');
    }
    const proof = inclusionProof(1, 5, tree);
    const [first, ...rest] = proof;
    if (first === undefined) throw new Error('proof');
    expect(codeOf(() => verifyInclusion(1, 5, leaf, [first.subarray(0, 31), ...rest], root))).toBe(INVALID);
    expect(codeOf(() => verifyInclusion(1, 5, leaf.subarray(1), proof, root))).toBe(INVALID);
    expect(codeOf(() => verifyInclusion(1, 5, leaf, proof, root.subarray(0, 16)))).toBe(INVALID);
    expect(codeOf(() => verifyInclusion(1, 5, leaf, proof, root))).toBeUndefined();
  });
});
