import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../../src/adapters/storage/memory.js';
import { verifyConsistency } from '../../../src/core/merkle/consistency.js';
import { leafHash } from '../../../src/core/merkle/hash.js';
import { rootAt } from '../../../src/core/merkle/tree.js';
import { parseSignedCheckpoint } from '../../../src/core/note/checkpoint.js';
import { ecdsaKeyHint, noteVerifier, verifyNote } from '../../../src/core/note/note.js';
import { decodeEntryBundle, decodeHashTile } from '../../../src/core/tiles/codec.js';
import { entryBundleCoordinatesForSize, TILE_WIDTH, tileCoordinatesForSize } from '../../../src/core/tiles/layout.js';
import { tileNodeReader } from '../../../src/core/tiles/reader.js';
import type { TreeHead } from '../../../src/log/storage.js';
import { hashedRekordEntry, newSigner, openTestLog, TEST_NAME } from '../../helpers/log-fixtures.js';

const client = newSigner();
const logKey = newSigner();

describe('TransparencyLog proofs and tiles', () => {
  it('serves consistency proofs that verify between every pair of signed heads', async () => {
    const log = openTestLog(createMemoryStorage(), logKey);
    const heads: TreeHead[] = [];
    let n = 0;
    for (const batch of [1, 1, 2, 3, 5, 8, 13, 1, 30]) {
      await Promise.all(Array.from({ length: batch }, () => log.add(hashedRekordEntry(client, `c ${n++}`))));
      heads.push(log.head());
    }
    const verifier = noteVerifier(TEST_NAME, log.publicKey, ecdsaKeyHint(log.publicKey));
    for (const head of heads) {
      const { note, checkpoint } = parseSignedCheckpoint(head.checkpoint);
      verifyNote(note, [verifier]);
      expect(checkpoint.size).toBe(head.size);
      expect(checkpoint.rootHash).toEqual(head.rootHash);
    }
    let pairs = 0;
    for (const a of heads) {
      for (const b of heads) {
        if (a.size > b.size) continue;
        verifyConsistency(a.size, b.size, log.consistencyProof(a.size, b.size), a.rootHash, b.rootHash);
        pairs++;
      }
    }
    expect(pairs).toBe((heads.length * (heads.length + 1)) / 2);
  });

  it('serves hash tiles and entry bundles from which a client recomputes the signed root', async () => {
    const log = openTestLog(createMemoryStorage(), logKey);
    const size = 2 * TILE_WIDTH + 88;
    const bodies = Array.from({ length: size }, (_, i) => hashedRekordEntry(client, `tile ${i}`));
    await Promise.all(bodies.map((e) => log.add(e)));
    const head = log.head();
    expect(head.size).toBe(size);

    const tiles = new Map<string, Uint8Array[]>();
    for (const t of tileCoordinatesForSize(size)) {
      tiles.set(`${t.level}/${t.index}`, decodeHashTile(log.hashTile(t.level, t.index, t.width), t.width));
    }
    expect([...tiles.keys()]).toEqual(['0/0', '0/1', '0/2', '1/0']); // level 1: a partial tile of width 2
    const reader = tileNodeReader((level, index) => tiles.get(`${level}/${index}`) ?? []);
    expect(rootAt(size, reader)).toEqual(head.rootHash);

    const stored: Uint8Array[] = [];
    for (const b of entryBundleCoordinatesForSize(size)) {
      stored.push(...decodeEntryBundle(log.entryBundle(b.index, b.width), b.width));
    }
    expect(stored.map((body) => leafHash(body))).toEqual([0, 1, 2].flatMap((i) => tiles.get(`0/${i}`) ?? []));
    expect(stored.map((body) => Buffer.from(body).toString('base64'))).toEqual(
      stored.map((_, i) => log.entryByIndex(i)?.entry.body),
    );
    // A partial tile narrower than the current one is still served (any checkpointed size).
    expect(decodeHashTile(log.hashTile(0, 2, 10), 10)).toEqual(tiles.get('0/2')?.slice(0, 10));
  });
});
