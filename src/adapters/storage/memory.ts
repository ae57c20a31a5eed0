/**
 * In-memory LogStorage with the same contract as SQLite (atomic batches, append-only nodes, unique leaves),
 * plus fault hooks so tests can make a commit fail or corrupt what is stored, and watch how often the log
 * commits. Values are copied in and out so a caller can never alter stored bytes by accident.
 */
import { toHex } from '../../core/bytes.js';
import { CodedError } from '../../core/errors.js';
import { nodeKey } from '../../log/node-key.js';
import {
  type CommitBatch,
  DEFAULT_SEARCH_LIMIT,
  type LogMeta,
  type LogStorage,
  type StoredEntry,
  type TreeHead,
} from '../../log/storage.js';

export interface MemoryStorage extends LogStorage {
  /** Number of successful commitBatch calls so far. */
  readonly commits: number;
  /** Makes the `n`-th commitBatch from now (1 = the next one) throw STORAGE_FAILURE, storing nothing. */
  failOnCommit(n: number): void;
  /** Flips the bits of the first byte of a stored node (simulated disk corruption). */
  corruptNode(level: number, index: number): void;
  /** Replaces fields of the latest stored head (simulated tampering). */
  tamperHead(changes: Partial<TreeHead>): void;
}

function copy(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

function copyEntry(e: StoredEntry): StoredEntry {
  const { attestation, ...rest } = e;
  return {
    ...rest,
    leafHash: copy(e.leafHash),
    body: copy(e.body),
    set: copy(e.set),
    indexKeys: [...e.indexKeys],
    ...(attestation === undefined ? {} : { attestation: copy(attestation) }),
  };
}

export interface MemoryStorageOptions {
  /**
   * Also offer commitBatchAsync, which stores the batch at once but reports durability only after `delayMs`
   * (like a writer thread whose data is visible before its fsync returns): exercises the log's async path.
   */
  asyncCommitDelayMs?: number;
}

export function createMemoryStorage(options: MemoryStorageOptions = {}): MemoryStorage {
  let meta: LogMeta | undefined;
  const heads: TreeHead[] = [];
  const nodes = new Map<number, Uint8Array>();
  const entries: StoredEntry[] = [];
  const byLeaf = new Map<string, number>();
  const searchRows = new Map<string, number[]>();
  let commits = 0;
  let failIn = 0;
  let closed = false;

  function open(): void {
    if (closed) throw new CodedError('STORAGE_FAILURE', 'memory log storage is closed');
  }

  /** Checks the whole batch first so a rejected batch leaves no trace (atomicity). */
  function checkBatch(batch: CommitBatch): void {
    const last = heads.at(-1);
    if (last !== undefined && batch.head.size <= last.size) {
      throw new CodedError('STORAGE_FAILURE', `head size ${batch.head.size} does not grow past ${last.size}`);
    }
    const leaves = new Set<string>();
    for (const e of batch.entries) {
      const leaf = toHex(e.leafHash);
      if (e.index !== entries.length + leaves.size || byLeaf.has(leaf) || leaves.has(leaf)) {
        throw new CodedError('STORAGE_FAILURE', `entry ${e.index} is out of sequence or a duplicate leaf`);
      }
      leaves.add(leaf);
    }
    const keys = new Set<number>();
    for (const n of batch.nodes) {
      const key = nodeKey(n.level, n.index);
      if (nodes.has(key) || keys.has(key)) {
        throw new CodedError('STORAGE_FAILURE', `node (${n.level}, ${n.index}) already exists`);
      }
      keys.add(key);
    }
  }

  const storage: MemoryStorage = {
    get commits() {
      return commits;
    },
    failOnCommit(n: number): void {
      failIn = n;
    },
    corruptNode(level: number, index: number): void {
      const hash = nodes.get(nodeKey(level, index));
      if (hash === undefined) throw new CodedError('NOT_FOUND', `no node (${level}, ${index}) to corrupt`);
      hash[0] = (hash[0] ?? 0) ^ 0xff;
    },
    tamperHead(changes: Partial<TreeHead>): void {
      const last = heads.at(-1);
      if (last === undefined) throw new CodedError('NOT_FOUND', 'no head to tamper with');
      heads[heads.length - 1] = { ...last, ...changes };
    },

    readMeta(): LogMeta | undefined {
      open();
      return meta === undefined ? undefined : { ...meta };
    },
    writeMeta(m: LogMeta): void {
      open();
      if (meta !== undefined) throw new CodedError('STORAGE_FAILURE', 'log identity is already set');
      meta = { ...m };
    },
    head(): TreeHead | undefined {
      open();
      const last = heads.at(-1);
      return last === undefined ? undefined : { ...last, rootHash: copy(last.rootHash) };
    },
    getNode(level: number, index: number): Uint8Array {
      open();
      const hash = nodes.get(nodeKey(level, index));
      if (hash === undefined) {
        throw new CodedError('STORAGE_CORRUPT', `Merkle node (level ${level}, index ${index}) is missing`, {
          details: { level, index },
        });
      }
      return copy(hash);
    },
    entryByIndex(index: number): StoredEntry | undefined {
      open();
      const e = entries[index];
      return e === undefined ? undefined : copyEntry(e);
    },
    entryBodies(start: number, end: number): Uint8Array[] {
      open();
      return entries.slice(start, end).map((e) => copy(e.body));
    },
    indexByLeafHash(leafHash: Uint8Array): number | undefined {
      open();
      return byLeaf.get(toHex(leafHash));
    },
    search(key: string, limit = DEFAULT_SEARCH_LIMIT): number[] {
      open();
      return (searchRows.get(key) ?? []).slice(0, limit);
    },
    commitBatch(batch: CommitBatch): void {
      open();
      if (failIn > 0) {
        failIn -= 1;
        if (failIn === 0)
          throw new CodedError('STORAGE_FAILURE', 'injected commit failure (memory storage fault hook)');
      }
      checkBatch(batch);
      for (const e of batch.entries) {
        entries.push(copyEntry(e));
        byLeaf.set(toHex(e.leafHash), e.index);
        for (const k of e.indexKeys) {
          const rows = searchRows.get(k) ?? [];
          rows.push(e.index);
          searchRows.set(k, rows);
        }
      }
      for (const n of batch.nodes) nodes.set(nodeKey(n.level, n.index), copy(n.hash));
      heads.push({ ...batch.head, rootHash: copy(batch.head.rootHash) });
      commits += 1;
    },
    close(): void {
      closed = true;
    },
  };
  const delay = options.asyncCommitDelayMs;
  if (delay === undefined) return storage;
  return Object.assign(storage, {
    async commitBatchAsync(batch: CommitBatch): Promise<void> {
      storage.commitBatch(batch);
      await new Promise((resolve) => setTimeout(resolve, delay));
    },
  });
}
