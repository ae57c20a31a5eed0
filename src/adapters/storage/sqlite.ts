/**
 * LogStorage on SQLite (better-sqlite3, synchronous). Durability: WAL + `synchronous=FULL`, so a commit has
 * been fsync'd when `commitBatch` returns; one transaction per batch holds the entries, the Merkle nodes, the
 * search rows, the attestations and the new head, so a crash leaves either all of a batch or none of it.
 *
 * Layout choices for the issue 3 §9 budget (flat proof latency to 10^6 entries, small RSS):
 * - nodes are keyed by one INTEGER (the in-order position of the node in a flat binary tree, below), so a node
 *   read is a rowid lookup and new nodes land on the right edge of the B-tree;
 * - hashes and bodies are BLOBs, never hex;
 * - every statement is prepared once; no memory-mapped I/O (it would count towards RSS).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CodedError } from '../../core/errors.js';
import type { StoredNode } from '../../core/merkle/tree.js';
import { nodeKey } from '../../log/node-key.js';
import {
  type CommitBatch,
  DEFAULT_SEARCH_LIMIT,
  type LogMeta,
  type LogStorage,
  type StoredEntry,
  type TreeHead,
} from '../../log/storage.js';
import { blobAt, intAt, optionalBlobAt, plainBytes, rowOf, textAt } from './rows.js';

/** File name inside the data directory. */
export const SQLITE_FILE = 'log.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  id INTEGER PRIMARY KEY CHECK (id = 1), tree_id TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS heads (
  size INTEGER PRIMARY KEY, root BLOB NOT NULL, checkpoint TEXT NOT NULL, integrated_time INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (id INTEGER PRIMARY KEY, hash BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
  idx INTEGER PRIMARY KEY, leaf_hash BLOB NOT NULL UNIQUE, integrated_time INTEGER NOT NULL, kind TEXT NOT NULL,
  api_version TEXT NOT NULL, set_sig BLOB NOT NULL, index_keys TEXT NOT NULL, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS attestations (idx INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS search (key TEXT NOT NULL, idx INTEGER NOT NULL, PRIMARY KEY (key, idx)) WITHOUT ROWID;
`;

/** Index keys are lowercase hex / `sha256:` strings, so a newline never occurs inside one. */
const KEY_SEPARATOR = '\n';

function failure(what: string, cause: unknown): CodedError {
  return new CodedError('STORAGE_FAILURE', `SQLite log storage: ${what}`, { cause });
}

/**
 * Opens (creating if needed) the log database in `dir`; `file` names another tree's database (the CA's CT
 * log uses ct.sqlite). Throws STORAGE_FAILURE if SQLite cannot.
 */
export function openSqliteStorage(dir: string, file = SQLITE_FILE): LogStorage {
  let db: Database.Database;
  try {
    mkdirSync(dir, { recursive: true });
    db = new Database(join(dir, file));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('cache_size = -32768'); // 32 MiB page cache: the upper tree levels stay hot
    db.pragma('temp_store = MEMORY');
    db.exec(SCHEMA);
  } catch (cause) {
    throw failure(`cannot open the database in ${dir}`, cause);
  }
  return new SqliteStorage(db);
}

class SqliteStorage implements LogStorage {
  private readonly db: Database.Database;
  private readonly stmt;
  private readonly commitTx: Database.Transaction<(batch: CommitBatch) => void>;

  constructor(db: Database.Database) {
    this.db = db;
    this.stmt = {
      readMeta: db.prepare('SELECT tree_id, created_at FROM meta WHERE id = 1').raw(),
      writeMeta: db.prepare('INSERT INTO meta (id, tree_id, created_at) VALUES (1, ?, ?)'),
      head: db.prepare('SELECT size, root, checkpoint, integrated_time FROM heads ORDER BY size DESC LIMIT 1').raw(),
      insertHead: db.prepare('INSERT INTO heads (size, root, checkpoint, integrated_time) VALUES (?, ?, ?, ?)'),
      node: db.prepare('SELECT hash FROM nodes WHERE id = ?').pluck(),
      insertNode: db.prepare('INSERT INTO nodes (id, hash) VALUES (?, ?)'),
      entry: db
        .prepare(
          `SELECT e.leaf_hash, e.integrated_time, e.kind, e.api_version, e.set_sig, e.index_keys, e.body, a.data
           FROM entries e LEFT JOIN attestations a ON a.idx = e.idx WHERE e.idx = ?`,
        )
        .raw(),
      bodies: db.prepare('SELECT body FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx').pluck(),
      insertEntry: db.prepare(
        `INSERT INTO entries (idx, leaf_hash, integrated_time, kind, api_version, set_sig, index_keys, body)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertAttestation: db.prepare('INSERT INTO attestations (idx, data) VALUES (?, ?)'),
      byLeaf: db.prepare('SELECT idx FROM entries WHERE leaf_hash = ?').pluck(),
      search: db.prepare('SELECT idx FROM search WHERE key = ? ORDER BY idx LIMIT ?').pluck(),
      insertSearch: db.prepare('INSERT OR IGNORE INTO search (key, idx) VALUES (?, ?)'),
    };
    this.commitTx = db.transaction((batch: CommitBatch) => this.writeBatch(batch));
  }

  readMeta(): LogMeta | undefined {
    const row = this.stmt.readMeta.get();
    if (row === undefined) return undefined;
    const r = rowOf(row, 'meta');
    return { treeId: textAt(r, 0, 'meta.tree_id'), createdAt: intAt(r, 1, 'meta.created_at') };
  }

  writeMeta(meta: LogMeta): void {
    try {
      this.stmt.writeMeta.run(meta.treeId, meta.createdAt);
    } catch (cause) {
      throw failure('cannot write the log identity (is it already set?)', cause);
    }
  }

  head(): TreeHead | undefined {
    const row = this.stmt.head.get();
    if (row === undefined) return undefined;
    const r = rowOf(row, 'head');
    return {
      size: intAt(r, 0, 'heads.size'),
      rootHash: blobAt(r, 1, 'heads.root'),
      checkpoint: textAt(r, 2, 'heads.checkpoint'),
      integratedTime: intAt(r, 3, 'heads.integrated_time'),
    };
  }

  getNode(level: number, index: number): Uint8Array {
    const hash: unknown = this.stmt.node.get(nodeKey(level, index));
    if (!(hash instanceof Uint8Array) || hash.byteLength !== 32) {
      throw new CodedError('STORAGE_CORRUPT', `Merkle node (level ${level}, index ${index}) is missing or malformed`, {
        details: { level, index },
      });
    }
    return plainBytes(hash);
  }

  entryByIndex(index: number): StoredEntry | undefined {
    const row = this.stmt.entry.get(index);
    if (row === undefined) return undefined;
    const r = rowOf(row, 'entry');
    const keys = textAt(r, 5, 'entries.index_keys');
    const attestation = optionalBlobAt(r, 7, 'attestations.data');
    return {
      index,
      leafHash: blobAt(r, 0, 'entries.leaf_hash'),
      integratedTime: intAt(r, 1, 'entries.integrated_time'),
      kind: textAt(r, 2, 'entries.kind'),
      apiVersion: textAt(r, 3, 'entries.api_version'),
      set: blobAt(r, 4, 'entries.set_sig'),
      indexKeys: keys === '' ? [] : keys.split(KEY_SEPARATOR),
      body: blobAt(r, 6, 'entries.body'),
      ...(attestation === undefined ? {} : { attestation }),
    };
  }

  entryBodies(start: number, end: number): Uint8Array[] {
    return this.stmt.bodies.all(start, end).map((body, i) => {
      if (!(body instanceof Uint8Array)) throw new CodedError('STORAGE_CORRUPT', `entry ${start + i} has no body`);
      return plainBytes(body);
    });
  }

  indexByLeafHash(leafHash: Uint8Array): number | undefined {
    const idx: unknown = this.stmt.byLeaf.get(leafHash);
    return typeof idx === 'number' ? idx : undefined;
  }

  search(key: string, limit = DEFAULT_SEARCH_LIMIT): number[] {
    return this.stmt.search.all(key, limit).filter((i): i is number => typeof i === 'number');
  }

  commitBatch(batch: CommitBatch): void {
    try {
      this.commitTx.immediate(batch);
    } catch (cause) {
      throw failure(`commit of ${batch.entries.length} entries failed; nothing of the batch was stored`, cause);
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private writeBatch(batch: CommitBatch): void {
    const s = this.stmt;
    for (const e of batch.entries) {
      s.insertEntry.run(
        e.index,
        e.leafHash,
        e.integratedTime,
        e.kind,
        e.apiVersion,
        e.set,
        e.indexKeys.join(KEY_SEPARATOR),
        e.body,
      );
      if (e.attestation !== undefined) s.insertAttestation.run(e.index, e.attestation);
      for (const k of e.indexKeys) s.insertSearch.run(k, e.index);
    }
    for (const n of batch.nodes) writeNode(s.insertNode, n);
    const h = batch.head;
    s.insertHead.run(h.size, h.rootHash, h.checkpoint, h.integratedTime);
  }
}

function writeNode(insert: Database.Statement, n: StoredNode): void {
  insert.run(nodeKey(n.level, n.index), n.hash);
}
