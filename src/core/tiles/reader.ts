/**
 * A NodeReader over hash tiles, so proofs and roots can be computed from a tiled log's files (C2SP
 * tlog-tiles) by the same code that serves them from storage. Tile level L stores merkle level 8L; a node
 * at level 8L + r (r < 8) is the perfect subtree over 2^r consecutive hashes of one tile, hashed on demand.
 */
import { CodedError } from '../errors.js';
import { type NodeReader, rootFromLeaves } from '../merkle/tree.js';
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
      // A perfect subtree: RFC 6962's split is always the half, so this is the pairwise fold of the hashes.
      return rootFromLeaves(hashes);
    },
  };
}
