/**
 * Bulk pre-fill for the log benchmark (issue 3 §9: proof latency at 10^4..10^6 entries, "pre-fill through the
 * storage layer is fine"). Writes synthetic hashedrekord-shaped entries straight through LogStorage in large
 * batches — same tables, nodes, SETs and signed head as the sequencer writes — so a TransparencyLog opened
 * afterwards passes its integrity check and serves them. The bodies are NOT verifiable signatures; never use
 * this on a real log.
 */
import { createHash } from 'node:crypto';
import { toBase64, utf8 } from '../../core/bytes.js';
import { CodedError } from '../../core/errors.js';
import type { Signer } from '../../core/keys/signer.js';
import { leafHash } from '../../core/merkle/hash.js';
import { appendLeaves, rootAt } from '../../core/merkle/tree.js';
import { signSet } from '../../core/rekor/set.js';
import { logIdentity, signTreeHead } from '../../log/head.js';
import { BatchNodeReader } from '../../log/sequencer.js';
import type { LogStorage, StoredEntry, TreeHead } from '../../log/storage.js';

export interface PrefillOptions {
  /** The log key the TransparencyLog will be opened with. */
  signer: Signer;
  /** Checkpoint signer name. */
  name: string;
  /** Tree ID to write when the storage is new (ignored otherwise). */
  treeId: string;
  /** Entries per transaction (default 10,000). */
  batchSize?: number;
  /**
   * Sign a real SET per entry (default true). ECDSA signing is most of the pre-fill time; a proof-latency
   * benchmark may turn it off, and the entries then carry an empty signedEntryTimestamp.
   */
  signSets?: boolean;
}

/**
 * A ~400-byte hashedrekord-like body, unique per index. Written as a template in JCS member order (the
 * canonicalizer would cost more than everything else here); the digest is the only varying field.
 */
function syntheticBody(index: number): { body: Uint8Array; digest: string } {
  const digest = createHash('sha256').update(`provlog benchmark entry ${index}`).digest('hex');
  const signature = toBase64(new Uint8Array(70).fill(index % 251));
  const json =
    `{"apiVersion":"0.0.1","kind":"hashedrekord","spec":{"data":{"hash":{"algorithm":"sha256","value":"${digest}"}},` +
    `"signature":{"content":"${signature}","publicKey":{"content":"c3ludGhldGlj"}}}}`;
  return { body: utf8(json), digest };
}

/** Appends `count` synthetic entries after the current head; returns the new head. */
export function prefillForBenchmark(storage: LogStorage, count: number, opts: PrefillOptions): TreeHead {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new CodedError('INVALID_FIELD', 'prefill count must be a non-negative integer', { details: { count } });
  }
  const batchSize = opts.batchSize ?? 10_000;
  let meta = storage.readMeta();
  if (meta === undefined) {
    meta = { treeId: opts.treeId, createdAt: Math.floor(Date.now() / 1000) };
    storage.writeMeta(meta);
  }
  const id = logIdentity(opts.signer, opts.name, meta.treeId);
  let head = storage.head();
  let size = head?.size ?? 0;
  for (let done = 0; done < count; ) {
    const n = Math.min(batchSize, count - done);
    const integratedTime = Math.floor(Date.now() / 1000);
    const entries: StoredEntry[] = [];
    for (let i = 0; i < n; i++) {
      const index = size + i;
      const { body, digest } = syntheticBody(index);
      const fields = { body: toBase64(body), integratedTime, logID: id.logIdHex, logIndex: index };
      entries.push({
        index,
        leafHash: leafHash(body),
        body,
        integratedTime,
        kind: 'hashedrekord',
        apiVersion: '0.0.1',
        set: opts.signSets === false ? new Uint8Array(0) : signSet(fields, opts.signer),
        indexKeys: [`sha256:${digest}`],
      });
    }
    // The batch's new nodes are not stored yet: the root is read through them.
    const reader = new BatchNodeReader(storage);
    const nodes = appendLeaves(
      size,
      entries.map((e) => e.leafHash),
      reader,
    );
    reader.add(nodes);
    head = signTreeHead(id, size + n, rootAt(size + n, reader), integratedTime);
    storage.commitBatch({ entries, nodes, head });
    size += n;
    done += n;
  }
  if (head === undefined) {
    head = signTreeHead(id, 0, rootAt(0, storage), Math.floor(Date.now() / 1000));
    storage.commitBatch({ entries: [], nodes: [], head });
  }
  return head;
}
