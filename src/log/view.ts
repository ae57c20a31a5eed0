/**
 * What the log hands out for an entry: Rekor v1's `LogEntryAnon` (research/rekor-v1.md §1) with an inclusion
 * proof against the CURRENT head and that head's signed checkpoint, plus the 80-hex entry UUID. Single shard,
 * so the virtual `logIndex` and the tree-local proof index are the same number.
 */
import { toBase64, toHex } from '../core/bytes.js';
import { inclusionProof } from '../core/merkle/inclusion.js';
import type { NodeReader } from '../core/merkle/tree.js';
import type { LogEntryAnon } from '../core/rekor/entry.js';
import type { StoredEntry, TreeHead } from './storage.js';

export interface LogEntryView {
  /** 80 hex: %016x tree ID + leaf hash. */
  uuid: string;
  entry: LogEntryAnon;
}

/** The 80-hex UUID from a stored leaf hash, without re-hashing the body. */
export function uuidFromLeaf(prefix: string, leafHash: Uint8Array): string {
  return prefix + toHex(leafHash);
}

/** What a view needs of the log (its LogIdentity serves). */
export interface ViewContext {
  /** `%016x` of the tree ID. */
  readonly uuidPrefix: string;
  readonly logIdHex: string;
}

/**
 * Builds the view of a stored entry at `head`. `bodyBase64` may be passed when the caller already has it (the
 * sequencer computed it for the SET) to avoid encoding the body twice.
 */
export function buildEntryView(
  ctx: ViewContext,
  stored: StoredEntry,
  head: TreeHead,
  nodes: NodeReader,
  bodyBase64: string = toBase64(stored.body),
): LogEntryView {
  const hashes = inclusionProof(stored.index, head.size, nodes).map(toHex);
  const entry: LogEntryAnon = {
    body: bodyBase64,
    integratedTime: stored.integratedTime,
    logID: ctx.logIdHex,
    logIndex: stored.index,
    verification: {
      inclusionProof: {
        logIndex: stored.index,
        treeSize: head.size,
        rootHash: toHex(head.rootHash),
        hashes,
        checkpoint: head.checkpoint,
      },
      signedEntryTimestamp: toBase64(stored.set),
    },
    ...(stored.attestation === undefined ? {} : { attestation: { data: toBase64(stored.attestation) } }),
  };
  return { uuid: uuidFromLeaf(ctx.uuidPrefix, stored.leafHash), entry };
}
