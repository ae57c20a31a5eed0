/**
 * `--check-log` for an entry the bundle proves only by a SET (bundle v0.1 without an inclusion proof): the SET
 * is the log's PROMISE to include the entry, not a proof that it did, and there is no checkpoint in the bundle
 * to compare with the log's current tree. So ask the log for the entry (GET /api/v1/log/entries?logIndex=N,
 * the index the SET signs), and accept only an inclusion proof that shows the bundle's OWN body (its leaf hash,
 * never the body the log serves) in a tree whose checkpoint the trusted log key signed. That checkpoint then
 * takes the place of the bundle's in the split-view check (verify-log.ts). Anything else: LOG_ENTRY_NOT_PROVEN.
 */
import type { TransparencyLogEntry } from '../core/bundle/bundle.js';
import { tlogEntryFromRekor } from '../core/bundle/codec.js';
import type { TlogInstance } from '../core/bundle/trust.js';
import { bytesEqual } from '../core/bytes.js';
import { CodedError, isCodedError } from '../core/errors.js';
import { leafHash } from '../core/merkle/hash.js';
import { verifyInclusion } from '../core/merkle/inclusion.js';
import type { LogEntryAnon } from '../core/rekor/entry.js';
import type { VerifiedCheckpoint } from './verify-log.js';

/** The bundle's side: the entry its SET covers (both already verified offline). */
export interface SetOnlyEntry {
  /** The index the SET signs (Rekor v1: the virtual, global index). */
  logIndex: number;
  integratedTime: number;
  canonicalizedBody: Uint8Array;
}

/** What proving an entry needs from a Rekor v1 client (RekorClient satisfies it). */
export interface EntryReader {
  getEntryByIndex(index: number): Promise<{ uuid: string; entry: LogEntryAnon } | undefined>;
}

function notProven(log: TlogInstance, entry: SetOnlyEntry, problem: string, cause?: unknown): CodedError {
  return new CodedError(
    'LOG_ENTRY_NOT_PROVEN',
    `${log.baseUrl} entry #${entry.logIndex} (bundle with a SET but no inclusion proof): ${problem}`,
    { cause, details: { logIndex: entry.logIndex } },
  );
}

/**
 * Fetches the log's inclusion proof for `entry` and verifies it against a checkpoint signed by the trusted log
 * key (`verifyCheckpoint`); returns that checkpoint. LOG_ENTRY_NOT_PROVEN when the log does not serve the entry,
 * serves another one at that index, gives no proof, or a proof or checkpoint that does not verify.
 */
export async function proveSetOnlyEntry(
  reader: EntryReader,
  log: TlogInstance,
  entry: SetOnlyEntry,
  verifyCheckpoint: (signedNote: string, log: TlogInstance) => VerifiedCheckpoint,
): Promise<VerifiedCheckpoint> {
  const served = await reader.getEntryByIndex(entry.logIndex);
  if (served === undefined) throw notProven(log, entry, 'the log does not serve this entry');
  let logged: TransparencyLogEntry;
  try {
    logged = tlogEntryFromRekor(served.uuid, served.entry);
  } catch (error) {
    if (!isCodedError(error)) throw error;
    throw notProven(log, entry, `the log's answer is not a valid entry (${error.message})`, error);
  }
  if (!bytesEqual(logged.canonicalizedBody, entry.canonicalizedBody)) {
    throw notProven(log, entry, 'the log serves a different entry at this index');
  }
  if (logged.logIndex !== entry.logIndex || logged.integratedTime !== entry.integratedTime) {
    throw notProven(log, entry, "the log's entry has another index or integrated time than the one its SET signs");
  }
  const proof = logged.inclusionProof;
  if (proof?.checkpoint === undefined) throw notProven(log, entry, 'the log gives no inclusion proof for it');
  let checkpoint: VerifiedCheckpoint;
  try {
    checkpoint = verifyCheckpoint(proof.checkpoint, log);
  } catch (error) {
    if (!isCodedError(error)) throw error;
    throw notProven(log, entry, `the proof's checkpoint does not verify (${error.message})`, error);
  }
  const { size, rootHash } = checkpoint.checkpoint;
  if (size !== proof.treeSize || !bytesEqual(rootHash, proof.rootHash)) {
    throw notProven(log, entry, `the proof is for another tree than its checkpoint (size ${size})`);
  }
  try {
    // The bundle's own body: a proof for whatever the log serves would prove nothing about this bundle.
    verifyInclusion(proof.logIndex, size, leafHash(entry.canonicalizedBody), proof.hashes, rootHash);
  } catch (error) {
    if (!isCodedError(error)) throw error;
    throw notProven(log, entry, `the inclusion proof does not verify (${error.message})`, error);
  }
  return checkpoint;
}
