/**
 * The transparency log (issue 3): a Rekor-compatible, append-only Merkle log over injected storage, signer and
 * clock. Writes go through the sequencer (group commit, acknowledged only once durable); reads are O(log n)
 * storage lookups against the current durable head. One TransparencyLog per storage: the head lives in memory.
 */

import { fromHex, toHex } from '../core/bytes.js';
import { CodedError } from '../core/errors.js';
import type { PublicKey } from '../core/keys/keys.js';
import type { Signer } from '../core/keys/signer.js';
import { consistencyProof } from '../core/merkle/consistency.js';
import { EMPTY_ROOT, leafHash } from '../core/merkle/hash.js';
import { type AdmittedEntry, parseEntryId } from '../core/rekor/entry.js';
import {
  assertTileCoordinate,
  encodeEntryBundle,
  encodeHashTile,
  MAX_BUNDLE_ENTRY_SIZE,
  readHashTile,
} from '../core/tiles/codec.js';
import { TILE_WIDTH } from '../core/tiles/layout.js';
import { type LogIdentity, logIdentity, signTreeHead, verifyStoredHead } from './head.js';
import { Sequencer } from './sequencer.js';
import type { LogStorage, TreeHead } from './storage.js';
import { buildEntryView, type LogEntryView, uuidFromLeaf } from './view.js';

export type { LogEntryView } from './view.js';

export interface TransparencyLogOptions {
  storage: LogStorage;
  signer: Signer;
  /** Checkpoint signer name, e.g. "127.0.0.1:3000"; sigstore-js requires it inside the trust root's baseUrl. */
  name: string;
  /** Unix milliseconds. */
  clock: () => number;
  /** Decimal int64 tree ID; called only when the storage is new. */
  newTreeId: () => string;
  /** Most entries per commit (default 512). */
  maxBatch?: number;
  /** Most submissions waiting for a batch before QUEUE_FULL (default 4096). */
  maxPending?: number;
}

export const DEFAULT_MAX_BATCH = 512;
export const DEFAULT_MAX_PENDING = 4096;
/** Entry bundles carry uint16 length prefixes (C2SP tlog-tiles), so a body must fit in one. */
const MAX_BODY_BYTES = MAX_BUNDLE_ENTRY_SIZE;

/** The tree size a tile or bundle needs: the index just past its last leaf. */
function tileEnd(level: number, index: number, width: number): number {
  return (index * TILE_WIDTH + width) * TILE_WIDTH ** level;
}

export class TransparencyLog {
  readonly treeId: string;
  readonly logId: Uint8Array;
  readonly logIdHex: string;
  readonly origin: string;
  readonly publicKey: PublicKey;
  /** Unix seconds when the log was created (for a trust root's validFor.start). */
  readonly createdAt: number;
  private readonly sequencer: Sequencer;
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly storage: LogStorage,
    private readonly identity: LogIdentity,
    createdAt: number,
    sequencer: Sequencer,
  ) {
    this.treeId = identity.treeId;
    this.logId = identity.logId;
    this.logIdHex = identity.logIdHex;
    this.origin = identity.origin;
    this.publicKey = identity.publicKey;
    this.createdAt = createdAt;
    this.sequencer = sequencer;
  }

  /**
   * Opens the log, creating its identity and empty signed head on first use. Verifies integrity: the root
   * recomputed from stored nodes must equal the stored head, whose checkpoint must be signed by `signer`'s key;
   * otherwise throws STORAGE_CORRUPT naming both roots.
   */
  static open(opts: TransparencyLogOptions): TransparencyLog {
    const { storage, signer, clock } = opts;
    const stored = storage.readMeta();
    const meta = stored ?? { treeId: opts.newTreeId(), createdAt: Math.floor(clock() / 1000) };
    const identity = logIdentity(signer, opts.name, meta.treeId); // validates before anything is written
    if (stored === undefined) storage.writeMeta(meta);
    let head = storage.head();
    if (head === undefined) {
      head = signTreeHead(identity, 0, EMPTY_ROOT, Math.floor(clock() / 1000));
      storage.commitBatch({ entries: [], nodes: [], head });
    } else {
      verifyStoredHead(identity, head, storage);
    }
    const sequencer = new Sequencer({
      storage,
      signer,
      identity,
      clock,
      head,
      maxBatch: opts.maxBatch ?? DEFAULT_MAX_BATCH,
      maxPending: opts.maxPending ?? DEFAULT_MAX_PENDING,
    });
    return new TransparencyLog(storage, identity, meta.createdAt, sequencer);
  }

  /**
   * Appends an admitted entry; resolves once it is durable, with its proof against the head that covers it.
   * Rejects DUPLICATE_ENTRY (details {uuid, index}), QUEUE_FULL, SHUTTING_DOWN, TOO_LARGE, ENTRY_MALFORMED,
   * STORAGE_FAILURE.
   */
  add(entry: AdmittedEntry): Promise<LogEntryView> {
    if (entry.body.byteLength === 0) {
      return Promise.reject(new CodedError('ENTRY_MALFORMED', 'an entry body must not be empty'));
    }
    if (entry.body.byteLength > MAX_BODY_BYTES) {
      return Promise.reject(
        new CodedError(
          'TOO_LARGE',
          `an entry body must be at most ${MAX_BODY_BYTES} bytes (tlog-tiles entry bundles)`,
          {
            details: { bytes: entry.body.byteLength, max: MAX_BODY_BYTES },
          },
        ),
      );
    }
    const leaf = leafHash(entry.body);
    return this.sequencer.submit({ entry, leafHash: leaf, leafHex: toHex(leaf) });
  }

  /** The latest durable signed tree head. */
  head(): TreeHead {
    const h = this.sequencer.head;
    return { ...h, rootHash: new Uint8Array(h.rootHash) };
  }

  /** INDEX_OUT_OF_RANGE for a negative or non-integer index; undefined past the head. */
  entryByIndex(index: number): LogEntryView | undefined {
    if (!Number.isSafeInteger(index) || index < 0) {
      throw new CodedError('INDEX_OUT_OF_RANGE', `log index must be a non-negative integer, got ${String(index)}`, {
        details: { index },
      });
    }
    const head = this.sequencer.head;
    if (index >= head.size) return undefined;
    const stored = this.storage.entryByIndex(index);
    if (stored === undefined) {
      throw new CodedError('STORAGE_CORRUPT', `entry ${index} is covered by the head but missing from storage`);
    }
    return buildEntryView(this.identity, stored, head, this.storage);
  }

  /** By 64-hex UUID (leaf hash) or 80-hex entry ID; ENTRY_ID_MALFORMED for anything else. */
  entryByUuid(uuidOrLeafHex: string): LogEntryView | undefined {
    const id = parseEntryId(uuidOrLeafHex);
    if (id.treeId !== undefined && id.treeId !== this.treeId) return undefined;
    const index = this.storage.indexByLeafHash(fromHex(id.leafHash));
    return index === undefined ? undefined : this.entryByIndex(index);
  }

  /** RFC 6962 consistency proof between two sizes of this log; INDEX_OUT_OF_RANGE unless 1 <= first <= last <= size. */
  consistencyProof(first: number, last: number): Uint8Array[] {
    const size = this.sequencer.head.size;
    if (Number.isSafeInteger(last) && last > size) {
      throw new CodedError('INDEX_OUT_OF_RANGE', `lastSize ${last} is beyond the tree size ${size}`, {
        details: { first, last, size },
      });
    }
    return consistencyProof(first, last, this.storage);
  }

  /** Entry UUIDs (80 hex) for an index key ('sha256:<hex>' or a key's hex SHA-256), case-insensitive. */
  search(key: string): string[] {
    const size = this.sequencer.head.size;
    return this.storage
      .search(key.toLowerCase())
      .filter((i) => i < size)
      .map((i) => uuidFromLeaf(this.identity.uuidPrefix, this.storage.getNode(0, i)));
  }

  /**
   * C2SP tlog-tiles hash tile (level L = Merkle level 8L), full (width 256) or partial. NOT_FOUND when the
   * current tree does not cover it yet.
   */
  hashTile(level: number, index: number, width: number = TILE_WIDTH): Uint8Array {
    assertTileCoordinate(level, index, width);
    const size = this.sequencer.head.size;
    if (tileEnd(level, index, width) > size) {
      throw new CodedError('NOT_FOUND', `tile ${level}/${index} width ${width} is beyond the tree size ${size}`);
    }
    return encodeHashTile(readHashTile(level, index, width, this.storage));
  }

  /** C2SP tlog-tiles entry bundle: canonical bodies of entries [256·index, 256·index + width). */
  entryBundle(index: number, width: number = TILE_WIDTH): Uint8Array {
    assertTileCoordinate(0, index, width);
    const size = this.sequencer.head.size;
    const start = index * TILE_WIDTH;
    if (start + width > size) {
      throw new CodedError('NOT_FOUND', `entry bundle ${index} width ${width} is beyond the tree size ${size}`);
    }
    return encodeEntryBundle(this.storage.entryBodies(start, start + width));
  }

  /** Stops accepting (SHUTTING_DOWN), finishes every queued batch, closes storage. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.sequencer.close().then(() => this.storage.close());
    return this.closing;
  }
}
