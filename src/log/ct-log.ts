/**
 * The certificate authority's Certificate Transparency log (RFC 6962): a second Merkle tree, over its own
 * LogStorage (the server gives it its own SQLite file, ct.sqlite), signed with its own key. Each accepted
 * precertificate is sequenced and made durable BEFORE its SCT is returned (merge delay zero), so every SCT the
 * CA embeds names an entry that is already in the tree and provable with get-proof-by-hash.
 *
 * Storage mapping: an entry's body is the RFC 6962 MerkleTreeLeaf (the Merkle leaf data), `set` holds the
 * SCT, `attestation` the PrecertChainEntry returned as get-entries' extra_data; a head's `checkpoint` holds the
 * signed tree head as JSON (get-sth's answer). Appends are group-committed (BatchQueue): one batch at a time,
 * so two batches never interleave between reading the head and committing.
 */
import { createHash } from 'node:crypto';
import { bytesEqual, toBase64, toHex } from '../core/bytes.js';
import {
  digitallySigned,
  encodeSct,
  precertChainEntry,
  precertLeaf,
  precertSctInput,
  treeHeadInput,
} from '../core/ct/encoding.js';
import { type AcceptedPrecert, checkPrecertChain } from '../core/ct/precert-chain.js';
import { CodedError, isCodedError } from '../core/errors.js';
import { keyId } from '../core/keys/keys.js';
import type { Signer } from '../core/keys/signer.js';
import { consistencyProof } from '../core/merkle/consistency.js';
import { EMPTY_ROOT, leafHash } from '../core/merkle/hash.js';
import { inclusionProof } from '../core/merkle/inclusion.js';
import { appendLeaves, rootAt } from '../core/merkle/tree.js';
import { BatchQueue, type Job } from './batch-queue.js';
import { BatchNodeReader } from './sequencer.js';
import type { LogStorage, StoredEntry, TreeHead } from './storage.js';

/** get-sth's JSON (RFC 6962 §4.3). */
export interface SignedTreeHead {
  tree_size: number;
  timestamp: number;
  sha256_root_hash: string;
  tree_head_signature: string;
}

export interface CtLogOptions {
  storage: LogStorage;
  signer: Signer;
  /** Unix milliseconds. */
  clock: () => number;
  /** DER roots the log accepts chains to (the CA's own root). */
  acceptedRoots: readonly Uint8Array[];
}

interface PendingPrecert {
  readonly accepted: AcceptedPrecert;
  /** `sha256:<hex>` of the precertificate DER: the replay index key. */
  readonly key: string;
  /** PrecertChainEntry, get-entries' extra_data. */
  readonly extraData: Uint8Array;
}

export interface AddedPrecert {
  /** TLS-encoded SignedCertificateTimestamp. */
  readonly sct: Uint8Array;
  readonly index: number;
  readonly timestamp: number;
}

/** Bounds per request (RFC 6962 lets the log choose them). */
export const MAX_ENTRIES_PER_GET = 256;

export class CtLog {
  readonly logId: Uint8Array;
  /** Unix seconds when the CT log was created (trusted_root.json `ctlogs[].validFor.start`). */
  readonly createdAt: number;
  private current: TreeHead;
  private readonly queue: BatchQueue<PendingPrecert, AddedPrecert>;

  private constructor(
    private readonly options: CtLogOptions,
    head: TreeHead,
    createdAt: number,
  ) {
    this.logId = keyId(options.signer.publicKey);
    this.current = head;
    this.createdAt = createdAt;
    // Group commit, as the Rekor log does: precertificates that arrive while a batch is being made durable
    // share the next fsync. Bounded: past maxPending waiting, QUEUE_FULL (503 + Retry-After).
    this.queue = new BatchQueue((jobs) => this.commitPending(jobs), { maxBatch: 256, maxPending: 4096 });
  }

  static open(options: CtLogOptions): CtLog {
    let meta = options.storage.readMeta();
    if (meta === undefined) {
      meta = { treeId: 'ct', createdAt: Math.floor(options.clock() / 1000) };
      options.storage.writeMeta(meta);
    }
    const log = new CtLog(
      options,
      { size: 0, rootHash: EMPTY_ROOT, checkpoint: '', integratedTime: 0 },
      meta.createdAt,
    );
    const head = options.storage.head();
    if (head !== undefined && !bytesEqual(rootAt(head.size, options.storage), head.rootHash)) {
      // As the Rekor log does on open: never sign on top of a tree that disagrees with its signed head.
      throw new CodedError(
        'STORAGE_CORRUPT',
        `the CT log's stored tree does not match its signed tree head (size ${head.size})`,
      );
    }
    log.current = head ?? { ...log.signHead(0, EMPTY_ROOT), integratedTime: 0 };
    return log;
  }

  get publicKey() {
    return this.options.signer.publicKey;
  }

  private signHead(size: number, rootHash: Uint8Array): TreeHead {
    const timestamp = this.options.clock();
    const signature = this.options.signer.sign(treeHeadInput(BigInt(timestamp), size, rootHash));
    const sth: SignedTreeHead = {
      tree_size: size,
      timestamp,
      sha256_root_hash: toBase64(rootHash),
      tree_head_signature: toBase64(digitallySigned(signature)),
    };
    return { size, rootHash, checkpoint: JSON.stringify(sth), integratedTime: Math.floor(timestamp / 1000) };
  }

  /**
   * RFC 6962 §4.1 add-pre-chain: checks the chain at once (a bad chain fails alone), then joins the next group
   * commit; resolves with the SCT once the entry is durable. A precertificate submitted again gets its first SCT
   * back: replays cannot grow the log.
   */
  addPreChain(chain: readonly Uint8Array[]): Promise<AddedPrecert> {
    const accepted = checkPrecertChain(chain, this.options.acceptedRoots);
    const key = `sha256:${toHex(new Uint8Array(createHash('sha256').update(accepted.precert.der).digest()))}`;
    const [precert = new Uint8Array(), ...issuers] = chain;
    return this.queue.submit({ accepted, key, extraData: precertChainEntry(precert, issuers) });
  }

  private storedSct(key: string): AddedPrecert | undefined {
    const [seen] = this.options.storage.search(key, 1);
    const stored = seen === undefined ? undefined : this.options.storage.entryByIndex(seen);
    if (stored === undefined) return undefined;
    const sctTime = Number(new DataView(stored.set.buffer, stored.set.byteOffset + 33, 8).getBigUint64(0));
    return { sct: stored.set, index: stored.index, timestamp: sctTime };
  }

  /** One batch: one timestamp, one SCT signature per new entry, one signed head, one durable commit. */
  private commitPending(jobs: Job<PendingPrecert, AddedPrecert>[]): void {
    const timestamp = this.options.clock();
    const ts = BigInt(timestamp);
    const old = this.current;
    const fresh: { job: Job<PendingPrecert, AddedPrecert>; entry: StoredEntry }[] = [];
    const inBatch = new Map<string, StoredEntry>();
    const repeats: { job: Job<PendingPrecert, AddedPrecert>; key: string }[] = [];
    for (const job of jobs) {
      const { accepted, key, extraData } = job.item;
      const stored = this.storedSct(key);
      if (stored !== undefined) {
        job.resolve(stored);
        continue;
      }
      if (inBatch.has(key)) {
        repeats.push({ job, key });
        continue;
      }
      const signature = this.options.signer.sign(precertSctInput(ts, accepted.issuerKeyHash, accepted.tbs));
      const leaf = precertLeaf(ts, accepted.issuerKeyHash, accepted.tbs);
      const entry: StoredEntry = {
        index: old.size + fresh.length,
        leafHash: leafHash(leaf),
        body: leaf,
        integratedTime: Math.floor(timestamp / 1000),
        kind: 'precert',
        apiVersion: 'ct/v1',
        set: encodeSct(this.logId, ts, signature),
        indexKeys: [key],
        attestation: extraData,
      };
      inBatch.set(key, entry);
      fresh.push({ job, entry });
    }
    if (fresh.length === 0) return;
    try {
      const reader = new BatchNodeReader(this.options.storage);
      const nodes = appendLeaves(
        old.size,
        fresh.map((f) => f.entry.leafHash),
        reader,
      );
      reader.add(nodes);
      const size = old.size + fresh.length;
      const head = this.signHead(size, rootAt(size, reader));
      this.options.storage.commitBatch({ entries: fresh.map((f) => f.entry), nodes, head });
      this.current = head;
    } catch (error) {
      const failure = isCodedError(error)
        ? error
        : new CodedError('STORAGE_FAILURE', 'the CT log could not store the batch; nothing of it was recorded', {
            cause: error,
          });
      for (const f of fresh) f.job.reject(failure);
      for (const r of repeats) r.job.reject(failure);
      return;
    }
    for (const f of fresh) f.job.resolve({ sct: f.entry.set, index: f.entry.index, timestamp });
    for (const r of repeats) {
      const entry = inBatch.get(r.key);
      if (entry !== undefined) r.job.resolve({ sct: entry.set, index: entry.index, timestamp });
    }
  }

  sth(): SignedTreeHead {
    return JSON.parse(this.current.checkpoint) as SignedTreeHead;
  }

  get size(): number {
    return this.current.size;
  }

  consistency(first: number, second: number): Uint8Array[] {
    if (!(first >= 0 && first <= second && second <= this.current.size)) {
      throw new CodedError(
        'INDEX_OUT_OF_RANGE',
        `no consistency proof from ${first} to ${second} (tree size ${this.current.size})`,
      );
    }
    if (first === 0 || first === second) return [];
    return consistencyProof(first, second, this.options.storage);
  }

  proofByHash(hash: Uint8Array, treeSize: number): { leafIndex: number; auditPath: Uint8Array[] } {
    if (!(treeSize >= 1 && treeSize <= this.current.size)) {
      throw new CodedError('INDEX_OUT_OF_RANGE', `tree_size ${treeSize} is outside 1..${this.current.size}`);
    }
    const index = this.options.storage.indexByLeafHash(hash);
    if (index === undefined || index >= treeSize) {
      throw new CodedError('NOT_FOUND', 'no entry with that leaf hash in a tree of that size');
    }
    return { leafIndex: index, auditPath: inclusionProof(index, treeSize, this.options.storage) };
  }

  /** Entries [start, end] inclusive (RFC 6962 §4.6), capped at MAX_ENTRIES_PER_GET. */
  entries(start: number, end: number): { leaf_input: string; extra_data: string }[] {
    if (!(start >= 0 && end >= start && start < this.current.size)) {
      throw new CodedError(
        'INDEX_OUT_OF_RANGE',
        `entries ${start}..${end} are outside the tree (size ${this.current.size})`,
      );
    }
    const last = Math.min(end, this.current.size - 1, start + MAX_ENTRIES_PER_GET - 1);
    const out: { leaf_input: string; extra_data: string }[] = [];
    for (let i = start; i <= last; i++) {
      const entry = this.options.storage.entryByIndex(i);
      if (entry === undefined) throw new CodedError('STORAGE_CORRUPT', `CT entry ${i} is missing`);
      out.push({ leaf_input: toBase64(entry.body), extra_data: toBase64(entry.attestation ?? new Uint8Array()) });
    }
    return out;
  }

  /** Stops accepting, commits what is queued, closes storage. */
  async close(): Promise<void> {
    await this.queue.close();
    this.options.storage.close();
  }
}
