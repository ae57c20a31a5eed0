/**
 * Storage-backed Merkle tree (RFC 6962 §2.1, RFC 9162 §2.1.1). Storage holds only COMPLETE subtrees
 * (perfect, aligned: node (level, index) covers leaves [index·2^level, (index+1)·2^level)), which never change
 * once written. Anything else — the root of a tree whose size is not a power of two, the right-hand sibling in
 * a proof — is folded from the few complete subtrees that tile the range (a "compact range"), so every
 * operation reads O(log n) nodes and nothing ever loads the whole tree.
 */
import { CodedError } from '../errors.js';
import { EMPTY_ROOT, HASH_SIZE, nodeHash } from './hash.js';
import { assertSize, half, isOdd, isPowerOfTwo, splitPoint } from './math.js';

/**
 * Read access to stored complete subtrees. `getNode(level, index)` is the hash of leaves
 * [index·2^level, (index+1)·2^level); level 0 are the leaf hashes. Callers only ask for complete subtrees
 * inside the tree. Synchronous because the storage (SQLite) is.
 */
export interface NodeReader {
  getNode(level: number, index: number): Uint8Array;
}

export interface StoredNode {
  level: number;
  index: number;
  hash: Uint8Array;
}

/** A NodeReader over an in-memory tree that can also list its nodes (tests, small trees). */
export interface MemoryNodeReader extends NodeReader {
  /** Every complete node, level by level, in index order. */
  allNodes(): StoredNode[];
}

function assertHash(hash: Uint8Array | undefined, what: string): Uint8Array {
  if (hash === undefined || hash.byteLength !== HASH_SIZE) {
    throw new CodedError('INVALID_FIELD', `${what} must be a ${HASH_SIZE}-byte SHA-256 hash`);
  }
  return hash;
}

/**
 * MTH(D[start:end]) (RFC 6962 §2.1) from stored nodes. For the ranges proofs use — `start` a multiple of the
 * power of two >= the range length — every piece is one stored node, so this costs popcount(end-start) reads.
 * Any other range is still answered correctly by the same recursion, at the cost of more reads.
 */
export function subtreeRoot(start: number, end: number, reader: NodeReader): Uint8Array {
  assertSize(start, 'start');
  assertSize(end, 'end');
  if (end < start) {
    throw new CodedError('INDEX_OUT_OF_RANGE', `range [${start}, ${end}) is reversed`, { details: { start, end } });
  }
  return end === start ? EMPTY_ROOT : rangeRoot(start, end - start, reader);
}

function rangeRoot(start: number, count: number, reader: NodeReader): Uint8Array {
  if (isPowerOfTwo(count) && start % count === 0) {
    return reader.getNode(Math.log2(count), start / count);
  }
  const k = splitPoint(count);
  return nodeHash(rangeRoot(start, k, reader), rangeRoot(start + k, count - k, reader));
}

/** Root hash of the tree of the first `size` leaves; popcount(size) reads; size 0 gives EMPTY_ROOT. */
export function rootAt(size: number, reader: NodeReader): Uint8Array {
  return subtreeRoot(0, size, reader);
}

/**
 * The complete-subtree nodes that come into existence when `leafHashes` are appended to a tree of `oldSize`:
 * each new leaf (level 0), then every parent it completes. Appending leaf i completes one node per trailing
 * one-bit of i, so a batch costs amortised one hash per leaf; old nodes are read only along the left frontier.
 * Returned in completion order — exactly the rows a log stores for the batch.
 */
export function appendLeaves(oldSize: number, leafHashes: Uint8Array[], reader: NodeReader): StoredNode[] {
  assertSize(oldSize, 'oldSize');
  assertSize(oldSize + leafHashes.length, 'newSize');
  const out: StoredNode[] = [];
  // The left sibling of a new node at `level` is the previous node of that level: either completed earlier in
  // this batch (remembered here) or already stored.
  const lastNew: (StoredNode | undefined)[] = [];
  leafHashes.forEach((leaf, offset) => {
    let node: StoredNode = { level: 0, index: oldSize + offset, hash: assertHash(leaf, `leaf hash ${offset}`) };
    out.push(node);
    while (isOdd(node.index)) {
      const prev = lastNew[node.level];
      const left =
        prev !== undefined && prev.index === node.index - 1 ? prev.hash : reader.getNode(node.level, node.index - 1);
      node = { level: node.level + 1, index: half(node.index), hash: nodeHash(left, node.hash) };
      out.push(node);
    }
    lastNew[node.level] = node;
  });
  return out;
}

/** MTH of a list of leaf hashes, computed directly by the RFC 6962 §2.1 recursion (in memory). */
export function rootFromLeaves(leaves: Uint8Array[]): Uint8Array {
  return leaves.length === 0 ? EMPTY_ROOT : mth(leaves, 0, leaves.length);
}

function mth(leaves: Uint8Array[], start: number, end: number): Uint8Array {
  if (end - start === 1) return assertHash(leaves[start], `leaf hash ${start}`);
  const k = splitPoint(end - start);
  return nodeHash(mth(leaves, start, start + k), mth(leaves, start + k, end));
}

/** Builds every complete node of the tree over `leafHashes` in memory (tests and small trees). */
export function memoryNodeReader(leafHashes: Uint8Array[]): MemoryNodeReader {
  const levels: Uint8Array[][] = [leafHashes.map((h, i) => assertHash(h, `leaf hash ${i}`))];
  for (let below = levels[0] ?? []; below.length >= 2; ) {
    const above: Uint8Array[] = [];
    for (let i = 0; i + 1 < below.length; i += 2) above.push(nodeHash(at(below, i), at(below, i + 1)));
    levels.push(above);
    below = above;
  }
  return {
    getNode(level: number, index: number): Uint8Array {
      const hash = levels[level]?.[index];
      if (hash === undefined) {
        throw new CodedError('INDEX_OUT_OF_RANGE', `no complete node at level ${level}, index ${index}`, {
          details: { level, index, size: leafHashes.length },
        });
      }
      return hash;
    },
    allNodes(): StoredNode[] {
      return levels.flatMap((hashes, level) => hashes.map((hash, index) => ({ level, index, hash })));
    },
  };
}

function at(hashes: Uint8Array[], i: number): Uint8Array {
  const h = hashes[i];
  if (h === undefined) throw new CodedError('INTERNAL', `missing hash ${i}`);
  return h;
}
