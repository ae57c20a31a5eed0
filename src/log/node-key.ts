/**
 * One integer key per complete Merkle subtree: its in-order position in a flat binary tree,
 * `index·2^(level+1) + 2^level − 1` (leaf i -> 2i, node (1, j) -> 4j + 1, ...). Keys are unique, below twice
 * the tree size (safe integers up to 2^52 leaves), and grow with the right edge, so appends stay at the end
 * of the B-tree. Plain arithmetic, not bitwise operators, which truncate to 32 bits.
 */
import { CodedError } from '../core/errors.js';

export function nodeKey(level: number, index: number): number {
  const key = index * 2 ** (level + 1) + 2 ** level - 1;
  if (!Number.isSafeInteger(key) || level < 0 || index < 0 || !Number.isInteger(level) || !Number.isInteger(index)) {
    throw new CodedError('INDEX_OUT_OF_RANGE', `no Merkle node at level ${level}, index ${index}`, {
      details: { level, index },
    });
  }
  return key;
}
