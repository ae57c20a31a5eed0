import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { prefillForBenchmark } from '../../../src/adapters/storage/prefill.js';
import { openSqliteStorage, SQLITE_FILE } from '../../../src/adapters/storage/sqlite.js';
import { verifyConsistency } from '../../../src/core/merkle/consistency.js';
import { leafHash } from '../../../src/core/merkle/hash.js';
import { inclusionProof, verifyInclusion } from '../../../src/core/merkle/inclusion.js';
import { rootAt } from '../../../src/core/merkle/tree.js';
import { decodeHashTile } from '../../../src/core/tiles/codec.js';
import { tileNodeReader } from '../../../src/core/tiles/reader.js';
import type { LogEntryView } from '../../../src/log/log.js';
import type { LogStorage } from '../../../src/log/storage.js';
import {
  dsseEntry,
  hashedRekordEntry,
  newSigner,
  openTestLog,
  TEST_NAME,
  TEST_TREE_ID,
  verifyView,
} from '../../helpers/log-fixtures.js';

const client = newSigner();
const logKey = newSigner();
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'provlog-sqlite-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The real SQLite storage, counting commits (a decorator, not a mock: every call reaches SQLite). */
function countingStorage(storage: LogStorage): LogStorage & { commits: () => number } {
  let commits = 0;
  return Object.assign(Object.create(storage) as LogStorage, {
    commitBatch(batch: Parameters<LogStorage['commitBatch']>[0]) {
      storage.commitBatch(batch);
      commits++;
    },
    commits: () => commits,
  });
}

function expectCorrupt(dir: string): void {
  const storage = openSqliteStorage(dir);
  try {
    expect(() => openTestLog(storage, logKey)).toThrow(expect.objectContaining({ code: 'STORAGE_CORRUPT' }));
  } finally {
    storage.close();
  }
}

describe('SQLite log storage', () => {
  it('uses WAL and keeps every acknowledged entry, proof, attestation and search row across a reopen', async () => {
    const dir = tempDir();
    const storage = countingStorage(openSqliteStorage(dir));
    const log = openTestLog(storage, logKey, { maxBatch: 50 });
    const dsse = Array.from({ length: 40 }, (_, i) => dsseEntry(client, `sqlite subject ${i}`));
    const adds = [
      ...dsse.map((d) => log.add(d.entry)),
      ...Array.from({ length: 80 }, (_, i) => log.add(hashedRekordEntry(client, `sqlite ${i}`))),
    ];
    const views = await Promise.all(adds);
    expect(storage.commits()).toBeLessThan(views.length);
    for (const v of views) verifyView(v, log);
    const before = log.head();
    await log.close();

    const db = new Database(join(dir, SQLITE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();

    const reopened = openTestLog(openSqliteStorage(dir), logKey);
    expect(reopened.head()).toEqual(before);
    for (const v of views) {
      const again = reopened.entryByUuid(v.uuid);
      expect(again?.entry.body).toBe(v.entry.body);
      expect(again?.entry.verification.signedEntryTimestamp).toBe(v.entry.verification.signedEntryTimestamp);
      expect(again?.entry.attestation).toEqual(v.entry.attestation);
      if (again !== undefined) verifyView(again, reopened);
    }
    const first = dsse[0];
    if (first === undefined) throw new Error('no entry');
    expect(reopened.search(`sha256:${first.subjectDigest}`)).toEqual([views[0]?.uuid]);

    const more: LogEntryView = await reopened.add(hashedRekordEntry(client, 'after reopen'));
    expect(more.entry.logIndex).toBe(before.size);
    const after = reopened.head();
    verifyConsistency(
      before.size,
      after.size,
      reopened.consistencyProof(before.size, after.size),
      before.rootHash,
      after.rootHash,
    );
    await expect(reopened.add(first.entry)).rejects.toMatchObject({ code: 'DUPLICATE_ENTRY' });
    await reopened.close();
  });

  it('commits a batch atomically: a failing batch leaves no entry, node, search row or head behind', () => {
    const storage = openSqliteStorage(tempDir());
    const log = openTestLog(storage, logKey);
    const head = log.head();
    const leaf = leafHash(new Uint8Array([1]));
    const entry = {
      index: 0,
      leafHash: leaf,
      body: new Uint8Array([1]),
      integratedTime: 1,
      kind: 'hashedrekord',
      apiVersion: '0.0.1',
      set: new Uint8Array([2]),
      indexKeys: ['sha256:ab'],
    };
    const node = { level: 0, index: 0, hash: leaf };
    // The same node twice violates the primary key after the entry row was written: all must roll back.
    expect(() =>
      storage.commitBatch({ entries: [entry], nodes: [node, node], head: { ...head, size: 1, rootHash: leaf } }),
    ).toThrow(expect.objectContaining({ code: 'STORAGE_FAILURE' }));
    expect(storage.entryByIndex(0)).toBeUndefined();
    expect(storage.indexByLeafHash(leaf)).toBeUndefined();
    expect(storage.search('sha256:ab')).toEqual([]);
    expect(storage.head()).toEqual(head);
    expect(() => storage.getNode(0, 0)).toThrow(expect.objectContaining({ code: 'STORAGE_CORRUPT' }));
    storage.close();
  });

  it('refuses to serve a database whose nodes or head were altered behind its back', async () => {
    const dir = tempDir();
    const log = openTestLog(openSqliteStorage(dir), logKey);
    await Promise.all(Array.from({ length: 6 }, (_, i) => log.add(hashedRekordEntry(client, `tamper ${i}`))));
    await log.close();

    const db = new Database(join(dir, SQLITE_FILE));
    // Node (2, 0) — leaves 0..3 — is one of the two nodes the size-6 root folds; its in-order key is 3.
    const original = db.prepare('SELECT hash FROM nodes WHERE id = 3').pluck().get();
    db.prepare('UPDATE nodes SET hash = zeroblob(32) WHERE id = 3').run();
    expectCorrupt(dir);
    db.prepare('UPDATE nodes SET hash = ? WHERE id = 3').run(original);
    openTestLog(openSqliteStorage(dir), logKey).close();
    db.prepare('UPDATE heads SET root = zeroblob(32) WHERE size = 6').run();
    expectCorrupt(dir);
    db.close();
  });

  it('pre-fills through the storage layer; the log opens, proves and tiles what was written', async () => {
    const dir = tempDir();
    const storage = openSqliteStorage(dir);
    const size = 256 * 256 + 300; // a full level-1 tile plus partial tiles on levels 0, 1 and 2
    const head = prefillForBenchmark(storage, size, {
      signer: logKey,
      name: TEST_NAME,
      treeId: TEST_TREE_ID,
      batchSize: 20_000,
      signSets: false,
    });
    expect(head.size).toBe(size);
    const log = openTestLog(storage, logKey);
    expect(log.head()).toEqual(head);
    for (const i of [0, 65_535, size - 1]) {
      const view = log.entryByIndex(i);
      const proof = view?.entry.verification.inclusionProof;
      if (view === undefined || proof === undefined) throw new Error('missing');
      const leaf = leafHash(Buffer.from(view.entry.body, 'base64'));
      verifyInclusion(i, size, leaf, inclusionProof(i, size, storage), head.rootHash);
      expect(proof.treeSize).toBe(size);
    }
    const tile = (level: number, index: number): Uint8Array[] => {
      const count = Math.floor(size / 256 ** level);
      const width = (index + 1) * 256 <= count ? undefined : count - index * 256;
      return decodeHashTile(log.hashTile(level, index, width), width);
    };
    expect(rootAt(size, tileNodeReader(tile))).toEqual(head.rootHash);
    // Later adds continue the same tree.
    const view = await log.add(hashedRekordEntry(client, 'after prefill'));
    expect(view.entry.logIndex).toBe(size);
    await log.close();
  });
});
