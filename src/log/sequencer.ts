/**
 * Group commit (issue 3 §2): batch -> dedupe -> sequence -> integrate -> checkpoint -> ONE durable commit ->
 * answer every submission of the batch. Per batch: one integratedTime, one signed checkpoint, one storage
 * transaction; per entry: a leaf, its SET and an inclusion proof against the new head.
 *
 * The in-memory head only advances after the commit returned, so a failed commit leaves nothing visible
 * and the next batch starts from the last durable head; readers never see a batch before it is durable, since
 * every read is bounded by that head. Batches run one at a time, each on top of the previous durable head. Append-only by construction: new nodes are only ever
 * added beside the old ones, and a head is never signed for a size below the previous one.
 */
import { toBase64 } from '../core/bytes.js';
import { CodedError, isCodedError, toCodedError } from '../core/errors.js';
import type { Signer } from '../core/keys/signer.js';
import { appendLeaves, type NodeReader, rootAt, type StoredNode } from '../core/merkle/tree.js';
import type { AdmittedEntry } from '../core/rekor/entry.js';
import { signSet } from '../core/rekor/set.js';
import { BatchQueue, type Job } from './batch-queue.js';
import { type LogIdentity, signTreeHead } from './head.js';
import { nodeKey } from './node-key.js';
import type { LogStorage, StoredEntry, TreeHead } from './storage.js';
import { buildEntryView, type LogEntryView, uuidFromLeaf } from './view.js';

/** One submission: the admitted entry and its leaf hash (computed at submit time, off the batch path). */
export interface Submission {
  entry: AdmittedEntry;
  leafHash: Uint8Array;
  leafHex: string;
}

export interface SequencerOptions {
  storage: LogStorage;
  signer: Signer;
  identity: LogIdentity;
  /** Unix milliseconds. */
  clock: () => number;
  head: TreeHead;
  maxBatch: number;
  maxPending: number;
}

/**
 * Reads through to storage, remembering what it read and holding the nodes the batch just created: a batch's
 * proofs share almost all their upper siblings, so each is read from storage once per batch.
 */
export class BatchNodeReader implements NodeReader {
  private readonly nodes = new Map<number, Uint8Array>();
  constructor(private readonly storage: NodeReader) {}

  add(nodes: StoredNode[]): void {
    for (const n of nodes) this.nodes.set(nodeKey(n.level, n.index), n.hash);
  }

  getNode(level: number, index: number): Uint8Array {
    const key = nodeKey(level, index);
    let hash = this.nodes.get(key);
    if (hash === undefined) {
      hash = this.storage.getNode(level, index);
      this.nodes.set(key, hash);
    }
    return hash;
  }
}

/** A durable batch: what the views of its entries are built from. */
interface Committed {
  entries: StoredEntry[];
  bodies: string[];
  head: TreeHead;
  reader: NodeReader;
}

function duplicate(uuid: string, index: number): CodedError {
  return new CodedError('DUPLICATE_ENTRY', `an equivalent entry already exists in the log at index ${index}`, {
    details: { uuid, index },
  });
}

export class Sequencer {
  private readonly queue: BatchQueue<Submission, LogEntryView>;
  private current: TreeHead;

  constructor(private readonly opts: SequencerOptions) {
    this.current = opts.head;
    this.queue = new BatchQueue((jobs) => this.integrate(jobs), {
      maxBatch: opts.maxBatch,
      maxPending: opts.maxPending,
    });
  }

  /** The latest durable head. */
  get head(): TreeHead {
    return this.current;
  }

  submit(submission: Submission): Promise<LogEntryView> {
    return this.queue.submit(submission);
  }

  close(): Promise<void> {
    return this.queue.close();
  }

  private async integrate(jobs: Job<Submission, LogEntryView>[]): Promise<void> {
    const { storage, identity } = this.opts;
    const { uuidPrefix } = identity;
    const old = this.current;
    const fresh: Job<Submission, LogEntryView>[] = [];
    const firstInBatch = new Map<string, number>();
    const repeats: { job: Job<Submission, LogEntryView>; position: number }[] = [];
    for (const job of jobs) {
      const existing = storage.indexByLeafHash(job.item.leafHash);
      if (existing !== undefined && existing < old.size) {
        job.reject(duplicate(uuidFromLeaf(uuidPrefix, job.item.leafHash), existing));
        continue;
      }
      const position = firstInBatch.get(job.item.leafHex);
      if (position === undefined) {
        firstInBatch.set(job.item.leafHex, fresh.length);
        fresh.push(job);
      } else {
        repeats.push({ job, position });
      }
    }
    if (fresh.length === 0) return;

    let committed: Committed;
    try {
      committed = await this.commit(
        old,
        fresh.map((j) => j.item),
      );
    } catch (error) {
      const failure = toCodedError(error, 'STORAGE_FAILURE');
      for (const job of fresh) job.reject(failure);
      for (const { job } of repeats) job.reject(failure);
      return;
    }
    fresh.forEach((job, i) => {
      const { entries, bodies, head, reader } = committed;
      const entry = entries[i];
      try {
        if (entry === undefined) throw new CodedError('INTERNAL', 'sequencer lost an entry');
        job.resolve(buildEntryView(identity, entry, head, reader, bodies[i]));
      } catch (error) {
        job.reject(toCodedError(error));
      }
    });
    // Repeats inside one batch are answered only now: the entry they duplicate is durable.
    for (const { job, position } of repeats) {
      job.reject(duplicate(uuidFromLeaf(uuidPrefix, job.item.leafHash), old.size + position));
    }
  }

  /** Sequences, integrates, signs and durably commits `items` on top of `old`, then advances the head. */
  private async commit(old: TreeHead, items: Submission[]): Promise<Committed> {
    const { storage, signer, identity, clock } = this.opts;
    const integratedTime = Math.floor(clock() / 1000);
    const bodies = items.map((s) => toBase64(s.entry.body));
    const entries: StoredEntry[] = items.map((s, i) => {
      const index = old.size + i;
      const body = bodies[i] ?? '';
      const fields = { body, integratedTime, logID: identity.logIdHex, logIndex: index };
      return {
        index,
        leafHash: s.leafHash,
        body: s.entry.body,
        integratedTime,
        kind: s.entry.kind,
        apiVersion: s.entry.apiVersion,
        set: signSet(fields, signer),
        indexKeys: [...new Set(s.entry.indexKeys.map((k) => k.toLowerCase()))],
        ...(s.entry.attestation === undefined ? {} : { attestation: s.entry.attestation }),
      };
    });
    const reader = new BatchNodeReader(storage);
    const nodes = appendLeaves(
      old.size,
      items.map((s) => s.leafHash),
      reader,
    );
    reader.add(nodes);
    const size = old.size + items.length;
    if (size <= old.size) throw new CodedError('INTERNAL', `refusing to sign size ${size} after ${old.size}`);
    const head = signTreeHead(identity, size, rootAt(size, reader), integratedTime);
    const batch = { entries, nodes, head };
    try {
      // An async commit (e.g. a writer thread) keeps the event loop serving while the transaction is made durable.
      if (storage.commitBatchAsync === undefined) storage.commitBatch(batch);
      else await storage.commitBatchAsync(batch);
    } catch (error) {
      if (isCodedError(error, 'STORAGE_FAILURE')) throw error;
      throw new CodedError('STORAGE_FAILURE', 'the log could not store the batch; nothing of it was recorded', {
        cause: error,
      });
    }
    this.current = head;
    return { entries, bodies, head, reader };
  }
}
