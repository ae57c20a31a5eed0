import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesEqual } from '../../../../src/core/bytes.js';
import { EMPTY_ROOT, nodeHash } from '../../../../src/core/merkle/hash.js';
import type { StoredNode } from '../../../../src/core/merkle/tree.js';
import {
  appendLeaves,
  memoryNodeReader,
  rootAt,
  rootFromLeaves,
  subtreeRoot,
} from '../../../../src/core/merkle/tree.js';
import { ceilLog2, codeOf, countingReader, makeLeaves, nodeKey, storedNodeReader } from './helpers.js';

function isComplete(node: StoredNode, size: number): boolean {
  return (node.index + 1) * 2 ** node.level <= size;
}

describe('rootAt / subtreeRoot', () => {
  it('agrees with the in-memory RFC 6962 recursion for random sizes, in popcount(size) reads', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.nat(), (size, seed) => {
        const leaves = makeLeaves(size, seed);
        const reader = countingReader(memoryNodeReader(leaves));
        expect(rootAt(size, reader)).toEqual(rootFromLeaves(leaves));
        expect(reader.reads).toBe(size.toString(2).replace(/0/g, '').length);
      }),
      { numRuns: 30 },
    );
  });

  it('computes MTH of any range, aligned or not', () => {
    const leaves = makeLeaves(37, 1);
    const reader = memoryNodeReader(leaves);
    for (let start = 0; start <= 37; start++) {
      for (let end = start; end <= 37; end++) {
        expect(subtreeRoot(start, end, reader)).toEqual(rootFromLeaves(leaves.slice(start, end)));
      }
    }
  });

  it('handles the empty tree and small shapes', () => {
    const reader = memoryNodeReader([]);
    expect(rootAt(0, reader)).toEqual(EMPTY_ROOT);
    expect(rootFromLeaves([])).toEqual(EMPTY_ROOT);
    const [a, b, c] = makeLeaves(3, 9);
    if (a === undefined || b === undefined || c === undefined) throw new Error('leaves');
    expect(rootFromLeaves([a, b, c])).toEqual(nodeHash(nodeHash(a, b), c));
  });

  it('rejects bad sizes and ranges with INDEX_OUT_OF_RANGE', () => {
    const reader = memoryNodeReader(makeLeaves(4, 0));
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(codeOf(() => rootAt(bad, reader))).toBe('INDEX_OUT_OF_RANGE');
    }
    expect(codeOf(() => subtreeRoot(3, 2, reader))).toBe('INDEX_OUT_OF_RANGE');
    expect(codeOf(() => rootAt(5, reader))).toBe('INDEX_OUT_OF_RANGE'); // memory reader has no such node
  });

  it('rejects leaf hashes that are not 32 bytes', () => {
    expect(codeOf(() => memoryNodeReader([new Uint8Array(31)]))).toBe('INVALID_FIELD');
    expect(codeOf(() => rootFromLeaves([new Uint8Array(33)]))).toBe('INVALID_FIELD');
    expect(codeOf(() => appendLeaves(0, [new Uint8Array(0)], memoryNodeReader([])))).toBe('INVALID_FIELD');
  });
});

describe('appendLeaves', () => {
  it('in random batches stores exactly the complete nodes of the final tree, each once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 15 }),
        fc.nat(),
        (batchSizes, seed) => {
          const total = batchSizes.reduce((a, b) => a + b, 0);
          const leaves = makeLeaves(total, seed);
          const rows = new Map<string, Uint8Array>();
          const stored = countingReader(storedNodeReader(rows));
          let size = 0;
          for (const n of batchSizes) {
            stored.reads = 0;
            const added = appendLeaves(size, leaves.slice(size, size + n), stored);
            // Old nodes are read only along the left frontier: at most one per level.
            expect(stored.reads).toBeLessThanOrEqual(ceilLog2(size + n + 1));
            // Plain checks inside the hot loop (thousands of nodes per run); one assertion after it.
            const wrong = added.filter((node) => !isComplete(node, size + n) || isComplete(node, size));
            const duplicate = added.filter((node) => rows.has(nodeKey(node)));
            expect([wrong.length, duplicate.length]).toEqual([0, 0]);
            for (const node of added) rows.set(nodeKey(node), node.hash);
            size += n;
          }
          const expected = memoryNodeReader(leaves).allNodes();
          expect(rows.size).toBe(expected.length);
          const differing = expected.filter((node) => {
            const got = rows.get(nodeKey(node));
            return got === undefined || !bytesEqual(got, node.hash);
          });
          expect(differing).toEqual([]);
          expect(rootAt(total, stored)).toEqual(rootFromLeaves(leaves));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('returns the leaf and every parent it completes, in completion order', () => {
    const leaves = makeLeaves(8, 3);
    const reader = memoryNodeReader(leaves);
    const added = appendLeaves(7, leaves.slice(7), reader);
    expect(added.map(nodeKey)).toEqual(['0/7', '1/3', '2/1', '3/0']);
    expect(added.map((n) => n.hash)).toEqual(added.map((n) => reader.getNode(n.level, n.index)));
    expect(appendLeaves(8, [], reader)).toEqual([]);
  });

  it('rejects a bad old size', () => {
    expect(codeOf(() => appendLeaves(-1, [], memoryNodeReader([])))).toBe('INDEX_OUT_OF_RANGE');
  });
});
