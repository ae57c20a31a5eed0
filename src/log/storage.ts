/**
 * What the log needs from storage, and the promises an adapter must keep (SQLite: adapters/storage/sqlite.ts;
 * tests: adapters/storage/memory.ts; a PostgreSQL adapter later). The log never loads the tree: every proof is
 * a handful of `getNode` reads (RFC 6962 complete subtrees), so reads must be cheap point lookups.
 *
 * The written contract:
 * - `commitBatch` is atomic and durable once it returns: after a crash either all of a batch (entries, nodes,
 *   index rows, attestations, head) is there or none of it. If it throws, nothing of the batch is stored.
 * - Nodes are only ever COMPLETE subtrees; once written they never change (append-only by construction).
 * - Reads may observe only committed batches.
 * - Reads of anything at or beyond the head's size are the log's business to avoid; adapters need not hide it.
 */
import type { NodeReader, StoredNode } from '../core/merkle/tree.js';

/** Identity of the log, written once on first open. */
export interface LogMeta {
  /** Rekor tree ID: decimal int64 string (> 2^53 in practice, so never a number). */
  treeId: string;
  /** Unix seconds when the log was created (a trust root's `validFor.start` must not be later than the first entry). */
  createdAt: number;
}

/** The latest signed tree head; stored in the same transaction as the entries it covers. */
export interface TreeHead {
  size: number;
  rootHash: Uint8Array;
  /** Signed note (Rekor v1 checkpoint) over exactly `size` and `rootHash`. */
  checkpoint: string;
  /** Unix seconds of the batch that produced this head (0 for the empty tree's head). */
  integratedTime: number;
}

export interface StoredEntry {
  index: number;
  leafHash: Uint8Array;
  /** Canonical entry body (JCS), the Merkle leaf data. */
  body: Uint8Array;
  /** Unix seconds. */
  integratedTime: number;
  kind: string;
  apiVersion: string;
  /** Signed entry timestamp: the log's signature over the SET payload (research/rekor-v1.md §4). */
  set: Uint8Array;
  /**
   * Search keys ('sha256:<hex>' digests, hex key fingerprints), lowercase and without repeats: the caller
   * normalises them (the sequencer does), adapters store them as given.
   */
  indexKeys: string[];
  /** DSSE envelope bytes for dsse/intoto entries, returned as `attestation.data`. */
  attestation?: Uint8Array;
}

export interface CommitBatch {
  entries: StoredEntry[];
  /** Every complete-subtree node the batch creates (merkle appendLeaves), leaves included. */
  nodes: StoredNode[];
  head: TreeHead;
}

export interface LogStorage extends NodeReader {
  readMeta(): LogMeta | undefined;
  writeMeta(meta: LogMeta): void;
  head(): TreeHead | undefined;
  /** Complete subtree hash; throws STORAGE_CORRUPT if the node is missing. */
  getNode(level: number, index: number): Uint8Array;
  entryByIndex(index: number): StoredEntry | undefined;
  /** Canonical bodies of entries [start, end) in index order (tlog-tiles entry bundles; no attestations loaded). */
  entryBodies(start: number, end: number): Uint8Array[];
  indexByLeafHash(leafHash: Uint8Array): number | undefined;
  /** Entry indexes for a lowercase index key, ascending, at most `limit` (adapter default when omitted). */
  search(key: string, limit?: number): number[];
  /** Atomic and durable once it returns; on throw nothing of the batch is stored. */
  commitBatch(batch: CommitBatch): void;
  /**
   * Optional asynchronous form of commitBatch with the same contract (durable and atomic once it resolves; on
   * rejection nothing stored). When present, the log commits entry batches through it so the event loop keeps
   * serving while the transaction is made durable (e.g. a writer on a worker thread). Until it resolves, reads
   * may or may not see the batch; the log bounds every read by its durable head.
   */
  commitBatchAsync?(batch: CommitBatch): Promise<void>;
  close(): void;
}

/** Default cap on search results (Rekor's index/retrieve returns a bounded list too). */
export const DEFAULT_SEARCH_LIMIT = 1000;
