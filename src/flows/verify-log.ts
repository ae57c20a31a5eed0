/**
 * The online half of `provlog verify` (`--check-log`, `--checkpoint-file`): split-view detection. A bundle's
 * checkpoint proves the entry is in SOME tree the log signed; that tree is only "the" log if the log's current
 * tree extends it. So: fetch the log's current checkpoint (GET /api/v1/log), verify its signature with the
 * trusted log key, and verify an RFC 9162 §2.1.4 consistency proof from the bundle's checkpoint (and from the
 * newest checkpoint remembered in a local file) to it. Two validly signed checkpoints that no proof connects
 * are proof the log showed different people different trees: SPLIT_VIEW, with both checkpoints as evidence.
 * A bundle without a checkpoint (v0.1, SET only) first gets one: the log's inclusion proof for its entry
 * (verify-log-entry.ts), or LOG_ENTRY_NOT_PROVEN; so --check-log proves something for every bundle.
 */
import type { TlogInstance } from '../core/bundle/trust.js';
import { bytesEqual, toHex } from '../core/bytes.js';
import { CodedError, type ErrorCode, isCodedError } from '../core/errors.js';
import { decodeJson } from '../core/json/decode.js';
import { verifyConsistency } from '../core/merkle/consistency.js';
import { type Checkpoint, parseRekorOrigin, parseSignedCheckpoint } from '../core/note/checkpoint.js';
import { noteVerifier, spkiKeyHint, verifyNote } from '../core/note/note.js';
import type { VerifyReport } from './verify.js';
import { type EntryReader, proveSetOnlyEntry, type SetOnlyEntry } from './verify-log-entry.js';

/** What --check-log needs from a Rekor v1 client (adapters/client/rekor-v1.ts RekorClient satisfies it). */
export interface LogReader extends EntryReader {
  getLogInfo(): Promise<{ rootHash: Uint8Array; treeSize: number; signedTreeHead: string; treeId: string }>;
  getConsistencyProof(firstSize: number, lastSize: number, treeId?: string): Promise<{ hashes: Uint8Array[] }>;
}

/** A checkpoint whose signature by the trusted log key was verified. */
export interface VerifiedCheckpoint {
  /** The signed note, exactly as served (the evidence to publish on a split view). */
  signedNote: string;
  checkpoint: Checkpoint;
}

/** One log to check: its trust-root entry and the checkpoint the bundle carried (already verified offline). */
export interface LogTarget {
  log: TlogInstance;
  bundleCheckpoint?: string;
  /** Without a bundle checkpoint: the entry its SET covers, to be proven in the log's tree first. */
  setOnlyEntry?: SetOnlyEntry;
}

export interface LogCheckResult {
  logUrl: string;
  origin: string;
  ok: boolean;
  detail: string;
  /** Tree sizes compared: bundle -> current, remembered -> current. */
  bundleSize?: number;
  rememberedSize?: number;
  currentSize?: number;
  /** Present on failure. */
  error?: { code: ErrorCode; message: string; evidence?: { first: string; second: string } };
}

/** Newest verified checkpoint per log origin, as kept in --checkpoint-file. */
export type CheckpointState = Map<string, { signedNote: string; logUrl: string }>;

/** Verifies a signed checkpoint with the log's key (Rekor v1: key hint = first 4 bytes of SHA-256(SPKI)). */
export function verifyLogCheckpoint(signedNote: string, log: TlogInstance): VerifiedCheckpoint {
  const { note, checkpoint } = parseSignedCheckpoint(signedNote);
  const name = parseRekorOrigin(checkpoint.origin)?.name ?? checkpoint.origin;
  verifyNote(note, [noteVerifier(name, log.publicKey, spkiKeyHint(log.publicKey))]);
  return { signedNote, checkpoint };
}

function splitView(what: string, first: VerifiedCheckpoint, second: VerifiedCheckpoint, cause?: unknown): CodedError {
  return new CodedError(
    'SPLIT_VIEW',
    `split view of log ${first.checkpoint.origin}: ${what} (tree size ${first.checkpoint.size} root ` +
      `${toHex(first.checkpoint.rootHash)} vs tree size ${second.checkpoint.size} root ` +
      `${toHex(second.checkpoint.rootHash)}); both checkpoints are signed by the log key`,
    { cause, details: { evidence: { first: first.signedNote, second: second.signedNote } } },
  );
}

/**
 * Proves `older` is a prefix of `newer` with a proof fetched from the log; SPLIT_VIEW when it is not. A log
 * that now serves a SMALLER tree than one it signed before has rolled back or forked: also SPLIT_VIEW.
 */
export async function proveConsistent(
  reader: LogReader,
  older: VerifiedCheckpoint,
  newer: VerifiedCheckpoint,
  what: string,
): Promise<void> {
  const a = older.checkpoint;
  const b = newer.checkpoint;
  if (a.size > b.size)
    throw splitView(`${what}: the log now serves a smaller tree than it signed before`, older, newer);
  if (a.size === b.size) {
    if (!bytesEqual(a.rootHash, b.rootHash)) throw splitView(`${what}: same size, different roots`, older, newer);
    return;
  }
  if (a.size === 0) return; // the empty tree is a prefix of every tree
  const treeId = parseRekorOrigin(b.origin)?.treeId;
  const proof = await reader.getConsistencyProof(a.size, b.size, treeId);
  try {
    verifyConsistency(a.size, b.size, proof.hashes, a.rootHash, b.rootHash);
  } catch (error) {
    if (isCodedError(error, 'CONSISTENCY_PROOF_INVALID')) {
      throw splitView(`${what}: the log's consistency proof does not connect them`, older, newer, error);
    }
    throw error;
  }
}

/** Fetches and verifies the log's current checkpoint; LOG_RESPONSE_INVALID if LogInfo disagrees with it. */
export async function fetchCurrentCheckpoint(reader: LogReader, log: TlogInstance): Promise<VerifiedCheckpoint> {
  const info = await reader.getLogInfo();
  const current = verifyLogCheckpoint(info.signedTreeHead, log);
  if (current.checkpoint.size !== info.treeSize || !bytesEqual(current.checkpoint.rootHash, info.rootHash)) {
    throw new CodedError('LOG_RESPONSE_INVALID', `${log.baseUrl}: log info disagrees with its own signed tree head`);
  }
  return current;
}

/**
 * Checks one log: the bundle's checkpoint and the remembered one (if any) must both be prefixes of the log's
 * current tree. On success the current checkpoint becomes the remembered one (`state` is updated in place).
 */
export async function checkLog(target: LogTarget, reader: LogReader, state?: CheckpointState): Promise<LogCheckResult> {
  const logUrl = target.log.baseUrl;
  let origin = '';
  const sizes: Pick<LogCheckResult, 'bundleSize' | 'rememberedSize' | 'currentSize'> = {};
  try {
    const current = await fetchCurrentCheckpoint(reader, target.log);
    origin = current.checkpoint.origin;
    sizes.currentSize = current.checkpoint.size;
    const notes: string[] = [];
    if (target.bundleCheckpoint !== undefined) {
      const fromBundle = verifyLogCheckpoint(target.bundleCheckpoint, target.log);
      if (fromBundle.checkpoint.origin !== origin) {
        throw new CodedError(
          'LOG_RESPONSE_INVALID',
          `the bundle's checkpoint is for tree "${fromBundle.checkpoint.origin}" but the log now serves ` +
            `"${origin}" (a new shard?): consistency cannot be checked`,
        );
      }
      sizes.bundleSize = fromBundle.checkpoint.size;
      await proveConsistent(reader, fromBundle, current, 'bundle checkpoint vs current checkpoint');
      notes.push(`bundle tree ${fromBundle.checkpoint.size} is a prefix of current tree ${current.checkpoint.size}`);
    } else if (target.setOnlyEntry !== undefined) {
      const entry = target.setOnlyEntry;
      const proven = await proveSetOnlyEntry(reader, target.log, entry, verifyLogCheckpoint);
      if (proven.checkpoint.origin !== origin) {
        throw new CodedError(
          'LOG_RESPONSE_INVALID',
          `the log proved entry #${entry.logIndex} in tree "${proven.checkpoint.origin}" but serves "${origin}"`,
        );
      }
      sizes.bundleSize = proven.checkpoint.size;
      // The proof may be for a tree a little newer than the current checkpoint fetched just before it.
      const [older, newer] = proven.checkpoint.size <= current.checkpoint.size ? [proven, current] : [current, proven];
      await proveConsistent(reader, older, newer, "entry's proof checkpoint vs current checkpoint");
      notes.push(
        `entry #${entry.logIndex} (SET only) proven in tree ${proven.checkpoint.size} by the log's inclusion ` +
          `proof, consistent with current tree ${current.checkpoint.size}`,
      );
    }
    const remembered = state?.get(origin);
    if (remembered !== undefined) {
      const seen = verifyLogCheckpoint(remembered.signedNote, target.log);
      sizes.rememberedSize = seen.checkpoint.size;
      await proveConsistent(reader, seen, current, 'remembered checkpoint vs current checkpoint');
      notes.push(`remembered tree ${seen.checkpoint.size} is a prefix of it`);
    }
    state?.set(origin, { signedNote: current.signedNote, logUrl });
    if (notes.length === 0) notes.push(`current tree ${current.checkpoint.size} verified (nothing to compare yet)`);
    return { logUrl, origin, ok: true, detail: notes.join('; '), ...sizes };
  } catch (error) {
    if (!isCodedError(error)) throw error;
    const evidence = error.details?.evidence;
    return {
      logUrl,
      origin,
      ok: false,
      detail: error.message,
      ...sizes,
      error: {
        code: error.code,
        message: error.message,
        ...(isEvidence(evidence) ? { evidence } : {}),
      },
    };
  }
}

function isEvidence(value: unknown): value is { first: string; second: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.first === 'string' && typeof v.second === 'string';
}

/**
 * Split-view checks for a verify report: one check per (log, bundle checkpoint) among the verified results,
 * each added to its results as a `log-consistency` check; a failed check marks them not verified with its error.
 * `state` (the --checkpoint-file memory) is updated in place; the caller persists it.
 */
export async function checkReportLogs(
  report: VerifyReport,
  openReader: (baseUrl: string) => LogReader,
  state?: CheckpointState,
): Promise<LogCheckResult[]> {
  const out: LogCheckResult[] = [];
  const done = new Map<string, LogCheckResult>();
  for (const r of report.results) {
    const log = r.result?.tlog[0]?.log;
    if (!r.verified || log === undefined || r.logEntry === undefined) continue;
    const { checkpoint, logIndex, integratedTime, canonicalizedBody } = r.logEntry;
    const key = `${log.baseUrl}\n${checkpoint ?? `#${logIndex}`}`;
    let check = done.get(key);
    if (check === undefined) {
      const target: LogTarget =
        checkpoint === undefined
          ? { log, setOnlyEntry: { logIndex, integratedTime, canonicalizedBody } }
          : { log, bundleCheckpoint: checkpoint };
      check = await checkLog(target, openReader(log.baseUrl), state);
      done.set(key, check);
      out.push(check);
    }
    r.checks.push({ name: 'log-consistency', ok: check.ok, detail: check.detail });
    if (!check.ok && check.error !== undefined) {
      r.verified = false;
      r.error = { code: check.error.code, message: check.error.message };
    }
  }
  report.verified = report.results.every((x) => x.verified);
  return out;
}

/** --checkpoint-file content: `{"version":1,"logs":{"<origin>":{"checkpoint":"<signed note>","logUrl":"…"}}}`. */
export function parseCheckpointState(text: string, what = 'checkpoint file'): CheckpointState {
  const root = decodeJson(text, 'INVALID_FIELD', what);
  root.onlyKeys(['version', 'logs']);
  if (root.get('version').value !== 1) root.get('version').fail('must be 1');
  const state: CheckpointState = new Map();
  for (const [origin, node] of root.get('logs').entries()) {
    node.onlyKeys(['checkpoint', 'logUrl']);
    const signedNote = node.get('checkpoint').nonEmptyString();
    try {
      if (parseSignedCheckpoint(signedNote).checkpoint.origin !== origin) node.fail('origin does not match its key');
    } catch (error) {
      if (isCodedError(error, 'INVALID_FIELD')) throw error;
      node.get('checkpoint').fail(`is not a signed checkpoint (${isCodedError(error) ? error.message : 'unreadable'})`);
    }
    state.set(origin, { signedNote, logUrl: node.get('logUrl').string() });
  }
  return state;
}

export function formatCheckpointState(state: CheckpointState): string {
  const logs: Record<string, { checkpoint: string; logUrl: string }> = {};
  for (const [origin, v] of [...state.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    logs[origin] = { checkpoint: v.signedNote, logUrl: v.logUrl };
  }
  return `${JSON.stringify({ version: 1, logs }, null, 2)}\n`;
}
