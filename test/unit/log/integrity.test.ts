import { describe, expect, it } from 'vitest';
import { createMemoryStorage, type MemoryStorage } from '../../../src/adapters/storage/memory.js';
import { toHex } from '../../../src/core/bytes.js';
import { type CodedError, isCodedError } from '../../../src/core/errors.js';
import { rootAt } from '../../../src/core/merkle/tree.js';
import { logIdentity, signTreeHead } from '../../../src/log/head.js';
import { hashedRekordEntry, newSigner, openTestLog, TEST_NAME, TEST_TREE_ID } from '../../helpers/log-fixtures.js';

const client = newSigner();
const logKey = newSigner();

/** A memory log with 5 entries: its root is node (2,0) folded with leaf (0,4). */
async function fiveEntryStorage(): Promise<MemoryStorage> {
  const storage = createMemoryStorage();
  const log = openTestLog(storage, logKey);
  await Promise.all(Array.from({ length: 5 }, (_, i) => log.add(hashedRekordEntry(client, `integrity ${i}`))));
  return storage;
}

function openError(storage: MemoryStorage, signer = logKey): CodedError {
  try {
    openTestLog(storage, signer);
  } catch (error) {
    if (isCodedError(error)) return error;
    throw error;
  }
  throw new Error('expected open to fail');
}

const HEX64 = /^[0-9a-f]{64}$/;

describe('TransparencyLog integrity check on open', () => {
  it('reopens a consistent store and continues the sequence', async () => {
    const storage = await fiveEntryStorage();
    const log = openTestLog(storage, logKey);
    expect(log.head().size).toBe(5);
    const view = await log.add(hashedRekordEntry(client, 'after reopen'));
    expect(view.entry.logIndex).toBe(5);
  });

  it('accepts its own checkpoints after a restart under another signer name', async () => {
    const storage = await fiveEntryStorage();
    const log = openTestLog(storage, logKey, { name: 'localhost:4000' });
    expect(log.origin).toBe(`localhost:4000 - ${TEST_TREE_ID}`);
  });

  it.each([
    [2, 0],
    [0, 4],
  ])('detects a corrupted node (%i, %i) of the root and names both roots', async (level, index) => {
    const storage = await fiveEntryStorage();
    const headRoot = storage.head()?.rootHash;
    storage.corruptNode(level, index);
    const error = openError(storage);
    expect(error.code).toBe('STORAGE_CORRUPT');
    const { computedRoot, headRoot: named } = error.details ?? {};
    expect(named).toBe(toHex(headRoot ?? new Uint8Array()));
    expect(computedRoot).toMatch(HEX64);
    expect(computedRoot).not.toBe(named);
    expect(error.message).toContain(String(computedRoot));
    expect(error.message).toContain(String(named));
  });

  it('detects a head whose root was replaced', async () => {
    const storage = await fiveEntryStorage();
    storage.tamperHead({ rootHash: new Uint8Array(32).fill(7) });
    expect(openError(storage).code).toBe('STORAGE_CORRUPT');
  });

  it('detects a head moved back to an earlier size whose checkpoint still says 5', async () => {
    const storage = await fiveEntryStorage();
    storage.tamperHead({ size: 4, rootHash: rootAt(4, storage) });
    const error = openError(storage);
    expect(error.code).toBe('STORAGE_CORRUPT');
    expect(error.details).toMatchObject({ checkpointSize: 5, size: 4 });
  });

  it('detects a checkpoint signed by another key, and a log opened with the wrong key', async () => {
    const storage = await fiveEntryStorage();
    const head = storage.head();
    if (head === undefined) throw new Error('no head');
    const forger = logIdentity(newSigner(), TEST_NAME, TEST_TREE_ID);
    const forged = signTreeHead(forger, head.size, head.rootHash, head.integratedTime);
    expect(openError(storage, newSigner()).code).toBe('STORAGE_CORRUPT');
    storage.tamperHead({ checkpoint: forged.checkpoint });
    expect(openError(storage).code).toBe('STORAGE_CORRUPT');
  });

  it('detects a checkpoint for another tree and one that does not parse', async () => {
    const storage = await fiveEntryStorage();
    const head = storage.head();
    if (head === undefined) throw new Error('no head');
    const otherTree = signTreeHead(logIdentity(logKey, TEST_NAME, '42'), head.size, head.rootHash, 0);
    storage.tamperHead({ checkpoint: otherTree.checkpoint });
    expect(openError(storage).code).toBe('STORAGE_CORRUPT');
    storage.tamperHead({ checkpoint: 'not a note' });
    expect(openError(storage).code).toBe('STORAGE_CORRUPT');
  });
});
