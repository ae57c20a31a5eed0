/**
 * A NodeReader over hash tiles, so proofs and roots can be computed from a tiled log's files (C2SP
 * tlog-tiles) by the same code that serves them from storage. Tile level L stores merkle level 8L; a node
 * at level 8L + r (r < 8) is the perfect subtree over 2^r consecutive hashes of one tile, hashed on demand.
 */
import { CodedError } from '../errors.js';
import { nodeHash } from '../merkle/hash.js';
import type { NodeReader } from '../merkle/tree.js';
import { TILE_HEIGHT, TILE_WIDTH } from './layout.js';

/** Returns the hashes of tile (level, index) — full, or the widest partial the caller has. */
export type TileSource = (level: number, index: number) => readonly Uint8Array[];

export function tileNodeReader(source: TileSource): NodeReader {
  return {
    getNode(level: number, index: number): Uint8Array {
      const tileLevel = Math.floor(level / TILE_HEIGHT);
      const span = 2 ** (level % TILE_HEIGHT);
      const first = index * span; // position among the merkle-level-8L hashes
      const tileIndex = Math.floor(first / TILE_WIDTH);
      const offset = first % TILE_WIDTH;
      const hashes = source(tileLevel, tileIndex).slice(offset, offset + span);
      if (hashes.length !== span) {
        throw new CodedError(
          'INDEX_OUT_OF_RANGE',
          `tile ${tileLevel}/${tileIndex} does not cover node ${level}/${index}`,
          {
            details: { level, index },
          },
        );
      }
      return perfectRoot(hashes);
    },
  };
}

/** Root of a perfect binary tree over 2^r node hashes (RFC 6962 §2.1 with k = n/2 at every step). */
function perfectRoot(hashes: Uint8Array[]): Uint8Array {
  let row = hashes;
  while (row.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i + 1 < row.length; i += 2) {
      const [l, r] = [row[i], row[i + 1]];
      if (l === undefined || r === undefined) throw new CodedError('INTERNAL', 'uneven tile row');
      next.push(nodeHash(l, r));
    }
    row = next;
  }
  const [root] = row;
  if (root === undefined) throw new CodedError('INTERNAL', 'empty tile row');
  return root;
}
