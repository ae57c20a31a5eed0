/**
 * Signed tree heads: the log's identity (Rekor v1 origin, key hint, log ID) and the checks that a stored head
 * is the tree the stored nodes describe, signed by this log's key (issue 3 §5).
 *
 * Rekor v1 checkpoints (research/rekor-v1.md §5): origin `<name> - <treeID>`, signer name `<name>`, key hint =
 * first 4 bytes of SHA-256(DER SPKI) for every key type, no extension lines.
 */
import { bytesEqual, toHex } from '../core/bytes.js';
import { CodedError } from '../core/errors.js';
import { keyId, type PublicKey } from '../core/keys/keys.js';
import type { Signer } from '../core/keys/signer.js';
import type { NodeReader } from '../core/merkle/tree.js';
import { rootAt } from '../core/merkle/tree.js';
import { formatCheckpoint, parseRekorOrigin, parseSignedCheckpoint, rekorOrigin } from '../core/note/checkpoint.js';
import {
  ecdsaKeyHint,
  formatSignedNote,
  type NoteSigner,
  noteSigner,
  noteVerifier,
  signNote,
  verifyNote,
} from '../core/note/note.js';
import { treeIdHex } from '../core/rekor/entry.js';
import type { TreeHead } from './storage.js';

/** Who the log is: derived from its key, its checkpoint name and its tree ID. */
export interface LogIdentity {
  readonly treeId: string;
  /** `%016x` of the tree ID: the first 16 hex characters of every entry UUID of this log. */
  readonly uuidPrefix: string;
  /** SHA-256 of the DER SPKI of the log key (Rekor logID, bundle `logId.keyId`). */
  readonly logId: Uint8Array;
  readonly logIdHex: string;
  readonly origin: string;
  readonly publicKey: PublicKey;
  readonly keyHint: number;
  readonly noteSigner: NoteSigner;
}

const TREE_ID_RE = /^[1-9][0-9]*$/;

/** Throws INVALID_FIELD unless `treeId` is a positive decimal int64 (Rekor: tree 0 is invalid). */
export function logIdentity(signer: Signer, name: string, treeId: string): LogIdentity {
  if (!TREE_ID_RE.test(treeId) || BigInt(treeId) > 0x7fffffffffffffffn) {
    throw new CodedError('INVALID_FIELD', `tree ID ${JSON.stringify(treeId)} is not a positive decimal int64`, {
      details: { path: 'treeId' },
    });
  }
  const logId = keyId(signer.publicKey);
  const keyHint = ecdsaKeyHint(signer.publicKey);
  return {
    treeId,
    uuidPrefix: treeIdHex(treeId),
    logId,
    logIdHex: toHex(logId),
    origin: rekorOrigin(name, treeId),
    publicKey: signer.publicKey,
    keyHint,
    noteSigner: noteSigner(name, signer, keyHint),
  };
}

/** Signs the checkpoint for (size, rootHash): one signature per batch, never per entry. */
export function signTreeHead(id: LogIdentity, size: number, rootHash: Uint8Array, integratedTime: number): TreeHead {
  const text = formatCheckpoint({ origin: id.origin, size, rootHash, extensions: [] });
  return { size, rootHash, checkpoint: formatSignedNote(signNote(text, [id.noteSigner])), integratedTime };
}

function corrupt(message: string, details: Record<string, unknown>, cause?: unknown): CodedError {
  return new CodedError('STORAGE_CORRUPT', `log storage is inconsistent: ${message}; refusing to serve`, {
    details,
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Integrity check on open: the root recomputed from stored nodes (O(log n) reads) must equal the stored head,
 * and the head's checkpoint must be this log's signature over exactly that size and root. Any difference is
 * STORAGE_CORRUPT naming both roots (hex). The signature may carry any signer name (the log may have been
 * restarted on another host:port); the key hint and signature must be this log's key.
 */
export function verifyStoredHead(id: LogIdentity, head: TreeHead, nodes: NodeReader): void {
  let computed: Uint8Array;
  try {
    computed = rootAt(head.size, nodes);
  } catch (cause) {
    throw corrupt(`cannot recompute the root of size ${head.size} from stored nodes`, { size: head.size }, cause);
  }
  const roots = { size: head.size, computedRoot: toHex(computed), headRoot: toHex(head.rootHash) };
  if (!bytesEqual(computed, head.rootHash)) {
    throw corrupt(`stored nodes give root ${roots.computedRoot} but the stored head says ${roots.headRoot}`, roots);
  }
  let parsed: ReturnType<typeof parseSignedCheckpoint>;
  try {
    parsed = parseSignedCheckpoint(head.checkpoint);
  } catch (cause) {
    throw corrupt('the stored checkpoint does not parse', roots, cause);
  }
  const cp = parsed.checkpoint;
  const checkpointRoot = toHex(cp.rootHash);
  if (cp.size !== head.size || !bytesEqual(cp.rootHash, computed)) {
    throw corrupt(
      `stored nodes give root ${roots.computedRoot} at size ${head.size} but the signed checkpoint says ` +
        `${checkpointRoot} at size ${cp.size}`,
      { ...roots, checkpointRoot, checkpointSize: cp.size },
    );
  }
  if (parseRekorOrigin(cp.origin)?.treeId !== id.treeId) {
    throw corrupt(`checkpoint origin ${JSON.stringify(cp.origin)} is not for tree ${id.treeId}`, roots);
  }
  try {
    const verifiers = parsed.note.signatures
      .filter((s) => s.keyHint === id.keyHint)
      .map((s) => noteVerifier(s.name, id.publicKey, id.keyHint));
    verifyNote(parsed.note, verifiers);
  } catch (cause) {
    throw corrupt(`the stored checkpoint (root ${checkpointRoot}) is not signed by this log's key`, roots, cause);
  }
}
