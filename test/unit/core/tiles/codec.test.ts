import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inclusionProof, verifyInclusion } from '../../../../src/core/merkle/inclusion.js';
import { memoryNodeReader, rootAt } from '../../../../src/core/merkle/tree.js';
import {
  decodeEntryBundle,
  decodeHashTile,
  encodeEntryBundle,
  encodeHashTile,
  readHashTile,
} from '../../../../src/core/tiles/codec.js';
import { tileCoordinatesForSize, tilePath } from '../../../../src/core/tiles/layout.js';
import { tileNodeReader } from '../../../../src/core/tiles/reader.js';
import { codeOf, makeLeaves } from '../merkle/helpers.js';

describe('hash tiles', () => {
  it('round-trip and reject sizes that are not 1..256 hashes', () => {
    const hashes = makeLeaves(256, 1);
    const bytes = encodeHashTile(hashes);
    expect(bytes.byteLength).toBe(8192);
    expect(decodeHashTile(bytes)).toEqual(hashes);
    expect(decodeHashTile(bytes.subarray(0, 64), 2)).toEqual(hashes.slice(0, 2));
    expect(codeOf(() => decodeHashTile(bytes.subarray(0, 64), 3))).toBe('INVALID_ENCODING');
    expect(codeOf(() => decodeHashTile(bytes.subarray(0, 63)))).toBe('INVALID_ENCODING');
    expect(codeOf(() => decodeHashTile(new Uint8Array(0)))).toBe('INVALID_ENCODING');
    expect(codeOf(() => decodeHashTile(new Uint8Array(8224)))).toBe('INVALID_ENCODING');
    expect(codeOf(() => encodeHashTile([]))).toBe('INVALID_FIELD');
    expect(codeOf(() => encodeHashTile([...hashes, new Uint8Array(32)]))).toBe('INVALID_FIELD');
    expect(codeOf(() => encodeHashTile([new Uint8Array(31)]))).toBe('INVALID_FIELD');
  });

  it('hold merkle level 8L: tiles read through a NodeReader recompute roots and proofs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70_000 }), fc.nat(), fc.nat(), (size, seed, pick) => {
        const tree = memoryNodeReader(makeLeaves(size, seed));
        const files = new Map<string, Uint8Array>();
        for (const t of tileCoordinatesForSize(size)) {
          const hashes = readHashTile(t.level, t.index, t.width ?? 256, tree);
          files.set(tilePath(t.level, t.index), encodeHashTile(hashes)); // one file per tile, full or partial
        }
        const fromTiles = tileNodeReader((level, index) =>
          decodeHashTile(files.get(tilePath(level, index)) ?? new Uint8Array()),
        );
        const root = rootAt(size, tree);
        expect(rootAt(size, fromTiles)).toEqual(root);
        const index = pick % size;
        verifyInclusion(index, size, tree.getNode(0, index), inclusionProof(index, size, fromTiles), root);
      }),
      { numRuns: 12 },
    );
  });

  it('reads tile L hash i as node (8L, N*256+i)', () => {
    const tree = memoryNodeReader(makeLeaves(70_000, 5));
    const [first, last] = [readHashTile(1, 1, 17, tree), readHashTile(2, 0, 1, tree)];
    expect(first[16]).toEqual(tree.getNode(8, 256 + 16));
    expect(last[0]).toEqual(tree.getNode(16, 0));
    expect(codeOf(() => readHashTile(1, 1, 18, tree))).toBe('INDEX_OUT_OF_RANGE'); // node 8/274 is incomplete
    expect(codeOf(() => readHashTile(0, 0, 0, tree))).toBe('INDEX_OUT_OF_RANGE');
    expect(codeOf(() => readHashTile(64, 0, 1, tree))).toBe('INDEX_OUT_OF_RANGE');
  });
});

describe('entry bundles', () => {
  it('round-trip uint16 big-endian length-prefixed entries', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 256 }), (entries) => {
        expect(decodeEntryBundle(encodeEntryBundle(entries), entries.length)).toEqual(entries);
      }),
      { numRuns: 50 },
    );
    expect(encodeEntryBundle([new Uint8Array([0xaa]), new Uint8Array(0), new Uint8Array(258)]).subarray(0, 7)).toEqual(
      new Uint8Array([0, 1, 0xaa, 0, 0, 1, 2]),
    );
    const max = new Uint8Array(65_535);
    expect(decodeEntryBundle(encodeEntryBundle([max]))).toEqual([max]);
  });

  it('rejects oversize entries, truncation, emptiness and too many entries', () => {
    expect(codeOf(() => encodeEntryBundle([new Uint8Array(65_536)]))).toBe('TOO_LARGE');
    expect(codeOf(() => encodeEntryBundle([]))).toBe('INVALID_FIELD');
    const bytes = encodeEntryBundle([new Uint8Array([1, 2, 3]), new Uint8Array([4])]);
    for (let cut = 1; cut < bytes.byteLength; cut++) {
      if (cut === 5) continue; // a clean boundary after the first entry
      expect([cut, codeOf(() => decodeEntryBundle(bytes.subarray(0, cut)))]).toEqual([cut, 'INVALID_ENCODING']);
    }
    expect(decodeEntryBundle(bytes.subarray(0, 5))).toHaveLength(1);
    expect(codeOf(() => decodeEntryBundle(bytes.subarray(0, 5), 2))).toBe('INVALID_ENCODING');
    expect(codeOf(() => decodeEntryBundle(new Uint8Array(0)))).toBe('INVALID_ENCODING');
    expect(codeOf(() => decodeEntryBundle(new Uint8Array(2 * 257)))).toBe('INVALID_ENCODING');
    expect(decodeEntryBundle(new Uint8Array(2 * 256))).toHaveLength(256);
  });
});
