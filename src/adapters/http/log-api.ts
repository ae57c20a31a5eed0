/**
 * What the HTTP layer needs from the log: the part of `TransparencyLog` (src/log/log.ts) the routes call,
 * stated here so handlers depend on a contract, not on the log's internals (tests may pass any implementation).
 */
import type { PublicKey } from '../../core/keys/keys.js';
import type { AdmittedEntry, LogEntryAnon } from '../../core/rekor/entry.js';

export interface LogEntryView {
  /** 80-hex entry UUID (16-hex tree ID + leaf hash). */
  uuid: string;
  entry: LogEntryAnon;
}

export interface LogApi {
  readonly treeId: string;
  readonly publicKey: PublicKey;
  add(entry: AdmittedEntry): Promise<LogEntryView>;
  entryByIndex(index: number): LogEntryView | undefined;
  /**
   * By 64-hex UUID or 80-hex entry ID, any case (ENTRY_ID_MALFORMED otherwise); undefined when absent or when
   * the ID names another tree.
   */
  entryByUuid(uuidOrLeafHex: string): LogEntryView | undefined;
  head(): { size: number; rootHash: Uint8Array; checkpoint: string };
  consistencyProof(first: number, last: number): Uint8Array[];
  search(key: string): string[];
  hashTile(level: number, index: number, width?: number): Uint8Array;
  entryBundle(index: number, width?: number): Uint8Array;
}
